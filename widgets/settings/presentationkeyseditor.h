// SPDX-License-Identifier: MIT
// Edit > Preferences > Presentation keys: the show's actions with their keys (a
// PresentationKeyMap, changed in place as the user edits it). Choose an action, press a key in
// the field and Add Key; choose one of its keys and Remove Key; Restore Defaults gives every
// action today's clicker keys again. A key another action has, or one the show keeps (Esc, F5,
// the digits), is refused with the reason under the list, naming both actions.
#pragma once

#include "models/presentationkeymap.h"

#include <QGroupBox>

class QKeySequenceEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace bv {

class PresentationKeysEditor final : public QGroupBox
{
    Q_OBJECT
public:
    explicit PresentationKeysEditor(PresentationKeyMap *keys, QWidget *parent = nullptr);

    QTreeWidget *actionList() const { return m_actions; }
    QListWidget *keyList() const { return m_keyList; }
    QKeySequenceEdit *keyEdit() const { return m_edit; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *defaultsButton() const { return m_defaults; }
    QLabel *problemLabel() const { return m_problem; }
    PresentationKeyMap::Action currentAction() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showKeys();       // every action's keys, from the map
    void showActionKeys(); // the chosen action's, in the key list
    void add();
    void remove();
    void say(const QString &problem);

    PresentationKeyMap *m_keys;
    QTreeWidget *m_actions;
    QListWidget *m_keyList;
    QKeySequenceEdit *m_edit;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_defaults;
    QLabel *m_fixed;
    QLabel *m_problem;
};

} // namespace bv
