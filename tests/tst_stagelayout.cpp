// SPDX-License-Identifier: MIT
// What the stage's figures look like from the back of a room, measured on real widgets: the
// rows of a grouped bar chart of many countries at the stage's type size (on screen and in
// the path's PDF), a series without values saying so instead of an empty plot, the ticks of
// the briefing's events named in a line chart's legend, and the timeline's lanes in natural
// order with their names whole or ending in "…", never cut.
#include "charts/categorybars.h"
#include "charts/chartcanvas.h"
#include "charts/chartlegend.h"
#include "charts/chartspec.h"
#include "charts/serieschart.h"
#include "content/eventtimeindex.h"
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "models/selection.h"
#include "present/pathexport.h"
#include "present/stagechart.h"
#include "present/stagetimeline.h"
#include "present/stageview.h"
#include "testfiles.h"
#include "timeline/timelinepainter.h"

#include <QApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_StageLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void groupedBarsReadFromTheBackOfTheRoom_data();
    void groupedBarsReadFromTheBackOfTheRoom();
    void groupedBarsReadInThePdf();
    void aSeriesWithoutValuesSaysSo();
    void eventTicksAreNamedInTheLegend();
    void laneNamesSortByTheirNumbers();
    void timelineLanesInNaturalOrder();
    void longLaneNamesAreNeverCut();

private:
    std::unique_ptr<StageView> stage(Selection *selection, const QSize &size) const;
    static void settle(StageView *view);
    static PathStop chartStop(const QString &id);
    // A widget's or a scene item's rectangle in the stage's coordinates.
    static QRect inStage(const StageView *stage, const QWidget *widget);
    static QRect inStage(const StageView *stage, const ChartCanvas *canvas, const QGraphicsItem *item);

    QTemporaryDir m_dir;
    QString m_defencePath, m_emptySeriesPath, m_longLanesPath;
    std::shared_ptr<BriefingDatabase> m_defence, m_generated, m_emptySeries, m_longLanes;
};

namespace {
const QString groupedChart = QStringLiteral("chart-eurostat-2021-2023"); // 16 countries, 2 years
const QString emptySeries = QStringLiteral("series-not-yet-filled");
const QString longCategory = QStringLiteral("Cooperation between the defence ministries of the member states on joint "
                                            "procurement of ammunition and air defence");
} // namespace

void tst_StageLayout::initTestCase()
{
    OpenError error;
    m_defencePath = m_dir.filePath(QStringLiteral("defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), m_defencePath, false).ok());
    m_defence = BriefingDatabase::open(m_defencePath, &error);
    QVERIFY2(m_defence, qPrintable(error.message));
    const QString generated = m_dir.filePath(QStringLiteral("generated.briefing"));
    QVERIFY(test::writeGenerated(generated, 600));
    m_generated = BriefingDatabase::open(generated, &error);
    QVERIFY2(m_generated, qPrintable(error.message));
    // The sample with a series its author has not filled yet (no points, so no sources).
    m_emptySeriesPath = m_dir.filePath(QStringLiteral("empty-series.briefing"));
    QVERIFY(test::writeSample(m_emptySeriesPath));
    QVERIFY(test::execSql(m_emptySeriesPath, QStringLiteral("INSERT INTO series (id, name, unit, kind) VALUES ('%1', "
                                                            "'Spending not yet reported', '% of GDP', 'time')")
                                                 .arg(emptySeries)));
    m_emptySeries = BriefingDatabase::open(m_emptySeriesPath, &error);
    QVERIFY2(m_emptySeries, qPrintable(error.message));
    // The sample with one category of events named at length.
    m_longLanesPath = m_dir.filePath(QStringLiteral("long-lanes.briefing"));
    QVERIFY(test::writeSample(m_longLanesPath));
    QVERIFY(test::execSql(m_longLanesPath, QStringLiteral("UPDATE event SET category = '%1' WHERE rowid IN "
                                                          "(SELECT rowid FROM event ORDER BY rowid LIMIT 3)")
                                               .arg(longCategory)));
    m_longLanes = BriefingDatabase::open(m_longLanesPath, &error);
    QVERIFY2(m_longLanes, qPrintable(error.message));
}

void tst_StageLayout::settle(StageView *view)
{
    // As the export waits: until the chart's rows and scale have settled.
    QString last;
    int still = 0;
    for (int i = 0; i < 200 && still < 4; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(5);
        QString now = QString::number(int(view->page()));
        if (view->page() == StageView::Page::Chart) {
            const ChartCanvas *canvas = view->chartPage()->chart()->canvas();
            now += QStringLiteral(" %1x%2 %3 %4").arg(canvas->width()).arg(canvas->height()).arg(canvas->scale())
                       .arg(canvas->chart()->plotArea().width());
        }
        still = now == last ? still + 1 : 0;
        last = now;
    }
}

std::unique_ptr<StageView> tst_StageLayout::stage(Selection *selection, const QSize &size) const
{
    auto view = std::make_unique<StageView>(selection);
    view->resize(size);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qWarning("the stage was not exposed");
    return view;
}

PathStop tst_StageLayout::chartStop(const QString &id)
{
    PathStop stop;
    stop.kind = PathStop::Kind::Chart;
    stop.itemId = id;
    return stop;
}

QRect tst_StageLayout::inStage(const StageView *stage, const QWidget *widget)
{
    return QRect(widget->mapTo(stage, QPoint(0, 0)), widget->size());
}

QRect tst_StageLayout::inStage(const StageView *stage, const ChartCanvas *canvas, const QGraphicsItem *item)
{
    const QRect inView = canvas->mapFromScene(item->sceneBoundingRect()).boundingRect();
    return inView.translated(canvas->viewport()->mapTo(stage, QPoint(0, 0)));
}

void tst_StageLayout::groupedBarsReadFromTheBackOfTheRoom_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("least"); // of the stage's caption size (a 36th of its height)
    // 19 rows (16 countries and 3 aggregates) under a title of two lines, a legend, an axis
    // and four sources: 24 px on a projector's 1080 lines (they were 10 px).
    QTest::newRow("1920x1080") << QSize(1920, 1080) << 0.8;
    QTest::newRow("1280x720") << QSize(1280, 720) << 0.75;
}

void tst_StageLayout::groupedBarsReadFromTheBackOfTheRoom()
{
    QFETCH(QSize, size);
    QFETCH(double, least);
    Selection selection;
    selection.setDatabase(m_defence);
    auto view = stage(&selection, size);
    view->setStop(chartStop(groupedChart));
    settle(view.get());
    QCOMPARE(view->page(), StageView::Page::Chart);
    SeriesChart *chart = view->chartPage()->chart();
    QVERIFY(chart->bars());
    QVERIFY(chart->bars()->isHorizontal());
    const ChartCanvas *canvas = chart->canvas();
    const StageStyle &style = view->stageStyle();
    // The chart takes the stage's height: the plot is most of what is under the title.
    QVERIFY2(canvas->height() >= size.height() * 0.6,
             qPrintable(QStringLiteral("canvas %1 of %2").arg(canvas->height()).arg(size.height())));
    const QVector<QGraphicsSimpleTextItem *> &labels = chart->bars()->categoryLabels();
    QVERIFY2(labels.size() >= 12, qPrintable(QString::number(labels.size())));
    const QRect stageRect = view->rect();
    QVector<QRect> rects;
    for (const QGraphicsSimpleTextItem *label : labels) {
        QVERIFY(label->isVisible());
        // Each country's name at the stage's type size (a 36th of its height), not shrunk.
        const double shown = QFontInfo(label->font()).pixelSize() * canvas->scale();
        QVERIFY2(shown >= style.smallPx * least,
                 qPrintable(QStringLiteral("%1 drawn at %2 px, the stage's captions are %3 px")
                                .arg(label->text()).arg(shown).arg(style.smallPx)));
        const QRect rect = inStage(view.get(), canvas, label);
        QVERIFY2(stageRect.contains(rect), qPrintable(label->text()));
        rects << rect;
    }
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j) {
            QVERIFY2(!rects.at(i).adjusted(0, 1, 0, -1).intersects(rects.at(j).adjusted(0, 1, 0, -1)),
                     qPrintable(labels.at(i)->text() + QStringLiteral(" over ") + labels.at(j)->text()));
        }
    }
    // A value label drawn is never over another one nor over a name.
    for (const QGraphicsSimpleTextItem *value : chart->bars()->valueLabels()) {
        if (!value->isVisible())
            continue;
        const QRect rect = inStage(view.get(), canvas, value);
        for (const QRect &name : std::as_const(rects))
            QVERIFY2(!rect.intersects(name), qPrintable(value->text()));
    }
}

void tst_StageLayout::groupedBarsReadInThePdf()
{
    // The path's PDF draws the same stage: its country names are text at the stage's size.
    BriefingPath path;
    path.id = QStringLiteral("bars");
    path.title = QStringLiteral("Bars");
    path.stops = {chartStop(groupedChart)};
    const QString pdf = m_dir.filePath(QStringLiteral("bars.pdf"));
    PathExport::Options options; // 1920×1080
    QCOMPARE(PathExport::write(m_defence, path, pdf, options), QString());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString html = QString::fromUtf8(pdftotext.readAllStandardOutput());
    Selection selection;
    selection.setDatabase(m_defence);
    auto view = stage(&selection, options.size);
    view->setStop(chartStop(groupedChart));
    settle(view.get());
    const int smallPx = view->stageStyle().smallPx; // 30 on 1080 lines
    const QRegularExpression word(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                                                 "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QHash<QString, double> heights; // in points: a pixel of the stage is 0.75 pt
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        heights.insert(match.captured(5), match.captured(4).toDouble() - match.captured(2).toDouble());
    }
    int found = 0;
    for (const QGraphicsSimpleTextItem *label : view->chartPage()->chart()->bars()->categoryLabels()) {
        const QString first = label->text().split(QRegularExpression(QStringLiteral("\\s"))).first();
        if (!heights.contains(first))
            continue;
        ++found;
        QVERIFY2(heights.value(first) >= smallPx * 0.75 * 0.8,
                 qPrintable(QStringLiteral("%1 is %2 pt high in the PDF").arg(first).arg(heights.value(first))));
    }
    QVERIFY2(found >= 10, qPrintable(QString::number(found)));
}

void tst_StageLayout::aSeriesWithoutValuesSaysSo()
{
    Selection selection;
    selection.setDatabase(m_emptySeries);
    auto view = stage(&selection, QSize(1920, 1080));
    view->setStop(chartStop(emptySeries));
    settle(view.get());
    QCOMPARE(view->page(), StageView::Page::Chart);
    SeriesChart *chart = view->chartPage()->chart();
    QVERIFY(!chart->isShown());
    QVERIFY(!chart->canvas()->isVisible());
    QLabel *statement = nullptr;
    for (QLabel *label : view->findChildren<QLabel *>()) {
        if (!label->isVisible())
            continue;
        // Neither "Source:" with nothing after it, nor any other empty source line.
        QVERIFY2(!label->text().startsWith(QLatin1String("Source:")), qPrintable(label->text()));
        if (label->text() == QLatin1String("This series has no values in this briefing."))
            statement = label;
    }
    QVERIFY2(statement, "no statement in place of the plot");
    // Said at the stage's size, in the middle of where the figure would be.
    QVERIFY(QFontInfo(statement->font()).pixelSize() >= view->stageStyle().smallPx * 0.9);
    const QRect text = statement->fontMetrics().boundingRect(statement->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                                                             statement->text());
    const QRect shown = text.translated(statement->mapTo(view.get(), QPoint(0, 0)));
    QVERIFY(view->rect().contains(shown));
    QVERIFY2(shown.center().y() > view->height() / 3 && shown.center().y() < view->height() * 3 / 4,
             qPrintable(QStringLiteral("at %1 of %2").arg(shown.center().y()).arg(view->height())));
    QVERIFY(view->sources().isEmpty());
}

void tst_StageLayout::eventTicksAreNamedInTheLegend()
{
    // A time chart of the real-data example over which its events fall: their ticks are named.
    Selection selection;
    selection.setDatabase(m_defence);
    auto view = stage(&selection, QSize(1920, 1080));
    bool any = false;
    for (const PathStop &stop : BriefingPath::defaultPath(m_defence->briefing()).stops) {
        if (stop.kind != PathStop::Kind::Chart)
            continue;
        view->setStop(stop);
        settle(view.get());
        SeriesChart *chart = view->chartPage()->chart();
        if (view->page() != StageView::Page::Chart || !chart->isTime() || chart->canvas()->markers().isEmpty())
            continue;
        any = true;
        QVERIFY(chart->legend());
        int named = -1;
        for (int i = 0; i < chart->legend()->entries().size(); ++i) {
            if (chart->legend()->entries().at(i).shape == ChartLegend::Shape::EventTick)
                named = i;
        }
        QVERIFY2(named >= 0, qPrintable(chart->spec().title));
        const QGraphicsSimpleTextItem *text = chart->legend()->texts().at(named);
        QCOMPARE(text->text(), QStringLiteral("Event in the briefing's timeline"));
        QVERIFY(text->isVisible());
        const QRect rect = inStage(view.get(), chart->canvas(), text);
        QVERIFY2(view->rect().contains(rect), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(rect.x()).arg(rect.y())
                                                               .arg(rect.width()).arg(rect.height())));
        QVERIFY(QFontInfo(text->font()).pixelSize() * chart->canvas()->scale() >= view->stageStyle().smallPx * 0.9);
    }
    QVERIFY2(any, "no time chart of the example has events over it");
    // The Charts panel's own charts keep their legend as it was.
    auto index = m_defence->timeIndex(EventTimeIndex::Lanes::ByCategory);
    for (const PathStop &stop : BriefingPath::defaultPath(m_defence->briefing()).stops) {
        if (stop.kind != PathStop::Kind::Chart || m_defence->briefing().kindOf(stop.itemId) != ItemKind::Chart)
            continue;
        const auto specs = chartSpecs(m_defence->briefing());
        for (const ChartSpec &spec : specs) {
            if (spec.id != stop.itemId)
                continue;
            SeriesChart panelChart(&selection, index.get(), spec);
            panelChart.ensureLoaded();
            if (panelChart.legend()) {
                for (const ChartLegend::Entry &entry : panelChart.legend()->entries())
                    QVERIFY(entry.shape != ChartLegend::Shape::EventTick);
            }
        }
    }
}

void tst_StageLayout::laneNamesSortByTheirNumbers()
{
    QVERIFY(EventTimeIndex::compareLaneNames(QStringLiteral("Actor 2"), QStringLiteral("Actor 10")) < 0);
    QVERIFY(EventTimeIndex::compareLaneNames(QStringLiteral("Actor 10"), QStringLiteral("Actor 2")) > 0);
    QVERIFY(EventTimeIndex::compareLaneNames(QStringLiteral("Actor 9"), QStringLiteral("Actor 11")) < 0);
    QVERIFY(EventTimeIndex::compareLaneNames(QStringLiteral("Lane 007"), QStringLiteral("Lane 8")) < 0);
    QVERIFY(EventTimeIndex::compareLaneNames(QStringLiteral("Cyber"), QStringLiteral("Diplomacy")) < 0);
    QVERIFY(EventTimeIndex::compareLaneNames(QStringLiteral("Actor"), QStringLiteral("Actor 1")) < 0);
    QCOMPARE(EventTimeIndex::compareLaneNames(QStringLiteral("Actor 3"), QStringLiteral("Actor 3")), 0);
}

void tst_StageLayout::timelineLanesInNaturalOrder()
{
    // The generated briefing's 20 actors, as lanes of a timeline stop.
    Selection selection;
    selection.setDatabase(m_generated);
    auto view = stage(&selection, QSize(1920, 1080));
    PathStop stop;
    stop.kind = PathStop::Kind::Timeline;
    stop.lanesByActor = true;
    view->setStop(stop);
    settle(view.get());
    QCOMPARE(view->page(), StageView::Page::Timeline);
    const EventTimeIndex &index = view->timelinePage()->index();
    QStringList names;
    for (int lane = 0; lane < index.laneCount(); ++lane)
        names << index.laneName(lane);
    QVERIFY2(names.size() >= 12, qPrintable(names.join(QStringLiteral(", "))));
    const int two = int(names.indexOf(QStringLiteral("Actor 2"))), ten = int(names.indexOf(QStringLiteral("Actor 10")));
    QVERIFY2(two >= 0 && ten > two, qPrintable(names.join(QStringLiteral(", "))));
    for (int i = 1; i < names.size(); ++i)
        QVERIFY2(EventTimeIndex::compareLaneNames(names.at(i - 1), names.at(i)) <= 0, qPrintable(names.join(QStringLiteral(", "))));
}

void tst_StageLayout::longLaneNamesAreNeverCut()
{
    Selection selection;
    selection.setDatabase(m_longLanes);
    for (const QSize &size : {QSize(1920, 1080), QSize(1280, 720)}) {
        auto view = stage(&selection, size);
        PathStop stop;
        stop.kind = PathStop::Kind::Timeline;
        view->setStop(stop);
        settle(view.get());
        StageTimeline *timeline = view->timelinePage();
        const TimelineScene &scene = timeline->scene();
        const EventTimeIndex &index = timeline->index();
        // The gutter grows for long names, up to 30 % of the stage.
        QVERIFY(scene.laneNames.width() > TimelinePainter::laneNameWidth);
        QVERIFY(scene.laneNames.width() <= scene.bounds.width() * 0.3 + 1);
        const QFontMetricsF metrics(QApplication::font());
        bool sawLong = false;
        for (int lane = 0; lane < index.laneCount(); ++lane) {
            const QRectF rect = TimelinePainter::laneNameRect(scene, lane);
            const int fit = std::max(1, int((rect.height() + metrics.leading()) / metrics.lineSpacing()));
            const QStringList lines = TimelinePainter::laneNameLines(index.laneName(lane), metrics, rect.width(), fit);
            QVERIFY(!lines.isEmpty());
            QVERIFY(lines.size() <= fit);
            // Every line within the lane's name rectangle: on the stage, inside the view.
            QVERIFY2(lines.size() == 1 || lines.size() * metrics.lineSpacing() - metrics.leading() <= rect.height() + 0.5,
                     qPrintable(index.laneName(lane)));
            for (const QString &line : lines)
                QVERIFY2(metrics.horizontalAdvance(line) <= rect.width() + 0.5, qPrintable(line));
            QVERIFY((rect.bottom() * timeline->scale()) <= timeline->height() + 1);
            // Whole, or visibly shortened: never a line cut in half or a name dropped in silence.
            const QString joined = lines.join(QLatin1Char(' '));
            if (index.laneName(lane) == longCategory) {
                sawLong = true;
                QVERIFY2(joined == longCategory || joined.endsWith(QChar(0x2026)), qPrintable(joined));
                QVERIFY2(joined.size() > 20, qPrintable(joined)); // more than a few letters of it
            } else {
                QVERIFY2(joined == index.laneName(lane).simplified() || joined.endsWith(QChar(0x2026)), qPrintable(joined));
            }
        }
        QVERIFY(sawLong);
    }
}

QTEST_MAIN(tst_StageLayout)
#include "tst_stagelayout.moc"
