// SPDX-License-Identifier: MIT
// One prepared statement on a plain sqlite3 handle, finalized when it goes out of scope.
// Used where a QSqlDatabase cannot be: a database that moves between threads (the search
// index built in a worker) and bulk writes.
#pragma once

#include <QByteArrayView>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace bv {

class SqliteStatement final
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Binds the next parameter, from the first on.
    SqliteStatement &bind(const QString &text);
    SqliteStatement &bind(qint64 value);
    // UTF-8 text as given (not checked), or a blob.
    SqliteStatement &bindUtf8(const QByteArray &utf8);
    SqliteStatement &bindBlob(const QByteArray &bytes);
    SqliteStatement &bindNull();

    // SQLITE_ROW, SQLITE_DONE or an error code; an error is kept in errorText().
    int step();
    // Steps to the end and resets for new bindings; false on an error.
    bool run();
    void reset();

    qint64 int64At(int column) const;
    QString textAt(int column) const;
    bool isNullAt(int column) const;
    int typeAt(int column) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL
    double doubleAt(int column) const;
    // The column's bytes (text as UTF-8), valid until the next step or reset.
    QByteArrayView bytesAt(int column) const;
    // The column as text in UTF-8 (converted by SQLite from a number or a UTF-16 file, as
    // textAt() has it), valid until the next step or reset; empty for NULL.
    QByteArrayView utf8At(int column) const;

    int errorCode() const { return m_errorCode; }
    QString errorText() const { return m_errorText; }

private:
    void keepError(int code);

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_parameter = 0;
    int m_errorCode = 0;
    QString m_errorText;
};

// Runs ';'-separated statements; returns an empty string or what went wrong.
QString sqliteExec(sqlite3 *db, const QString &sql);

} // namespace bv
