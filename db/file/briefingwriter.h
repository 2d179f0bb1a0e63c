// SPDX-License-Identifier: MIT
// Writes new briefing files (used by briefing-tool only; the viewer never writes).
#pragma once

#include "file/writeresult.h"

#include <QCoreApplication>

#include <functional>

namespace bv {

class SqliteConnection;

class BriefingWriter
{
    Q_DECLARE_TR_FUNCTIONS(BriefingWriter)
public:
    // Fills a new database with the schema, `fill` and the search index, in one transaction,
    // in a temporary file of its own beside `path` (FileReplacement), flushes it to the disk,
    // then renames it over `path`: a reader never sees half a briefing, an existing file stays
    // as it was until the new one is in place, and no other file beside it is touched.
    // `fill` returns an empty string on success or what went wrong.
    using Fill = std::function<QString(SqliteConnection &)>;
    static WriteResult write(const QString &path, bool overwrite, const Fill &fill);

    // The built-in sample briefing as a file.
    static WriteResult writeSample(const QString &path, bool overwrite);

    // (Re)builds the search index (db/search/search_index.sql) inside an existing briefing, in one
    // transaction, for every language it has. Refuses a file BriefingDatabase::open refuses.
    static WriteResult writeSearchIndex(const QString &path);
};

} // namespace bv
