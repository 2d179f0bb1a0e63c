// SPDX-License-Identifier: MIT
// What a figure's status and a series' break look like on a chart, in its table, tool tips
// and exports: projections dashed and hatched, a legend saying what each style means, a
// break marked on the axis with its note, periods named as written ('2024', '2023-Q1'), CSV
// with status and break and no cell a spreadsheet would run.
#include "chartsettle.h"
#include "charts/breakmarks.h"
#include "charts/categorybars.h"
#include "charts/chartcanvas.h"
#include "charts/chartlegend.h"
#include "charts/chartpanel.h"
#include "charts/serieschart.h"
#include "charts/endlabels.h"
#include "charts/statusstyle.h"
#include "common/viewcolours.h"
#include "file/briefingdatabase.h"
#include "models/pointtablemodel.h"
#include "models/selection.h"
#include "models/timerange.h"
#include "multichartbriefing.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsSimpleTextItem>
#include <QHelpEvent>
#include <QImage>
#include <QScatterSeries>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

#include <cmath>

using namespace bv;

class tst_ChartStatuses : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void projectionsAndTargetsAreDashedAndHollow();
    void theLegendSaysWhatEachStyleMeans();
    void aBreakIsMarkedOnTheAxisWithItsNote();
    void barsOfAStatusAreDrawnInItsStyle();
    void periodsAreNamedAsWritten();
    void csvCarriesStatusAndBreakAndRunsNothing();
    void csvCellsAreSafeForSpreadsheets();
    void svgAndPdfCarryTheLegend();

private:
    SeriesChart *settled(const QString &id);

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<BriefingDatabase> m_database;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<TimeRange> m_range;
    std::unique_ptr<ChartPanel> m_panel;
};

namespace {

double day(int year, int month, int dayOfMonth)
{
    return double(QDate(year, month, dayOfMonth).toJulianDay() - QDate(1970, 1, 1).toJulianDay());
}

constexpr double msPerDay = 86400000.0;

// The gaps in the line of `colour` from `a` to `b` (its ends left out): none for a solid
// line, one after each dash of a dashed one. Each step along the line looks two pixels
// either side of it, across the line.
int gaps(const QImage &image, QPointF a, QPointF b, const QColor &colour)
{
    const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
    const QPointF along = (b - a) / length, across(-along.y(), along.x());
    int count = 0;
    bool inked = true;
    for (double t = 8; t < length - 8; t += 1) {
        bool hit = false;
        for (double d = -2; d <= 2 && !hit; d += 0.5) {
            const QPointF p = a + along * t + across * d;
            const QColor pixel = image.pixelColor(int(std::lround(p.x())), int(std::lround(p.y())));
            hit = std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green())
                      + std::abs(pixel.blue() - colour.blue()) < 40;
        }
        count += inked && !hit;
        inked = hit;
    }
    return count;
}

} // namespace

void tst_ChartStatuses::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("multi.briefing"));
    QVERIFY(test::writeMultiChartBriefing(m_path));
}

void tst_ChartStatuses::init()
{
    OpenError error;
    m_database = BriefingDatabase::open(m_path, &error);
    QVERIFY2(m_database, qPrintable(error.message));
    m_selection = std::make_unique<Selection>();
    m_range = std::make_unique<TimeRange>();
    m_range->setSynced(false);
    m_selection->setDatabase(m_database);
    m_panel = std::make_unique<ChartPanel>(m_selection.get(), m_range.get());
    m_panel->resize(900, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_ChartStatuses::cleanup()
{
    m_panel.reset();
    m_selection.reset();
    m_database.reset();
}

SeriesChart *tst_ChartStatuses::settled(const QString &id)
{
    SeriesChart *chart = m_panel->chart(id);
    if (!chart)
        return nullptr;
    chart->ensureLoaded();
    m_panel->findChild<QScrollArea *>()->ensureWidgetVisible(chart, 0, 0);
    bv::test::waitUntilChartSettles(chart);
    return chart;
}

void tst_ChartStatuses::projectionsAndTargetsAreDashedAndHollow()
{
    SeriesChart *chart = settled(QStringLiteral("chart-goal"));
    QVERIFY(chart && chart->isTime());
    // 'goal-count': 2014, 2019, 2023 measured, 2024 a projection, 2030 a target. The
    // measured stretch is solid, the projection dashed from the last measured point, the
    // target dash-dot-dotted from the projection.
    QHash<Qt::PenStyle, QList<QPointF>> byStyle;
    for (const ChartLine &line : chart->lines(0)) {
        if (line.count() > 0)
            byStyle[line.pen.style()] = line.points;
    }
    const double mid2023 = (day(2023, 1, 1) + 182.5) * msPerDay, mid2024 = (day(2024, 1, 1) + 183) * msPerDay;
    const double mid2030 = (day(2030, 1, 1) + 182.5) * msPerDay;
    QCOMPARE(byStyle.value(Qt::SolidLine).size(), 3);
    QCOMPARE(byStyle.value(Qt::DashLine), (QList<QPointF>{QPointF(mid2023, 18), QPointF(mid2024, 23)}));
    QCOMPARE(byStyle.value(Qt::DashDotDotLine), (QList<QPointF>{QPointF(mid2024, 23), QPointF(mid2030, 32)}));
    // Their points hollow, in their status' shape; the measured ones filled by their line.
    QList<QPointF> hollow;
    for (QScatterSeries *markers : chart->statusMarkers(0)) {
        QCOMPARE(markers->color(), chart->palette().color(QPalette::Base));
        hollow += markers->points();
        QVERIFY(markers->markerShape() != QScatterSeries::MarkerShapeCircle);
    }
    QCOMPARE(hollow.size(), 2);
    QVERIFY(hollow.contains(QPointF(mid2024, 23)) && hollow.contains(QPointF(mid2030, 32)));
    // As drawn: the solid stretch is inked all along, the dashed one not.
    const QImage image = chart->canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QChart *qchart = chart->canvas()->chart();
    auto at = [&](QPointF value) {
        return QPointF(chart->canvas()->mapFromScene(qchart->mapToPosition(value, qchart->series().value(0))));
    };
    const QColor colour = chart->seriesColour(0);
    const int solid = gaps(image, at(QPointF((day(2019, 1, 1) + 182.5) * msPerDay, 11)), at(QPointF(mid2023, 18)), colour);
    const int dashed = gaps(image, at(QPointF(mid2023, 18)), at(QPointF(mid2024, 23)), colour);
    const int dotted = gaps(image, at(QPointF(mid2024, 23)), at(QPointF(mid2030, 32)), colour);
    QCOMPARE(solid, 0);
    QVERIFY2(dashed >= 2, qPrintable(QString::number(dashed)));
    QVERIFY2(dotted >= 10, qPrintable(QString::number(dotted)));
    // Hovered, a point says its status.
    QCOMPARE(chart->describePoint(0, 3), QStringLiteral("Test members meeting the goal\n2024: 23 members\nStatus: Projection\n"
                                                        "Source: U.S. offers security guarantees to Kyiv, says Russia not opposed to Ukraine joining EU"));
}

void tst_ChartStatuses::theLegendSaysWhatEachStyleMeans()
{
    SeriesChart *chart = settled(QStringLiteral("chart-goal"));
    QVERIFY(chart && chart->legend());
    QStringList entries;
    for (const QGraphicsSimpleTextItem *text : chart->legend()->texts())
        entries << text->text();
    // The series' names head the legend unless they are written at their lines' ends.
    const bool atEnds = chart->endLabels() && chart->endLabels()->isShown();
    QStringList expected;
    if (!atEnds)
        expected << QStringLiteral("Test members meeting the goal") << QStringLiteral("Test members covered");
    else
        expected << QStringLiteral("Measured"); // the solid style, named when no series name is
    expected << QStringLiteral("Provisional") << QStringLiteral("Projection") << QStringLiteral("Target")
             << QStringLiteral("Break in the series");
    QCOMPARE(entries, expected);
    const QVector<ChartLegend::Entry> &legend = chart->legend()->entries();
    const int names = atEnds ? 1 : 2;
    QCOMPARE(legend.at(names + 1).status, PointStatus::Projection);
    QCOMPARE(legend.at(names + 1).shape, ChartLegend::Shape::Line);
    QCOMPARE(legend.at(names + 3).shape, ChartLegend::Shape::Break);
    // A series alone says what its solid style is too.
    SeriesChart *quarters = settled(QStringLiteral("chart-quarters"));
    entries.clear();
    for (const QGraphicsSimpleTextItem *text : quarters->legend()->texts())
        entries << text->text();
    QCOMPARE(entries, (QStringList{QStringLiteral("Measured"), QStringLiteral("Estimate")}));
    // A series of measured points only has no legend.
    QVERIFY(settled(QStringLiteral("old-times"))->legend()->isEmpty());
}

void tst_ChartStatuses::aBreakIsMarkedOnTheAxisWithItsNote()
{
    SeriesChart *chart = settled(QStringLiteral("chart-goal"));
    const BreakMarks *breaks = chart->breakMarks();
    QVERIFY(breaks);
    QCOMPARE(breaks->marks().size(), 1);
    QCOMPARE(breaks->marks().first().value, day(2016, 1, 1) * msPerDay);
    QGraphicsItem *mark = breaks->items().first();
    QVERIFY(mark->isVisible());
    QVERIFY(mark->toolTip().contains(QStringLiteral("Test members covered: From 2016: the enlarged group")));
    // On the axis at the start of 2016, between the points of 2015 and 2016.
    QChart *qchart = chart->canvas()->chart();
    QAbstractSeries *anchor = qchart->series().value(0);
    const double x2015 = qchart->mapToPosition(QPointF((day(2015, 1, 1) + 182.5) * msPerDay, 0), anchor).x();
    const double x2016 = qchart->mapToPosition(QPointF((day(2016, 1, 1) + 183) * msPerDay, 0), anchor).x();
    QVERIFY(mark->scenePos().x() > x2015 && mark->scenePos().x() < x2016);
    QCOMPARE(mark->scenePos().y(), qchart->plotArea().bottom());
    // No line joins the two sides of the break.
    for (const ChartLine &line : chart->lines(1)) {
        const QList<QPointF> points = line.points;
        for (int i = 1; i < points.size(); ++i)
            QVERIFY(!(points.at(i - 1).x() < x2016 && points.at(i).x() > x2016 && qchart->mapToPosition(points.at(i - 1), anchor).x() < x2015 + 1
                      && qchart->mapToPosition(points.at(i), anchor).x() > x2016 - 1));
    }
    // The pointer over it shows the note.
    ChartCanvas *canvas = chart->canvas();
    const QPoint at = canvas->mapFromScene(mark->scenePos() + QPointF(0, -20));
    QHelpEvent help(QEvent::ToolTip, at, canvas->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(canvas->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("From 2016: the enlarged group")), qPrintable(QToolTip::text()));
    QToolTip::hideText();
    // The point's tool tip and the table say it too.
    QVERIFY(chart->describePoint(1, 6).contains(QStringLiteral("Break in the series: From 2016: the enlarged group")));
    auto *model = qobject_cast<PointTableModel *>(chart->table()->model());
    const int row = model->rowOf(1, 6);
    QCOMPARE(model->data(model->index(row, model->sectionOf(PointTableModel::PeriodColumn))).toString(), QStringLiteral("2016"));
    QCOMPARE(model->data(model->index(row, model->sectionOf(PointTableModel::BreakColumn))).toString(),
             QStringLiteral("From 2016: the enlarged group"));
}

void tst_ChartStatuses::barsOfAStatusAreDrawnInItsStyle()
{
    SeriesChart *chart = settled(QStringLiteral("chart-quarters"));
    QVERIFY(chart && chart->bars() && !chart->bars()->isHorizontal());
    // Bars over the quarters, in time order, named as written.
    QCOMPARE(chart->bars()->table().labels,
             (QStringList{QStringLiteral("2023-Q1"), QStringLiteral("2023-Q2"), QStringLiteral("2023-Q3"), QStringLiteral("2023-Q4"),
                          QStringLiteral("2024-Q1"), QStringLiteral("2024-Q2")}));
    QVERIFY(!chart->canSort());
    // The estimate for 2024-Q2 is drawn hatched over its bar.
    QCOMPARE(chart->bars()->statusBars().size(), 1);
    const CategoryBars::StatusBar &bar = chart->bars()->statusBars().first();
    QCOMPARE(bar.row, 5);
    QCOMPARE(bar.item->status(), PointStatus::Estimate);
    QVERIFY(bar.item->isVisible());
    QChart *qchart = chart->canvas()->chart();
    const QPointF top = qchart->mapToPosition(chart->bars()->chartPoint(0, 5), qchart->series().value(0));
    QVERIFY(std::abs(bar.item->rect().top() - top.y()) < 1.5);
    QVERIFY(std::abs(bar.item->rect().center().x() - top.x()) < 1.5);
    // As drawn: a measured bar is its colour through, the estimate is not.
    const QImage image = chart->canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    auto share = [&](int row) {
        const QPointF end = qchart->mapToPosition(chart->bars()->chartPoint(0, row), qchart->series().value(0));
        const QPointF base = qchart->mapToPosition(QPointF(chart->bars()->chartPoint(0, row).x(), 0), qchart->series().value(0));
        const QColor colour = chart->seriesColour(0);
        int same = 0, all = 0;
        for (int y = int(end.y()) + 4; y < int(base.y()) - 4; ++y) {
            for (int dx = -6; dx <= 6; ++dx) {
                const QPoint at = chart->canvas()->mapFromScene(QPointF(end.x() + dx, y));
                const QColor pixel = image.pixelColor(at);
                same += std::abs(pixel.red() - colour.red()) + std::abs(pixel.green() - colour.green())
                            + std::abs(pixel.blue() - colour.blue()) < 30;
                ++all;
            }
        }
        return double(same) / all;
    };
    QVERIFY2(share(4) > 0.95, qPrintable(QString::number(share(4))));
    QVERIFY2(share(5) < 0.6 && share(5) > 0.05, qPrintable(QString::number(share(5))));
    // Stacked bars alike: the projected part of 'South'.
    SeriesChart *parts = settled(QStringLiteral("chart-parts"));
    QCOMPARE(parts->bars()->statusBars().size(), 1);
    QCOMPARE(parts->bars()->statusBars().first().row, 2);
    QCOMPARE(parts->bars()->statusBars().first().item->status(), PointStatus::Projection);
}

void tst_ChartStatuses::periodsAreNamedAsWritten()
{
    SeriesChart *quarters = settled(QStringLiteral("chart-quarters"));
    QCOMPARE(quarters->describePoint(0, 0), QStringLiteral("2023-Q1: 4 members\nSource: U.S. offers security guarantees to Kyiv, "
                                                           "says Russia not opposed to Ukraine joining EU"));
    auto *model = qobject_cast<PointTableModel *>(quarters->table()->model());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Period"));
    QCOMPARE(model->data(model->index(5, 0)).toString(), QStringLiteral("2024-Q2"));
    // The table names each point's precision beside its period, then value and status.
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Precision"));
    QCOMPARE(model->data(model->index(5, 1)).toString(), QStringLiteral("Quarter"));
    QCOMPARE(model->sectionOf(PointTableModel::StatusColumn), 3);
    QCOMPARE(model->data(model->index(5, 3)).toString(), QStringLiteral("Estimate"));
    SeriesChart *goal = settled(QStringLiteral("chart-goal"));
    auto *goalModel = qobject_cast<PointTableModel *>(goal->table()->model());
    QCOMPARE(goalModel->data(goalModel->index(0, goalModel->sectionOf(PointTableModel::PeriodColumn))).toString(),
             QStringLiteral("2014")); // a year, not 1 January
    QCOMPARE(goalModel->data(goalModel->index(0, goalModel->sectionOf(PointTableModel::PrecisionColumn))).toString(),
             QStringLiteral("Year"));
    QVERIFY(goal->describePoint(0, 0).startsWith(QStringLiteral("Test members meeting the goal\n2014: 3 members\n")));
}

void tst_ChartStatuses::csvCarriesStatusAndBreakAndRunsNothing()
{
    SeriesChart *goal = settled(QStringLiteral("chart-goal"));
    const QStringList lines = goal->csv().split(QLatin1Char('\n'));
    const QString source = QStringLiteral("\"U.S. offers security guarantees to Kyiv, says Russia not opposed to Ukraine joining EU\"");
    QCOMPARE(lines.first(), QStringLiteral("series,period,value,unit,status,break_note,source"));
    QVERIFY(lines.contains(QStringLiteral("Test members meeting the goal,2024,23,members,projection,,") + source));
    QVERIFY(lines.contains(QStringLiteral("Test members meeting the goal,2030,32,members,target,,") + source));
    QVERIFY(lines.contains(QStringLiteral("Test members covered,2016,28,members,measured,From 2016: the enlarged group,") + source));
    QVERIFY(lines.contains(QStringLiteral("Test members covered,2020,36,members,provisional,,") + source));
    // A category named like a formula is text in a spreadsheet.
    SeriesChart *parts = settled(QStringLiteral("chart-parts"));
    const QString csv = parts->csv();
    QVERIFY2(csv.contains(QStringLiteral("Part A,'=SUM(A1) share,2,units,measured,,")), qPrintable(csv));
    QVERIFY(!csv.contains(QStringLiteral(",=SUM")));
    QVERIFY(csv.contains(QStringLiteral("Part A,South,5,units,projection,,")));
}

void tst_ChartStatuses::csvCellsAreSafeForSpreadsheets()
{
    // Each of = + - @, a tab and a carriage return first: an apostrophe before it.
    QCOMPARE(csvCell(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    QCOMPARE(csvCell(QStringLiteral("+1")), QStringLiteral("'+1"));
    QCOMPARE(csvCell(QStringLiteral("-5 members")), QStringLiteral("'-5 members"));
    QCOMPARE(csvCell(QStringLiteral("@SUM(1)")), QStringLiteral("'@SUM(1)"));
    QCOMPARE(csvCell(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    QCOMPARE(csvCell(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
    QCOMPARE(csvCell(QStringLiteral("Poland, 2023")), QStringLiteral("\"Poland, 2023\""));
    QCOMPARE(csvCell(QStringLiteral("a=b")), QStringLiteral("a=b"));
    // Numbers are written as numbers, a negative one too.
    Series series;
    series.id = QStringLiteral("s");
    series.name = QStringLiteral("=Name");
    series.unit = QStringLiteral("-");
    series.kind = Series::Kind::Categories;
    QVector<SeriesValues> values(1);
    values[0].x = {0};
    values[0].y = {-81.7};
    values[0].positions = {0};
    values[0].labels = {QStringLiteral("-5 members")};
    PointTableModel model({series}, &values);
    QCOMPARE(model.csv({QStringLiteral("@source")}),
             QStringLiteral("period,value,unit,status,break_note,source\n'-5 members,-81.7,'-,measured,,'@source\n"));
}

void tst_ChartStatuses::svgAndPdfCarryTheLegend()
{
    SeriesChart *goal = settled(QStringLiteral("chart-goal"));
    const QString svg = m_dir.filePath(QStringLiteral("goal.svg"));
    QCOMPARE(goal->exportTo(svg, QStringLiteral("svg"), 1), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const char *legend : {"Test members meeting the goal", "Projection", "Target", "Break in the series", "Provisional"})
        QVERIFY2(text.contains(QLatin1String(legend)), legend); // as text, not pictures of text
    QVERIFY(text.contains(QStringLiteral("Two invented series.")));
    const QString pdf = m_dir.filePath(QStringLiteral("goal.pdf"));
    QCOMPARE(goal->exportTo(pdf, QStringLiteral("pdf"), 1), QString());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QVERIFY(pdfFile.size() > 2000);
    const QString png = m_dir.filePath(QStringLiteral("goal.png"));
    QCOMPARE(goal->exportTo(png, QStringLiteral("png"), 2), QString());
    const QImage image(png);
    QVERIFY(image.width() >= 2 * 640);
}

QTEST_MAIN(tst_ChartStatuses)
#include "tst_chartstatuses.moc"
