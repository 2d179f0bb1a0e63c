// SPDX-License-Identifier: MIT
#include "search/searchfield.h"

#include "models/searchstate.h"

#include <QAction>
#include <QEvent>
#include <QKeySequence>

namespace bv {

namespace {

// An action of `field` for `key`, pressed while the field has the keyboard.
QAction *keyAction(QLineEdit *field, Qt::Key key)
{
    auto *action = new QAction(field);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    field->addAction(action);
    return action;
}

} // namespace

SearchField::SearchField(SearchState *state, QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchField"));
    setClearButtonEnabled(true);
    setMaximumWidth(360);
    setText(state->text());
    connect(this, &QLineEdit::textChanged, this, [this, state](const QString &text) {
        state->setText(text);
        if (!text.trimmed().isEmpty())
            emit resultsWanted();
    });
    connect(state, &SearchState::textChanged, this, [this](const QString &text) {
        if (text != this->text())
            setText(text);
    });
    connect(this, &QLineEdit::returnPressed, state, &SearchState::activateFirstResult);
    m_clear = keyAction(this, Qt::Key_Escape);
    connect(m_clear, &QAction::triggered, this, &QLineEdit::clear);
    // Down goes from the field to the first result, Up from there back to the field.
    m_results = keyAction(this, Qt::Key_Down);
    connect(m_results, &QAction::triggered, state, &SearchState::focusResults);
    connect(state, &SearchState::fieldFocusWanted, this, [this] { setFocus(Qt::ShortcutFocusReason); });
    retranslate();
}

void SearchField::focusForFind()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void SearchField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void SearchField::retranslate()
{
    const QString find = QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText);
    setPlaceholderText(tr("Search the briefing (%1)").arg(find));
    setAccessibleName(tr("Search the briefing"));
    // Named, so that Help > Keyboard Shortcuts lists them.
    m_clear->setText(tr("Clear the search"));
    m_results->setText(tr("Go to the search results"));
}

} // namespace bv
