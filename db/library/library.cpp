// SPDX-License-Identifier: MIT
#include "library/library.h"

#include "file/sqlitestatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

namespace bv {

namespace {

constexpr int libraryApplicationId = 0x42564c42; // "BVLB"

// Version 1 of the library's schema. Later versions add migrations after it, never change it.
const char schemaV1[] = R"(
CREATE TABLE briefing (
    briefing_id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    edition TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT '',
    last_opened TEXT NOT NULL DEFAULT ''
);
CREATE TABLE note (
    id TEXT PRIMARY KEY,
    briefing_id TEXT NOT NULL REFERENCES briefing(briefing_id),
    item_id TEXT NOT NULL,
    item_title TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    folded TEXT NOT NULL DEFAULT '',
    item_hash TEXT NOT NULL DEFAULT '',
    item_text TEXT NOT NULL DEFAULT '',
    edition TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX note_by_item ON note(briefing_id, item_id);
CREATE TABLE bookmark (
    briefing_id TEXT NOT NULL REFERENCES briefing(briefing_id),
    item_id TEXT NOT NULL,
    item_title TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    PRIMARY KEY (briefing_id, item_id)
);
CREATE TABLE reading_position (
    briefing_id TEXT PRIMARY KEY REFERENCES briefing(briefing_id),
    current_item TEXT NOT NULL DEFAULT '',
    history TEXT NOT NULL DEFAULT '[]',
    history_position INTEGER NOT NULL DEFAULT -1,
    view_state TEXT NOT NULL DEFAULT '{}',
    modified TEXT NOT NULL
);
)";

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

int pragmaInt(sqlite3 *db, const char *sql)
{
    SqliteStatement q(db, sql);
    return q.step() == SQLITE_ROW ? int(q.int64At(0)) : -1;
}

Note noteAt(const SqliteStatement &q)
{
    Note n;
    n.id = q.textAt(0);
    n.briefingId = q.textAt(1);
    n.itemId = q.textAt(2);
    n.itemTitle = q.textAt(3);
    n.text = q.textAt(4);
    n.itemHash = q.textAt(5);
    n.itemText = q.textAt(6);
    n.edition = q.textAt(7);
    n.created = timeFrom(q.textAt(8));
    n.modified = timeFrom(q.textAt(9));
    return n;
}

#define BV_NOTE_COLUMNS "id, briefing_id, item_id, item_title, text, item_hash, item_text, edition, created, modified"

} // namespace

Library::Library() = default;

Library::~Library()
{
    close();
}

void Library::close()
{
    if (m_db)
        sqlite3_close(m_db);
    m_db = nullptr;
    m_state = State::Closed;
}

QString Library::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/BriefingViewer/Briefing Viewer/library.sqlite");
}

Library::State Library::fail(State state, const QString &problem)
{
    m_problem = problem;
    if (state == State::Off)
        close();
    m_state = state;
    return state;
}

Library::State Library::open(const QString &path)
{
    close();
    m_path = path;
    m_problem.clear();
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        return fail(State::Off, tr("Your notes are off: the folder of your library “%1” could not be created. "
                                   "Check that your home folder is writable.").arg(name));
    }
    if (info.exists() && !info.isReadable()) {
        return fail(State::Off, tr("Your notes are off: your library “%1” cannot be read (permission denied). "
                                   "Give yourself read and write permission on it.").arg(name));
    }
    const QByteArray file = QFile::encodeName(path);
    bool readOnly = info.exists() && !info.isWritable();
    int rc = sqlite3_open_v2(file.constData(), &m_db,
                             readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errstr(rc));
        return fail(State::Off, tr("Your notes are off: your library “%1” could not be opened (%2).").arg(name, why));
    }
    sqlite3_busy_timeout(m_db, 2000);
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // A library is ours but may have been damaged: check it before trusting it.
    const QString damaged = tr("Your notes are off: your library “%1” is damaged (%2). It was left as it is; "
                               "you can move it aside and start a new library.");
    {
        SqliteStatement check(m_db, "PRAGMA quick_check");
        const int step = check.step();
        if (step != SQLITE_ROW)
            return fail(State::Off, damaged.arg(name, check.errorText()));
        if (check.textAt(0) != QLatin1String("ok"))
            return fail(State::Off, damaged.arg(name, check.textAt(0)));
    }
    const int version = pragmaInt(m_db, "PRAGMA user_version");
    const int applicationId = pragmaInt(m_db, "PRAGMA application_id");
    const bool empty = pragmaInt(m_db, "SELECT count(*) FROM sqlite_schema") == 0;
    if (!empty && applicationId != libraryApplicationId) {
        return fail(State::Off, tr("Your notes are off: “%1” is not a Briefing Viewer library. It was left as it is; "
                                   "move it away or start a new library.").arg(name));
    }
    if (version > schemaVersion) {
        return fail(State::Off, tr("Your notes are off: your library “%1” was made by a newer Briefing Viewer "
                                   "(library version %2; this one knows %3). Update Briefing Viewer.")
                                    .arg(name).arg(version).arg(schemaVersion));
    }
    if (readOnly) {
        if (empty || version < schemaVersion)
            return fail(State::Off, tr("Your notes are off: your library “%1” is read-only and must be brought "
                                       "up to date first. Make it writable.").arg(name));
        return fail(State::ReadOnly, tr("Your notes are read-only: your library “%1” cannot be written. "
                                        "Make it writable to add or change notes.").arg(name));
    }
    sqliteExec(m_db, QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"));
    if (!migrate())
        return m_state;
    m_state = State::Ready;
    return m_state;
}

bool Library::migrate()
{
    const int version = pragmaInt(m_db, "PRAGMA user_version");
    if (version == schemaVersion)
        return true;
    QString problem = sqliteExec(m_db, QStringLiteral("BEGIN IMMEDIATE;"));
    if (problem.isEmpty() && version < 1) {
        problem = sqliteExec(m_db, QString::fromUtf8(schemaV1));
        if (problem.isEmpty())
            problem = sqliteExec(m_db, QStringLiteral("PRAGMA application_id=%1;").arg(libraryApplicationId));
    }
    // Later versions: if (version < 2) { ALTER TABLE ... } and so on.
    if (problem.isEmpty())
        problem = sqliteExec(m_db, QStringLiteral("PRAGMA user_version=%1; COMMIT;").arg(schemaVersion));
    if (!problem.isEmpty()) {
        sqliteExec(m_db, QStringLiteral("ROLLBACK;"));
        fail(State::Off, tr("Your notes are off: your library “%1” could not be brought up to date (%2). "
                            "It was left as it was.").arg(QDir::toNativeSeparators(m_path), problem));
        return false;
    }
    return true;
}

Library::State Library::moveAsideAndStartNew()
{
    close();
    const QString aside = m_path + QStringLiteral(".damaged-")
                          + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix) && !QFile::rename(m_path + suffix, aside + suffix)) {
            return fail(State::Off, tr("Your library “%1” could not be moved aside; your notes stay off. "
                                       "Check that its folder is writable.").arg(QDir::toNativeSeparators(m_path)));
        }
    }
    return open(m_path);
}

bool Library::write(const QString &what, const std::function<bool()> &change)
{
    if (m_state != State::Ready) {
        if (m_problem.isEmpty())
            m_problem = tr("Your library is not open.");
        return false;
    }
    QString problem = sqliteExec(m_db, QStringLiteral("BEGIN IMMEDIATE;"));
    if (problem.isEmpty() && !change())
        problem = QString::fromUtf8(sqlite3_errmsg(m_db));
    if (problem.isEmpty())
        problem = sqliteExec(m_db, QStringLiteral("COMMIT;"));
    if (problem.isEmpty())
        return true;
    const int code = sqlite3_extended_errcode(m_db) & 0xff;
    sqliteExec(m_db, QStringLiteral("ROLLBACK;"));
    const QString name = QDir::toNativeSeparators(m_path);
    if (code == SQLITE_FULL) {
        fail(State::ReadOnly, tr("Could not save %1: the disk holding your library “%2” is full. Your notes are "
                                 "read-only until you free some space.").arg(what, name));
    } else if (code == SQLITE_READONLY || code == SQLITE_PERM || code == SQLITE_CANTOPEN) {
        fail(State::ReadOnly, tr("Could not save %1: your library “%2” cannot be written. Your notes are "
                                 "read-only until it is writable again.").arg(what, name));
    } else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
        fail(State::Off, tr("Could not save %1: your library “%2” is damaged. It was left as it is; you can "
                            "move it aside and start a new library.").arg(what, name));
    } else {
        m_problem = tr("Could not save %1 in your library “%2”: %3.").arg(what, name, problem);
    }
    return false;
}

bool Library::sawBriefing(const SeenBriefing &b)
{
    return write(tr("the briefing"), [&] {
        SqliteStatement q(m_db, "INSERT INTO briefing (briefing_id, title, edition, path, last_opened) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT(briefing_id) DO UPDATE SET title = excluded.title, edition = excluded.edition, "
                                "path = CASE WHEN excluded.path = '' THEN path ELSE excluded.path END, "
                                "last_opened = excluded.last_opened");
        q.bind(b.briefingId).bind(b.title).bind(b.edition).bind(b.path)
            .bind(timeText(b.lastOpened.isValid() ? b.lastOpened : QDateTime::currentDateTimeUtc()));
        return q.run();
    });
}

std::optional<SeenBriefing> Library::seenBriefing(const QString &briefingId) const
{
    for (const SeenBriefing &b : seenBriefings()) {
        if (b.briefingId == briefingId)
            return b;
    }
    return std::nullopt;
}

QVector<SeenBriefing> Library::seenBriefings() const
{
    QVector<SeenBriefing> result;
    if (!m_db)
        return result;
    SqliteStatement q(m_db, "SELECT briefing_id, title, edition, path, last_opened FROM briefing ORDER BY last_opened DESC");
    while (q.step() == SQLITE_ROW)
        result.append(SeenBriefing{q.textAt(0), q.textAt(1), q.textAt(2), q.textAt(3), timeFrom(q.textAt(4))});
    return result;
}

QString Library::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

bool Library::saveNote(Note *n, Times times)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Note saved = *n;
    if (saved.id.isEmpty())
        saved.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!saved.created.isValid())
        saved.created = now;
    if (times == Times::Now || !saved.modified.isValid())
        saved.modified = now;
    const bool ok = write(tr("the note"), [&] {
        SqliteStatement seen(m_db, "INSERT OR IGNORE INTO briefing (briefing_id, last_opened) VALUES (?, ?)");
        seen.bind(saved.briefingId).bind(timeText(now));
        if (!seen.run())
            return false;
        SqliteStatement q(m_db, "INSERT INTO note (" BV_NOTE_COLUMNS ", folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                "ON CONFLICT(id) DO UPDATE SET item_title = excluded.item_title, text = excluded.text, "
                                "item_hash = excluded.item_hash, item_text = excluded.item_text, edition = excluded.edition, "
                                "modified = excluded.modified, folded = excluded.folded");
        q.bind(saved.id).bind(saved.briefingId).bind(saved.itemId).bind(saved.itemTitle).bind(saved.text)
            .bind(saved.itemHash).bind(saved.itemText).bind(saved.edition).bind(timeText(saved.created))
            .bind(timeText(saved.modified)).bind(fold(saved.itemTitle + QLatin1Char('\n') + saved.text));
        return q.run();
    });
    if (ok)
        *n = saved;
    return ok;
}

bool Library::deleteNote(const QString &noteId)
{
    return write(tr("the deletion"), [&] {
        SqliteStatement q(m_db, "DELETE FROM note WHERE id = ?");
        q.bind(noteId);
        return q.run();
    });
}

QVector<Note> Library::notes(const QString &briefingId) const
{
    QVector<Note> result;
    if (!m_db)
        return result;
    SqliteStatement q(m_db, "SELECT " BV_NOTE_COLUMNS " FROM note WHERE briefing_id = ? ORDER BY item_id, created");
    q.bind(briefingId);
    while (q.step() == SQLITE_ROW)
        result.append(noteAt(q));
    return result;
}

QVector<Note> Library::allNotes() const
{
    QVector<Note> result;
    if (!m_db)
        return result;
    SqliteStatement q(m_db, "SELECT " BV_NOTE_COLUMNS " FROM note ORDER BY briefing_id, item_id, created");
    while (q.step() == SQLITE_ROW)
        result.append(noteAt(q));
    return result;
}

std::optional<Note> Library::note(const QString &noteId) const
{
    if (!m_db)
        return std::nullopt;
    SqliteStatement q(m_db, "SELECT " BV_NOTE_COLUMNS " FROM note WHERE id = ?");
    q.bind(noteId);
    if (q.step() == SQLITE_ROW)
        return noteAt(q);
    return std::nullopt;
}

std::optional<Note> Library::noteFor(const QString &briefingId, const QString &itemId) const
{
    if (!m_db)
        return std::nullopt;
    SqliteStatement q(m_db, "SELECT " BV_NOTE_COLUMNS " FROM note WHERE briefing_id = ? AND item_id = ? "
                            "ORDER BY modified DESC LIMIT 1");
    q.bind(briefingId).bind(itemId);
    if (q.step() == SQLITE_ROW)
        return noteAt(q);
    return std::nullopt;
}

QVector<Note> Library::searchNotes(const QString &query, const QString &briefingId, int limit) const
{
    QVector<Note> result;
    const QStringList words = fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!m_db || words.isEmpty())
        return result;
    // instr() matches the folded words as plain text: nothing in the query is a pattern.
    QByteArray sql = "SELECT " BV_NOTE_COLUMNS " FROM note WHERE (?1 = '' OR briefing_id = ?1)";
    for (int i = 0; i < words.size() && i < 16; ++i)
        sql += " AND instr(folded, ?" + QByteArray::number(i + 2) + ") > 0";
    sql += " ORDER BY modified DESC LIMIT " + QByteArray::number(qBound(1, limit, 10000));
    SqliteStatement q(m_db, sql.constData());
    q.bind(briefingId);
    for (int i = 0; i < words.size() && i < 16; ++i)
        q.bind(words.at(i));
    while (q.step() == SQLITE_ROW)
        result.append(noteAt(q));
    return result;
}

int Library::noteCount() const
{
    return m_db ? pragmaInt(m_db, "SELECT count(*) FROM note") : 0;
}

bool Library::isBookmarked(const QString &briefingId, const QString &itemId) const
{
    if (!m_db)
        return false;
    SqliteStatement q(m_db, "SELECT 1 FROM bookmark WHERE briefing_id = ? AND item_id = ?");
    q.bind(briefingId).bind(itemId);
    return q.step() == SQLITE_ROW;
}

bool Library::toggleBookmark(const QString &briefingId, const QString &itemId, const QString &itemTitle)
{
    const bool was = isBookmarked(briefingId, itemId);
    const bool ok = write(tr("the bookmark"), [&] {
        if (was) {
            SqliteStatement q(m_db, "DELETE FROM bookmark WHERE briefing_id = ? AND item_id = ?");
            q.bind(briefingId).bind(itemId);
            return q.run();
        }
        const QString now = timeText(QDateTime::currentDateTimeUtc());
        SqliteStatement seen(m_db, "INSERT OR IGNORE INTO briefing (briefing_id, last_opened) VALUES (?, ?)");
        seen.bind(briefingId).bind(now);
        SqliteStatement q(m_db, "INSERT INTO bookmark (briefing_id, item_id, item_title, created) VALUES (?, ?, ?, ?)");
        q.bind(briefingId).bind(itemId).bind(itemTitle).bind(now);
        return seen.run() && q.run();
    });
    return ok ? !was : was;
}

QVector<Bookmark> Library::bookmarks(const QString &briefingId) const
{
    QVector<Bookmark> result;
    if (!m_db)
        return result;
    SqliteStatement q(m_db, "SELECT briefing_id, item_id, item_title, created FROM bookmark WHERE briefing_id = ? "
                            "ORDER BY created, item_id");
    q.bind(briefingId);
    while (q.step() == SQLITE_ROW)
        result.append(Bookmark{q.textAt(0), q.textAt(1), q.textAt(2), timeFrom(q.textAt(3))});
    return result;
}

bool Library::savePosition(const ReadingPosition &p)
{
    return write(tr("the reading position"), [&] {
        const QString now = timeText(QDateTime::currentDateTimeUtc());
        SqliteStatement seen(m_db, "INSERT OR IGNORE INTO briefing (briefing_id, last_opened) VALUES (?, ?)");
        seen.bind(p.briefingId).bind(now);
        SqliteStatement q(m_db, "INSERT OR REPLACE INTO reading_position "
                                "(briefing_id, current_item, history, history_position, view_state, modified) "
                                "VALUES (?, ?, ?, ?, ?, ?)");
        q.bind(p.briefingId).bind(p.currentItem)
            .bind(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.history)).toJson(QJsonDocument::Compact)))
            .bind(qint64(p.historyPosition)).bind(QString::fromUtf8(p.viewState.isEmpty() ? QByteArray("{}") : p.viewState))
            .bind(now);
        return seen.run() && q.run();
    });
}

std::optional<ReadingPosition> Library::position(const QString &briefingId) const
{
    if (!m_db)
        return std::nullopt;
    SqliteStatement q(m_db, "SELECT current_item, history, history_position, view_state, modified FROM reading_position "
                            "WHERE briefing_id = ?");
    q.bind(briefingId);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    ReadingPosition p;
    p.briefingId = briefingId;
    p.currentItem = q.textAt(0);
    for (const QJsonValue &v : QJsonDocument::fromJson(q.textAt(1).toUtf8()).array())
        p.history << v.toString();
    p.historyPosition = int(q.int64At(2));
    p.viewState = q.textAt(3).toUtf8();
    p.modified = timeFrom(q.textAt(4));
    return p;
}

} // namespace bv
