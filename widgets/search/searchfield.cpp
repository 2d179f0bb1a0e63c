// SPDX-License-Identifier: MIT
#include "search/searchfield.h"

#include "search/searchpanel.h"

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

SearchField::SearchField(SearchPanel *panel, QWidget *parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchField"));
    setClearButtonEnabled(true);
    setMaximumWidth(360);
    connect(this, &QLineEdit::textChanged, this, [this, panel](const QString &text) {
        panel->setQuery(text);
        if (!text.trimmed().isEmpty())
            emit resultsWanted();
    });
    connect(this, &QLineEdit::returnPressed, panel, &SearchPanel::activateFirst);
    connect(keyAction(this, Qt::Key_Escape), &QAction::triggered, this, &QLineEdit::clear);
    // Down goes from the field to the first result, Up from there back to the field.
    connect(keyAction(this, Qt::Key_Down), &QAction::triggered, panel, &SearchPanel::focusFirstResult);
    connect(panel, &SearchPanel::upFromFirstResult, this, [this] { setFocus(Qt::ShortcutFocusReason); });
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
}

} // namespace bv
