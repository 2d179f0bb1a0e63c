// SPDX-License-Identifier: MIT
// The tables and columns every briefing of a format version has, read from db/file/schema.sql
// itself (the newest format) so the schema stays the single definition; a format-1 briefing
// lacks what version 2 added (addedIn()). Some tables are optional (the `path` tables): a
// file may lack them, but one that has any of them has all, complete.
#pragma once

#include <QHash>
#include <QStringList>

namespace bv {

class RequiredSchema
{
public:
    static const RequiredSchema &instance();
    // The required tables of a format version (not the optional ones).
    QStringList tables(int version) const;
    // The optional tables of a format version: `path` and `path_stop` in version 2.
    QStringList optionalTables(int version) const;
    static bool isOptional(const QString &table);
    // The CREATE statement of a table of schema.sql, as written there.
    QString createStatement(const QString &table) const;
    QStringList columns(const QString &table, int version) const;
    // The format version that added a table, or a column of an older table (1: the first).
    static int addedIn(const QString &table, const QString &column = QString());

private:
    RequiredSchema();
    QStringList m_tables;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QString> m_create;
};

} // namespace bv
