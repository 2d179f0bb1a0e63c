// SPDX-License-Identifier: MIT
// Help > Keyboard Shortcuts: every action of a window with its text and shortcuts, made from
// the actions themselves (its menus, then the window's other actions that have a shortcut),
// grouped by menu, in the language in use, filtered by what is typed in its search field; and
// the keys of a show as they are bound now (a PresentationKeyMap), with the ones it keeps.
#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace bv {

class PresentationKeyMap;

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    void rebuild(); // the window's actions as they are now
    // Lists the show's keys too, under "During a show" (followed as they change).
    void setPresentationKeys(const PresentationKeyMap *keys);
    int shownCount() const; // the actions the filter leaves in view
    QTreeWidget *tree() const { return m_tree; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void filter(const QString &text);

    QWidget *m_window;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    const PresentationKeyMap *m_keys = nullptr;
};

} // namespace bv
