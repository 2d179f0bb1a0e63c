// SPDX-License-Identifier: MIT
#include "common/timeaxis.h"

#include "content/eventtimeindex.h"

#include <QFontMetrics>

#include <cmath>

namespace bv {

namespace {

constexpr int labelGap = 16;

// Approximate length of a step in days, to rule out units that would need too many ticks.
double approximateDays(TimeAxis::Unit unit)
{
    switch (unit) {
    case TimeAxis::Unit::Century: return 36525;
    case TimeAxis::Unit::FiftyYears: return 18262;
    case TimeAxis::Unit::TwentyYears: return 7305;
    case TimeAxis::Unit::Decade: return 3652;
    case TimeAxis::Unit::FiveYears: return 1826;
    case TimeAxis::Unit::TwoYears: return 730;
    case TimeAxis::Unit::Year: return 365;
    case TimeAxis::Unit::Quarter: return 91;
    case TimeAxis::Unit::Month: return 30;
    case TimeAxis::Unit::Week: return 7;
    case TimeAxis::Unit::Day: return 1;
    }
    return 1;
}

int yearStep(TimeAxis::Unit unit)
{
    switch (unit) {
    case TimeAxis::Unit::Century: return 100;
    case TimeAxis::Unit::FiftyYears: return 50;
    case TimeAxis::Unit::TwentyYears: return 20;
    case TimeAxis::Unit::Decade: return 10;
    case TimeAxis::Unit::FiveYears: return 5;
    case TimeAxis::Unit::TwoYears: return 2;
    default: return 1;
    }
}

int floorTo(int value, int step)
{
    return int(std::floor(double(value) / step)) * step;
}

} // namespace

QString TimeAxis::label(const QDate &date, Unit unit, const QLocale &locale)
{
    switch (unit) {
    case Unit::Century:
    case Unit::FiftyYears:
    case Unit::TwentyYears:
    case Unit::Decade:
    case Unit::FiveYears:
    case Unit::TwoYears:
    case Unit::Year:
        return locale.toString(date, QStringLiteral("yyyy"));
    case Unit::Quarter:
        //: Quarter of a year on the time axis: %1 is 1 to 4, %2 the year
        return tr("Q%1 %2").arg(locale.toString((date.month() - 1) / 3 + 1), locale.toString(date, QStringLiteral("yyyy")));
    case Unit::Month:
        return locale.toString(date, QStringLiteral("MMM yyyy"));
    case Unit::Week:
    case Unit::Day:
        return locale.toString(date, QStringLiteral("d MMM yyyy"));
    }
    return {};
}

QVector<TimeAxis::Tick> TimeAxis::ticksOf(Unit unit, double from, double to, const QLocale &locale)
{
    QVector<Tick> result;
    const QDate first = EventTimeIndex::dateOf(from);
    QDate date;
    switch (unit) {
    case Unit::Quarter:
        date = QDate(first.year(), (first.month() - 1) / 3 * 3 + 1, 1);
        break;
    case Unit::Month:
        date = QDate(first.year(), first.month(), 1);
        break;
    case Unit::Week:
        date = first.addDays(1 - first.dayOfWeek()); // Mondays
        break;
    case Unit::Day:
        date = first;
        break;
    default:
        date = QDate(floorTo(first.year(), yearStep(unit)), 1, 1);
        break;
    }
    while (date.isValid()) {
        const double day = EventTimeIndex::dayNumber(date);
        if (day >= to)
            break;
        if (day >= from)
            result.append(Tick{day, label(date, unit, locale)});
        switch (unit) {
        case Unit::Quarter: date = date.addMonths(3); break;
        case Unit::Month: date = date.addMonths(1); break;
        case Unit::Week: date = date.addDays(7); break;
        case Unit::Day: date = date.addDays(1); break;
        default: date = date.addYears(yearStep(unit)); break;
        }
    }
    return result;
}

double TimeAxis::nextBoundary(double day, Unit unit)
{
    const QDate date = EventTimeIndex::dateOf(day);
    QDate next;
    switch (unit) {
    case Unit::Quarter: next = date.addMonths(3); break;
    case Unit::Month: next = date.addMonths(1); break;
    case Unit::Week: next = date.addDays(7); break;
    case Unit::Day: next = date.addDays(1); break;
    default: next = date.addYears(yearStep(unit)); break;
    }
    return next.isValid() ? EventTimeIndex::dayNumber(next) : day;
}

TimeAxis::Ticks TimeAxis::ticks(double from, double to, int width, const QLocale &locale, const QFontMetrics &metrics)
{
    Ticks result;
    if (!(to > from) || width <= 0)
        return result;
    const double pixelsPerDay = width / (to - from);
    // From the finest unit to the coarsest: the first whose labels keep apart.
    for (int u = int(Unit::Day); u >= int(Unit::Century); --u) {
        const Unit unit = Unit(u);
        if (approximateDays(unit) * pixelsPerDay < 24)
            continue; // far too dense to try
        QVector<Tick> ticks = ticksOf(unit, from, to, locale);
        int widest = 0;
        for (const Tick &tick : std::as_const(ticks))
            widest = std::max(widest, metrics.horizontalAdvance(tick.label));
        bool fits = true;
        for (int i = 1; i < ticks.size() && fits; ++i)
            fits = (ticks.at(i).day - ticks.at(i - 1).day) * pixelsPerDay >= widest + labelGap;
        if (fits && (approximateDays(unit) * pixelsPerDay >= widest + labelGap || ticks.size() <= 1)) {
            result.unit = unit;
            result.ticks = std::move(ticks);
            return result;
        }
    }
    result.unit = Unit::Century;
    result.ticks = ticksOf(Unit::Century, from, to, locale);
    return result;
}

} // namespace bv
