// SPDX-License-Identifier: MIT
// What the user's library keeps: the briefings they have opened, their notes, bookmarks,
// reading positions, and their paths' rehearsals (the paths themselves are BriefingPaths). Keyed by a briefing's id and an item's id, never by a file's path.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace bv {

// A briefing the library has seen: where it was last opened from.
struct SeenBriefing
{
    QString briefingId, title, edition, path;
    QDateTime lastOpened;
};

struct Note
{
    QString id; // a UUID: the same note on every machine it is exported to
    QString briefingId, itemId;
    QString itemTitle;   // the item's title when the note was last saved (for orphaned notes)
    QString text;        // Markdown, as the user wrote it
    QString itemHash;    // hex SHA-1 of the item's text when the note was written
    QString itemText;    // that text itself, to show old beside new when the item changed
    QString edition;     // the briefing's edition the note was written on
    QDateTime created, modified;
};

struct Bookmark
{
    QString briefingId, itemId, itemTitle;
    QDateTime created;
};

// Where the user left a briefing: its current item, history and the views' ranges.
struct ReadingPosition
{
    QString briefingId;
    QString currentItem;
    QStringList history;
    int historyPosition = -1;
    QByteArray viewState; // JSON of the views' own state (timeline and chart ranges)
    QDateTime modified;
};

// One rehearsal of a path: when it ended, and the seconds spent on each stop (-1 for a stop
// not timed, such as one skipped).
struct PathRehearsal
{
    QDateTime rehearsed;
    QVector<int> secondsPerStop;
};

} // namespace bv
