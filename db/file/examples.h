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
};

} // namespace bv
