// SPDX-License-Identifier: MIT
#include "present/presentationkeys.h"

#include "models/presentationkeymap.h"
#include "models/presentationstate.h"
#include "present/presenterconsole.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace bv {

PresentationKeys::PresentationKeys(PresentationState *state, QWidget *audience, PresenterConsole *console,
                                   const PresentationKeyMap *keys, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_keys(keys)
    , m_defaults(new PresentationKeyMap(this))
    , m_audience(audience)
    , m_console(console)
    , m_escTimer(new QTimer(this))
{
    m_escTimer->setSingleShot(true);
    m_escTimer->setInterval(escWindowMs);
    connect(m_escTimer, &QTimer::timeout, this, [this] { armEsc(false); });
    qApp->installEventFilter(this);
}

PresentationKeys::~PresentationKeys()
{
    qApp->removeEventFilter(this);
}

bool PresentationKeys::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() != QEvent::KeyPress && event->type() != QEvent::Close) || !watched->isWidgetType())
        return false;
    const QWidget *widget = static_cast<QWidget *>(watched);
    const QWidget *window = widget->window();
    if (!window || (window != m_audience && window != m_console))
        return false;
    if (event->type() == QEvent::Close) {
        if (widget == window && m_state->isRunning())
            emit endWanted(); // a window closed (Alt+F4, its title bar): the show ends
        return false;
    }
    return handle(static_cast<QKeyEvent *>(event));
}

void PresentationKeys::armEsc(bool armed)
{
    m_escArmed = armed;
    if (armed)
        m_escTimer->start();
    else
        m_escTimer->stop();
    if (m_console)
        m_console->showEscNotice(armed);
}

bool PresentationKeys::handleComposing(QKeyEvent *key, bool fieldFocused)
{
    QLineEdit *field = m_console->jumpField();
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!field->text().trimmed().isEmpty()) {
            if (m_console->commitJump() && fieldFocused)
                m_console->setFocus();
            return true;
        }
        if (fieldFocused)
            m_console->setFocus();
        return handleBound(key); // Enter in the empty field: what Enter does (next, by default)
    case Qt::Key_Escape:
        field->clear();
        if (fieldFocused)
            m_console->setFocus();
        return true;
    case Qt::Key_F5:
        return true;
    default:
        break;
    }
    if (fieldFocused)
        return false; // the field edits its own text
    if (key->key() == Qt::Key_Backspace) {
        field->backspace();
        return true;
    }
    const QString text = key->text();
    if (!text.isEmpty() && text.at(0).isPrint() && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        field->insert(text);
        return true;
    }
    return false;
}

bool PresentationKeys::handle(QKeyEvent *key)
{
    if (!m_state->isRunning() || !m_console)
        return false;
    QLineEdit *field = m_console->jumpField();
    const bool fieldFocused = field->hasFocus();
    if (key->key() != Qt::Key_Escape && m_escArmed)
        armEsc(false); // any other key: the first Esc is forgotten
    if (fieldFocused || !field->text().isEmpty()) {
        if (handleComposing(key, fieldFocused))
            return true;
        // In the field, the keys that edit text are the field's; a clicker's Page Up and Page
        // Down still step.
        if (fieldFocused && key->key() != Qt::Key_PageUp && key->key() != Qt::Key_PageDown)
            return false;
    }
    if (handleBound(key))
        return true;
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (mods != Qt::NoModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_F5:
        return true; // the show is on already: a clicker's toggle changes nothing
    case Qt::Key_Escape:
        if (m_escArmed) {
            armEsc(false);
            emit endWanted();
        } else {
            armEsc(true);
        }
        return true;
    default:
        break;
    }
    const QString text = key->text();
    if (!text.isEmpty() && text.at(0).isLetterOrNumber()) {
        field->insert(text); // a number or the start of a title
        return true;
    }
    return false;
}

bool PresentationKeys::handleBound(QKeyEvent *key)
{
    const auto action = (m_keys ? m_keys.data() : m_defaults)->actionFor(key->keyCombination());
    if (!action)
        return false;
    using Action = PresentationKeyMap::Action;
    switch (*action) {
    case Action::Next:
        m_state->next();
        break;
    case Action::Previous:
        m_state->previous();
        break;
    case Action::First:
        m_state->first();
        break;
    case Action::Last:
        m_state->last();
        break;
    case Action::Black:
        m_state->toggleBlack();
        break;
    case Action::White:
        m_state->toggleWhite();
        break;
    case Action::Freeze:
        m_state->toggleFrozen();
        break;
    case Action::Pause:
        m_state->togglePaused();
        break;
    case Action::SwapScreens:
        emit swapScreensWanted();
        break;
    case Action::GoTo:
        m_console->activateWindow();
        m_console->jumpField()->setFocus();
        break;
    case Action::LargerNotes:
        m_console->setNotesPointSize(m_console->notesPointSize() + 2);
        break;
    case Action::SmallerNotes:
        m_console->setNotesPointSize(m_console->notesPointSize() - 2);
        break;
    }
    return true;
}

} // namespace bv
