// SPDX-License-Identifier: MIT
#include "settings/shortcutsdialog.h"

#include "models/presentationkeymap.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bv {

namespace {

QString plain(QString text)
{
    // "&Open…" → "Open…"; "&&" stands for one "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    const qsizetype tab = text.indexOf(QLatin1Char('\t'));
    return tab >= 0 ? text.left(tab) : text;
}

QString shortcutsText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void addMenu(QTreeWidget *tree, QMenu *menu, const QString &path, QSet<const QAction *> *seen)
{
    QTreeWidgetItem *group = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || seen->contains(action))
            continue;
        seen->insert(action);
        if (QMenu *sub = action->menu()) {
            addMenu(tree, sub, path + QStringLiteral(" › ") + plain(sub->title()), seen);
            continue;
        }
        if (action->text().isEmpty())
            continue;
        if (!group) {
            group = new QTreeWidgetItem(tree, {path});
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {plain(action->text()), shortcutsText(action)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_search->setObjectName(QStringLiteral("shortcutSearch"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("shortcutList"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);
    resize(520, 560);
    retranslate();
}

void ShortcutsDialog::rebuild()
{
    m_tree->clear();
    QSet<const QAction *> seen;
    if (auto *bar = m_window->findChild<QMenuBar *>()) {
        for (QAction *top : bar->actions()) {
            if (top->menu())
                addMenu(m_tree, top->menu(), plain(top->menu()->title()), &seen);
        }
    }
    // Actions with a shortcut that no menu lists (the window's and its views' own).
    QTreeWidgetItem *other = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty() || action->menu())
            continue;
        seen.insert(action);
        if (!other) {
            other = new QTreeWidgetItem(m_tree, {tr("Other")});
            other->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(other, {plain(action->text()), shortcutsText(action)});
    }
    if (m_keys) {
        auto *show = new QTreeWidgetItem(m_tree, {tr("During a show")});
        show->setFirstColumnSpanned(true);
        for (PresentationKeyMap::Action action : PresentationKeyMap::actions()) {
            const QList<QKeySequence> keys = m_keys->keys(action);
            new QTreeWidgetItem(show, {PresentationKeyMap::name(action),
                                       keys.isEmpty() ? tr("(no key)") : PresentationKeyMap::text(keys)});
        }
        new QTreeWidgetItem(show, {tr("Go to a stop"), tr("A number or part of a title, then Enter")});
        new QTreeWidgetItem(show, {tr("End the show"), tr("Esc, Esc")});
    }
    m_tree->expandAll();
    filter(m_search->text());
}

void ShortcutsDialog::setPresentationKeys(const PresentationKeyMap *keys)
{
    m_keys = keys;
    connect(keys, &PresentationKeyMap::changed, this, &ShortcutsDialog::rebuild);
    rebuild();
}

void ShortcutsDialog::filter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *row = group->child(i);
            const bool match = wanted.isEmpty() || row->text(0).contains(wanted, Qt::CaseInsensitive)
                               || row->text(1).contains(wanted, Qt::CaseInsensitive)
                               || group->text(0).contains(wanted, Qt::CaseInsensitive);
            row->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}

int ShortcutsDialog::shownCount() const
{
    int count = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            count += group->isHidden() || group->child(i)->isHidden() ? 0 : 1;
    }
    return count;
}

void ShortcutsDialog::retranslate()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search->setPlaceholderText(tr("Search actions and keys"));
    m_search->setAccessibleName(tr("Search the shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setAccessibleName(tr("Actions and their shortcuts"));
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Once the window has retranslated its actions too (which top-level widget hears of
        // the change first is not said).
        QMetaObject::invokeMethod(this, &ShortcutsDialog::rebuild, Qt::QueuedConnection);
    }
    QDialog::changeEvent(event);
}

} // namespace bv
