// SPDX-License-Identifier: MIT
// The window's actions, menus and toolbar: File (open, recent files, the sample, quit), Edit, Go
// (back, forward, overview, find), View (the docks, the toolbar; the language menus follow)
// and Help. Opening and history act on CurrentBriefing and the Selection; the overview and
// Find are the window's to show, so they are only asked for.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace bv {

class CurrentBriefing;
class Selection;

class WindowMenus final : public QObject
{
    Q_OBJECT
public:
    // `viewActions`: the docks' toggles, listed in View before the toolbar's.
    WindowMenus(QMainWindow *window, CurrentBriefing *current, Selection *selection,
                const QList<QAction *> &viewActions);

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    QToolBar *toolBar() const { return m_toolBar; }
    void retranslate();

signals:
    void overviewWanted();
    void findWanted();

private:
    void createActions();
    void createMenus(const QList<QAction *> &viewActions);
    void chooseFile();
    void updateRecentMenu();
    void updateHistoryActions();
    void showAbout();

    QMainWindow *m_window;
    CurrentBriefing *m_current;
    Selection *m_selection;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_examplesMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace bv
