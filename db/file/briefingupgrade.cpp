// SPDX-License-Identifier: MIT
#include "file/briefingupgrade.h"

#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "file/requiredschema.h"
#include "file/sqliteconnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace bv {

namespace {

// The tables in the order they are copied, each with the columns of the input's format.
QString copyTable(const QSqlDatabase &from, SqliteConnection &to, const QString &table, int version,
                  const QSet<QString> &timeSeries, QHash<QString, int> *precisions, int *rows)
{
    const QStringList columns = RequiredSchema::instance().columns(table, version);
    const bool point = table == QLatin1String("point") && version < 2;
    QStringList targetColumns = columns;
    if (point)
        targetColumns << QStringLiteral("precision");
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + table))
        return read.lastError().text();
    QStringList marks;
    for (int i = 0; i < targetColumns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery write(to.database());
    if (!write.prepare(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + targetColumns.join(QStringLiteral(", "))
                       + QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')')))
        return write.lastError().text();
    const int seriesColumn = int(columns.indexOf(QStringLiteral("series_id")));
    const int labelColumn = int(columns.indexOf(QStringLiteral("label")));
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.addBindValue(read.value(i));
        if (point) {
            // A time series' precision, stated from the label's form ('' when it is no date).
            QString precision = QStringLiteral(""); // '', not NULL
            PartialDate::Precision stated;
            if (timeSeries.contains(read.value(seriesColumn).toString())) {
                const QString label = read.value(labelColumn).toString();
                if (PartialDate::precisionOfText(label, &stated) && PartialDate::parse(label, stated).isValid())
                    precision = PartialDate::precisionName(stated);
                (*precisions)[precision] += 1;
            }
            write.addBindValue(precision);
        }
        if (!write.exec())
            return BriefingUpgrade::tr("table “%1”: %2").arg(table, write.lastError().text());
        ++*rows;
    }
    if (read.lastError().isValid())
        return read.lastError().text();
    return {};
}

} // namespace

WriteResult BriefingUpgrade::upgrade(const QString &inPath, const QString &outPath, bool overwrite, Report *report)
{
    OpenError error;
    const auto input = BriefingDatabase::open(inPath, &error);
    if (!input)
        return WriteResult::failure(WriteResult::Code::InputRefused, error.message);
    const QFileInfo in(inPath), out(outPath);
    if (out.exists() && in.canonicalFilePath() == out.canonicalFilePath()) {
        return WriteResult::failure(WriteResult::Code::Exists,
                                    tr("“%1” is the input itself; upgrade never writes in place. Name a new file.")
                                        .arg(QDir::toNativeSeparators(outPath)));
    }
    const Briefing &b = input->briefing();
    const int version = b.formatVersion;
    report->fromVersion = version;
    const QSqlDatabase from = input->connection().database();

    QSet<QString> timeSeries;
    for (const Series &s : b.series) {
        if (s.kind == Series::Kind::Time)
            timeSeries.insert(s.id);
    }
    const RequiredSchema &schema = RequiredSchema::instance();
    QStringList tables = schema.tables(version);
    const QStringList optional = schema.optionalTables(version); // copied when the input has them
    QSqlQuery names(from);
    if (names.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                  "AND name NOT LIKE 'search%' ORDER BY name"))) {
        while (names.next()) {
            const QString name = names.value(0).toString();
            if (optional.contains(name))
                tables << name;
            else if (!tables.contains(name))
                report->dropped << name;
        }
    }
    QHash<QString, int> precisions;
    int pointRows = 0;
    const WriteResult written = BriefingWriter::write(outPath, overwrite, [&](SqliteConnection &to) -> QString {
        for (const QString &table : tables) {
            int rows = 0;
            const QString problem = copyTable(from, to, table, version, timeSeries, &precisions, &rows);
            if (!problem.isEmpty())
                return problem;
            if (table == QLatin1String("point"))
                pointRows = rows;
        }
        return {};
    });
    if (!written.ok())
        return written;
    if (version < 2) {
        report->added << tr("point.status: “measured” for all %n point(s)", nullptr, pointRows);
        QStringList stated;
        for (const QString &name : {QStringLiteral("year"), QStringLiteral("quarter"), QStringLiteral("month"),
                                    QStringLiteral("day")}) {
            if (precisions.value(name) > 0)
                stated << QString::number(precisions.value(name)) + QLatin1Char(' ') + name; // format terms
        }
        report->added << tr("point.precision of the time series, read from their labels: %1")
                             .arg(stated.isEmpty() ? tr("none") : stated.join(QStringLiteral(", ")));
        if (precisions.value(QString()) > 0)
            report->added << tr("%n time-series point(s) whose label is not a period keep an empty precision "
                                "(validate names them)", nullptr, precisions.value(QString()));
        report->added << tr("point.item_id and point.break_note: empty");
        report->added << tr("the chart and chart_series tables: empty (every series keeps a chart of its own)");
    }
    report->added << tr("a search index");
    return WriteResult::written();
}

} // namespace bv
