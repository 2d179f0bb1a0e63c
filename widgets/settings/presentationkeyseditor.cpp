// SPDX-License-Identifier: MIT
#include "settings/presentationkeyseditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bv {

PresentationKeysEditor::PresentationKeysEditor(PresentationKeyMap *keys, QWidget *parent)
    : QGroupBox(parent)
    , m_keys(keys)
    , m_actions(new QTreeWidget(this))
    , m_keyList(new QListWidget(this))
    , m_edit(new QKeySequenceEdit(this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_defaults(new QPushButton(this))
    , m_fixed(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("presentationKeys"));
    m_actions->setObjectName(QStringLiteral("presentationKeyActions"));
    m_keyList->setObjectName(QStringLiteral("presentationActionKeys"));
    m_edit->setObjectName(QStringLiteral("presentationKeyEdit"));
    m_add->setObjectName(QStringLiteral("addPresentationKey"));
    m_remove->setObjectName(QStringLiteral("removePresentationKey"));
    m_defaults->setObjectName(QStringLiteral("restorePresentationKeys"));
    m_problem->setObjectName(QStringLiteral("presentationKeyProblem"));
    m_actions->setColumnCount(2);
    m_actions->setRootIsDecorated(false);
    m_actions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_actions->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_actions->header()->setStretchLastSection(true);
    m_actions->setMinimumHeight(180);
    for (PresentationKeyMap::Action action : PresentationKeyMap::actions()) {
        auto *row = new QTreeWidgetItem(m_actions);
        row->setData(0, Qt::UserRole, int(action));
    }
    m_actions->setCurrentItem(m_actions->topLevelItem(0));
    m_keyList->setMaximumHeight(90);
    // Enter in the dialog never adds or removes a key by itself.
    for (QPushButton *button : {m_add, m_remove, m_defaults})
        button->setAutoDefault(false);
    m_fixed->setWordWrap(true);
    m_fixed->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *grid = new QGridLayout;
    grid->addWidget(m_keyList, 0, 0, 2, 1);
    grid->addWidget(m_remove, 0, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_edit, 1);
    addRow->addWidget(m_add);
    grid->addLayout(addRow, 2, 0);
    grid->addWidget(m_defaults, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_actions, 1);
    layout->addLayout(grid);
    layout->addWidget(m_problem);
    layout->addWidget(m_fixed);

    connect(m_actions, &QTreeWidget::currentItemChanged, this, [this] {
        say(QString());
        showActionKeys();
    });
    connect(m_keyList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_add, &QPushButton::clicked, this, &PresentationKeysEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &PresentationKeysEditor::remove);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        say(QString());
        m_keys->restoreDefaults();
    });
    connect(m_keys, &PresentationKeyMap::changed, this, &PresentationKeysEditor::showKeys);
    retranslate();
    showKeys();
}

PresentationKeyMap::Action PresentationKeysEditor::currentAction() const
{
    const QTreeWidgetItem *row = m_actions->currentItem();
    return row ? PresentationKeyMap::Action(row->data(0, Qt::UserRole).toInt()) : PresentationKeyMap::Action::Next;
}

void PresentationKeysEditor::showKeys()
{
    for (int i = 0; i < m_actions->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_actions->topLevelItem(i);
        const auto action = PresentationKeyMap::Action(row->data(0, Qt::UserRole).toInt());
        row->setText(0, PresentationKeyMap::name(action));
        const QList<QKeySequence> keys = m_keys->keys(action);
        row->setText(1, keys.isEmpty() ? tr("(no key)") : PresentationKeyMap::text(keys));
    }
    m_defaults->setEnabled(!m_keys->isDefault());
    showActionKeys();
}

void PresentationKeysEditor::showActionKeys()
{
    const QSignalBlocker quiet(m_keyList);
    m_keyList->clear();
    for (const QKeySequence &key : m_keys->keys(currentAction())) {
        auto *item = new QListWidgetItem(key.toString(QKeySequence::NativeText), m_keyList);
        item->setData(Qt::UserRole, key);
    }
    m_remove->setEnabled(false);
    m_keyList->setAccessibleDescription(PresentationKeyMap::name(currentAction()));
}

void PresentationKeysEditor::add()
{
    QString problem;
    if (m_keys->addKey(currentAction(), m_edit->keySequence(), &problem)) {
        say(QString());
        m_edit->clear();
    } else {
        say(problem);
    }
}

void PresentationKeysEditor::remove()
{
    const QListWidgetItem *item = m_keyList->currentItem();
    if (!item)
        return;
    say(QString());
    m_keys->removeKey(currentAction(), item->data(Qt::UserRole).value<QKeySequence>());
}

void PresentationKeysEditor::say(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void PresentationKeysEditor::retranslate()
{
    setTitle(tr("Presentation keys"));
    m_actions->setHeaderLabels({tr("During a show"), tr("Keys")});
    m_actions->setAccessibleName(tr("The show’s actions and their keys"));
    m_keyList->setAccessibleName(tr("Keys of the chosen action"));
    m_edit->setToolTip(tr("Press the key to add to the chosen action"));
    if (auto *line = m_edit->findChild<QLineEdit *>())
        line->setAccessibleName(tr("New key for the chosen action"));
    m_edit->setAccessibleName(tr("New key for the chosen action"));
    m_add->setText(tr("&Add Key"));
    m_remove->setText(tr("Re&move Key"));
    m_defaults->setText(tr("Restore &Defaults"));
    m_fixed->setText(tr("Always, and not to be changed: Esc twice ends the show, F5 and Shift+F5 do nothing "
                        "during it, and a number, or letters no action has, then Enter go to a stop."));
    showKeys();
}

void PresentationKeysEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

} // namespace bv
