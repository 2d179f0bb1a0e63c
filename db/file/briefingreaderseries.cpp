// SPDX-License-Identifier: MIT
// BriefingReader's data series and (format 2) charts; the rest is in briefingreader.cpp.
#include "file/briefingreader.h"

#include "file/sqliteconnection.h"
#include "file/sqlitestatement.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace bv {

OpenError BriefingReader::readSeries(Briefing *b)
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, unit, kind, description FROM series ORDER BY name, id")))
        return queryError(q);
    while (q.next()) {
        Series series;
        series.id = q.value(0).toString();
        series.name = q.value(1).toString();
        series.unit = q.value(2).toString();
        const QString kind = q.value(3).toString();
        series.kind = kind == QLatin1String("time") ? Series::Kind::Time : Series::Kind::Categories;
        if (kind != QLatin1String("time") && kind != QLatin1String("categories")) {
            b->warnings << tr("Data series “%1”: unknown kind “%2” (expected time or categories); "
                              "it is shown as categories.").arg(series.id, kind);
        }
        series.description = q.value(4).toString();
        b->series.append(series);
    }
    return {};
}

PointSummary BriefingReader::scanPoints() const
{
    // In the order of their key: each series' count, and its sources in the order of its
    // points. Straight through SQLite's API, ids compared as the bytes they are stored in.
    PointSummary summary;
    SqliteStatement points(m_connection.handle(), "SELECT series_id, source_id FROM point ORDER BY series_id, position");
    if (!points.isValid()) {
        summary.error = sqliteError(points.errorCode(), points.errorText(), m_name);
        return summary;
    }
    QByteArray current, previousSource;
    QList<QByteArray> seen;
    PointSummary::Series series;
    int rc = SQLITE_ROW;
    while ((rc = points.step()) == SQLITE_ROW) {
        const QByteArrayView id = points.bytesAt(0);
        if (series.pointCount == 0 || id != QByteArrayView(current)) {
            if (series.pointCount > 0)
                summary.series.append(std::move(series));
            current = id.toByteArray();
            series = PointSummary::Series{QString::fromUtf8(current), 0, {}};
            seen.clear();
            previousSource.clear();
        }
        ++series.pointCount;
        const QByteArrayView source = points.bytesAt(1); // empty for NULL
        if (!source.isEmpty() && source != QByteArrayView(previousSource)) {
            previousSource = source.toByteArray();
            if (!seen.contains(previousSource)) {
                seen << previousSource;
                series.sourceIds << QString::fromUtf8(previousSource);
            }
        }
    }
    if (rc != SQLITE_DONE) {
        summary.error = sqliteError(points.errorCode(), points.errorText(), m_name);
        return summary;
    }
    if (series.pointCount > 0)
        summary.series.append(std::move(series));
    return summary;
}

void BriefingReader::applyPoints(Briefing *b, const PointSummary &points) const
{
    QHash<QString, int> rows;
    for (int row = 0; row < b->series.size(); ++row)
        rows.insert(b->series.at(row).id, row);
    for (const PointSummary::Series &one : points.series) {
        const auto row = rows.constFind(one.id);
        if (row == rows.constEnd()) {
            b->warnings << tr("%n data point(s) belong to the unknown series “%1” and are left out.",
                              nullptr, one.pointCount).arg(one.id);
            continue;
        }
        b->series[*row].pointCount = one.pointCount;
        b->series[*row].sourceIds = one.sourceIds;
    }
}

OpenError BriefingReader::readCharts(Briefing *b)
{
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, title, kind, note FROM chart ORDER BY title, id")))
        return queryError(q);
    QHash<QString, int> chartRows;
    while (q.next()) {
        Chart chart;
        chart.id = q.value(0).toString();
        chart.title = q.value(1).toString();
        const QString kind = q.value(2).toString();
        if (!Chart::parseKind(kind, &chart.kind)) {
            b->warnings << tr("Chart “%1”: unknown kind “%2” (expected line, bar, grouped_bar, stacked_bar, "
                              "slope or dot); it is shown as lines.").arg(chart.id, kind);
        }
        chart.note = q.value(3).toString();
        if (!chartRows.contains(chart.id))
            chartRows.insert(chart.id, int(b->charts.size()));
        b->charts.append(chart);
    }
    QHash<QString, int> seriesRows;
    for (int row = 0; row < b->series.size(); ++row)
        seriesRows.insert(b->series.at(row).id, row);
    if (!q.exec(QStringLiteral("SELECT chart_id, series_id FROM chart_series ORDER BY chart_id, position")))
        return queryError(q);
    while (q.next()) {
        const QString chartId = q.value(0).toString(), seriesId = q.value(1).toString();
        const auto chartRow = chartRows.constFind(chartId);
        if (chartRow == chartRows.constEnd()) {
            b->warnings << tr("The “chart_series” table names the unknown chart “%1” (with series “%2”); "
                              "the row is left out.").arg(chartId, seriesId);
            continue;
        }
        Chart &chart = b->charts[*chartRow];
        if (!seriesRows.contains(seriesId)) {
            b->warnings << tr("Chart “%1”: “%2” is not a data series of this briefing; it is left out of the chart.")
                               .arg(chartId, seriesId);
        } else if (chart.seriesIds.contains(seriesId)) {
            b->warnings << tr("Chart “%1”: series “%2” is listed twice; it is shown once.").arg(chartId, seriesId);
        } else {
            chart.seriesIds << seriesId;
        }
    }
    for (const Chart &chart : std::as_const(b->charts)) {
        if (chart.seriesIds.isEmpty()) {
            b->warnings << tr("Chart “%1” has no data series; it is listed but draws nothing.").arg(chart.id);
            continue;
        }
        QStringList units, kinds;
        QStringList named;
        for (const QString &seriesId : chart.seriesIds) {
            const Series &series = b->series.at(seriesRows.value(seriesId));
            if (!units.contains(series.unit))
                units << series.unit;
            const QString kind = series.kind == Series::Kind::Time ? QStringLiteral("time") : QStringLiteral("categories");
            if (!kinds.contains(kind))
                kinds << kind;
            named << tr("“%1” (%2)").arg(series.id, series.unit.isEmpty() ? tr("no unit") : series.unit);
        }
        if (units.size() > 1) {
            b->warnings << tr("Chart “%1” mixes units: %2. Series of different units cannot share an axis; "
                              "give the chart series of one unit.").arg(chart.id, named.join(QStringLiteral(", ")));
        }
        if (kinds.size() > 1) {
            b->warnings << tr("Chart “%1” mixes time series and category series; they cannot share an axis.")
                               .arg(chart.id);
        }
    }
    return {};
}

} // namespace bv
