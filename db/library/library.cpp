// SPDX-License-Identifier: MIT
#include "library/library.h"

#include "library/librarysql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

namespace bv {

using namespace librarysql;

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

// Version 2: the user's own briefing paths with their stops, the rehearsals of any path (by
// its id: the default path, a briefing's own, the user's), the last stop shown per path.
const char schemaV2[] = R"(
CREATE TABLE user_path (
    briefing_id TEXT NOT NULL REFERENCES briefing(briefing_id),
    id TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    PRIMARY KEY (briefing_id, id)
);
CREATE TABLE user_path_stop (
    briefing_id TEXT NOT NULL,
    path_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    budget_seconds INTEGER,
    item_id TEXT NOT NULL DEFAULT '',
    item_ids TEXT NOT NULL DEFAULT '[]',
    lanes_by_actor INTEGER NOT NULL DEFAULT 0,
    from_date TEXT NOT NULL DEFAULT '',
    to_date TEXT NOT NULL DEFAULT '',
    highlight_id TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (briefing_id, path_id, position),
    FOREIGN KEY (briefing_id, path_id) REFERENCES user_path(briefing_id, id) ON DELETE CASCADE
);
CREATE TABLE rehearsal (
    id INTEGER PRIMARY KEY,
    briefing_id TEXT NOT NULL REFERENCES briefing(briefing_id),
    path_id TEXT NOT NULL,
    rehearsed TEXT NOT NULL,
    seconds TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX rehearsal_by_path ON rehearsal(briefing_id, path_id, id);
CREATE TABLE path_position (
    briefing_id TEXT NOT NULL REFERENCES briefing(briefing_id),
    path_id TEXT NOT NULL,
    stop_index INTEGER NOT NULL,
    modified TEXT NOT NULL,
    PRIMARY KEY (briefing_id, path_id)
);
)";


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

namespace {
// The viewer's settings by name: briefing-tool, a program of another name, reads the same.
QSettings viewerSettings()
{
    return QSettings(QStringLiteral("BriefingViewer"), QStringLiteral("Briefing Viewer"));
}
const char folderKey[] = "library/folder";
} // namespace

QString Library::standardFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/BriefingViewer/Briefing Viewer");
}

QString Library::folder()
{
    const QString chosen = viewerSettings().value(QLatin1String(folderKey)).toString();
    return chosen.isEmpty() ? standardFolder() : QDir::cleanPath(chosen);
}

void Library::setFolder(const QString &folder)
{
    QSettings settings = viewerSettings();
    if (folder.isEmpty() || QDir::cleanPath(folder) == QDir::cleanPath(standardFolder()))
        settings.remove(QLatin1String(folderKey));
    else
        settings.setValue(QLatin1String(folderKey), QDir::cleanPath(folder));
}

bool Library::copyTo(const QString &path, QString *problem) const
{
    if (!m_db) {
        *problem = tr("No library is open to copy.");
        return false;
    }
    if (QFileInfo::exists(path)) {
        *problem = tr("“%1” exists already; it was left as it is.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    SqliteStatement copy(m_db, "VACUUM INTO ?");
    copy.bind(path);
    if (!copy.run()) {
        *problem = tr("Your library could not be copied to “%1” (%2).").arg(QDir::toNativeSeparators(path), copy.errorText());
        return false;
    }
    return true;
}

QString Library::defaultPath()
{
    return folder() + QStringLiteral("/library.sqlite");
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
    m_damaged = false;
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
        m_damaged = step != SQLITE_ROW || check.textAt(0) != QLatin1String("ok");
        if (step != SQLITE_ROW)
            return fail(State::Off, damaged.arg(name, check.errorText()));
        if (m_damaged)
            return fail(State::Off, damaged.arg(name, check.textAt(0)));
    }
    const int version = pragmaInt(m_db, "PRAGMA user_version");
    const int applicationId = pragmaInt(m_db, "PRAGMA application_id");
    const bool empty = pragmaInt(m_db, "SELECT count(*) FROM sqlite_schema") == 0;
    if (!empty && applicationId != libraryApplicationId) {
        m_damaged = true;
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
    if (problem.isEmpty() && version < 2)
        problem = sqliteExec(m_db, QString::fromUtf8(schemaV2));
    // Later versions: if (version < 3) { ... } and so on.
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

bool Library::refuse(const QString &problem)
{
    m_problem = problem;
    return false;
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
        m_damaged = true;
        fail(State::Off, tr("Could not save %1: your library “%2” is damaged. It was left as it is; you can "
                            "move it aside and start a new library.").arg(what, name));
    } else {
        m_problem = tr("Could not save %1 in your library “%2”: %3.").arg(what, name, problem);
    }
    return false;
}


} // namespace bv
