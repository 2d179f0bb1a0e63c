// SPDX-License-Identifier: MIT
// What the chart panel shows: each chart of the briefing (format 2) as one chart of its
// series, and each series in no chart on a chart of its own, in the order of the series (a
// chart where the earliest of its series is). A chart draws only the series that share its
// first one's kind and unit (validate warns about the others): a series left out of every
// chart so is shown on a chart of its own.
#pragma once

#include "content/briefing.h"

#include <QString>
#include <QVector>

namespace bv {

struct ChartSpec
{
    // How the series are drawn, from the chart's kind and the series' kind.
    enum class Drawing {
        Lines,   // time series: lines over a time axis (a slope chart of time series too)
        TimeDots, // time series: their points, without lines
        Bars,    // categories, or the periods of time series: bars, side by side when several
        Stacked, // the same, stacked
        Dots,    // categories: a dot plot
        Slope,   // categories: one line a category across the series
    };

    QString id;    // the chart's id, or the series' id for a series on a chart of its own
    QString title; // the chart's title, or the series' name
    QString note;  // the chart's note, or the series' description
    Chart::Kind kind = Chart::Kind::Line;
    QVector<int> seriesRows;
    bool isChartItem = false; // a chart of the briefing, not a series of its own
    Drawing drawing = Drawing::Lines;
    // Series the user added for the moment ("Compare with…", chartcomparison.h): rows that
    // are also at the end of `seriesRows`; never part of the briefing's chart.
    QVector<int> comparedRows;

    bool isTimeAxis() const { return drawing == Drawing::Lines || drawing == Drawing::TimeDots; }
    bool isCompared(int index) const // the `index`th series of the chart was added for comparison
    {
        return index >= 0 && index < seriesRows.size() && comparedRows.contains(seriesRows.at(index));
    }
    static Drawing drawingFor(Chart::Kind kind, bool timeSeries, int seriesCount);
    static ChartSpec ofSeries(const Briefing &briefing, int row);
};

QVector<ChartSpec> chartSpecs(const Briefing &briefing);

} // namespace bv
