// SPDX-License-Identifier: MIT
// One named QSQLITE connection, closed and removed when it goes out of scope.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

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

private:
    QString m_name;
    int m_errorCode = 0;
    QString m_errorText;
};

} // namespace bv
