// SPDX-License-Identifier: MIT
// Charts as users meet them: sourced, linked, exportable, and never overloaded. (Time axes:
// ranges, event markers, wheel and ticks: tst_timecharts.)
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "charts/categorybars.h"
#include "charts/chartcanvas.h"
#include "charts/chartpanel.h"
#include "chartpanelfixture.h"
#include "browse/detailpane.h"
#include "generator/generator.h"
#include "models/itemroles.h"
#include "models/pointtablemodel.h"
#include "models/selection.h"
#include "charts/serieschart.h"
#include "content/seriescache.h"
#include "file/sqliteconnection.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QAbstractBarSeries>
#include <QChart>
#include <QClipboard>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTreeView>
#include <QTest>
#include <QValueAxis>

#include <cmath>

using namespace bv;

class tst_SeriesChart : public QObject, protected test::ChartPanelFixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(setUpPanel()); }
    void cleanup() { tearDownPanel(); }
    void everySampleSeriesIsChartedWithItsSource();
    void clickingAPointShowsWhatReliesOnIt();
    void linkedSeriesStandOut();
    void tableAndCsv();
    void exportCarriesTitleSourceAndEdition();
    void largeSeriesNeverOverloadTheChart();
    void figuresAreReadInTheBackground();
    void unsourcedFiguresAreNotShown();
    void briefingTextReachesQtChartsAsPlainText();
    void captionIsInViewWithItsPlot();
    void darkPaletteGivesADarkChart();
};

namespace {

// A generated briefing of `events` events and one series of 200,000 points, written and opened.
std::shared_ptr<BriefingDatabase> oneLargeSeries(const QString &path, int events)
{
    GeneratorOptions options;
    options.events = events;
    options.series = 1;
    options.points = 200000;
    options.faq = 0;
    Generator generator(options);
    if (!BriefingWriter::write(path, true, [&generator](SqliteConnection &c) { return generator.fill(c); }).ok())
        return nullptr;
    OpenError error;
    auto database = BriefingDatabase::open(path, &error);
    if (!database)
        qWarning("%s", qPrintable(error.message));
    return database;
}

} // namespace

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
    // In view, its figures read in the background and then drawn.
    QTRY_VERIFY(fund->isLoaded());
    QVERIFY(!fund->isWaiting());
    PointTableModel *model = qobject_cast<PointTableModel *>(fund->table()->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value (EUR billion)"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Status"));
    QCOMPARE(model->data(model->index(0, 2)).toString(), QStringLiteral("Measured"));
    QCOMPARE(fund->csv(), QStringLiteral("period,value,unit,status,break_note,source\nEU defence fund,8,EUR billion,measured,,"
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
    const auto database = oneLargeSeries(m_dir.filePath(QStringLiteral("large.briefing")), 200);
    QVERIFY(database);
    m_selection->setDatabase(database);
    SeriesChart *chart = m_panel->charts().value(0);
    QVERIFY(chart && chart->isTime());
    QCOMPARE(chart->values().size(), 200000);
    QVERIFY(chart->plotWidth() > 100);
    auto bound = [chart] { return 4 * chart->plotWidth() + 4 * 64; };
    QVERIFY2(chart->pointsInChart() <= bound(), qPrintable(QString::number(chart->pointsInChart())));
    QVERIFY(!chart->lines(0).isEmpty());
    for (const ChartLine &line : chart->lines(0)) {
        if (line.count() > 2)
            QVERIFY(!line.pointsVisible); // points too close to tell apart are not marked
    }
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

void tst_SeriesChart::figuresAreReadInTheBackground()
{
    // A chart in view whose series is read on a thread of its own says so, the window meanwhile
    // free, and is drawn once its figures are here; the panel says when every chart in view is.
    const auto database = oneLargeSeries(m_dir.filePath(QStringLiteral("background.briefing")), 50);
    QVERIFY(database);
    QSignalSpy drawn(m_panel.get(), &ChartPanel::visibleChartsLoaded);
    m_selection->setDatabase(database);
    SeriesChart *chart = m_panel->charts().value(0);
    QVERIFY(chart);
    QVERIFY(m_panel->isLoading());
    QVERIFY(chart->isWaiting());
    QVERIFY(!chart->isLoaded());
    QCOMPARE(chart->canvas()->statusText(), QStringLiteral("Reading the figures…"));
    QVERIFY(database->seriesCache().isReading(chart->series().id));
    QTRY_COMPARE(drawn.count(), 1);
    QVERIFY(!m_panel->isLoading());
    QVERIFY(chart->isLoaded());
    QVERIFY(!chart->isWaiting());
    QVERIFY(chart->canvas()->statusText().isEmpty());
    QCOMPARE(chart->values().size(), 200000);
    QCOMPARE(database->seriesCache().reads(chart->series().id), 1); // that read, not another
    QVERIFY(chart->pointsInChart() > 0);
}

void tst_SeriesChart::unsourcedFiguresAreNotShown()
{
    const QString path = m_dir.filePath(QStringLiteral("unsourced.briefing"));
    QVERIFY(BriefingWriter::writeSample(path, true).ok());
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
    QVERIFY(fund->bars());
    const QString title = fund->bars()->valueAxis()->titleText();
    QVERIFY2(title.startsWith(QStringLiteral("&lt;img src=&quot;")) && !title.contains(QLatin1Char('<')), qPrintable(title));
    // Category names never reach QtCharts (its category axis would render them as rich text):
    // the bars stand on places, and our plain-text items name them.
    for (QAbstractAxis *axis : chart->axes()) {
        QVERIFY(!qobject_cast<QBarCategoryAxis *>(axis));
        QVERIFY(!axis->titleText().contains(QLatin1Char('<')));
    }
    // The label drawn is a plain-text item: the characters as they are.
    QVERIFY(fund->bars()->categoryLabels().value(0)->text().replace(QLatin1Char('\n'), QLatin1Char(' ')).startsWith(QStringLiteral("<font color=red>EU</font><img")));
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
