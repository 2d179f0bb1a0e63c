// SPDX-License-Identifier: MIT
// Decimation keeps every pixel column's lowest and highest point and never hands a chart
// more than four points per column.
#include "content/decimator.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace bv;

namespace {
constexpr double gap = std::numeric_limits<double>::quiet_NaN();
}

class tst_Decimator : public QObject
{
    Q_OBJECT
private slots:
    void keepsColumnExtremes_data();
    void keepsColumnExtremes();
    void gapsStartNewSegments();
    void edgeCases();
    void millionPoints();
};

void tst_Decimator::keepsColumnExtremes_data()
{
    QTest::addColumn<QVector<double>>("x");
    QTest::addColumn<QVector<double>>("y");
    QTest::addColumn<int>("columns");
    QVector<double> x, y;
    for (int i = 0; i < 100000; ++i) {
        x << i;
        y << std::sin(i / 500.0);
    }
    QVector<double> spiky = y;
    spiky[31337] = 50;   // one spike up
    spiky[77777] = -40;  // one down
    QTest::newRow("smooth") << x << y << 800;
    QTest::newRow("spikes") << x << spiky << 800;
    QTest::newRow("spikes, narrow") << x << spiky << 37;
    QVector<double> sameX, noise;
    for (int i = 0; i < 5000; ++i) {
        sameX << double(i / 100); // groups of 100 equal x values
        noise << double((i * 7919) % 1000);
    }
    QTest::newRow("equal x values") << sameX << noise << 20;
    QTest::newRow("more columns than points") << QVector<double>{1, 2, 3} << QVector<double>{3, 1, 2} << 500;
}

void tst_Decimator::keepsColumnExtremes()
{
    QFETCH(QVector<double>, x);
    QFETCH(QVector<double>, y);
    QFETCH(int, columns);
    const double from = x.first(), to = x.last();
    const DecimatedSeries out = Decimator::decimate(x.constData(), y.constData(), int(x.size()), from, to, columns);
    QVERIFY(out.points.size() <= 2 * columns);
    QCOMPARE(out.segmentStarts, QVector<int>{0});
    for (int i = 1; i < out.points.size(); ++i)
        QVERIFY(out.points.at(i).x() >= out.points.at(i - 1).x());
    // Brute force: every column's minimum and maximum are in the output.
    const double width = (to - from) / columns;
    QVector<double> low(columns, HUGE_VAL), high(columns, -HUGE_VAL);
    for (int i = 0; i < x.size(); ++i) {
        const int c = std::clamp(int(std::floor((x.at(i) - from) / width)), 0, columns - 1);
        low[c] = std::min(low[c], y.at(i));
        high[c] = std::max(high[c], y.at(i));
    }
    for (int c = 0; c < columns; ++c) {
        if (low.at(c) == HUGE_VAL)
            continue;
        bool hasLow = false, hasHigh = false;
        for (const QPointF &p : out.points) {
            const int pc = std::clamp(int(std::floor((p.x() - from) / width)), 0, columns - 1);
            hasLow = hasLow || (pc == c && p.y() == low.at(c));
            hasHigh = hasHigh || (pc == c && p.y() == high.at(c));
        }
        QVERIFY2(hasLow && hasHigh, qPrintable(QStringLiteral("column %1 lost its extremes").arg(c)));
    }
    double maximum = -HUGE_VAL;
    for (const QPointF &p : out.points)
        maximum = std::max(maximum, p.y());
    QCOMPARE(maximum, *std::max_element(y.cbegin(), y.cend()));
}

void tst_Decimator::gapsStartNewSegments()
{
    QVector<double> x, y;
    for (int i = 0; i < 1000; ++i) {
        x << i;
        y << ((i >= 300 && i < 310) || i == 700 ? gap : double(i % 17));
    }
    const DecimatedSeries out = Decimator::decimate(x.constData(), y.constData(), 1000, 0, 999, 100);
    QCOMPARE(out.segmentStarts.size(), 3);
    for (const QPointF &p : out.points)
        QVERIFY(!std::isnan(p.y()));
    // No segment bridges a gap: lines stop before it and start again after it.
    QVERIFY(out.points.at(out.segmentStarts.at(1) - 1).x() <= 299);
    QVERIFY(out.points.at(out.segmentStarts.at(1)).x() >= 310);
    QVERIFY(out.points.at(out.segmentStarts.at(2) - 1).x() <= 699);
    QVERIFY(out.points.at(out.segmentStarts.at(2)).x() >= 701);
}

void tst_Decimator::edgeCases()
{
    const double one = 5, value = 2;
    DecimatedSeries out = Decimator::decimate(&one, &value, 1, 0, 10, 100);
    QCOMPARE(out.points.size(), 1);
    QCOMPARE(out.points.first(), QPointF(5, 2));
    out = Decimator::decimate(nullptr, nullptr, 0, 0, 10, 100);
    QVERIFY(out.points.isEmpty());
    const double xs[] = {0, 1, 2}, allNan[] = {gap, gap, gap};
    out = Decimator::decimate(xs, allNan, 3, 0, 2, 10);
    QVERIFY(out.points.isEmpty());
    QVERIFY(out.segmentStarts.isEmpty());
    // A window between two points still draws the line through it: one neighbour each side.
    const double ys[] = {1, 5, 9};
    out = Decimator::decimate(xs, ys, 3, 1.2, 1.8, 10);
    QCOMPARE(out.points.size(), 2);
    QCOMPARE(out.points.at(0), QPointF(1, 5));
    QCOMPARE(out.points.at(1), QPointF(2, 9));
    // An empty or reversed window gives nothing.
    QVERIFY(Decimator::decimate(xs, ys, 3, 2, 1, 10).points.isEmpty());
}

void tst_Decimator::millionPoints()
{
    QVector<double> x(1000000), y(1000000);
    for (int i = 0; i < x.size(); ++i) {
        x[i] = i;
        y[i] = (i * 2654435761u) % 1000;
    }
    const DecimatedSeries out = Decimator::decimate(x.constData(), y.constData(), int(x.size()), 250000, 750000, 1280);
    QVERIFY(out.points.size() <= 2 * 1280);
    QVERIFY(out.points.size() >= 1280);
}

QTEST_GUILESS_MAIN(tst_Decimator)
#include "tst_decimator.moc"
