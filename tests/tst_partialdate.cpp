// SPDX-License-Identifier: MIT
#include "content/partialdate.h"
#include "content/seriesvalues.h"

#include <QTest>

#include <cmath>

using bv::PartialDate;
using bv::SeriesValues;
using Precision = PartialDate::Precision;

class tst_PartialDate : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void seriesLabelsAreTheDaysQDateCounts();
};

void tst_PartialDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    const QDate invalid;
    QTest::newRow("year means the whole year") << "2022" << int(Precision::Year) << QDate(2022, 1, 1) << QDate(2022, 12, 31);
    QTest::newRow("month means the whole month") << "2024-02" << int(Precision::Month) << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("day") << "1995-11-21" << int(Precision::Day) << QDate(1995, 11, 21) << QDate(1995, 11, 21);
    QTest::newRow("month 13") << "2022-13" << int(Precision::Month) << invalid << invalid;
    QTest::newRow("30 February") << "2022-02-30" << int(Precision::Day) << invalid << invalid;
    QTest::newRow("day text at year precision") << "2022-01-05" << int(Precision::Year) << invalid << invalid;
    QTest::newRow("year text at day precision") << "2022" << int(Precision::Day) << invalid << invalid;
    QTest::newRow("words") << "spring 2022" << int(Precision::Year) << invalid << invalid;
    QTest::newRow("empty") << "" << int(Precision::Year) << invalid << invalid;
    QTest::newRow("two-digit year") << "22" << int(Precision::Year) << invalid << invalid;
    // Quarters (time-series points of format 2).
    QTest::newRow("first quarter") << "2024-Q1" << int(Precision::Quarter) << QDate(2024, 1, 1) << QDate(2024, 3, 31);
    QTest::newRow("fourth quarter") << "2023-Q4" << int(Precision::Quarter) << QDate(2023, 10, 1) << QDate(2023, 12, 31);
    QTest::newRow("quarter 5") << "2024-Q5" << int(Precision::Quarter) << invalid << invalid;
    QTest::newRow("month text at quarter precision") << "2024-03" << int(Precision::Quarter) << invalid << invalid;
    QTest::newRow("quarter text at month precision") << "2024-Q1" << int(Precision::Month) << invalid << invalid;
    QTest::newRow("one-digit month") << "2022-5" << int(Precision::Month) << invalid << invalid;
    QTest::newRow("slashes") << "2022/05/06" << int(Precision::Day) << invalid << invalid;
    QTest::newRow("a letter for a digit") << "2022-05-0x" << int(Precision::Day) << invalid << invalid;
    QTest::newRow("signed year") << "+2022" << int(Precision::Year) << invalid << invalid;
    QTest::newRow("digits of another script") << QString::fromUtf8("２０２２") << int(Precision::Year) << invalid << invalid;
    QTest::newRow("space after") << "2022 " << int(Precision::Year) << invalid << invalid;
}

void tst_PartialDate::parse()
{
    QFETCH(QString, text);
    QFETCH(int, precision);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const PartialDate date = PartialDate::parse(text, Precision(precision));
    QCOMPARE(date.isValid(), first.isValid());
    QCOMPARE(date.text(), text);
    if (first.isValid()) {
        QCOMPARE(date.first(), first);
        QCOMPARE(date.last(), last);
    }
}

void tst_PartialDate::seriesLabelsAreTheDaysQDateCounts()
{
    // A chart reads a million labels its own quick way: each day is the one QDate counts,
    // from UTF-16 text and from UTF-8 bytes alike, with the period the label's form states.
    using Period = SeriesValues::Period;
    auto both = [](const QString &label, Period *period) {
        Period fromBytes = Period::Day;
        const QByteArray bytes = label.toUtf8();
        const double a = SeriesValues::dayOfLabel(label, period);
        const double b = SeriesValues::dayOfLabel(bytes.constData(), int(bytes.size()), &fromBytes);
        if (!(a == b || (std::isnan(a) && std::isnan(b))) || (!std::isnan(a) && fromBytes != *period))
            return std::nan("");
        return a;
    };
    const qint64 epoch = QDate(1970, 1, 1).toJulianDay();
    for (QDate date(1, 1, 1); date.year() < 10000; date = date.addDays(date.year() < 1890 || date.year() > 2110 ? 97 : 1)) {
        Period period = Period::Year;
        QCOMPARE(both(date.toString(Qt::ISODate), &period), double(date.toJulianDay() - epoch));
        QCOMPARE(period, Period::Day);
    }
    Period period = Period::Day;
    QCOMPARE(both(QStringLiteral("2024"), &period), double(QDate(2024, 1, 1).toJulianDay() - epoch));
    QCOMPARE(period, Period::Year);
    QCOMPARE(both(QStringLiteral("2024-03"), &period), double(QDate(2024, 3, 1).toJulianDay() - epoch));
    QCOMPARE(period, Period::Month);
    QCOMPARE(both(QStringLiteral("2024-Q3"), &period), double(QDate(2024, 7, 1).toJulianDay() - epoch));
    QCOMPARE(period, Period::Quarter);
    for (const char *bad : {"2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-01-00", "0000", "0000-01-01",
                            "2024-Q0", "2024-Q5", "2024 (expected)", "24-01-01", "2024/01/01", "2024-1-1", "２０２４", ""})
        QVERIFY2(std::isnan(both(QString::fromUtf8(bad), &period)), bad);
    QCOMPARE(both(QStringLiteral("2024-02-29"), &period), double(QDate(2024, 2, 29).toJulianDay() - epoch));
    QCOMPARE(both(QStringLiteral("1900-02-28"), &period), double(QDate(1900, 2, 28).toJulianDay() - epoch));
    QVERIFY(std::isnan(both(QStringLiteral("1900-02-29"), &period)));
    QCOMPARE(both(QStringLiteral("2000-02-29"), &period), double(QDate(2000, 2, 29).toJulianDay() - epoch));
}

QTEST_GUILESS_MAIN(tst_PartialDate)
#include "tst_partialdate.moc"
