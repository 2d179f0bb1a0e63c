// SPDX-License-Identifier: MIT
// One named QSQLITE connection, closed and removed when it goes out of scope.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class QThread;
struct sqlite3;

namespace bv {

class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(SqliteConnection)
public:
    enum class Mode {
        ReadOnlyUntrusted, // a file from anywhere: read-only, hardened, short busy timeout
        CreateNew,         // a file briefing-tool writes
        ReadWrite,         // an existing file briefing-tool updates
        ReadWriteUntrusted, // the same for a file from anywhere: nothing in it runs on our behalf
        Memory             // a private in-memory database
    };
    // What ReadOnlyUntrusted reads at most: one text or value, one statement of the schema.
    static constexpr int maximumValueBytes = 64 * 1024 * 1024;
    static constexpr int maximumSqlLength = 100000;

    SqliteConnection();
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool open(const QString &path, Mode mode);
    // A read-only database whose file is a copy of `image` (the built-in sample's).
    bool openImage(const QByteArray &image);
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    sqlite3 *handle() const;
    // Runs several ';'-separated statements (schema.sql, sample.sql).
    bool execScript(const QString &sql);
    // The SQLite result code and message of the last failure.
    int errorCode() const { return m_errorCode; }
    QString errorText() const { return m_errorText; }
    // Records the error of a failed QSqlQuery.
    void setError(int code, const QString &text);
    // Makes this open connection stop, and be interrupted by interruptConnectionsOf(), with
    // `thread` instead of the one that opened it: for a helper thread doing part of
    // `thread`'s work (the content check at open), so that abandoning that work stops both.
    void stopWith(const QThread *thread);

private:
    QString m_name;
    sqlite3 *m_handle = nullptr; // while open, listed for interruptConnectionsOf()
    const QThread *m_thread = nullptr; // the one that opened it
    int m_errorCode = 0;
    QString m_errorText;
};

// Makes every statement on `db` stop with SQLITE_INTERRUPT, within a thousand or so of
// SQLite's steps, once the thread running it is asked to stop (QThread::requestInterruption):
// work in a worker thread is abandoned at its next step rather than waited for. Statements in
// the main thread are never stopped. Every SqliteConnection does this.
void stopOnThreadInterruption(sqlite3 *db);
// Stops at once the statements running on the SqliteConnections of `thread` (sqlite3_interrupt),
// from any thread: also those SQLite runs as one step, such as PRAGMA quick_check, which the
// above cannot stop midway.
void interruptConnectionsOf(const QThread *thread);

} // namespace bv
