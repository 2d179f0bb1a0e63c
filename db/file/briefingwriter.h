// SPDX-License-Identifier: MIT
// Writes new briefing files (used by briefing-tool only; the viewer never writes).
#pragma once

#include "file/writeresult.h"

#include <QCoreApplication>

#include <functional>

namespace bv {

class SqliteConnection;
struct BriefingPath;

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

    // Writes `briefingPath` into the existing briefing at `path` (format 2, `briefing-tool
    // add-path`): it replaces the briefing's path of the same id, in its place, or comes after
    // the others; the path tables are made when the file has none. One transaction: on any
    // failure the file is as it was. Refuses a file BriefingDatabase::open refuses, a file of
    // format 1, and a path the briefing cannot show in full, over the limits, with an invalid
    // id or the default path's ("default"), naming each problem by its stop.
    static WriteResult writePath(const QString &path, const BriefingPath &briefingPath);
};

} // namespace bv
