// SPDX-License-Identifier: MIT
// A briefing's charts (format 2) as one chart of their series, on the real-data example and
// on a briefing with a chart of every kind (tests/support/multichartbriefing): which charts
// the panel shows, bars side by side and stacked, dot plots, slope charts, lines, their
// legends, and clicks on a second series. Checked on the scene items drawn.
#include "chartsettle.h"
#include "charts/categorybars.h"
#include "charts/chartcanvas.h"
#include "charts/chartlegend.h"
#include "charts/chartpanel.h"
#include "charts/serieschart.h"
#include "charts/endlabels.h"
#include "charts/slopechart.h"
#include "common/viewcolours.h"
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "models/pointtablemodel.h"
#include "models/selection.h"
#include "models/timerange.h"
#include "chartbriefing.h"
#include "multichartbriefing.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace bv;

class tst_MultiCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aChartIsOneChartOfItsSeries();
    void theDefenceExampleShowsItsFourCharts();
    void barsSideBySideHaveALegendAndEveryValue_data();
    void barsSideBySideHaveALegendAndEveryValue();
    void clickingTheSecondSeriesBarSelectsItsPoint();
    void stackedBarsStackAndTotal();
    void dotPlotJoinsEachRowsDots();
    void slopeChartLabelsEveryCategoryWithoutOverlap();
    void linesOfSeveralSeriesHaveTheirOwnColours();
    void tableListsEverySeries();

private:
    void open(const QString &path);
    // The chart of `id`, loaded, its layout settled.
    SeriesChart *settled(const QString &id);

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<BriefingDatabase> m_database;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<TimeRange> m_range;
    std::unique_ptr<ChartPanel> m_panel;
};

namespace {

// Every pair of items that overlap, by text.
QString overlapping(const QVector<QGraphicsSimpleTextItem *> &items)
{
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i) || !items.at(i)->isVisible())
            continue;
        for (int j = 0; j < i; ++j) {
            if (items.at(j) && items.at(j)->isVisible()
                && items.at(i)->sceneBoundingRect().intersects(items.at(j)->sceneBoundingRect()))
                return items.at(i)->text() + QStringLiteral(" over ") + items.at(j)->text();
        }
    }
    return {};
}

QString outside(const QVector<QGraphicsSimpleTextItem *> &items, const QRectF &view)
{
    for (QGraphicsSimpleTextItem *item : items) {
        if (item && item->isVisible() && !view.contains(item->sceneBoundingRect()))
            return item->text();
    }
    return {};
}

QString whole(const QGraphicsSimpleTextItem *item)
{
    return item->text().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

void tst_MultiCharts::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("multi.briefing"));
    QVERIFY(test::writeMultiChartBriefing(m_path));
}

void tst_MultiCharts::init()
{
    QSettings().remove(QStringLiteral("charts/sortByValue"));
    m_selection = std::make_unique<Selection>();
    m_range = std::make_unique<TimeRange>();
    m_range->setSynced(false);
    m_panel = std::make_unique<ChartPanel>(m_selection.get(), m_range.get());
    m_panel->resize(510, 300); // the Charts dock of the default window layout
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    open(m_path);
}

void tst_MultiCharts::cleanup()
{
    m_panel.reset();
    m_selection.reset();
    m_database.reset();
}

void tst_MultiCharts::open(const QString &path)
{
    OpenError error;
    m_database = BriefingDatabase::open(path, &error);
    QVERIFY2(m_database, qPrintable(error.message));
    m_selection->setDatabase(m_database);
}

SeriesChart *tst_MultiCharts::settled(const QString &id)
{
    SeriesChart *chart = m_panel->chart(id);
    if (!chart)
        return nullptr;
    chart->ensureLoaded();
    m_panel->findChild<QScrollArea *>()->ensureWidgetVisible(chart, 0, 0);
    // Rows take their height once the width is known; then nothing moves.
    bv::test::waitUntilChartSettles(chart);
    return chart;
}

void tst_MultiCharts::aChartIsOneChartOfItsSeries()
{
    // Each chart of the file once, where its first series is; a series in no chart on its own;
    // a series on a chart never also on its own.
    QStringList ids;
    for (SeriesChart *chart : m_panel->charts())
        ids << chart->chartId();
    QStringList expected{QStringLiteral("joint-training-increase"), QStringLiteral("eu-defence-fund"),
                         QStringLiteral("ransomware-customers"), QStringLiteral("ransomware-blackout-duration"),
                         QStringLiteral("members"), QStringLiteral("sparse"), QStringLiteral("chart-members"),
                         QStringLiteral("chart-members-slope"), QStringLiteral("chart-members-dots"),
                         QStringLiteral("chart-parts"), QStringLiteral("chart-goal"), QStringLiteral("chart-quarters"),
                         QStringLiteral("old-times")};
    QStringList sorted = ids;
    sorted.sort();
    expected.sort();
    QCOMPARE(sorted, expected);
    // In the briefing's order of series, a chart where the earliest of its series is.
    const Briefing &b = m_database->briefing();
    int last = -1;
    for (SeriesChart *chart : m_panel->charts()) {
        int earliest = INT_MAX;
        for (const Series &series : chart->seriesList())
            earliest = std::min(earliest, b.rowOf(series.id));
        QVERIFY2(earliest >= last, qPrintable(chart->chartId()));
        last = earliest;
    }
    SeriesChart *members = m_panel->chart(QStringLiteral("chart-members"));
    QCOMPARE(members->seriesCount(), 2);
    QCOMPARE(members->series().id, QStringLiteral("members-2014"));
    QCOMPARE(m_panel->chart(QStringLiteral("members-2023")), members); // the first chart that shows it
    // Its title, unit and note are the chart's.
    members->ensureLoaded();
    QStringList texts;
    for (QLabel *label : members->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("Test members' output share, 2014 and 2023 (% of output)")), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("Invented figures.")));
    // Selecting the chart, or one of its series, makes it stand out.
    m_selection->select(QStringLiteral("chart-goal"));
    QVERIFY(m_panel->chart(QStringLiteral("chart-goal"))->isHighlighted());
    QVERIFY(m_panel->chart(QStringLiteral("chart-parts"))->isFaded());
    m_selection->select(QStringLiteral("coverage"));
    QVERIFY(m_panel->chart(QStringLiteral("chart-goal"))->isHighlighted());
}

void tst_MultiCharts::theDefenceExampleShowsItsFourCharts()
{
    const QString path = m_dir.filePath(QStringLiteral("defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), path, true).ok());
    open(path);
    QStringList ids;
    for (SeriesChart *chart : m_panel->charts())
        ids << chart->chartId();
    // Four charts of two series or one, and the series in none on their own.
    for (const char *id : {"chart-ukraine-russia", "chart-eurostat-2021-2023", "chart-eu-two-measures", "chart-eda-totals"})
        QCOMPARE(ids.count(QLatin1String(id)), 1);
    for (const char *id : {"sipri_milex_pct_gdp_ukraine", "eurostat_gf02_pct_gdp_2021", "eda_total_defence_exp_eur_bn"})
        QVERIFY2(!ids.contains(QLatin1String(id)), id);
    QVERIFY(ids.contains(QStringLiteral("epf_ukraine_cumulative_eur_bn")));
    QCOMPARE(ids.size(), 4 + 3);
    // The EDA totals are bars over their years, 2025 drawn as a projection.
    SeriesChart *eda = settled(QStringLiteral("chart-eda-totals"));
    QVERIFY(eda && eda->bars() && !eda->isTime());
    QCOMPARE(eda->bars()->table().labels.first(), QStringLiteral("2019"));
    QCOMPARE(eda->bars()->table().labels.last(), QStringLiteral("2025"));
    QVERIFY(!eda->bars()->isHorizontal());
}

void tst_MultiCharts::barsSideBySideHaveALegendAndEveryValue_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("default dock") << QSize(510, 300);
    QTest::newRow("narrow dock") << QSize(360, 300);
    QTest::newRow("undocked, 1600 px") << QSize(1600, 900);
}

void tst_MultiCharts::barsSideBySideHaveALegendAndEveryValue()
{
    QFETCH(QSize, size);
    m_panel->resize(size);
    SeriesChart *chart = settled(QStringLiteral("chart-members"));
    QVERIFY(chart && chart->bars());
    CategoryBars *bars = chart->bars();
    // 24 members of 2014, one more of 2023: 25 rows, each with a bar a series.
    QCOMPARE(bars->table().rows(), 25);
    QVERIFY(bars->isHorizontal());
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->canvas()->chart()->series().value(0));
    QVERIFY(qobject_cast<QHorizontalBarSeries *>(series));
    QCOMPARE(series->barSets().size(), 2);
    // Each set in its series' colour, from ViewColours, the first series on top in each row.
    const QPalette palette = chart->palette();
    QCOMPARE(series->barSets().at(1)->color(), ViewColours::series(0, palette));
    QCOMPARE(series->barSets().at(0)->color(), ViewColours::series(1, palette));
    ChartCanvas *canvas = chart->canvas();
    const QRectF view = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
    // The legend: both series by name, then what the styles of the statuses mean; inside
    // the view, whole, never over each other or the plot.
    ChartLegend *legend = chart->legend();
    QVERIFY(legend);
    QStringList entries;
    for (const QGraphicsSimpleTextItem *text : legend->texts())
        entries << whole(text);
    QCOMPARE(entries, (QStringList{QStringLiteral("Test members' output share, 2014"),
                                   QStringLiteral("Test members' output share, 2023"), QStringLiteral("Provisional"),
                                   QStringLiteral("Estimate")}));
    QVERIFY2(outside(legend->texts(), view).isEmpty(), qPrintable(outside(legend->texts(), view)));
    QVERIFY2(overlapping(legend->texts()).isEmpty(), qPrintable(overlapping(legend->texts())));
    const QRectF plot = canvas->chart()->plotArea();
    for (const QGraphicsSimpleTextItem *text : legend->texts())
        QVERIFY2(text->sceneBoundingRect().bottom() <= plot.top(), qPrintable(text->text()));
    // Every category named whole, beside its row; every value shown, none over another.
    QVector<QGraphicsSimpleTextItem *> labels = bars->categoryLabels();
    QCOMPARE(whole(labels.at(0)), test::memberLabel(0));
    QCOMPARE(whole(labels.at(24)), QStringLiteral("Testland Newcomer"));
    QVERIFY2(outside(labels, view).isEmpty(), qPrintable(outside(labels, view)));
    QVERIFY2(overlapping(labels).isEmpty(), qPrintable(overlapping(labels)));
    const QVector<QGraphicsSimpleTextItem *> values = bars->valueLabels();
    QCOMPARE(values.size(), 2 * 25);
    int shown = 0;
    for (QGraphicsSimpleTextItem *value : values)
        shown += value->isVisible();
    QCOMPARE(shown, 24 + 24); // a bar each, but the points a series lacks
    QVERIFY(!values.at(24)->isVisible()); // 2014 has no newcomer
    QVERIFY(!values.at(25 + 23)->isVisible()); // 2023 lacks member 23
    QVERIFY2(outside(values, view).isEmpty(), qPrintable(outside(values, view)));
    QVERIFY2(overlapping(values).isEmpty(), qPrintable(overlapping(values)));
}

void tst_MultiCharts::clickingTheSecondSeriesBarSelectsItsPoint()
{
    m_panel->resize(900, 700);
    SeriesChart *chart = settled(QStringLiteral("chart-members"));
    QVERIFY(chart && chart->bars());
    QChart *qchart = chart->canvas()->chart();
    // Row 3's 2023 bar: the middle of its bar, from the bar's rectangle in chart values.
    const QPointF end = chart->bars()->chartPoint(1, 3);
    const QPointF middle = qchart->mapToPosition(QPointF(end.x() / 2, end.y()), qchart->series().value(0));
    const QPoint at = chart->canvas()->mapFromScene(middle);
    QVERIFY(chart->canvas()->viewport()->rect().contains(at));
    QTest::mouseClick(chart->canvas()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(m_selection->currentId(), Briefing::pointId(QStringLiteral("members-2023"), test::memberLabel(3)));
    QCOMPARE(chart->bars()->highlighted(), 3);
    // The row's label and both its bars stand out.
    QVERIFY(chart->bars()->categoryLabels().at(3)->font().bold());
    for (QBarSet *set : qobject_cast<QAbstractBarSeries *>(qchart->series().value(0))->barSets())
        QCOMPARE(set->selectedBars(), QList<int>{25 - 1 - 3});
    // The category that stands for an actor stands out when the actor is current.
    m_selection->select(QStringLiteral("testland-actor-4"));
    QCOMPARE(chart->bars()->highlighted(), 4);
}

void tst_MultiCharts::stackedBarsStackAndTotal()
{
    m_panel->resize(900, 700);
    SeriesChart *chart = settled(QStringLiteral("chart-parts"));
    QVERIFY(chart && chart->bars());
    QCOMPARE(chart->bars()->style(), CategoryBars::Style::Stacked);
    QAbstractSeries *series = chart->canvas()->chart()->series().value(0);
    QVERIFY(series->type() == QAbstractSeries::SeriesTypeStackedBar
            || series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar);
    // One label a row: its total, at the end of the stack.
    const auto &totals = chart->bars()->valueLabels();
    QCOMPARE(totals.size(), 3);
    QCOMPARE(totals.at(0)->text(), QStringLiteral("5"));
    QCOMPARE(totals.at(2)->text(), QStringLiteral("7.5"));
    for (QGraphicsSimpleTextItem *total : totals)
        QVERIFY(total->isVisible());
    // The second part starts where the first ends.
    const QPointF first = chart->bars()->chartPoint(0, 0), second = chart->bars()->chartPoint(1, 0);
    QCOMPARE(chart->bars()->isHorizontal() ? second.x() : second.y(), 5.0);
    QCOMPARE(chart->bars()->isHorizontal() ? first.x() : first.y(), 4.0);
    // A formula-like name is just its text on the chart.
    QCOMPARE(whole(chart->bars()->categoryLabels().at(1)), QStringLiteral("=SUM(A1) share"));
}

void tst_MultiCharts::dotPlotJoinsEachRowsDots()
{
    m_panel->resize(900, 700);
    SeriesChart *chart = settled(QStringLiteral("chart-members-dots"));
    QVERIFY(chart && chart->bars());
    QCOMPARE(chart->bars()->style(), CategoryBars::Style::Dots);
    QVERIFY(chart->bars()->isHorizontal());
    // A scatter of each series' measured dots, and one of each status (hollow).
    int measured = 0, hollow = 0;
    for (QAbstractSeries *series : chart->canvas()->chart()->series()) {
        auto *dots = qobject_cast<QScatterSeries *>(series);
        QVERIFY(dots);
        (dots->color() == chart->palette().color(QPalette::Base) ? hollow : measured) += int(dots->count());
    }
    QCOMPARE(measured, 24 + 24 - 2);
    QCOMPARE(hollow, 2); // member 1 provisional, member 2 an estimate
    QVERIFY(chart->bars()->valueLabels().isEmpty());
    const QVector<QGraphicsSimpleTextItem *> labels = chart->bars()->categoryLabels();
    QVERIFY2(overlapping(labels).isEmpty(), qPrintable(overlapping(labels)));
}

void tst_MultiCharts::slopeChartLabelsEveryCategoryWithoutOverlap()
{
    SeriesChart *chart = settled(QStringLiteral("chart-members-slope"));
    QVERIFY(chart && chart->slope());
    SlopeChart *slope = chart->slope();
    ChartCanvas *canvas = chart->canvas();
    const QRectF view = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
    // A line a category: its name and value at each end; the newcomer only at the right,
    // the member 2023 lacks only at the left.
    QCOMPARE(slope->startLabels().size(), 25);
    QVERIFY(!slope->startLabels().at(24));
    QVERIFY(slope->endLabels().at(24));
    QVERIFY(slope->startLabels().at(23) && !slope->endLabels().at(23));
    QCOMPARE(whole(slope->endLabels().at(24)), QStringLiteral("1.1  Testland Newcomer"));
    QVERIFY(whole(slope->startLabels().at(3)).startsWith(test::memberLabel(3) + QStringLiteral("  ")));
    for (const auto *labels : {&slope->startLabels(), &slope->endLabels(), &slope->columnLabels()}) {
        QVERIFY2(outside(*labels, view).isEmpty(), qPrintable(outside(*labels, view)));
        QVERIFY2(overlapping(*labels).isEmpty(), qPrintable(overlapping(*labels)));
    }
    QCOMPARE(whole(slope->columnLabels().at(0)), QStringLiteral("Test members' output share, 2014"));
    // The chart is as high as its labels need: the panel scrolls.
    QVERIFY(canvas->height() >= 25 * 14);
    // A line into a point that is not measured takes its status' style.
    QCOMPARE(slope->line(2)->pen().style(), Qt::DashDotLine); // member 2: an estimate in 2023
    QCOMPARE(slope->line(0)->pen().style(), Qt::SolidLine);
    // The current category's line and labels stand out.
    m_selection->select(Briefing::pointId(QStringLiteral("members-2014"), test::memberLabel(5)));
    QCOMPARE(slope->highlighted(), 5);
    QVERIFY(slope->startLabels().at(5)->font().bold());
    QCOMPARE(slope->line(5)->pen().color(), chart->palette().color(QPalette::Highlight));
}

void tst_MultiCharts::linesOfSeveralSeriesHaveTheirOwnColours()
{
    m_panel->resize(900, 700);
    SeriesChart *chart = settled(QStringLiteral("chart-goal"));
    QVERIFY(chart && chart->isTime());
    QCOMPARE(chart->seriesCount(), 2);
    const QPalette palette = chart->palette();
    for (int s = 0; s < 2; ++s) {
        QVERIFY(!chart->lines(s).isEmpty());
        for (const ChartLine &line : chart->lines(s)) {
            if (line.count() > 0)
                QCOMPARE(line.pen.color(), ViewColours::series(s, palette));
        }
    }
    // Named at the ends of their lines where the names fit there, else in the legend.
    const QStringList names{QStringLiteral("Test members meeting the goal"), QStringLiteral("Test members covered")};
    QTRY_VERIFY(chart->endLabels() && chart->endLabels()->isShown());
    QStringList atEnds, entries;
    for (const QGraphicsSimpleTextItem *text : chart->endLabels()->items())
        atEnds << (text->isVisible() ? whole(text) : QString());
    QCOMPARE(atEnds, names);
    for (const QGraphicsSimpleTextItem *text : chart->legend()->texts())
        entries << whole(text);
    QVERIFY(!entries.contains(names.first()) && !entries.contains(names.last()));
    // The whole of both series' periods: 2010 to 2030.
    QVERIFY(chart->from() < 14610 && chart->to() > 22280);
}

void tst_MultiCharts::tableListsEverySeries()
{
    SeriesChart *chart = settled(QStringLiteral("chart-members"));
    auto *model = qobject_cast<PointTableModel *>(chart->table()->model());
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 24 + 24);
    QCOMPARE(model->columnCount(), 5);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Series"));
    QCOMPARE(model->data(model->index(24 + 1, 0)).toString(), QStringLiteral("Test members' output share, 2023"));
    QCOMPARE(model->data(model->index(24 + 1, 1)).toString(), test::memberLabel(1));
    QCOMPARE(model->data(model->index(24 + 1, 3)).toString(), QStringLiteral("Provisional"));
    // A real click on the Table button shows it.
    QToolButton *button = nullptr;
    for (QToolButton *b : chart->findChildren<QToolButton *>()) {
        if (b->text() == QStringLiteral("Table"))
            button = b;
    }
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(chart->table()->isVisible());
}

QTEST_MAIN(tst_MultiCharts)
#include "tst_multicharts.moc"
