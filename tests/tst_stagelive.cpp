// SPDX-License-Identifier: MIT
// The presentation's stage driven live, as a console drives it: the period (set, and the
// user's own zoom and drag said), the highlight a stop sets and the console moves, the
// window's own Selection never moved by the stage, and another briefing followed.
#include "charts/chartcanvas.h"
#include "charts/serieschart.h"
#include "models/selection.h"
#include "stagefixture.h"
#include "present/stagechart.h"
#include "present/stagetimeline.h"

#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QMouseEvent>
#include <QChart>
#include <QSignalSpy>
#include <QTest>

using namespace bv;

class tst_StageLive : public QObject, private test::StageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(setUpFiles()); }
    void setViewRangeMovesTheChartAndSaysSo();
    void theUserZoomingTheStageSaysSo();
    void aStopSetsItsPeriodAndHighlight();
    void theLastYearOfAStopsPeriodIsLabelled();
    void theWindowsSelectionIsNeverMoved();
    void anotherBriefingIsFollowed();
};

void tst_StageLive::setViewRangeMovesTheChartAndSaysSo()
{
    Selection selection;
    selection.setDatabase(m_defence);
    auto view = stage(&selection, QSize(1280, 720));
    view->setStop(chartStop(QStringLiteral("chart-ukraine-russia")));
    settle();
    QSignalSpy changed(view.get(), &StageView::viewRangeChanged);
    const double from = StageView::dayOf(QStringLiteral("2016"), false), to = StageView::dayOf(QStringLiteral("2020"), true);
    view->setViewRange(from, to);
    QCOMPARE(view->chartPage()->chart()->from(), from);
    QCOMPARE(view->chartPage()->chart()->to(), to);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toDouble(), from);
    QCOMPARE(changed.first().at(1).toDouble(), to);
    view->setViewRange(from, to); // nothing moves: nothing said
    QCOMPARE(changed.size(), 1);
    // The timeline too.
    PathStop timeline;
    timeline.kind = PathStop::Kind::Timeline;
    view->setStop(timeline);
    view->setViewRange(from, to);
    QCOMPARE(view->timelinePage()->from(), from);
    QCOMPARE(changed.size(), 2);
}

void tst_StageLive::theUserZoomingTheStageSaysSo()
{
    Selection selection;
    selection.setDatabase(m_defence);
    auto view = stage(&selection, QSize(1280, 720));
    view->setStop(chartStop(QStringLiteral("chart-ukraine-russia")));
    settle();
    QSignalSpy changed(view.get(), &StageView::viewRangeChanged);
    const double span = view->viewTo() - view->viewFrom();
    QTest::keyClick(view->chartPage()->chart()->canvas(), Qt::Key_Plus);
    QCOMPARE(changed.size(), 1);
    QVERIFY(view->viewTo() - view->viewFrom() < span * 0.9);
    // A drag on the stage's timeline pans it.
    PathStop timeline;
    timeline.kind = PathStop::Kind::Timeline;
    view->setStop(timeline);
    settle();
    const double before = view->viewFrom();
    StageTimeline *page = view->timelinePage();
    QTest::mousePress(page, Qt::LeftButton, {}, QPoint(page->width() / 2, page->height() / 2));
    QMouseEvent move(QEvent::MouseMove, QPointF(page->width() / 2 - 200, page->height() / 2),
                     page->mapToGlobal(QPointF(page->width() / 2 - 200, page->height() / 2)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &move);
    QTest::mouseRelease(page, Qt::LeftButton, {}, QPoint(page->width() / 2 - 200, page->height() / 2));
    QVERIFY(view->viewFrom() > before);
    QCOMPARE(changed.size(), 2);
}

void tst_StageLive::aStopSetsItsPeriodAndHighlight()
{
    Selection selection;
    selection.setDatabase(m_defence);
    auto view = stage(&selection, QSize(1280, 720));
    PathStop stop = chartStop(QStringLiteral("chart-ukraine-russia"));
    stop.from = QStringLiteral("2014");
    stop.to = QStringLiteral("2019");
    stop.highlightId = QStringLiteral("sipri_milex_pct_gdp_ukraine@2014");
    QSignalSpy highlighted(view.get(), &StageView::highlightChanged);
    view->setStop(stop);
    settle();
    SeriesChart *chart = view->chartPage()->chart();
    QCOMPARE(chart->from(), StageView::dayOf(QStringLiteral("2014"), false));
    QCOMPARE(chart->to(), EventTimeIndex::dayNumber(QDate(2020, 1, 1)));
    QCOMPARE(view->highlight(), stop.highlightId);
    QVERIFY(chart->canvas()->currentPoint().has_value()); // the ring on 2014
    // A console moves the highlight and the period; a new stop resets both.
    view->setHighlight(QStringLiteral("sipri_milex_pct_gdp_russia@2016"));
    QCOMPARE(highlighted.size(), 1);
    QCOMPARE(highlighted.last().first().toString(), QStringLiteral("sipri_milex_pct_gdp_russia@2016"));
    QVERIFY(chart->canvas()->currentPoint().has_value());
    view->setHighlight(QString());
    QVERIFY(!chart->canvas()->currentPoint().has_value());
    view->setHighlight(QStringLiteral("no-such-item"));
    QCOMPARE(view->highlight(), QString());
    view->setViewRange(chart->from() - 400, chart->to() + 400);
    view->setStop(stop);
    QCOMPARE(chart->from(), StageView::dayOf(QStringLiteral("2014"), false));
    QCOMPARE(view->highlight(), stop.highlightId);
    // Without a period: the chart's own.
    view->setStop(chartStop(QStringLiteral("chart-ukraine-russia")));
    QVERIFY(chart->from() < StageView::dayOf(QStringLiteral("2012"), false) + 1);
    QCOMPARE(view->highlight(), QString());
}

// The labels the stage's chart draws under its plot: the visible text items of the scene
// whose middle is over the plot (a label beyond the axis' ends is not drawn there).
static QStringList timeLabelsDrawn(SeriesChart *chart)
{
    QStringList labels;
    const QRectF plot = chart->canvas()->chart()->plotArea();
    for (QGraphicsItem *item : chart->canvas()->scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || text->toPlainText().isEmpty())
            continue;
        const QRectF box = text->sceneBoundingRect();
        if (box.center().x() >= plot.left() && box.center().x() <= plot.right() && box.top() >= plot.bottom() - 1)
            labels << text->toPlainText();
    }
    labels.sort();
    return labels;
}

void tst_StageLive::theLastYearOfAStopsPeriodIsLabelled()
{
    // A stop over 2018 to 2024 ends on the first day of 2025: each year of it, 2024 too, is
    // named under its points (2024's was left unnamed, its point drawn over no label).
    Selection selection;
    selection.setDatabase(m_defence);
    auto view = stage(&selection, QSize(1280, 720));
    PathStop stop = chartStop(QStringLiteral("chart-ukraine-russia"));
    stop.from = QStringLiteral("2018");
    stop.to = QStringLiteral("2024");
    view->setStop(stop);
    settle();
    SeriesChart *chart = view->chartPage()->chart();
    QCOMPARE(chart->to(), EventTimeIndex::dayNumber(QDate(2025, 1, 1)));
    const QStringList years{QStringLiteral("2018"), QStringLiteral("2019"), QStringLiteral("2020"), QStringLiteral("2021"),
                            QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024")};
    QCOMPARE(timeLabelsDrawn(chart), years);
    // The 2024 point is drawn inside the plot, over its label.
    bool drawn2024 = false;
    for (const ChartLine &line : chart->lines(0)) {
        for (const QPointF &point : line.points)
            drawn2024 = drawn2024 || QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC).date().year() == 2024;
    }
    QVERIFY(drawn2024);
    // The same at a projector's size, and with the period given to the day.
    view->resize(1920, 1080);
    stop.from = QStringLiteral("2018-01-01");
    stop.to = QStringLiteral("2024-12-31");
    view->setStop(stop);
    settle();
    QCOMPARE(timeLabelsDrawn(chart), years);
}

void tst_StageLive::theWindowsSelectionIsNeverMoved()
{
    Selection window;
    window.setDatabase(m_defence);
    window.select(QStringLiteral("faq-breaks"));
    const QStringList history = window.history();
    QSignalSpy moved(&window, &Selection::currentChanged);
    auto view = stage(&window, QSize(1280, 720));
    for (const PathStop &stop : BriefingPath::defaultPath(m_defence->briefing()).stops) {
        view->setStop(stop);
        settle();
    }
    PathStop stop = chartStop(QStringLiteral("chart-eurostat-2021-2023"));
    stop.highlightId = QStringLiteral("latvia");
    view->setStop(stop);
    settle();
    view->setHighlight(QStringLiteral("faq-provisional"));
    // A click on the stage's chart highlights on the stage only.
    view->setStop(chartStop(QStringLiteral("chart-ukraine-russia")));
    settle();
    SeriesChart *chart = view->chartPage()->chart();
    QSignalSpy highlighted(view.get(), &StageView::highlightChanged);
    // A real click on the fourth point of the first line.
    ChartCanvas *canvas = chart->canvas();
    const ChartLine line = chart->lines(0).value(0);
    QVERIFY(line.count() > 3);
    const QPointF at = canvas->chart()->mapToPosition(line.points.at(3), canvas->chart()->series().value(0)) * canvas->scale();
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, at.toPoint());
    QCOMPARE(highlighted.size(), 1);
    QVERIFY(highlighted.first().first().toString().startsWith(QLatin1String("sipri_milex_pct_gdp_ukraine@")));
    QCOMPARE(window.currentId(), QStringLiteral("faq-breaks"));
    QCOMPARE(window.history(), history);
    QCOMPARE(moved.size(), 0);
    QVERIFY(view->stageSelection() != &window);
}

void tst_StageLive::anotherBriefingIsFollowed()
{
    Selection window;
    window.setDatabase(m_defence);
    auto view = stage(&window, QSize(1280, 720));
    view->setStop(chartStop(QStringLiteral("chart-ukraine-russia")));
    settle();
    QCOMPARE(view->page(), StageView::Page::Chart);
    // The sample has no such chart: the stop says so, live, and the stage holds no chart of
    // the briefing before.
    window.setDatabase(m_sample);
    settle();
    QVERIFY(view->isMissing());
    PathStop overview;
    view->setStop(overview);
    QCOMPARE(view->titleText(), m_sample->briefing().metadata.title);
}

QTEST_MAIN(tst_StageLive)
#include "tst_stagelive.moc"
