// SPDX-License-Identifier: MIT
#include "file/requiredschema.h"

#include "file/briefingdatabase.h"
#include "file/sqliteconnection.h"

#include <QSqlQuery>
#include <QVariant>

namespace bv {

const RequiredSchema &RequiredSchema::instance()
{
    static const RequiredSchema schema;
    return schema;
}

RequiredSchema::RequiredSchema()
{
    SqliteConnection connection;
    if (!connection.open(QString(), SqliteConnection::Mode::Memory) || !connection.execScript(schemaSql()))
        qFatal("db/file/schema.sql does not build: %s", qPrintable(connection.errorText()));
    QSqlQuery query(connection.database());
    query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (query.next())
        m_tables << query.value(0).toString();
    for (const QString &table : std::as_const(m_tables)) {
        query.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        query.addBindValue(table);
        query.exec();
        while (query.next())
            m_columns[table] << query.value(0).toString();
    }
}

int RequiredSchema::addedIn(const QString &table, const QString &column)
{
    // What "Changes in v2" in docs/format.md lists.
    if (table == QLatin1String("chart") || table == QLatin1String("chart_series"))
        return 2;
    if (table == QLatin1String("point")
        && (column == QLatin1String("status") || column == QLatin1String("precision")
            || column == QLatin1String("item_id") || column == QLatin1String("break_note")))
        return 2;
    return 1;
}

QStringList RequiredSchema::tables(int version) const
{
    QStringList result;
    for (const QString &table : m_tables) {
        if (addedIn(table) <= version)
            result << table;
    }
    return result;
}

QStringList RequiredSchema::columns(const QString &table, int version) const
{
    QStringList result;
    for (const QString &column : m_columns.value(table)) {
        if (addedIn(table, column) <= version)
            result << column;
    }
    return result;
}

} // namespace bv
