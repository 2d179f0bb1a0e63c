// SPDX-License-Identifier: MIT
// Charts as users meet them: sourced, linked, exportable, and never overloaded.
#include "briefingdatabase.h"
#include "briefingwriter.h"
#include "chartcanvas.h"
#include "chartpanel.h"
#include "detailpane.h"
#include "generator.h"
#include "itemroles.h"
#include "pointtablemodel.h"
#include "selection.h"
#include "serieschart.h"
#include "sqliteconnection.h"
#include "timerange.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QAbstractBarSeries>
#include <QChart>
#include <QValueAxis>
#include <QClipboard>
#include <QDate>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QWheelEvent>
#include <QLineSeries>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeView>
#include <QTemporaryDir>
#include <QSpontaneKeyEvent>
#include <QTest>

#include <cmath>

using namespace bv;

class tst_SeriesChart : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everySampleSeriesIsChartedWithItsSource();
    void clickingAPointShowsWhatReliesOnIt();
    void linkedSeriesStandOut();
    void tableAndCsv();
    void exportCarriesTitleSourceAndEdition();
    void largeSeriesNeverOverloadTheChart();
    void unsourcedFiguresAreNotShown();
    void briefingTextReachesQtChartsAsPlainText();
    void captionIsInViewWithItsPlot();
    void timeChartsOpenOnTheSharedRange();
    void manyEventMarkersLeaveTheDataVisible();
    void wheelScrollsThePanelCtrlWheelZooms();
    void timeChartsHaveRoundTicks();
    void ticksFollowThePlotHeight();
    void tinySeriesShowTheirPointsAndTheCurrentOneIsRinged();
    void darkPaletteGivesADarkChart();

private:
    static double day(int year, int month, int dayOfMonth)
    {
        return double(QDate(year, month, dayOfMonth).toJulianDay() - QDate(1970, 1, 1).toJulianDay());
    }
    // The sample briefing with two time series: 'prices' (twelve months of 2021, values with
    // decimals) and 'single' (one point).
    std::shared_ptr<BriefingDatabase> sampleWithTimeSeries();
    // The sample briefing changed by `sql`, opened and made current.
    std::shared_ptr<BriefingDatabase> sampleWith(const QString &name, const QString &sql);

    std::shared_ptr<BriefingDatabase> m_sample;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<TimeRange> m_range;
    std::unique_ptr<ChartPanel> m_panel;
    QTemporaryDir m_dir;
};

void tst_SeriesChart::init()
{
    OpenError error;
    m_sample = BriefingDatabase::openSample(&error);
    QVERIFY(m_sample);
    m_selection = std::make_unique<Selection>();
    m_range = std::make_unique<TimeRange>();
    m_selection->setDatabase(m_sample);
    m_panel = std::make_unique<ChartPanel>(m_selection.get(), m_range.get());
    m_panel->resize(900, 1400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_SeriesChart::cleanup()
{
    m_panel.reset();
}

void tst_SeriesChart::everySampleSeriesIsChartedWithItsSource()
{
    QCOMPARE(m_panel->charts().size(), 4);
    SeriesChart *training = m_panel->chart(QStringLiteral("joint-training-increase"));
    QVERIFY(training);
    QVERIFY(training->isShown());
    QCOMPARE(training->values().size(), 1);
    QCOMPARE(training->values().y.first(), 42.0);
    QCOMPARE(training->sourceText(), QStringLiteral("NATO, NATO Defence Planning Report 2023, 2023"));
    bool captionShown = false;
    for (QLabel *label : training->findChildren<QLabel *>())
        captionShown = captionShown || (label->isVisible() && label->text().startsWith(QStringLiteral("Source: NATO, NATO Defence Planning Report 2023")));
    QVERIFY(captionShown);
    QVERIFY(training->canvas()->accessibleDescription().contains(QStringLiteral("NATO Defence Planning Report 2023")));
    QCOMPARE(m_panel->chart(QStringLiteral("eu-defence-fund"))->values().y.first(), 8.0);
}

void tst_SeriesChart::clickingAPointShowsWhatReliesOnIt()
{
    DetailPane detail(m_selection.get());
    SeriesChart *training = m_panel->chart(QStringLiteral("joint-training-increase"));
    training->ensureLoaded();
    // A real click on the middle of the bar.
    ChartCanvas *canvas = training->canvas();
    QChart *chart = canvas->chart();
    QTRY_VERIFY(chart->plotArea().height() > 50);
    const QPointF barMiddle = chart->mapToPosition(QPointF(0, 21), chart->series().value(0));
    const QPoint at = canvas->mapFromScene(barMiddle);
    QVERIFY(canvas->viewport()->rect().contains(at));
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(m_selection->currentId(), QStringLiteral("joint-training-increase@2020–2022"));
    QVERIFY(m_selection->isLinked(QStringLiteral("event-joint-training-2020-2022")));
    QVERIFY(m_selection->isLinked(QStringLiteral("source-nato-dpr-2023")));
    const QString text = detail.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("What relies on this figure")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Joint‑training exercises in the region increase by 42 %")));
    QVERIFY(text.contains(QStringLiteral("NATO Defence Planning Report 2023 (Event)")));
    QVERIFY(text.contains(QStringLiteral("Source: NATO, NATO Defence Planning Report 2023, 2023")));
    QVERIFY(!text.contains(QStringLiteral("Dayton Accords")));
}

void tst_SeriesChart::linkedSeriesStandOut()
{
    m_selection->select(QStringLiteral("event-ransomware-2022"));
    QVERIFY(m_panel->chart(QStringLiteral("ransomware-customers"))->isHighlighted());
    QVERIFY(m_panel->chart(QStringLiteral("ransomware-blackout-duration"))->isHighlighted());
    QVERIFY(m_panel->chart(QStringLiteral("eu-defence-fund"))->isFaded());
    m_selection->select(QStringLiteral("us-guarantees-ukraine"));
    for (SeriesChart *chart : m_panel->charts())
        QVERIFY(!chart->isFaded() && !chart->isHighlighted());
}

void tst_SeriesChart::tableAndCsv()
{
    SeriesChart *fund = m_panel->chart(QStringLiteral("eu-defence-fund"));
    PointTableModel *model = qobject_cast<PointTableModel *>(fund->table()->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value (EUR billion)"));
    QCOMPARE(fund->csv(), QStringLiteral("period,value,unit,source\nEU defence fund,8,EUR billion,"
                                         "\"U.S. offers security guarantees to Kyiv, says Russia not opposed to Ukraine joining EU\"\n"));
}

void tst_SeriesChart::exportCarriesTitleSourceAndEdition()
{
    SeriesChart *training = m_panel->chart(QStringLiteral("joint-training-increase"));
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    const QString png4 = m_dir.filePath(QStringLiteral("chart4.png"));
    const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
    QCOMPARE(training->exportTo(png, QStringLiteral("png"), 1), QString());
    QCOMPARE(training->exportTo(png4, QStringLiteral("png"), 4), QString());
    QCOMPARE(training->exportTo(svg, QStringLiteral("svg"), 1), QString());
    const QImage one(png), four(png4);
    QVERIFY(!one.isNull());
    QCOMPARE(four.width(), one.width() * 4);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("<svg")));
    QVERIFY(text.contains(QStringLiteral("NATO Defence Planning Report 2023")));
    QVERIFY(text.contains(QStringLiteral("edition 1")));
    training->copyImage();
    QVERIFY(!QApplication::clipboard()->image().isNull());
}

void tst_SeriesChart::largeSeriesNeverOverloadTheChart()
{
    const QString path = m_dir.filePath(QStringLiteral("large.briefing"));
    GeneratorOptions options;
    options.events = 200;
    options.series = 1;
    options.points = 200000;
    options.faq = 0;
    Generator generator(options);
    QVERIFY(!BriefingWriter::write(path, true, [&generator](SqliteConnection &c) { return generator.fill(c); }));
    OpenError error;
    auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    m_selection->setDatabase(database);
    SeriesChart *chart = m_panel->charts().value(0);
    QVERIFY(chart && chart->isTime());
    QCOMPARE(chart->values().size(), 200000);
    QVERIFY(chart->plotWidth() > 100);
    auto bound = [chart] { return 4 * chart->plotWidth() + 4 * 64; };
    QVERIFY2(chart->pointsInChart() <= bound(), qPrintable(QString::number(chart->pointsInChart())));
    const double span = chart->to() - chart->from();
    for (double zoom : {2.0, 10.0, 100.0, 1000.0}) {
        chart->setRange(chart->from(), chart->from() + span / zoom);
        QVERIFY(chart->pointsInChart() <= bound());
        QVERIFY(chart->pointsInChart() > 0);
    }
    // Resizing decimates again for the new width.
    m_panel->resize(500, 1400);
    QTRY_VERIFY(chart->plotWidth() < 450);
    QVERIFY(chart->pointsInChart() <= bound());
    // Sync time: a chart zoom moves the shared range; the shared range moves the chart.
    emit chart->canvas()->zoomRequested(2.0, (chart->from() + chart->to()) / 2 * 86400000.0);
    QCOMPARE(m_range->from(), chart->from());
    m_range->setRange(1000, 2000);
    QCOMPARE(chart->from(), 1000.0);
}

void tst_SeriesChart::unsourcedFiguresAreNotShown()
{
    const QString path = m_dir.filePath(QStringLiteral("unsourced.briefing"));
    QVERIFY(!BriefingWriter::writeSample(path, true));
    {
        SqliteConnection c;
        QVERIFY(c.open(path, SqliteConnection::Mode::ReadWrite));
        QVERIFY(c.execScript(QStringLiteral("UPDATE point SET source_id = NULL WHERE series_id = 'eu-defence-fund';")));
    }
    OpenError error;
    auto database = BriefingDatabase::open(path, &error);
    QVERIFY(database);
    m_selection->setDatabase(database);
    SeriesChart *fund = m_panel->chart(QStringLiteral("eu-defence-fund"));
    QVERIFY(!fund->isShown());
    QVERIFY(!fund->canvas()->isVisible());
    QVERIFY(fund->exportTo(m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("png"), 1).contains(QStringLiteral("nothing to export")));
    QVERIFY(m_panel->chart(QStringLiteral("joint-training-increase"))->isShown());
}

std::shared_ptr<BriefingDatabase> tst_SeriesChart::sampleWith(const QString &name, const QString &sql)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".briefing"));
    if (BriefingWriter::writeSample(path, true))
        return {};
    {
        SqliteConnection c;
        if (!c.open(path, SqliteConnection::Mode::ReadWrite) || !c.execScript(sql))
            return {};
    }
    OpenError error;
    auto database = BriefingDatabase::open(path, &error);
    if (!database)
        qWarning() << error.message;
    else
        m_selection->setDatabase(database);
    return database;
}

std::shared_ptr<BriefingDatabase> tst_SeriesChart::sampleWithTimeSeries()
{
    QString sql = QStringLiteral("INSERT INTO series (id, name, unit, kind) VALUES ('prices', 'Prices', 'EUR', 'time'),"
                                 " ('single', 'Single', 'units', 'time');"
                                 "INSERT INTO point (series_id, position, label, value, source_id) VALUES"
                                 " ('single', 0, '2021-06-01', 5, 'source-article')");
    const double values[] = {17.3, 18.0, 35.2, 60.9, 117.7, 90.1, 64.4, 40.0, -81.7, 12.5, 30.3, 44.4};
    for (int month = 1; month <= 12; ++month)
        sql += QStringLiteral(", ('prices', %1, '2021-%2-01', %3, 'source-article')")
                   .arg(month)
                   .arg(month, 2, 10, QLatin1Char('0'))
                   .arg(values[month - 1]);
    return sampleWith(QStringLiteral("time"), sql + QLatin1Char(';'));
}

void tst_SeriesChart::briefingTextReachesQtChartsAsPlainText()
{
    // QtCharts renders axis titles and category labels as rich text; a briefing is untrusted.
    QImage magenta(80, 80, QImage::Format_RGB32);
    magenta.fill(QColor(255, 0, 255));
    const QString picture = m_dir.filePath(QStringLiteral("local.png"));
    QVERIFY(magenta.save(picture));
    const QString img = QStringLiteral("<img src=\"%1\" width=80 height=80>").arg(picture);
    QVERIFY(sampleWith(QStringLiteral("hostile"),
                       QStringLiteral("UPDATE series SET unit = '%1', name = '<b>Fund</b>%1' WHERE id = 'eu-defence-fund';"
                                      "UPDATE point SET label = '<font color=red>EU</font>%1' WHERE series_id = 'eu-defence-fund';")
                           .arg(img)));
    SeriesChart *fund = m_panel->chart(QStringLiteral("eu-defence-fund"));
    QVERIFY(fund && fund->isShown());
    QChart *chart = fund->canvas()->chart();
    const QString title = chart->axes(Qt::Vertical).value(0)->titleText();
    QVERIFY2(title.startsWith(QStringLiteral("&lt;img src=&quot;")) && !title.contains(QLatin1Char('<')), qPrintable(title));
    auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(categories);
    const QString category = categories->categories().value(0);
    QVERIFY2(category.startsWith(QStringLiteral("&lt;font color=red&gt;EU")) && !category.contains(QLatin1Char('<')), qPrintable(category));
    for (QAbstractSeries *series : chart->series()) {
        QVERIFY(!series->name().contains(QLatin1Char('<')));
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                QVERIFY2(!set->label().contains(QLatin1Char('<')), qPrintable(set->label()));
        }
    }
    // The chart as drawn shows the characters, never the local picture.
    fund->resize(700, 400);
    const QImage drawn = fund->canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int magentaPixels = 0;
    for (int y = 0; y < drawn.height(); ++y) {
        for (int x = 0; x < drawn.width(); ++x)
            magentaPixels += drawn.pixel(x, y) == qRgb(255, 0, 255);
    }
    QCOMPARE(magentaPixels, 0);
    // The SVG export names the chart in its title, as text.
    const QString svg = m_dir.filePath(QStringLiteral("hostile.svg"));
    QCOMPARE(fund->exportTo(svg, QStringLiteral("svg"), 1), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(!text.contains(QStringLiteral("<b>Fund")));
    QVERIFY(!text.contains(QStringLiteral("<img")));
}

void tst_SeriesChart::captionIsInViewWithItsPlot()
{
    // A low Charts dock: each chart scrolled into view shows its plot and its source.
    m_panel->resize(700, 340);
    auto *scroll = m_panel->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->viewport()->height() < 340);
    const QRect viewport = scroll->viewport()->rect();
    for (SeriesChart *chart : m_panel->charts()) {
        chart->ensureLoaded();
        scroll->verticalScrollBar()->setValue(chart->y());
        QCoreApplication::processEvents();
        QLabel *caption = nullptr;
        for (QLabel *label : chart->findChildren<QLabel *>()) {
            if (label->text().startsWith(QStringLiteral("Source: ")))
                caption = label;
        }
        QVERIFY(caption && caption->isVisible());
        const QRect plot(chart->canvas()->mapTo(scroll->viewport(), QPoint(0, 0)), chart->canvas()->size());
        const QRect source(caption->mapTo(scroll->viewport(), QPoint(0, 0)), caption->size());
        QVERIFY2(viewport.contains(plot), qPrintable(chart->series().id));
        QVERIFY2(viewport.contains(source), qPrintable(QStringLiteral("%1: caption at %2..%3, viewport %4 high")
                                                           .arg(chart->series().id).arg(source.top()).arg(source.bottom())
                                                           .arg(viewport.height())));
        QVERIFY(chart->canvas()->height() >= 120);
    }
    // A tall panel gives the plot its usual height.
    m_panel->resize(700, 1400);
    QTRY_VERIFY(m_panel->charts().first()->canvas()->height() >= 220);
}

void tst_SeriesChart::timeChartsOpenOnTheSharedRange()
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

void tst_SeriesChart::manyEventMarkersLeaveTheDataVisible()
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

void tst_SeriesChart::wheelScrollsThePanelCtrlWheelZooms()
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

void tst_SeriesChart::timeChartsHaveRoundTicks()
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

void tst_SeriesChart::ticksFollowThePlotHeight()
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

void tst_SeriesChart::tinySeriesShowTheirPointsAndTheCurrentOneIsRinged()
{
    m_range->setSynced(false);
    QVERIFY(sampleWithTimeSeries());
    m_panel->resize(700, 2000);
    SeriesChart *single = m_panel->chart(QStringLiteral("single"));
    SeriesChart *prices = m_panel->chart(QStringLiteral("prices"));
    single->ensureLoaded();
    prices->ensureLoaded();
    // A line of one point draws nothing: the point is shown as a dot; a longer line has none.
    auto segments = [](SeriesChart *chart) {
        QList<QLineSeries *> lines;
        for (QAbstractSeries *series : chart->canvas()->chart()->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(series); line && line->count() > 0)
                lines.append(line);
        }
        return lines;
    };
    QCOMPARE(segments(single).size(), 1);
    QVERIFY(segments(single).first()->pointsVisible());
    QVERIFY(!segments(prices).isEmpty());
    for (QLineSeries *line : segments(prices))
        QVERIFY(!line->pointsVisible());
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
    QCOMPARE(m_panel->chart(QStringLiteral("joint-training-increase"))->canvas()->currentPoint(),
             std::optional<QPointF>(QPointF(0, 42)));
}

void tst_SeriesChart::darkPaletteGivesADarkChart()
{
    SeriesChart *fund = m_panel->chart(QStringLiteral("eu-defence-fund"));
    fund->ensureLoaded();
    QChart *chart = fund->canvas()->chart();
    const QPalette before = QApplication::palette();
    QCOMPARE(chart->theme(), QChart::ChartThemeLight);
    QPalette dark = before;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    const bool darkTheme = chart->theme() == QChart::ChartThemeDark;
    const QColor background = chart->backgroundBrush().color();
    const QColor axisLabels = chart->axes(Qt::Vertical).value(0)->labelsBrush().color();
    QApplication::setPalette(before);
    QCoreApplication::processEvents();
    QVERIFY(darkTheme);
    QCOMPARE(background, QColor(30, 30, 30));
    QCOMPARE(axisLabels, QColor(230, 230, 230));
    QCOMPARE(chart->theme(), QChart::ChartThemeLight); // and back
}

QTEST_MAIN(tst_SeriesChart)
#include "tst_serieschart.moc"
