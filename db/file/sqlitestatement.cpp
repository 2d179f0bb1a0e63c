// SPDX-License-Identifier: MIT
#include "file/sqlitestatement.h"

#include <sqlite3.h>

namespace bv {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        keepError(rc);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // An empty QString binds '' rather than NULL: the index never holds NULL text.
    sqlite3_bind_text(m_statement, ++m_parameter, utf8.isNull() ? "" : utf8.constData(),
                      int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(qint64 value)
{
    sqlite3_bind_int64(m_statement, ++m_parameter, value);
    return *this;
}

SqliteStatement &SqliteStatement::bindUtf8(const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, ++m_parameter, utf8.isNull() ? "" : utf8.constData(),
                      int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(const QByteArray &bytes)
{
    sqlite3_bind_blob(m_statement, ++m_parameter, bytes.isNull() ? "" : bytes.constData(),
                      int(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull()
{
    sqlite3_bind_null(m_statement, ++m_parameter);
    return *this;
}

int SqliteStatement::step()
{
    if (!m_statement)
        return m_errorCode ? m_errorCode : SQLITE_MISUSE;
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        keepError(rc);
    return rc;
}

bool SqliteStatement::run()
{
    int rc = step();
    while (rc == SQLITE_ROW)
        rc = step();
    reset();
    return rc == SQLITE_DONE;
}

void SqliteStatement::reset()
{
    m_parameter = 0;
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::textAt(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

int SqliteStatement::typeAt(int column) const
{
    return sqlite3_column_type(m_statement, column);
}

double SqliteStatement::doubleAt(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

bool SqliteStatement::isNullAt(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::bytesAt(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement, column) : 0);
}

QByteArrayView SqliteStatement::utf8At(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
}

void SqliteStatement::keepError(int code)
{
    m_errorCode = code;
    m_errorText = QString::fromUtf8(sqlite3_errmsg(m_db));
}

QString sqliteExec(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text =
        message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return text;
}

} // namespace bv
