// SPDX-License-Identifier: MIT
// The library's briefing paths, their rehearsals and the last stop shown (schema version 2).
#include "library/library.h"

#include "content/pathjson.h"
#include "library/librarysql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace bv {

using namespace librarysql;

namespace {

#define BV_STOP_COLUMNS "kind, title, notes, budget_seconds, item_id, item_ids, lanes_by_actor, from_date, to_date, highlight_id"

// The stops of one path, in order; a stop of a kind this version does not know is skipped.
QVector<PathStop> stopsOf(sqlite3 *db, const QString &briefingId, const QString &pathId)
{
    QVector<PathStop> stops;
    SqliteStatement q(db, "SELECT " BV_STOP_COLUMNS " FROM user_path_stop WHERE briefing_id = ? AND path_id = ? "
                          "ORDER BY position");
    q.bind(briefingId).bind(pathId);
    while (q.step() == SQLITE_ROW) {
        PathStop stop;
        if (!PathStop::parseKind(q.textAt(0), &stop.kind))
            continue;
        stop.title = q.textAt(1);
        stop.notes = q.textAt(2);
        if (!q.isNullAt(3))
            stop.budgetSeconds = int(q.int64At(3));
        stop.itemId = q.textAt(4);
        PathJson::parseIdList(q.textAt(5), &stop.itemIds);
        stop.lanesByActor = q.int64At(6) != 0;
        stop.from = q.textAt(7);
        stop.to = q.textAt(8);
        stop.highlightId = q.textAt(9);
        stops.append(stop);
    }
    return stops;
}

QString secondsText(const QVector<int> &seconds)
{
    QJsonArray array;
    for (const int s : seconds)
        array.append(s);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QVector<BriefingPath> Library::paths(const QString &briefingId) const
{
    QVector<BriefingPath> result;
    if (!m_db)
        return result;
    SqliteStatement q(m_db, "SELECT id, title FROM user_path WHERE briefing_id = ? ORDER BY created, rowid");
    q.bind(briefingId);
    while (q.step() == SQLITE_ROW) {
        BriefingPath path;
        path.id = q.textAt(0);
        path.title = q.textAt(1);
        path.origin = BriefingPath::Origin::User;
        path.stops = stopsOf(m_db, briefingId, path.id);
        result.append(path);
    }
    return result;
}

std::optional<BriefingPath> Library::path(const QString &briefingId, const QString &pathId) const
{
    if (!m_db)
        return std::nullopt;
    SqliteStatement q(m_db, "SELECT title FROM user_path WHERE briefing_id = ? AND id = ?");
    q.bind(briefingId).bind(pathId);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    BriefingPath path;
    path.id = pathId;
    path.title = q.textAt(0);
    path.origin = BriefingPath::Origin::User;
    path.stops = stopsOf(m_db, briefingId, pathId);
    return path;
}

bool Library::savePath(const QString &briefingId, BriefingPath *path)
{
    BriefingPath saved = *path;
    saved.origin = BriefingPath::Origin::User;
    if (saved.id.isEmpty())
        saved.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (briefingId.isEmpty())
        return refuse(tr("The path was not saved: no briefing is open."));
    if (!PathJson::isValidId(saved.id))
        return refuse(tr("The path “%1” was not saved: a path's id may hold letters, digits, '-', '_' and '.' only.")
                          .arg(saved.id.left(BriefingPath::maxIdLength)));
    if (saved.title.trimmed().isEmpty())
        return refuse(tr("The path was not saved: it needs a title."));
    const QStringList over = saved.limitProblems();
    if (!over.isEmpty())
        return refuse(tr("The path “%1” was not saved: %2.").arg(saved.title.left(80), over.first()));
    const bool ok = write(tr("the path"), [&] {
        const QString now = timeText(QDateTime::currentDateTimeUtc());
        SqliteStatement seen(m_db, "INSERT OR IGNORE INTO briefing (briefing_id, last_opened) VALUES (?, ?)");
        seen.bind(briefingId).bind(now);
        SqliteStatement q(m_db, "INSERT INTO user_path (briefing_id, id, title, created, modified) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT(briefing_id, id) DO UPDATE SET title = excluded.title, "
                                "modified = excluded.modified");
        q.bind(briefingId).bind(saved.id).bind(saved.title).bind(now).bind(now);
        SqliteStatement clear(m_db, "DELETE FROM user_path_stop WHERE briefing_id = ? AND path_id = ?");
        clear.bind(briefingId).bind(saved.id);
        if (!seen.run() || !q.run() || !clear.run())
            return false;
        SqliteStatement stop(m_db, "INSERT INTO user_path_stop (briefing_id, path_id, position, " BV_STOP_COLUMNS
                                   ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (int i = 0; i < saved.stops.size(); ++i) {
            const PathStop &s = saved.stops.at(i);
            stop.bind(briefingId).bind(saved.id).bind(qint64(i)).bind(QString(PathStop::kindKey(s.kind))).bind(s.title)
                .bind(s.notes);
            if (s.budgetSeconds)
                stop.bind(qint64(*s.budgetSeconds));
            else
                stop.bindNull();
            stop.bind(s.itemId).bind(PathJson::idListText(s.itemIds)).bind(qint64(s.lanesByActor ? 1 : 0)).bind(s.from)
                .bind(s.to).bind(s.highlightId);
            if (!stop.run())
                return false;
        }
        return true;
    });
    if (ok)
        *path = saved;
    return ok;
}

bool Library::deletePath(const QString &briefingId, const QString &pathId)
{
    return write(tr("the deletion of the path"), [&] {
        // The stops go with the path (ON DELETE CASCADE).
        for (const char *sql : {"DELETE FROM user_path WHERE briefing_id = ? AND id = ?",
                                "DELETE FROM rehearsal WHERE briefing_id = ? AND path_id = ?",
                                "DELETE FROM path_position WHERE briefing_id = ? AND path_id = ?"}) {
            SqliteStatement q(m_db, sql);
            q.bind(briefingId).bind(pathId);
            if (!q.run())
                return false;
        }
        return true;
    });
}

bool Library::saveRehearsal(const QString &briefingId, const QString &pathId, const QVector<int> &secondsPerStop)
{
    if (briefingId.isEmpty() || pathId.isEmpty() || pathId.size() > BriefingPath::maxIdLength)
        return refuse(tr("The rehearsal was not saved: it names no briefing or path."));
    if (secondsPerStop.isEmpty() || secondsPerStop.size() > BriefingPath::maxStops)
        return refuse(tr("The rehearsal was not saved: it must time from 1 to %1 stops, not %2.")
                          .arg(BriefingPath::maxStops).arg(secondsPerStop.size()));
    for (const int seconds : secondsPerStop) {
        if (seconds < -1 || seconds > maxRehearsalSeconds)
            return refuse(tr("The rehearsal was not saved: %1 is not a time in seconds.").arg(seconds));
    }
    return write(tr("the rehearsal"), [&] {
        const QString now = timeText(QDateTime::currentDateTimeUtc());
        SqliteStatement seen(m_db, "INSERT OR IGNORE INTO briefing (briefing_id, last_opened) VALUES (?, ?)");
        seen.bind(briefingId).bind(now);
        SqliteStatement q(m_db, "INSERT INTO rehearsal (briefing_id, path_id, rehearsed, seconds) VALUES (?, ?, ?, ?)");
        q.bind(briefingId).bind(pathId).bind(now).bind(secondsText(secondsPerStop));
        SqliteStatement prune(m_db, "DELETE FROM rehearsal WHERE briefing_id = ?1 AND path_id = ?2 AND id NOT IN "
                                    "(SELECT id FROM rehearsal WHERE briefing_id = ?1 AND path_id = ?2 "
                                    "ORDER BY id DESC LIMIT ?3)");
        prune.bind(briefingId).bind(pathId).bind(qint64(keptRehearsals));
        return seen.run() && q.run() && prune.run();
    });
}

QVector<PathRehearsal> Library::rehearsals(const QString &briefingId, const QString &pathId) const
{
    QVector<PathRehearsal> result;
    if (!m_db)
        return result;
    SqliteStatement q(m_db, "SELECT rehearsed, seconds FROM rehearsal WHERE briefing_id = ? AND path_id = ? "
                            "ORDER BY id DESC");
    q.bind(briefingId).bind(pathId);
    while (q.step() == SQLITE_ROW) {
        PathRehearsal rehearsal;
        rehearsal.rehearsed = timeFrom(q.textAt(0));
        for (const QJsonValue value : QJsonDocument::fromJson(q.textAt(1).toUtf8()).array())
            rehearsal.secondsPerStop.append(value.isDouble() ? qMax(-1, value.toInt(-1)) : -1);
        result.append(rehearsal);
    }
    return result;
}

bool Library::saveLastStop(const QString &briefingId, const QString &pathId, int stopIndex)
{
    if (briefingId.isEmpty() || pathId.isEmpty() || pathId.size() > BriefingPath::maxIdLength || stopIndex < 0
        || stopIndex >= BriefingPath::maxStops)
        return refuse(tr("The last stop shown was not saved: stop %1 of path “%2” is not a stop.")
                          .arg(stopIndex).arg(pathId.left(BriefingPath::maxIdLength)));
    return write(tr("the last stop shown"), [&] {
        const QString now = timeText(QDateTime::currentDateTimeUtc());
        SqliteStatement seen(m_db, "INSERT OR IGNORE INTO briefing (briefing_id, last_opened) VALUES (?, ?)");
        seen.bind(briefingId).bind(now);
        SqliteStatement q(m_db, "INSERT OR REPLACE INTO path_position (briefing_id, path_id, stop_index, modified) "
                                "VALUES (?, ?, ?, ?)");
        q.bind(briefingId).bind(pathId).bind(qint64(stopIndex)).bind(now);
        return seen.run() && q.run();
    });
}

std::optional<int> Library::lastStop(const QString &briefingId, const QString &pathId) const
{
    if (!m_db)
        return std::nullopt;
    SqliteStatement q(m_db, "SELECT stop_index FROM path_position WHERE briefing_id = ? AND path_id = ?");
    q.bind(briefingId).bind(pathId);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    return int(q.int64At(0));
}

} // namespace bv
