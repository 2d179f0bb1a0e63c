// SPDX-License-Identifier: MIT
#include "file/sqliteconnection.h"

#include <QAtomicInt>
#include <QMultiHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

namespace bv {

namespace {

QAtomicInt connectionCounter;

// The open connections of each thread, for interruptConnectionsOf().
QMutex registryMutex;
QMultiHash<const QThread *, sqlite3 *> registry;

int interruptionRequested(void *)
{
    return QThread::currentThread()->isInterruptionRequested() ? 1 : 0;
}

int interruptionRequestedOf(void *thread)
{
    return static_cast<const QThread *>(thread)->isInterruptionRequested() ? 1 : 0;
}

} // namespace

void stopOnThreadInterruption(sqlite3 *db)
{
    sqlite3_progress_handler(db, 1000, interruptionRequested, nullptr);
}

void interruptConnectionsOf(const QThread *thread)
{
    const QMutexLocker lock(&registryMutex);
    for (auto it = registry.constFind(thread); it != registry.cend() && it.key() == thread; ++it)
        sqlite3_interrupt(it.value()); // still open: its closing waits for this lock
}

SqliteConnection::SqliteConnection()
    : m_name(QStringLiteral("bv-connection-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

SqliteConnection::~SqliteConnection()
{
    if (m_handle) {
        const QMutexLocker lock(&registryMutex);
        registry.remove(m_thread, m_handle);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

sqlite3 *SqliteConnection::handle() const
{
    const QVariant v = database().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

void SqliteConnection::setError(int code, const QString &text)
{
    m_errorCode = code;
    m_errorText = text;
}

bool SqliteConnection::open(const QString &path, Mode mode)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    switch (mode) {
    case Mode::ReadOnlyUntrusted: {
        // A URI so that mode=ro holds even for odd names; read-only never creates a file.
        QUrl url = QUrl::fromLocalFile(path);
        url.setQuery(QStringLiteral("mode=ro"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=250"));
        break;
    }
    case Mode::CreateNew:
    case Mode::ReadWrite:
    case Mode::ReadWriteUntrusted:
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        break;
    case Mode::Memory:
        db.setDatabaseName(QStringLiteral(":memory:"));
        break;
    }
    if (!db.open()) {
        setError(db.lastError().nativeErrorCode().toInt(), db.lastError().databaseText());
        return false;
    }
    sqlite3 *h = handle();
    if (!h) {
        setError(SQLITE_ERROR, tr("Qt's SQLite driver gave no database handle."));
        return false;
    }
    stopOnThreadInterruption(h);
    {
        const QMutexLocker lock(&registryMutex);
        m_thread = QThread::currentThread();
        m_handle = h;
        registry.insert(m_thread, h);
    }
    if (mode == Mode::ReadOnlyUntrusted || mode == Mode::ReadWriteUntrusted) {
        // SQLite's advice for database files from untrusted sources
        // (https://www.sqlite.org/security.html): no triggers, views or schema functions
        // run on our behalf, defensive mode.
        sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
        sqlite3_db_config(h, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    }
    if (mode == Mode::ReadOnlyUntrusted) {
        // Reading only: also cell size checks, no memory mapping, limits.
        sqlite3_limit(h, SQLITE_LIMIT_LENGTH, maximumValueBytes);
        sqlite3_limit(h, SQLITE_LIMIT_SQL_LENGTH, maximumSqlLength);
        sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
        sqlite3_exec(h, "PRAGMA cell_size_check=ON; PRAGMA mmap_size=0; PRAGMA query_only=ON;",
                     nullptr, nullptr, nullptr);
    }
    return true;
}

bool SqliteConnection::openImage(const QByteArray &image)
{
    if (!open(QString(), Mode::Memory))
        return false;
    // SQLite frees the copy when the connection closes; it never writes to it.
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(quint64(image.size())));
    if (!copy) {
        setError(SQLITE_NOMEM, QString::fromUtf8(sqlite3_errstr(SQLITE_NOMEM)));
        return false;
    }
    std::memcpy(copy, image.constData(), size_t(image.size()));
    const int rc = sqlite3_deserialize(handle(), "main", copy, image.size(), image.size(),
                                       SQLITE_DESERIALIZE_READONLY | SQLITE_DESERIALIZE_FREEONCLOSE);
    if (rc != SQLITE_OK) {
        setError(rc, QString::fromUtf8(sqlite3_errmsg(handle())));
        return false;
    }
    return true;
}

void SqliteConnection::stopWith(const QThread *thread)
{
    if (!m_handle || !thread)
        return;
    sqlite3_progress_handler(m_handle, 1000, interruptionRequestedOf, const_cast<QThread *>(thread));
    const QMutexLocker lock(&registryMutex);
    registry.remove(m_thread, m_handle);
    m_thread = thread;
    registry.insert(m_thread, m_handle);
}

bool SqliteConnection::execScript(const QString &sql)
{
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(handle(), utf8.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        setError(rc, message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_free(message);
        return false;
    }
    return true;
}

} // namespace bv
