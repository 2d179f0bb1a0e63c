// SPDX-License-Identifier: MIT
#include "charts/chartspec.h"

#include <QSet>

#include <algorithm>

namespace bv {

ChartSpec::Drawing ChartSpec::drawingFor(Chart::Kind kind, bool timeSeries, int seriesCount)
{
    if (timeSeries) {
        switch (kind) {
        case Chart::Kind::Bar:
        case Chart::Kind::GroupedBar:
            return Drawing::Bars;
        case Chart::Kind::StackedBar:
            return Drawing::Stacked;
        case Chart::Kind::Dot:
            return Drawing::TimeDots;
        case Chart::Kind::Line:
        case Chart::Kind::Slope:
            break;
        }
        return Drawing::Lines;
    }
    switch (kind) {
    case Chart::Kind::StackedBar:
        return seriesCount > 1 ? Drawing::Stacked : Drawing::Bars;
    case Chart::Kind::Dot:
        return Drawing::Dots;
    case Chart::Kind::Slope:
        return seriesCount > 1 ? Drawing::Slope : Drawing::Dots;
    case Chart::Kind::Line: // categories have no order a line could follow
    case Chart::Kind::Bar:
    case Chart::Kind::GroupedBar:
        break;
    }
    return Drawing::Bars;
}

ChartSpec ChartSpec::ofSeries(const Briefing &briefing, int row)
{
    const Series &series = briefing.series.at(row);
    ChartSpec spec;
    spec.id = series.id;
    spec.title = series.name;
    spec.note = series.description;
    const bool time = series.kind == Series::Kind::Time;
    spec.kind = time ? Chart::Kind::Line : Chart::Kind::Bar;
    spec.seriesRows = {row};
    spec.drawing = drawingFor(spec.kind, time, 1);
    return spec;
}

QVector<ChartSpec> chartSpecs(const Briefing &briefing)
{
    // Each chart with the series it can draw on one axis.
    QVector<ChartSpec> charts;
    QSet<int> onAChart;
    QHash<QString, int> rowOf;
    for (int row = 0; row < briefing.series.size(); ++row)
        rowOf.insert(briefing.series.at(row).id, row);
    for (const Chart &chart : briefing.charts) {
        ChartSpec spec;
        spec.id = chart.id;
        spec.title = chart.title;
        spec.note = chart.note;
        spec.kind = chart.kind;
        spec.isChartItem = true;
        for (const QString &id : chart.seriesIds) {
            const int row = rowOf.value(id, -1);
            if (row < 0 || spec.seriesRows.contains(row))
                continue;
            if (!spec.seriesRows.isEmpty()) {
                const Series &first = briefing.series.at(spec.seriesRows.first());
                const Series &series = briefing.series.at(row);
                if (series.kind != first.kind || series.unit != first.unit)
                    continue; // not on this chart's axis
            }
            spec.seriesRows.append(row);
            onAChart.insert(row);
        }
        if (spec.seriesRows.isEmpty())
            continue;
        const bool time = briefing.series.at(spec.seriesRows.first()).kind == Series::Kind::Time;
        spec.drawing = ChartSpec::drawingFor(spec.kind, time, int(spec.seriesRows.size()));
        charts.append(spec);
    }
    // In the order of the series: a chart where the earliest of its series is.
    QVector<ChartSpec> result;
    for (int row = 0; row < briefing.series.size(); ++row) {
        if (!onAChart.contains(row)) {
            result.append(ChartSpec::ofSeries(briefing, row));
            continue;
        }
        for (const ChartSpec &chart : std::as_const(charts)) {
            if (*std::min_element(chart.seriesRows.cbegin(), chart.seriesRows.cend()) == row)
                result.append(chart);
        }
    }
    return result;
}

} // namespace bv
