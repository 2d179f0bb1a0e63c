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

} // namespace bv
