// SPDX-License-Identifier: MIT
// The points of one data series as columns of numbers, compact enough for a million points:
// x is a day number (days since 1970-01-01) for a time series or the position for
// categories; y is NaN for a gap. What format 2 adds (statuses, breaks, periods that differ,
// the items categories stand for) is kept only when a series has any: a series of measured
// points without breaks costs what it did before.
#pragma once

#include "content/briefing.h"

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
    QStringList itemIds;  // categories: the item each stands for, '' for none; empty when none has one
    int unsourcedCount = 0;  // points that name no source: never shown
    // What a time series' labels name: years ('2014'), quarters ('2014-Q1'), months
    // ('2014-03') or days. A chart draws each point in the middle of its period.
    enum class Period : unsigned char { Day, Month, Year, Quarter } period = Period::Day;
    // Each point's period when they differ (`period` is then the first one's); else empty.
    QVector<Period> periods;
    // Each point's status when any is not measured; else empty.
    QVector<PointStatus> statuses;
    // Where the series' coverage or definition changes: before the point `index`, in order.
    struct Break
    {
        int index = 0;
        QString note; // in the content language
    };
    QVector<Break> breaks;

    int size() const { return int(x.size()); }
    PointStatus statusAt(int index) const { return statuses.isEmpty() ? PointStatus::Measured : statuses.at(index); }
    Period periodAt(int index) const { return periods.isEmpty() ? period : periods.at(index); }
    bool hasStatuses() const { return !statuses.isEmpty(); }
    // The break note before point `index`, or empty.
    QString breakAt(int index) const;
    QString itemIdAt(int index) const { return itemIds.value(index); }
    // A time point's period as written at its precision: '2024', '2024-Q1', '2024-03', '2024-03-14'.
    QString periodText(int index) const;
    // The day after the last day of the period that starts on day `x`.
    static double periodEnd(double x, Period period);

    // Parses 'YYYY', 'YYYY-Qn', 'YYYY-MM' or 'YYYY-MM-DD' quickly; NaN when malformed. A
    // period is placed at its first day; `period` (if given) receives the label's form.
    static double dayOfLabel(const QString &label, Period *period = nullptr);
    static double dayOfLabel(const char *label, int length, Period *period = nullptr); // UTF-8
};

} // namespace bv

struct sqlite3;

namespace bv {

class BriefingDatabase;

// Reads the values of `series` from the briefing (a few hundred ms for a million points).
// Views take them from the briefing's SeriesCache (seriescache.h), which reads each once.
SeriesValues loadSeriesValues(const BriefingDatabase &database, const Series &series);
// What reading a series needs of its briefing besides the file: its format and the
// languages its text is taken from (Briefing::contentChain; empty: the source language).
struct SeriesReading
{
    int formatVersion = 2;
    QStringList contentChain;
    static SeriesReading of(const Briefing &briefing);
};
// The same on any connection to the briefing's file (`db`), in any thread (the cache's
// reads in the background each open one of their own).
SeriesValues loadSeriesValues(sqlite3 *db, const SeriesReading &reading, const Series &series);
// The label of the point at `position` of a series (to name a clicked point).
QString pointLabel(const BriefingDatabase &database, const QString &seriesId, int position);

} // namespace bv
