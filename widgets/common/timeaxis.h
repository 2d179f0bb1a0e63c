// SPDX-License-Identifier: MIT
// Ticks and labels of a time axis that adapt to the zoom: centuries down to days, dates
// formatted by the given QLocale, labels never closer than their own width.
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QVector>

class QFontMetrics;

namespace bv {

class TimeAxis
{
    Q_DECLARE_TR_FUNCTIONS(TimeAxis)
public:
    enum class Unit { Century, FiftyYears, TwentyYears, Decade, FiveYears, TwoYears, Year, Quarter, Month, Week, Day };
    struct Tick
    {
        double day = 0; // days since 1970-01-01
        QString label;
    };
    struct Ticks
    {
        Unit unit = Unit::Year;
        QVector<Tick> ticks;
    };

    // Ticks for [from, to) drawn across `width` pixels; the finest unit whose labels fit.
    static Ticks ticks(double from, double to, int width, const QLocale &locale, const QFontMetrics &metrics);
    static QString label(const QDate &date, Unit unit, const QLocale &locale);
    // The boundary after the tick at `day` (a tick of `unit`): where its period ends.
    static double nextBoundary(double day, Unit unit);

private:
    static QVector<Tick> ticksOf(Unit unit, double from, double to, const QLocale &locale);
};

} // namespace bv
