// SPDX-License-Identifier: MIT
// The user's library: one SQLite file of their own (never a briefing file) holding notes,
// bookmarks, reading positions, the briefings they have seen, their own briefing paths and
// the rehearsals of any path. WAL, foreign keys on, a
// busy timeout so that two viewers share it, each change one transaction, the schema
// versioned with user_version and migrated forward. A damaged or unreadable library is never
// overwritten: the library says so and stays off (or read-only) until the user agrees to
// move it aside and start a new one.
#pragma once

#include "content/briefingpath.h"
#include "library/librarytypes.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>

#include <optional>

struct sqlite3;

namespace bv {

class Library
{
    Q_DECLARE_TR_FUNCTIONS(Library)
public:
    static constexpr int schemaVersion = 2; // 2 added paths, rehearsals and the last stop shown
    enum class State {
        Closed,
        Ready,    // reading and writing
        ReadOnly, // readable, but changes cannot be saved (read-only file or folder, full disk)
        Off       // damaged, unreadable or of a newer version: nothing is read or written
    };

    Library();
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // The viewer's library file: library.sqlite in folder(), the same for briefing-viewer and
    // briefing-tool.
    static QString defaultPath();
    // The folder the library is kept in: the one the user chose (Preferences), else
    // standardFolder(), <data folder>/BriefingViewer/Briefing Viewer. Kept in the viewer's
    // settings, which briefing-tool reads too.
    static QString folder();
    static QString standardFolder();
    static void setFolder(const QString &folder); // empty: the standard folder again
    // A consistent copy of the open library (notes written up to now) as a new file at `path`
    // (VACUUM INTO); false, with `problem` saying why, when none is open, a file is there
    // already (never overwritten) or the copy fails. The library's own problem() is untouched.
    bool copyTo(const QString &path, QString *problem) const;

    // Opens (creating when missing) and migrates the library at `path`. Returns the state;
    // problem() says what went wrong in words (which file, what happened, what to do).
    State open(const QString &path);
    State state() const { return m_state; }
    bool canWrite() const { return m_state == State::Ready; }
    QString problem() const { return m_problem; }
    QString path() const { return m_path; }
    // Off because the file is damaged or not a library (not for a newer version or missing
    // permissions): moving it aside and starting anew would help.
    bool isDamaged() const { return m_damaged; }
    // Moves a damaged library aside as "<name>.damaged-<date>" and starts a new one; only
    // when the user agreed. Returns the new state.
    State moveAsideAndStartNew();

    // Briefings seen.
    bool sawBriefing(const SeenBriefing &briefing);
    std::optional<SeenBriefing> seenBriefing(const QString &briefingId) const;
    QVector<SeenBriefing> seenBriefings() const;

    // Notes. saveNote() gives a new note its id and creation time, and the note the time of
    // this change (or keeps the note's own, for an import); true once committed.
    enum class Times { Now, Keep };
    QVector<Note> notes(const QString &briefingId) const; // by item, oldest first
    QVector<Note> allNotes() const;
    std::optional<Note> note(const QString &noteId) const;
    std::optional<Note> noteFor(const QString &briefingId, const QString &itemId) const;
    bool saveNote(Note *note, Times times = Times::Now);
    bool deleteNote(const QString &noteId);
    // The same for a note edited over the copy read when it was last changed at `read` (two
    // viewers share the library): when another has changed or deleted that note since, or
    // written a note of its own on the item while this one was new, theirs is left as it is
    // and this text is saved as a note of its own beside it (*besideOther = true). Nothing
    // another viewer wrote is ever overwritten.
    bool saveEditedNote(Note *note, const QDateTime &read, bool *besideOther);
    // Deletes the note only if no other viewer changed it since `read`; *changedSince tells.
    bool deleteEditedNote(const QString &noteId, const QDateTime &read, bool *changedSince);
    // Changes when another connection (another viewer, briefing-tool) commits a change.
    qint64 dataVersion() const;
    // Changes when a note or bookmark of `briefingId` is added, changed or deleted, or a note
    // of any briefing is added or deleted (not for reading positions or briefings seen). A few
    // milliseconds for 100,000 notes: the indexes answer it.
    QString notesStamp(const QString &briefingId) const;
    // Notes whose text or item title contains every word of `query` (case and diacritics
    // folded); in one briefing, or in all when `briefingId` is empty.
    QVector<Note> searchNotes(const QString &query, const QString &briefingId = QString(), int limit = 200) const;
    int noteCount() const;
    // A page of notes (of one briefing, or all when `briefingId` is empty) whose text or item
    // title contains every word of `query` (all when it is empty).
    enum class Order { ByItem, Recent };
    QVector<Note> notesPage(const QString &briefingId, const QString &query, int offset, int limit,
                            Order order = Order::ByItem) const;

    // Bookmarks.
    bool isBookmarked(const QString &briefingId, const QString &itemId) const;
    // Adds or removes the bookmark; returns whether the item is bookmarked afterwards (or
    // its old state when the change failed, see problem()).
    bool toggleBookmark(const QString &briefingId, const QString &itemId, const QString &itemTitle);
    QVector<Bookmark> bookmarks(const QString &briefingId) const;

    // Reading positions.
    bool savePosition(const ReadingPosition &position);
    std::optional<ReadingPosition> position(const QString &briefingId) const;

    // The user's own paths for a briefing (origin User), the oldest first, each with its stops.
    QVector<BriefingPath> paths(const QString &briefingId) const;
    std::optional<BriefingPath> path(const QString &briefingId, const QString &pathId) const;
    // Inserts the path, or replaces the briefing's path of the same id, with all its stops, in
    // one transaction. A path with an empty id gets a new one (a UUID), filled in. Refuses
    // (problem() says why) a path over BriefingPath's limits or with an id of other characters
    // than letters, digits, '-', '_' and '.'.
    bool savePath(const QString &briefingId, BriefingPath *path);
    // Deletes the path, its rehearsals and its last stop; true once committed (also when
    // there was no such path).
    bool deletePath(const QString &briefingId, const QString &pathId);
    // Rehearsals and the last stop shown are kept for any path by its id: the default path,
    // the briefing's own and the user's.
    static constexpr int keptRehearsals = 10; // per path, the newest
    static constexpr int maxRehearsalSeconds = 100 * 24 * 3600;
    bool saveRehearsal(const QString &briefingId, const QString &pathId, const QVector<int> &secondsPerStop);
    QVector<PathRehearsal> rehearsals(const QString &briefingId, const QString &pathId) const; // newest first
    bool saveLastStop(const QString &briefingId, const QString &pathId, int stopIndex);
    std::optional<int> lastStop(const QString &briefingId, const QString &pathId) const;

    // Folds text for note search: lower case, diacritics removed.
    static QString fold(const QString &text);

private:
    State fail(State state, const QString &problem);
    bool write(const QString &what, const std::function<bool()> &change);
    bool insertNote(const Note &note);
    Note stamped(const Note &note, Times times) const;
    bool migrate();
    bool refuse(const QString &problem); // a change refused before it reached the file
    void close();

    sqlite3 *m_db = nullptr;
    State m_state = State::Closed;
    QString m_path, m_problem;
    bool m_damaged = false;
};

} // namespace bv
