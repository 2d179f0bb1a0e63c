// SPDX-License-Identifier: MIT
// The built-in example briefings: the sample (resources/sample/) and "European defence
// spending" from real data (resources/examples/european-defence/), both compiled in.
#pragma once

#include "file/writeresult.h"

#include <QCoreApplication>
#include <QStringList>

namespace bv {

class Examples
{
    Q_DECLARE_TR_FUNCTIONS(Examples)
public:
    static QStringList names();                 // "sample", "european-defence"
    static QString title(const QString &name);  // translated, for menus and messages
    // The SQL that fills an empty database made by db/file/schema.sql (not for the sample,
    // which BriefingWriter::writeSample writes).
    static QString sql(const QString &name);
    static WriteResult write(const QString &name, const QString &path, bool overwrite);
    // Where the viewer opens an example from: a SQLite image compiled in (made at build time
    // from the SQL, resources/CMakeLists.txt), named by a path no file on disk can have: empty
    // for the sample, ":/examples/NAME.briefing" for the others. BriefingDatabase::open()
    // takes such a path as it takes a file's.
    static QString pathOf(const QString &name);
    static bool isBuiltIn(const QString &path);
    static QString nameOf(const QString &path); // the example a built-in path names ("" if none)
};

} // namespace bv
