// SPDX-License-Identifier: MIT
// F6 and Shift+F6: the keyboard moves from panel to panel (the central list or overview, then
// each dock the user has open, a tabbed one brought to the front), putting the focus on the
// panel's first widget that takes it. Go > Next Panel, Go > Previous Panel.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QWidget;

namespace bv {

class PanelCycler final : public QObject
{
    Q_OBJECT
public:
    explicit PanelCycler(QMainWindow *window);
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    // The panels in the order F6 visits them: the central widget, then the open docks.
    QList<QWidget *> panels() const;
    void move(int step); // +1 the next panel, -1 the previous one
    void retranslate();

private:
    QMainWindow *m_window;
    QAction *m_next;
    QAction *m_previous;
};

} // namespace bv
