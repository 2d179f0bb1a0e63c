// SPDX-License-Identifier: MIT
// Charts with a time axis: the shared range of "Sync time", event markers over the data,
// the wheel, round ticks that fit the plot, and series too small to draw a line.
#include "charts/chartcanvas.h"
#include "chartpanelfixture.h"
#include "charts/serieschart.h"
#include "models/pointtablemodel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QImage>
#include <QLineSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QTreeView>
#include <QLabel>
#include <QSpontaneKeyEvent>
#include <QTest>
#include <QValueAxis>
#include <QWheelEvent>

#include <cmath>

using namespace bv;

class tst_TimeCharts : public QObject, protected test::ChartPanelFixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(setUpPanel()); }
    void cleanup() { tearDownPanel(); }
    void timeChartsOpenOnTheSharedRange();
    void manyEventMarkersLeaveTheDataVisible();
    void wheelScrollsThePanelCtrlWheelZooms();
    void timeChartsHaveRoundTicks();
    void ticksFollowThePlotHeight();
    void tinySeriesShowTheirPointsAndTheCurrentOneIsRinged();
    void ticksFallOnPeriodBoundariesAndYearsAreSpans();
    void pointsAreDrawnOverTheirOwnPeriods();
    void aSeriesOutsideTheSharedRangeSaysSo();
    void aBriefingWithoutEventsKeepsItsChartsPeriods();
};

void tst_TimeCharts::timeChartsOpenOnTheSharedRange()
{
    // The timeline shows March to May 2021 with Sync time on; a briefing opened then shows
    // the same period on its time charts, not each series' whole range.
    m_range->setRange(day(2021, 3, 1), day(2021, 5, 1));
    QVERIFY(sampleWithTimeSeries());
    SeriesChart *prices = m_panel->chart(QStringLiteral("prices"));
    QVERIFY(prices && prices->isTime());
    prices->ensureLoaded();
    QCOMPARE(prices->from(), day(2021, 3, 1));
    QCOMPARE(prices->to(), day(2021, 5, 1));
    // Without Sync time a chart opens on its whole series ...
    m_range->setSynced(false);
    QVERIFY(sampleWithTimeSeries());
    prices = m_panel->chart(QStringLiteral("prices"));
    prices->ensureLoaded();
    QVERIFY(prices->from() < day(2021, 1, 1) && prices->to() > day(2021, 12, 1));
    // ... and turning it on brings the shared range back, even when it has not moved.
    m_range->setSynced(true);
    QCOMPARE(prices->from(), day(2021, 3, 1));
    QCOMPARE(prices->to(), day(2021, 5, 1));
}

void tst_TimeCharts::manyEventMarkersLeaveTheDataVisible()
{
    // Linked events every few pixels once merged into a black band over the data.
    auto *chart = new QChart;
    auto *line = new QLineSeries(chart);
    line->append({QPointF(0, 0), QPointF(1000, 10)});
    chart->addSeries(line);
    chart->createDefaultAxes();
    chart->legend()->hide();
    ChartCanvas canvas(chart);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Highlight, QColor(0, 90, 200));
    canvas.setPalette(light);
    canvas.resize(800, 300);
    QVector<ChartCanvas::Marker> markers;
    for (int x = 0; x <= 1000; x += 4)
        markers.append({double(x), ChartCanvas::Marker::Kind::Linked});
    markers.append({502.0, ChartCanvas::Marker::Kind::Current});
    canvas.setMarkers(markers);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    const QImage image = canvas.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRectF plot = chart->plotArea();
    const int row = int(plot.top() + plot.height() / 4); // above the data line
    int dark = 0, columns = 0;
    for (int x = int(plot.left()) + 2; x < int(plot.right()) - 2; ++x) {
        const QColor pixel = image.pixelColor(x, row);
        if (pixel.blue() > 150 && pixel.red() < 60)
            continue; // the current event
        ++columns;
        dark += pixel.lightness() < 160;
    }
    QVERIFY(columns > 300);
    QVERIFY2(dark == 0, qPrintable(QStringLiteral("%1 of %2 columns dark").arg(dark).arg(columns)));
    // The current event alone is a strong full-height line.
    const int current = qRound(chart->mapToPosition(QPointF(502, 0)).x());
    int highlighted = 0;
    for (int y = int(plot.top()) + 2; y < int(plot.bottom()) - 2; ++y)
        highlighted += image.pixelColor(current, y) == light.color(QPalette::Highlight);
    QVERIFY2(highlighted > plot.height() * 0.9, qPrintable(QString::number(highlighted)));
}

void tst_TimeCharts::wheelScrollsThePanelCtrlWheelZooms()
{
    m_range->setSynced(false);
    QVERIFY(sampleWithTimeSeries());
    m_panel->resize(700, 300);
    SeriesChart *prices = m_panel->chart(QStringLiteral("prices"));
    QVERIFY(prices);
    auto *scroll = m_panel->findChild<QScrollArea *>();
    QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
    scroll->verticalScrollBar()->setValue(prices->y());
    QCoreApplication::processEvents();
    QTRY_VERIFY(prices->isLoaded());
    const int scrolled = scroll->verticalScrollBar()->value();
    const double from = prices->from(), to = prices->to();
    QWidget *viewport = prices->canvas()->viewport();
    const QPoint pointer = viewport->rect().center();
    auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(pointer, viewport->mapToGlobal(pointer), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                          Qt::NoScrollPhase, false);
        // As from the window system (QTest's way): only such wheel events go on to the parents
        // when ignored; sendEvent() would make it synthetic.
        QSpontaneKeyEvent::setSpontaneous(&event);
        qApp->notify(viewport, &event);
    };
    // The wheel alone scrolls the panel, though the pointer is over a chart ...
    QVERIFY(scrolled > 0);
    wheel(120, Qt::NoModifier);
    QVERIFY(scroll->verticalScrollBar()->value() < scrolled);
    QCOMPARE(prices->from(), from);
    QCOMPARE(prices->to(), to);
    // ... Ctrl+wheel zooms the time axis (out, here) and leaves the panel where it is.
    scroll->verticalScrollBar()->setValue(scrolled);
    wheel(-120, Qt::ControlModifier);
    QCOMPARE(scroll->verticalScrollBar()->value(), scrolled);
    QVERIFY(prices->to() - prices->from() > to - from);
    // The keys zoom as before.
    const double span = prices->to() - prices->from();
    prices->canvas()->setFocus();
    QTest::keyClick(prices->canvas(), Qt::Key_Plus);
    QVERIFY(prices->to() - prices->from() < span);
}

namespace {
// Why the y axis of `chart` has no round ticks, or an empty string.
QString unroundTicks(SeriesChart *chart, double low, double high)
{
    auto *axis = qobject_cast<QValueAxis *>(chart->canvas()->chart()->axes(Qt::Vertical).value(0));
    if (!axis)
        return QStringLiteral("no value axis");
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    const double power = std::pow(10.0, std::floor(std::log10(step)));
    const double mantissa = step / power;
    const auto whole = [](double v) { return std::abs(v - std::round(v)) < 1e-6; };
    const bool round = (std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 5) < 1e-6)
                       && whole(axis->min() / step) && whole(axis->max() / step);
    if (!round || axis->min() > low || axis->max() < high)
        return QStringLiteral("%1 to %2 in %3 ticks for %4 to %5").arg(axis->min()).arg(axis->max()).arg(axis->tickCount()).arg(low).arg(high);
    return {};
}
} // namespace

void tst_TimeCharts::timeChartsHaveRoundTicks()
{
    m_range->setSynced(false);
    QVERIFY(sampleWithTimeSeries());
    SeriesChart *prices = m_panel->chart(QStringLiteral("prices"));
    prices->ensureLoaded();
    QString why = unroundTicks(prices, -81.7, 117.7);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // Zoomed to April and May 2021: 60.9 and 117.7 in view.
    prices->setRange(day(2021, 3, 20), day(2021, 5, 10));
    why = unroundTicks(prices, 60.9, 117.7);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    // A single point still gets a range around it.
    SeriesChart *single = m_panel->chart(QStringLiteral("single"));
    single->ensureLoaded();
    why = unroundTicks(single, 5, 5);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_TimeCharts::ticksFollowThePlotHeight()
{
    // The panel made lower (same width): the time chart's plot shrinks and keeps only the
    // ticks it has room for; made high again, it gets them back. Bar charts alike.
    m_range->setSynced(false);
    QVERIFY(sampleWithTimeSeries());
    m_panel->resize(700, 2000);
    SeriesChart *prices = m_panel->chart(QStringLiteral("prices"));
    prices->ensureLoaded();
    auto ticks = [](SeriesChart *chart) {
        auto *axis = qobject_cast<QValueAxis *>(chart->canvas()->chart()->axes(Qt::Vertical).value(0));
        return axis ? axis->tickCount() : -1;
    };
    QTRY_VERIFY(prices->canvas()->chart()->plotArea().height() > 150);
    const int high = ticks(prices);
    m_panel->resize(700, 260);
    QTRY_VERIFY2(prices->canvas()->chart()->plotArea().height() < 110,
                 qPrintable(QString::number(prices->canvas()->chart()->plotArea().height())));
    QTRY_VERIFY2(ticks(prices) < high, qPrintable(QStringLiteral("%1 ticks, %2 before").arg(ticks(prices)).arg(high)));
    m_panel->resize(700, 2000);
    QTRY_COMPARE(ticks(prices), high);
    const QString why = unroundTicks(prices, -81.7, 117.7);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_TimeCharts::tinySeriesShowTheirPointsAndTheCurrentOneIsRinged()
{
    m_range->setSynced(false);
    QVERIFY(sampleWithTimeSeries());
    m_panel->resize(700, 2000);
    SeriesChart *single = m_panel->chart(QStringLiteral("single"));
    SeriesChart *prices = m_panel->chart(QStringLiteral("prices"));
    single->ensureLoaded();
    prices->ensureLoaded();
    // A line of one point draws nothing: the point is shown as a dot. Twelve monthly points
    // 50 px apart are marked too (a dense line is not: tst_serieschart).
    auto segments = [](SeriesChart *chart) {
        QList<ChartLine> lines;
        for (const ChartLine &line : chart->lines(0)) {
            if (line.count() > 0)
                lines.append(line);
        }
        return lines;
    };
    QCOMPARE(segments(single).size(), 1);
    QVERIFY(segments(single).first().pointsVisible);
    QVERIFY(!segments(prices).isEmpty());
    for (const ChartLine &line : segments(prices))
        QVERIFY(line.pointsVisible);
    // The current data point is ringed on its chart, and only there.
    QVERIFY(!single->canvas()->currentPoint());
    m_selection->select(Briefing::pointId(QStringLiteral("single"), QStringLiteral("2021-06-01")));
    const QPointF point(day(2021, 6, 1) * 86400000.0, 5);
    QCOMPARE(single->canvas()->currentPoint(), std::optional<QPointF>(point));
    QVERIFY(!prices->canvas()->currentPoint());
    QTRY_VERIFY(single->canvas()->isVisible() && single->canvas()->width() > 100);
    const QImage image = single->canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QPoint centre = single->canvas()->chart()->mapToPosition(point).toPoint();
    const QColor highlight = single->canvas()->palette().color(QPalette::Highlight);
    int ringPixels = 0;
    for (int y = centre.y() - 10; y <= centre.y() + 10; ++y) {
        for (int x = centre.x() - 10; x <= centre.x() + 10; ++x) {
            const QColor pixel = image.pixelColor(x, y);
            ringPixels += std::abs(pixel.red() - highlight.red()) + std::abs(pixel.green() - highlight.green())
                              + std::abs(pixel.blue() - highlight.blue()) < 40;
        }
    }
    QVERIFY2(ringPixels > 20, qPrintable(QString::number(ringPixels)));
    // A bar too.
    m_selection->select(QStringLiteral("joint-training-increase@2020–2022"));
    QVERIFY(!single->canvas()->currentPoint());
    // Scrolled into view, its figures read in the background, then ringed.
    QTRY_COMPARE(m_panel->chart(QStringLiteral("joint-training-increase"))->canvas()->currentPoint(),
                 std::optional<QPointF>(QPointF(0, 42)));
}

void tst_TimeCharts::ticksFallOnPeriodBoundariesAndYearsAreSpans()
{
    m_range->setSynced(false);
    QVERIFY(sampleWith(QStringLiteral("sparse"),
                       QStringLiteral("INSERT INTO series (id, name, unit, kind) VALUES ('sparse', 'Sparse', 'members', 'time');"
                                      "INSERT INTO point (series_id, position, label, value, source_id) VALUES"
                                      " ('sparse', 0, '2014', 3, 'source-article'), ('sparse', 1, '2019', 11, 'source-article'),"
                                      " ('sparse', 2, '2023', 18, 'source-article');")));
    m_panel->resize(700, 2000);
    SeriesChart *chart = m_panel->chart(QStringLiteral("sparse"));
    chart->ensureLoaded();
    QChart *qchart = chart->canvas()->chart();
    QTRY_VERIFY(qchart->plotArea().width() > 300);
    auto *axis = qobject_cast<QCategoryAxis *>(qchart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    // Every tick (a category boundary in view) on the first moment of a period.
    auto ticks = [axis] {
        QVector<QDateTime> result;
        for (const QString &label : axis->categoriesLabels()) {
            const double ms = axis->endValue(label);
            if (ms >= axis->min() && ms <= axis->max())
                result.append(QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC));
        }
        return result;
    };
    QVector<QDateTime> years = ticks();
    QVERIFY(years.size() >= 3);
    for (const QDateTime &tick : years)
        QVERIFY2(tick.date().dayOfYear() == 1 && tick.time() == QTime(0, 0), qPrintable(tick.toString(Qt::ISODate)));
    // A year's point is drawn in the middle of its year, between the year's two ticks.
    QList<QPointF> points;
    for (const ChartLine &line : chart->lines(0))
        points += line.points;
    QCOMPARE(points.size(), 3);
    QCOMPARE(points.first().x(), (day(2014, 1, 1) + 182.5) * 86400000.0);
    QCOMPARE(points.last().x(), (day(2023, 1, 1) + 182.5) * 86400000.0);
    // Three points years apart are marked, not drawn as a bare line.
    for (const ChartLine &line : chart->lines(0)) {
        if (line.count() > 0)
            QVERIFY(line.pointsVisible);
    }
    // The current point is ringed where it is drawn.
    m_selection->select(Briefing::pointId(QStringLiteral("sparse"), QStringLiteral("2019")));
    QCOMPARE(chart->canvas()->currentPoint()->x(), (day(2019, 1, 1) + 182.5) * 86400000.0);
    // Zoomed to a year: months or quarters, each on its first day.
    chart->setRange(day(2019, 1, 1), day(2020, 1, 1));
    const QVector<QDateTime> months = ticks();
    QVERIFY(months.size() >= 3);
    for (const QDateTime &tick : months)
        QVERIFY2(tick.date().day() == 1 && tick.time() == QTime(0, 0), qPrintable(tick.toString(Qt::ISODate)));
    // Zoomed to three weeks: weeks or days, at midnight.
    chart->setRange(day(2019, 3, 1), day(2019, 3, 21));
    const QVector<QDateTime> days = ticks();
    QVERIFY(days.size() >= 2);
    for (const QDateTime &tick : days)
        QVERIFY2(tick.time() == QTime(0, 0), qPrintable(tick.toString(Qt::ISODate)));
}

void tst_TimeCharts::pointsAreDrawnOverTheirOwnPeriods()
{
    // A year, a month, a quarter and a day in one series, each drawn in the middle of its
    // own period and named as written; a label that is not of its stated precision is left
    // out (validate names it).
    m_range->setSynced(false);
    QVERIFY(sampleWith(QStringLiteral("mixed"),
                       QStringLiteral("INSERT INTO series (id, name, unit, kind) VALUES ('mixed', 'Mixed', 'members', 'time');"
                                      "INSERT INTO point (series_id, position, label, value, source_id, precision) VALUES"
                                      " ('mixed', 0, '2020', 3, 'source-article', 'year'),"
                                      " ('mixed', 1, '2021-03', 4, 'source-article', 'month'),"
                                      " ('mixed', 2, '2021-Q3', 5, 'source-article', 'quarter'),"
                                      " ('mixed', 3, '2021-10-05', 6, 'source-article', ''),"
                                      " ('mixed', 4, '2022', 7, 'source-article', 'month');")));
    m_panel->resize(700, 2000);
    SeriesChart *chart = m_panel->chart(QStringLiteral("mixed"));
    chart->ensureLoaded();
    QCOMPARE(chart->values().size(), 4);
    QList<QPointF> points;
    for (const ChartLine &line : chart->lines(0))
        points += line.points;
    QCOMPARE(points.size(), 4);
    QCOMPARE(points.at(0).x(), (day(2020, 1, 1) + 183) * 86400000.0);   // 2020 has 366 days
    QCOMPARE(points.at(1).x(), (day(2021, 3, 1) + 15.5) * 86400000.0);  // March
    QCOMPARE(points.at(2).x(), (day(2021, 7, 1) + 46) * 86400000.0);    // July to September
    QCOMPARE(points.at(3).x(), day(2021, 10, 5) * 86400000.0);
    auto *model = qobject_cast<PointTableModel *>(chart->table()->model());
    QVERIFY(model);
    QStringList periods;
    for (int row = 0; row < model->rowCount(); ++row)
        periods << model->data(model->index(row, 0)).toString();
    QCOMPARE(periods, (QStringList{QStringLiteral("2020"), QStringLiteral("2021-03"), QStringLiteral("2021-Q3"),
                                   QStringLiteral("2021-10-05")}));
    QVERIFY(chart->describePoint(2).startsWith(QStringLiteral("2021-Q3: 5 members")));
    // The whole of the last period is in view.
    QVERIFY(chart->to() > day(2021, 10, 6));
    // The current point is ringed where it is drawn.
    m_selection->select(Briefing::pointId(QStringLiteral("mixed"), QStringLiteral("2021-Q3")));
    QCOMPARE(chart->canvas()->currentPoint()->x(), (day(2021, 7, 1) + 46) * 86400000.0);
}

void tst_TimeCharts::aSeriesOutsideTheSharedRangeSaysSo()
{
    // The timeline shows 1950 to 2025 (Sync time); the series is of 1900 to 1913. No empty
    // plot on an axis of those years: what there is, and a way to it.
    m_range->setRange(day(1950, 1, 1), day(2025, 12, 31));
    QString sql = QStringLiteral("INSERT INTO series (id, name, unit, kind) VALUES ('old', 'Old', 'members', 'time');"
                                 "INSERT INTO point (series_id, position, label, value, source_id) VALUES");
    for (int year = 1900; year <= 1913; ++year)
        sql += QStringLiteral("%1 ('old', %2, '%3', %4, 'source-article')").arg(year > 1900 ? QStringLiteral(",") : QString()).arg(year - 1900).arg(year).arg(year % 7);
    QVERIFY(sampleWith(QStringLiteral("old"), sql + QLatin1Char(';')));
    m_panel->resize(700, 2000);
    SeriesChart *chart = m_panel->chart(QStringLiteral("old"));
    chart->ensureLoaded();
    QVERIFY(chart->isOutOfRange());
    QTRY_VERIFY(chart->isVisible());
    QVERIFY(!chart->canvas()->isVisible());
    QLabel *notice = nullptr;
    for (QLabel *label : chart->findChildren<QLabel *>()) {
        if (label->text().startsWith(QStringLiteral("No points")))
            notice = label;
    }
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("No points between 1950 and 2025 (the period the timeline shows)."));
    QToolButton *own = chart->ownPeriodButton();
    QVERIFY(own->isVisible());
    QCOMPARE(own->text(), QStringLiteral("Show the series' own period"));
    // A real click: the series' own period, here and on the timeline (Sync time).
    QTest::mouseClick(own, Qt::LeftButton);
    QVERIFY(!chart->isOutOfRange());
    QTRY_VERIFY(chart->canvas()->isVisible());
    QVERIFY(!notice->isVisible());
    QVERIFY(chart->from() < day(1900, 1, 1) && chart->to() > day(1914, 1, 1) && chart->to() < day(1920, 1, 1));
    QCOMPARE(m_range->from(), chart->from());
    int drawn = 0;
    for (const ChartLine &line : chart->lines(0))
        drawn += line.count();
    QCOMPARE(drawn, 14);
    // The timeline moved on: the chart says so again. A series in view says nothing.
    m_range->setRange(day(1950, 1, 1), day(2025, 12, 31));
    QVERIFY(chart->isOutOfRange());
    m_range->setRange(day(1910, 1, 1), day(1960, 1, 1));
    QVERIFY(!chart->isOutOfRange());
    QVERIFY(!m_panel->chart(QStringLiteral("joint-training-increase"))->isOutOfRange()); // categories never are
}

void tst_TimeCharts::aBriefingWithoutEventsKeepsItsChartsPeriods()
{
    // Written from docs/format.md: a time series, no events. The timeline has nothing to show
    // (its period is whatever it last had); the chart shows its own period, not "no points".
    m_range->setSynced(true);
    m_range->setRange(day(2025, 1, 1), day(2027, 12, 31));
    QVERIFY(sampleWith(QStringLiteral("noevents"),
                       QStringLiteral("DELETE FROM link WHERE from_id IN (SELECT id FROM event) OR to_id IN (SELECT id FROM event);"
                                      "DELETE FROM event;"
                                      "INSERT INTO series (id, name, unit, kind) VALUES ('sparse', 'Sparse', 'members', 'time');"
                                      "INSERT INTO point (series_id, position, label, value, source_id) VALUES"
                                      " ('sparse', 1, '1994', 3, 'source-article'), ('sparse', 2, '2009-06', 11, 'source-article'),"
                                      " ('sparse', 3, '2024-03-14', 18, 'source-article');")));
    SeriesChart *chart = m_panel->chart(QStringLiteral("sparse"));
    QVERIFY(chart);
    chart->ensureLoaded();
    QVERIFY(!chart->isOutOfRange());
    QVERIFY(chart->from() < day(1994, 1, 1) && chart->to() > day(2024, 3, 14));
    m_range->setRange(day(2030, 1, 1), day(2031, 1, 1)); // the empty timeline moved: the chart stays
    QVERIFY(!chart->isOutOfRange());
}

QTEST_MAIN(tst_TimeCharts)
#include "tst_timecharts.moc"
