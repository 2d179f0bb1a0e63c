// SPDX-License-Identifier: MIT
// What the library's source files share: times as stored, one-value queries.
#pragma once

#include "file/sqlitestatement.h"

#include <QDateTime>

#include <sqlite3.h>

namespace bv::librarysql {

inline QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime timeFrom(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

inline int pragmaInt(sqlite3 *db, const char *sql)
{
    SqliteStatement q(db, sql);
    return q.step() == SQLITE_ROW ? int(q.int64At(0)) : -1;
}

} // namespace bv::librarysql
