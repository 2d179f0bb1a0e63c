// SPDX-License-Identifier: MIT
// The points of one data series as columns of numbers, compact enough for a million points:
// x is a day number (days since 1970-01-01) for a time series or the position for
// categories; y is NaN for a gap.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace bv {

struct SeriesValues
{
    QVector<double> x;
    QVector<double> y;
    QVector<int> positions; // each point's `position` in the file, to name it (id) when clicked
    QStringList labels;   // categories only (time series derive labels from x)
    QStringList sourceIds; // distinct sources of the points, in order of first use
    int unsourcedCount = 0;  // points that name no source: never shown
    // What a time series' labels name: years ('2014') or months ('2014-03') when all of them
    // do, else days. A chart draws each point in the middle of its period.
    enum class Period : unsigned char { Day, Month, Year } period = Period::Day;
    int size() const { return int(x.size()); }

    // Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' quickly; NaN when malformed. A year or month
    // is placed at its first day.
    static double dayOfLabel(const QString &label);
};

} // namespace bv

namespace bv {

class BriefingDatabase;
struct Series;

// Reads the values of `series` from the briefing (a few hundred ms for a million points).
SeriesValues loadSeriesValues(const BriefingDatabase &database, const Series &series);
// The label of the point at `position` of a series (to name a clicked point).
QString pointLabel(const BriefingDatabase &database, const QString &seriesId, int position);

} // namespace bv
