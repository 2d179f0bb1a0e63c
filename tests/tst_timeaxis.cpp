// SPDX-License-Identifier: MIT
#include "content/eventtimeindex.h"
#include "common/timeaxis.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QTest>

using namespace bv;
using Unit = TimeAxis::Unit;

class tst_TimeAxis : public QObject
{
    Q_OBJECT
private slots:
    void ticksFitAndFollowTheLocale_data();
    void ticksFitAndFollowTheLocale();
    void quarterLabels();
};

void tst_TimeAxis::ticksFitAndFollowTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("width");
    QTest::addColumn<QList<int>>("units"); // acceptable units for this zoom
    const QList<QPair<const char *, QLocale>> locales{{"en", QLocale(QLocale::English, QLocale::UnitedStates)},
                                                       {"de", QLocale(QLocale::German, QLocale::Germany)},
                                                       {"uk", QLocale(QLocale::Ukrainian, QLocale::Ukraine)},
                                                       {"ar", QLocale(QLocale::Arabic, QLocale::Egypt)}};
    for (const auto &locale : locales) {
        const QString name = locale.second.name();
        auto row = [&](const char *zoom, QDate from, QDate to, int width, QList<int> units) {
            QTest::addRow("%s %s", locale.first, zoom) << name << from << to << width << units;
        };
        row("two centuries", QDate(1850, 1, 1), QDate(2050, 1, 1), 1200, {int(Unit::Decade), int(Unit::TwentyYears), int(Unit::FiftyYears)});
        row("thirty years", QDate(1995, 1, 1), QDate(2025, 1, 1), 1200, {int(Unit::Year), int(Unit::TwoYears)});
        row("thirty years narrow", QDate(1995, 1, 1), QDate(2025, 1, 1), 300, {int(Unit::FiveYears), int(Unit::Decade)});
        row("three years", QDate(2020, 1, 1), QDate(2023, 1, 1), 1200, {int(Unit::Quarter), int(Unit::Month)});
        row("half a year", QDate(2022, 1, 1), QDate(2022, 7, 1), 1200, {int(Unit::Month)});
        row("three weeks", QDate(2022, 3, 1), QDate(2022, 3, 22), 1200, {int(Unit::Week), int(Unit::Day)});
        row("five days", QDate(2022, 3, 1), QDate(2022, 3, 6), 1200, {int(Unit::Day)});
    }
}

void tst_TimeAxis::ticksFitAndFollowTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, width);
    QFETCH(QList<int>, units);
    const QLocale loc(locale);
    const QFontMetrics metrics(QGuiApplication::font());
    const double a = EventTimeIndex::dayNumber(from), b = EventTimeIndex::dayNumber(to);
    const TimeAxis::Ticks ticks = TimeAxis::ticks(a, b, width, loc, metrics);

    QVERIFY2(units.contains(int(ticks.unit)), qPrintable(QString::number(int(ticks.unit))));
    QVERIFY(ticks.ticks.size() >= 2);
    const double pixelsPerDay = width / (b - a);
    for (int i = 0; i < ticks.ticks.size(); ++i) {
        const TimeAxis::Tick &tick = ticks.ticks.at(i);
        QVERIFY(tick.day >= a && tick.day < b);
        QVERIFY(!tick.label.isEmpty());
        if (i > 0) {
            const TimeAxis::Tick &previous = ticks.ticks.at(i - 1);
            QVERIFY(tick.day > previous.day);
            // The previous label, drawn from its tick, ends before this tick.
            QVERIFY2((tick.day - previous.day) * pixelsPerDay > metrics.horizontalAdvance(previous.label),
                     qPrintable(previous.label + QStringLiteral(" overlaps ") + tick.label));
        }
    }
    // Dates are written the locale's way: its digits and month names.
    const QString first = ticks.ticks.first().label;
    const QDate firstDate = EventTimeIndex::dateOf(ticks.ticks.first().day);
    QVERIFY2(first.contains(loc.toString(firstDate, QStringLiteral("yyyy"))), qPrintable(first));
    if (ticks.unit == Unit::Month)
        QVERIFY2(first.contains(loc.monthName(firstDate.month(), QLocale::ShortFormat)), qPrintable(first));
}

void tst_TimeAxis::quarterLabels()
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(TimeAxis::label(QDate(2022, 8, 1), Unit::Quarter, en), QStringLiteral("Q3 2022"));
    QCOMPARE(TimeAxis::label(QDate(2022, 8, 1), Unit::Decade, en), QStringLiteral("2022"));
    QCOMPARE(TimeAxis::label(QDate(2022, 8, 1), Unit::Month, QLocale(QLocale::German)), QStringLiteral("Aug. 2022"));
}

QTEST_MAIN(tst_TimeAxis)
#include "tst_timeaxis.moc"
