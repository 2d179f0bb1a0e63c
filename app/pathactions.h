// SPDX-License-Identifier: MIT
// The path's menu actions: Add This View as a Stop, Add Scenarios Side by Side, Delete Stop and Path Editor, in the
// Presentation menu (made here, titled &Presentation, when the window has none yet). What is
// on screen becomes a stop after PathChoice's current stop of the chosen path when it is one
// of the user's, else of the user's "My path" (made when they have none): the chart the
// keyboard is in (or the current series' or chart's) as a chart stop over the period it
// shows, with the current point highlighted; the timeline, when the keyboard is in it, over
// its visible period and in its lanes; the overview; or the current item as a card. The
// path is saved to the user's library at once and made PathChoice's path, the new stop its
// current one. Works through the shared state only; the panels are read, never driven.
#pragma once

#include "content/briefingpath.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QMessageBox;

namespace bv {

class ChartPanel;
class PathChoice;
class Selection;
class SeriesChart;
class TimelinePanel;
class UserLibrary;
class WindowMenus;

class PathActions final : public QObject
{
    Q_OBJECT
public:
    struct Views
    {
        Selection *selection;
        PathChoice *choice;
        UserLibrary *library;
        ChartPanel *charts;
        TimelinePanel *timeline;
    };
    PathActions(QMainWindow *window, WindowMenus *menus, const Views &views);

    QMenu *menu() const { return m_menu; }
    QAction *addViewAction() const { return m_addView; }
    QAction *addComparisonAction() const { return m_addCompare; }
    QAction *deleteStopAction() const { return m_deleteStop; }
    QAction *editorAction() const { return m_editor; }
    QMessageBox *question() const; // while Delete Stop asks

    // The stop for what is on screen now (checked against the briefing: what it cannot show
    // is left out of it); nothing when no briefing is open.
    std::optional<PathStop> currentView() const;
    // Adds currentView() as described above; false, with problem() emitted, when it cannot.
    bool addCurrentView();
    // Adds, where addCurrentView() would, a comparison of two scenarios: the current one (when
    // a scenario is current) and the next, else the first two; the path editor, where the
    // user checks the two or three to compare, is brought forward. False when the briefing
    // has fewer than two scenarios.
    bool addComparison();
    // Removes PathChoice's current stop from the chosen path, one of the user's.
    bool deleteCurrentStop();

signals:
    void editorWanted(); // the path editor's dock to the front
    void problem(const QString &title, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // the window's language changed

private:
    void retranslate();
    void update();
    PathStop chartStop(const SeriesChart &chart) const;
    PathStop timelineStop() const;
    void askDeleteStop();
    bool savePath(BriefingPath path, int current);
    bool addStop(const PathStop &stop, const QString &command);

    QMainWindow *m_window;
    Views m_views;
    QMenu *m_menu;
    bool m_ownMenu = false; // made here, so titled here
    QAction *m_addView;
    QAction *m_addCompare;
    QAction *m_deleteStop;
    QAction *m_editor;
    QPointer<QMessageBox> m_question;
};

} // namespace bv
