// SPDX-License-Identifier: MIT
// The tables and columns every format-1 briefing has, read from db/file/schema.sql itself so
// the schema stays the single definition.
#pragma once

#include <QHash>
#include <QStringList>

namespace bv {

class RequiredSchema
{
public:
    static const RequiredSchema &instance();
    QStringList tables() const { return m_tables; }
    QStringList columns(const QString &table) const { return m_columns.value(table); }

private:
    RequiredSchema();
    QStringList m_tables;
    QHash<QString, QStringList> m_columns;
};

} // namespace bv
