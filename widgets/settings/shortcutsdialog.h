// SPDX-License-Identifier: MIT
// Help > Keyboard Shortcuts: every action of a window with its text and shortcuts, made from
// the actions themselves (its menus, then the window's other actions that have a shortcut),
// grouped by menu, in the language in use, filtered by what is typed in its search field.
#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace bv {

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    void rebuild(); // the window's actions as they are now
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
};

} // namespace bv
