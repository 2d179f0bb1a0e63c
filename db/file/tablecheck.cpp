// SPDX-License-Identifier: MIT
#include "file/tablecheck.h"

#include "file/sqliteconnection.h"

#include <sqlite3.h>

namespace bv {

namespace {

// The first row of a quick_check statement: its verdict.
TableCheck verdictOf(sqlite3 *db, const QByteArray &sql)
{
    TableCheck result;
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW) {
        result.verdict = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    } else {
        result.code = rc == SQLITE_DONE ? SQLITE_ERROR : sqlite3_extended_errcode(db);
        result.verdict = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(statement);
    return result;
}

int askCancelled(void *cancelled)
{
    return (*static_cast<const std::function<bool()> *>(cancelled))() ? 1 : 0;
}

} // namespace

TableCheck TableCheck::run(sqlite3 *db, const QStringList &tables, const std::function<bool()> &cancelled)
{
    if (cancelled)
        sqlite3_progress_handler(db, 10000, &askCancelled, const_cast<std::function<bool()> *>(&cancelled));
    TableCheck result{0, QStringLiteral("ok")};
    for (const QString &table : tables) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        result = verdictOf(db, "PRAGMA quick_check(\"" + quoted.toUtf8() + "\")");
        if (!result.isSound())
            break;
    }
    if (cancelled) // back to what every connection has: stopping when its thread is asked to
        stopOnThreadInterruption(db);
    return result;
}

TableCheck TableCheck::wholeFile(sqlite3 *db)
{
    return verdictOf(db, "PRAGMA quick_check(1)");
}

} // namespace bv
