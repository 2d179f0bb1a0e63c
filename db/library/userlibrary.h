// SPDX-License-Identifier: MIT
// The library as the viewer uses it: the open briefing's notes, bookmarks and the user's own
// paths (with their rehearsals and last stops), with signals when they change, and the text facts a note needs (item title and text, edition) taken
// from the open briefing. One object for the window, shared by the notes views, the item
// marks and the menus. Another viewer (or briefing-tool) may write the same library: what
// it commits is read again every few seconds (refresh()), and an edit never overwrites a
// note another viewer changed meanwhile (saveEdit()).
#pragma once

#include "library/library.h"

#include <QObject>
#include <QSet>

class QTimer;

#include <memory>

namespace bv {

class BriefingDatabase;

class UserLibrary final : public QObject
{
    Q_OBJECT
public:
    explicit UserLibrary(QObject *parent = nullptr);

    // Opens the library file; a problem is emitted once as problemOccurred().
    Library::State open(const QString &path = Library::defaultPath());
    Library &store() { return m_library; }
    const Library &store() const { return m_library; }

    // Moves a damaged library aside (dated, never deleted) and starts a new one: only when
    // the user agreed. Returns whether the new library is ready.
    bool startNewLibrary();
    // The open briefing: recorded as seen (with its path, unless it is the sample).
    void setBriefing(std::shared_ptr<const BriefingDatabase> database);
    std::shared_ptr<const BriefingDatabase> briefing() const { return m_database; }
    QString briefingId() const;

    std::optional<Note> noteFor(const QString &itemId) const;
    QSet<QString> notedItems() const { return m_noted; }
    QSet<QString> bookmarkedItems() const { return m_bookmarked; }
    bool hasNote(const QString &itemId) const { return m_noted.contains(itemId); }
    bool isBookmarked(const QString &itemId) const { return m_bookmarked.contains(itemId); }

    // Saves `text` as the note on an item of the open briefing (a new note, or its note's new
    // text; empty text deletes the note). True once committed.
    bool saveNote(const QString &itemId, const QString &text);
    // The same for an editor that shows `read`, the note as it was read (nothing for a new
    // one). When another viewer changed or deleted that note since, or wrote one on the item
    // while this one was new, theirs is kept as it is: the text is saved as a note of its own
    // beside it (besideOther), and a deletion does not happen (keptChanged). Afterwards `read`
    // is the note as saved.
    struct Edit
    {
        std::optional<Note> read;
        bool besideOther = false;
        bool keptChanged = false;
    };
    bool saveEdit(const QString &itemId, const QString &text, Edit *edit);
    // Reads the open briefing's notes and bookmarks again when another viewer or briefing-tool
    // has changed the library since they were read; true when they were. Done every
    // refreshIntervalMs while the library is open.
    static constexpr int refreshIntervalMs = 2000;
    bool refresh();
    bool deleteNote(const QString &noteId);
    // The note on `itemId` now refers to the item's current text (the user has read what
    // changed): it is no longer marked as written on older text.
    bool acceptChange(const QString &itemId);
    bool toggleBookmark(const QString &itemId);

    enum class ItemState {
        Same,     // the item's text is what the note was written on
        Changed,  // the item's text has changed since
        Orphaned, // the open briefing has no such item
        Unknown   // the note does not know the text it was written on (imported, or from a script)
    };
    ItemState itemState(const Note &note) const;
    // The item's text in the open briefing now (source language; empty for an orphan).
    QString currentItemText(const QString &itemId) const;

    // A position to come back to (the viewer's state as JSON).
    bool savePosition(const ReadingPosition &position);
    std::optional<ReadingPosition> position() const;

    // The user's own paths for the open briefing (origin User), the oldest first.
    QVector<BriefingPath> userPaths() const { return m_paths; }
    std::optional<BriefingPath> userPath(const QString &pathId) const;
    // Saves the whole path with its stops for the open briefing: a new one, or the user's path
    // of the same id replaced. A path whose id is empty, "default" or that of one of the
    // briefing's own paths gets a new id, written into `path->id` (so a briefing's path can be
    // copied and changed without replacing it). True once committed; false (problem reported)
    // when no briefing is open, the path has no title or is over BriefingPath's limits.
    bool savePath(BriefingPath *path);
    bool renamePath(const QString &pathId, const QString &title);
    // Deletes one of the user's paths with its rehearsals and last stop; false for an id that
    // is not one of the user's paths (the default path and the briefing's own are never deleted).
    bool deletePath(const QString &pathId);
    // Rehearsals and the last stop shown, for any path of the open briefing by its id (the
    // default path's "default", one of the briefing's own, one of the user's).
    // `secondsPerStop`: one per stop, -1 for a stop not timed.
    bool saveRehearsal(const QString &pathId, const QVector<int> &secondsPerStop);
    QVector<int> lastRehearsal(const QString &pathId) const; // empty when there is none
    QVector<PathRehearsal> rehearsals(const QString &pathId) const; // with their dates, newest first
    bool saveLastStop(const QString &pathId, int stopIndex);
    std::optional<int> lastStop(const QString &pathId) const;

signals:
    void notesChanged();
    void bookmarksChanged();
    // The user's paths for the open briefing changed (saved, renamed, deleted, or another
    // briefing opened).
    void pathsChanged();
    // A rehearsal of the path was saved.
    void rehearsalsChanged(const QString &pathId);
    // A problem with the library, once for each new problem (which file, what, what to do).
    void problemOccurred(const QString &message);

private:
    void reload();
    void reloadPaths();
    void report();

    Library m_library;
    std::shared_ptr<const BriefingDatabase> m_database;
    QSet<QString> m_noted, m_bookmarked;
    QVector<BriefingPath> m_paths;
    QString m_lastProblem;
    qint64 m_dataVersion = -1; // of what was read last
    QString m_notesStamp;
    QTimer *m_refreshTimer;
};

} // namespace bv
