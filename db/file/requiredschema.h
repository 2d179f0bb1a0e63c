// SPDX-License-Identifier: MIT
// The tables and columns every briefing of a format version has, read from db/file/schema.sql
// itself (the newest format) so the schema stays the single definition; a format-1 briefing
// lacks what version 2 added (addedIn()).
#pragma once

#include <QHash>
#include <QStringList>

namespace bv {

class RequiredSchema
{
public:
    static const RequiredSchema &instance();
    QStringList tables(int version) const;
    QStringList columns(const QString &table, int version) const;
    // The format version that added a table, or a column of an older table (1: the first).
    static int addedIn(const QString &table, const QString &column = QString());

private:
    RequiredSchema();
    QStringList m_tables;
    QHash<QString, QStringList> m_columns;
};

} // namespace bv
