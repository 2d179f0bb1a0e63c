// SPDX-License-Identifier: MIT
// The user's library in the window: the Bookmarks menu (toggle a bookmark, write a note, copy
// the item's link, the bookmarks of the open briefing, export and import notes), the reading
// position kept and restored for each briefing, deep links opened, and a problem with the
// library said once. The library is opened after the window's first paint.
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QTimer;

namespace bv {

class CurrentBriefing;
class NoteEditor;
class NotesPanel;
class Selection;
class TimeRange;
class UserLibrary;

class LibraryActions final : public QObject
{
    Q_OBJECT
public:
    LibraryActions(QMainWindow *window, CurrentBriefing *current, Selection *selection, TimeRange *timeRange,
                   UserLibrary *library, NoteEditor *editor);
    // The notes panel's links of other briefings followed (the panel is made when first shown).
    void followLinksOf(NotesPanel *panel);

    QMenu *menu() const { return m_menu; }
    void retranslate();
    // Opens the briefing a briefing:// link names, found through the library (where it was
    // last opened from), then the recent files; false with `problem` when it cannot be found.
    bool openLink(const QString &link, QString *problem = nullptr);
    // The same, saying why in the window when it cannot (problem()).
    bool followLink(const QString &link);
    // Keeps where the user is in the open briefing (the window closes, another briefing opens).
    void savePosition();
    // The item link of the current item, as copied by Copy Link.
    QString currentLink() const;

signals:
    void notesWanted();  // the Notes panel should be shown
    void editorWanted(); // the note editor (beside the detail pane) should be shown
    void problem(const QString &title, const QString &message);

private:
    void briefingShown();
    void updateActions();
    void updateMenu();
    void exportNotes();
    void importNotes();
    void offerNewLibrary(const QString &message);

    QMainWindow *m_window;
    CurrentBriefing *m_current;
    Selection *m_selection;
    TimeRange *m_timeRange;
    UserLibrary *m_library;
    NoteEditor *m_editor;
    QMenu *m_menu;
    QAction *m_bookmark;
    QAction *m_note;
    QAction *m_copyLink;
    QAction *m_showNotes;
    QAction *m_export;
    QAction *m_import;
    QTimer *m_saveTimer;
    QString m_shownBriefing; // the briefing id and path of the briefing shown, to tell a new open
};

} // namespace bv
