// SPDX-License-Identifier: MIT
// SQLite's quick_check restricted to some tables: it reads their pages (and their indexes')
// and no others, so each part of a large file is checked when it is first needed.
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;

namespace bv {

struct TableCheck
{
    // SQLite's result code when the check could not run to its end (SQLITE_CORRUPT for a
    // page it cannot even read, SQLITE_INTERRUPT when cancelled), else 0.
    int code = 0;
    // "ok", or SQLite's first complaint (or its error message when `code` is set).
    QString verdict;

    bool isSound() const { return code == 0 && verdict == QLatin1String("ok"); }

    // PRAGMA quick_check(TABLE) for each of `tables` in turn (each with its indexes), up to
    // the first that is not sound. `cancelled`, when given, is asked now and then; true
    // stops the check (code SQLITE_INTERRUPT).
    static TableCheck run(sqlite3 *db, const QStringList &tables, const std::function<bool()> &cancelled = {});
    // PRAGMA quick_check of the whole file: every page, free ones too.
    static TableCheck wholeFile(sqlite3 *db);
};

} // namespace bv
