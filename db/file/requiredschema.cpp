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
    query.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (query.next()) {
        m_tables << query.value(0).toString();
        m_create.insert(query.value(0).toString(), query.value(1).toString());
    }
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
    if (table == QLatin1String("chart") || table == QLatin1String("chart_series") || isOptional(table))
        return 2;
    if (table == QLatin1String("point")
        && (column == QLatin1String("status") || column == QLatin1String("precision")
            || column == QLatin1String("item_id") || column == QLatin1String("break_note")))
        return 2;
    return 1;
}

bool RequiredSchema::isOptional(const QString &table)
{
    return table == QLatin1String("path") || table == QLatin1String("path_stop");
}

QStringList RequiredSchema::tables(int version) const
{
    QStringList result;
    for (const QString &table : m_tables) {
        if (addedIn(table) <= version && !isOptional(table))
            result << table;
    }
    return result;
}

QStringList RequiredSchema::optionalTables(int version) const
{
    QStringList result;
    for (const QString &table : m_tables) {
        if (addedIn(table) <= version && isOptional(table))
            result << table;
    }
    return result;
}

QString RequiredSchema::createStatement(const QString &table) const
{
    return m_create.value(table);
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
