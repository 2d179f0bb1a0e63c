// SPDX-License-Identifier: MIT
// The series values cache of an open briefing (content/seriescache.h): a series read once
// for every view that shows it (a show's stage, the console's current and next stop, a
// chart as the Charts panel makes it), reads in the background that a view needing the
// values waits for rather than repeats, the console's next stop never reading on the
// window's thread, the values no view holds kept within their budget, and a briefing closed
// while a read is under way; and a chart the stage keeps shown again as last drawn, drawn
// anew once anything of it changes.
#include "charts/chartcanvas.h"
#include "charts/serieschart.h"
#include "content/seriescache.h"
#include "file/briefingdatabase.h"
#include "models/presentationstate.h"
#include "models/selection.h"
#include "present/presenterconsole.h"
#include "present/stagechart.h"
#include "present/stageview.h"

#include "chartbriefing.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

namespace {
const QString members = QStringLiteral("members"); // categories
const QString sparse = QStringLiteral("sparse");   // time

const Series &seriesOf(const BriefingDatabase &database, const QString &id)
{
    const Briefing &b = database.briefing();
    return b.series.at(b.rowOf(id));
}

PathStop chartStop(const QString &id)
{
    PathStop stop;
    stop.kind = PathStop::Kind::Chart;
    stop.itemId = id;
    stop.title = id;
    return stop;
}
} // namespace

class tst_SeriesCache : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aSeriesIsReadOnceAndShared();
    void theViewsOfAShowReadASeriesOnce();
    void theConsolesNextStopReadsInTheBackground();
    void aViewWaitsForTheReadUnderWay();
    void valuesNoViewHoldsAreKeptWithinTheBudget();
    void aBriefingClosedDuringAReadEndsIt();
    void aReplacedFileIsReadOnTheWindowsConnection();
    void aKeptChartIsDrawnAnewOnlyWhenItChanges();

private:
    std::shared_ptr<BriefingDatabase> open() const;
    QTemporaryDir m_dir;
    QString m_file;
};

void tst_SeriesCache::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("charts.briefing"));
    QVERIFY(test::writeChartBriefing(m_file, 20000)); // a read of 'members' takes a moment
}

std::shared_ptr<BriefingDatabase> tst_SeriesCache::open() const
{
    OpenError error;
    auto database = BriefingDatabase::open(m_file, &error);
    if (!database)
        qWarning("%s", qPrintable(error.message));
    return database;
}

void tst_SeriesCache::aSeriesIsReadOnceAndShared()
{
    const auto database = open();
    QVERIFY(database);
    SeriesCache &cache = database->seriesCache();
    QCOMPARE(&cache, &database->seriesCache()); // one per open briefing
    QVERIFY(!cache.cached(members));
    const SeriesCache::Values first = cache.values(seriesOf(*database, members));
    QVERIFY(first);
    QCOMPARE(first->size(), 20000);
    QCOMPARE(cache.reads(members), 1);
    const SeriesCache::Values again = cache.values(seriesOf(*database, members));
    QCOMPARE(again.get(), first.get());
    QCOMPARE(cache.reads(members), 1);
    QCOMPARE(cache.cached(members).get(), first.get());
    // What it read is what a read of its own gives.
    const SeriesValues direct = loadSeriesValues(*database, seriesOf(*database, members));
    QCOMPARE(first->x, direct.x);
    QCOMPARE(first->labels, direct.labels);
    QCOMPARE(cache.reads(sparse), 0);
    QCOMPARE(cache.reads(), 1);
}

void tst_SeriesCache::theViewsOfAShowReadASeriesOnce()
{
    // The stage, the console's current and next stop, and the chart as the Charts panel
    // makes it: one read of the series between them.
    const auto database = open();
    QVERIFY(database);
    Selection selection;
    selection.setDatabase(database);
    BriefingPath path;
    path.id = QStringLiteral("show");
    path.title = QStringLiteral("Show");
    PathStop overview;
    overview.title = QStringLiteral("Overview");
    path.stops = {overview, chartStop(sparse), chartStop(members)};
    PresentationState state;
    StageView stage(&selection);
    stage.resize(960, 540);
    PresenterConsole console(&selection, &state);
    console.resize(1100, 700);
    QObject::connect(&state, &PresentationState::currentStopChanged, &stage,
                     [&](int stop) { stage.setStop(path.stops.at(stop)); });
    state.start(path, 0);
    stage.setStop(path.stops.at(0));
    stage.show();
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    SeriesCache &cache = database->seriesCache();
    // The console's next stop (the chart of 'sparse') is read, once, in the background.
    QTRY_VERIFY(cache.cached(sparse));
    QCOMPARE(cache.reads(sparse), 1);
    state.next(); // to 'sparse': the stage and the console's current stop
    QCOMPARE(state.currentStop(), 1);
    QCOMPARE(stage.page(), StageView::Page::Chart);
    QVERIFY(stage.chartPage()->chart()->isLoaded());
    QCOMPARE(stage.chartPage()->chart()->values().size(), 3);
    state.next(); // to 'members', which the console's next stop read meanwhile
    QCOMPARE(stage.chartPage()->chart()->chartId(), members);
    QVERIFY(stage.chartPage()->chart()->isLoaded());
    SeriesChart panelChart(&selection, nullptr, database->briefing().rowOf(members));
    panelChart.ensureLoaded();
    QCOMPARE(panelChart.values().size(), 20000);
    // The views' values share the cache's data: one copy of the points in memory.
    QCOMPARE(panelChart.values().x.constData(), cache.cached(members)->x.constData());
    QCOMPARE(stage.chartPage()->chart()->values().x.constData(), cache.cached(members)->x.constData());
    state.previous();
    state.previous();
    state.next();
    QCOMPARE(cache.reads(sparse), 1);
    QCOMPARE(cache.reads(members), 1);
    QCOMPARE(cache.reads(), 2);
}

void tst_SeriesCache::theConsolesNextStopReadsInTheBackground()
{
    const auto database = open();
    QVERIFY(database);
    Selection selection;
    selection.setDatabase(database);
    BriefingPath path;
    path.id = QStringLiteral("next");
    path.title = QStringLiteral("Next");
    PathStop overview;
    overview.title = QStringLiteral("Overview");
    path.stops = {overview, chartStop(sparse)};
    PresentationState state;
    PresenterConsole console(&selection, &state);
    console.resize(1100, 700);
    SeriesCache &cache = database->seriesCache();
    QSignalSpy ready(&cache, &SeriesCache::ready);
    state.start(path, 0);
    // Starting did not read the next stop's series on the window's thread: it waits for it.
    StageView *next = console.findChild<StageView *>(QStringLiteral("consoleNext"));
    QVERIFY(next);
    QCOMPARE(next->page(), StageView::Page::Chart);
    QVERIFY(next->chartPage()->readsInBackground());
    QVERIFY(next->chartPage()->isWaiting());
    QVERIFY(!next->chartPage()->chart()->isLoaded());
    QVERIFY(cache.isReading(sparse));
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    QTRY_VERIFY(!next->chartPage()->isWaiting());
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.first().first().toString(), sparse);
    SeriesChart *chart = next->chartPage()->chart();
    QVERIFY(chart->isLoaded());
    QCOMPARE(chart->values().size(), 3);
    // Then drawn over the stop's period: the chart's own.
    const auto own = chart->ownRange();
    QVERIFY(own);
    QCOMPARE(chart->from(), own->first);
    QCOMPARE(chart->to(), own->second);
    QVERIFY(chart->pointsInChart() > 0);
    QCOMPARE(cache.reads(sparse), 1);
    // The console's current stop, once there, takes them from the cache.
    state.next();
    StageView *current = console.findChild<StageView *>(QStringLiteral("consoleCurrent"));
    QVERIFY(current);
    QVERIFY(current->chartPage()->chart()->isLoaded());
    QCOMPARE(cache.reads(sparse), 1);
}

void tst_SeriesCache::aViewWaitsForTheReadUnderWay()
{
    const auto database = open();
    QVERIFY(database);
    SeriesCache &cache = database->seriesCache();
    QSignalSpy ready(&cache, &SeriesCache::ready);
    QVERIFY(!cache.prefetch(seriesOf(*database, members)));
    QVERIFY(cache.isReading(members));
    QVERIFY(!cache.prefetch(seriesOf(*database, members))); // not a second read
    // Needed now: the read under way, not another.
    const SeriesCache::Values values = cache.values(seriesOf(*database, members));
    QVERIFY(values);
    QCOMPARE(values->size(), 20000);
    QCOMPARE(cache.reads(members), 1);
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(!cache.isReading(members));
    QCOMPARE(cache.cached(members).get(), values.get());
    QVERIFY(cache.prefetch(seriesOf(*database, members))); // here already
    QCOMPARE(cache.reads(members), 1);
}

void tst_SeriesCache::valuesNoViewHoldsAreKeptWithinTheBudget()
{
    const auto database = open();
    QVERIFY(database);
    SeriesCache &cache = database->seriesCache();
    QCOMPARE(cache.spareBudget(), SeriesCache::defaultSpareBudget);
    {
        const SeriesCache::Values held = cache.values(seriesOf(*database, members));
        cache.values(seriesOf(*database, sparse));
        cache.setSpareBudget(0);
        // 'members' is held; 'sparse', used last, stays though no view holds it.
        QVERIFY(cache.cached(members));
        QVERIFY(cache.cached(sparse));
        QCOMPARE(cache.sparePoints(), qint64(3));
    }
    // Now neither is held: 'members', used longer ago, goes once the cache is next used.
    cache.values(seriesOf(*database, sparse));
    QVERIFY(!cache.cached(members));
    QVERIFY(cache.cached(sparse));
    QCOMPARE(cache.reads(sparse), 1);
    // Read again when needed again.
    cache.values(seriesOf(*database, members));
    QCOMPARE(cache.reads(members), 2);
    // Within the budget both stay.
    cache.setSpareBudget(SeriesCache::defaultSpareBudget);
    cache.values(seriesOf(*database, sparse));
    QVERIFY(cache.cached(members));
    QCOMPARE(cache.sparePoints(), qint64(20003));
}

void tst_SeriesCache::aBriefingClosedDuringAReadEndsIt()
{
    auto database = open();
    QVERIFY(database);
    SeriesCache &cache = database->seriesCache();
    QVERIFY(!cache.prefetch(seriesOf(*database, members)));
    QVERIFY(cache.isReading(members));
    QElapsedTimer timer;
    timer.start();
    database.reset(); // the read is stopped and awaited
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCoreApplication::processEvents(); // nothing of it is left to arrive
}

void tst_SeriesCache::aReplacedFileIsReadOnTheWindowsConnection()
{
    // The file replaced by another briefing after the open: the background read refuses it,
    // and the values come from the window's connection, which still reads the one opened.
    const QString file = m_dir.filePath(QStringLiteral("replaced.briefing"));
    QVERIFY(QFile::copy(m_file, file));
    OpenError error;
    const auto database = BriefingDatabase::open(file, &error);
    QVERIFY2(database, qPrintable(error.message));
    const QString other = m_dir.filePath(QStringLiteral("other.briefing"));
    QVERIFY(test::writeChartBriefing(other, 5));
    QVERIFY(test::execSql(other, QStringLiteral("UPDATE briefing SET id = 'another-briefing'")));
    QVERIFY(QFile::remove(file));
    QVERIFY(QFile::copy(other, file));
    SeriesCache &cache = database->seriesCache();
    QSignalSpy ready(&cache, &SeriesCache::ready);
    QVERIFY(!cache.prefetch(seriesOf(*database, members)));
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(!cache.cached(members)); // the other file's points were not taken
    const SeriesCache::Values values = cache.values(seriesOf(*database, members));
    QCOMPARE(values->size(), 20000);
    QCOMPARE(cache.reads(members), 2); // one refused, one made
}

void tst_SeriesCache::aKeptChartIsDrawnAnewOnlyWhenItChanges()
{
    const auto database = open();
    QVERIFY(database);
    Selection selection;
    selection.setDatabase(database);
    StageView stage(&selection);
    stage.resize(960, 540);
    stage.setStop(chartStop(sparse));
    stage.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stage));
    QTest::qWait(100);
    ChartCanvas *canvas = stage.chartPage()->chart()->canvas();
    auto drawn = [&] {
        QImage image(canvas->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        canvas->viewport()->render(&image);
        return image;
    };
    const QImage whole = drawn();
    QVERIFY(!whole.isNull());
    // Drawn again unchanged (another stop and back): the kept drawing, the same pixels.
    PathStop overview;
    stage.setStop(overview);
    stage.setStop(chartStop(sparse));
    QCOMPARE(drawn(), whole);
    // A zoom changes the scene: drawn anew, and so differently.
    const double from = stage.viewFrom(), to = stage.viewTo();
    stage.setViewRange(from + (to - from) / 3, to);
    const QImage zoomed = drawn();
    QVERIFY(zoomed != whole);
    stage.setViewRange(from, to);
    QCOMPARE(drawn(), whole);
    // The highlight (a point selected on the stage) changes it too.
    stage.setHighlight(QStringLiteral("sparse@2019"));
    QCOMPARE(stage.highlight(), QStringLiteral("sparse@2019"));
    QVERIFY(drawn() != whole);
}

QTEST_MAIN(tst_SeriesCache)
#include "tst_seriescache.moc"
