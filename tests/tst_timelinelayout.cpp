// SPDX-License-Identifier: MIT
// Layout of the timeline on a generated briefing: clusters, spans, and labels that never overlap.
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "content/eventtimeindex.h"
#include "generator/generator.h"
#include "timeline/timelinelayout.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_TimelineLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void labelsNeverOverlap_data();
    void labelsNeverOverlap();
    void everyEventIsDrawnOrCounted_data();
    void everyEventIsDrawnOrCounted();
    void zoomingOpensClusters();
    void lowLanesGetLabelsBesideTheMarks_data();
    void lowLanesGetLabelsBesideTheMarks();
    void partialDatesAreSpans();
    void runningEventsAreFound();

private:
    QVector<TimelineItem> layoutAt(double from, double to, QRectF plot = QRectF(140, 0, 1100, 420));
    QTemporaryDir m_dir;
    std::shared_ptr<BriefingDatabase> m_database;
    EventTimeIndex m_index;
};

void tst_TimelineLayout::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("generated.briefing"));
    GeneratorOptions options;
    options.events = 5000;
    options.series = 0;
    options.faq = 0;
    Generator generator(options);
    QVERIFY(BriefingWriter::write(path, false, [&generator](SqliteConnection &c) { return generator.fill(c); }).ok());
    OpenError error;
    m_database = BriefingDatabase::open(path, &error);
    QVERIFY2(m_database, qPrintable(error.message));
    m_index.build(m_database->briefing(), EventTimeIndex::Lanes::ByCategory);
    QCOMPARE(m_index.eventCount(), 5000);
    QCOMPARE(m_index.laneCount(), 8);
}

QVector<TimelineItem> tst_TimelineLayout::layoutAt(double from, double to, QRectF plot)
{
    TimelineGeometry geometry;
    geometry.from = from;
    geometry.to = to;
    geometry.plot = plot;
    geometry.laneCount = m_index.laneCount();
    const Briefing &b = m_database->briefing();
    return TimelineLayout::layout(
        m_index, geometry, QGuiApplication::font(), [&b](int row) { return b.events.title(row); },
        [&b](int row) { return !b.events.endDate(row) && b.events.startDate(row).precision() != PartialDate::Precision::Day; });
}

void tst_TimelineLayout::labelsNeverOverlap_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("everything") << QDate(1950, 1, 1) << QDate(2026, 1, 1);
    QTest::newRow("a decade") << QDate(1990, 1, 1) << QDate(2000, 1, 1);
    QTest::newRow("a year") << QDate(1995, 1, 1) << QDate(1996, 1, 1);
    QTest::newRow("a month") << QDate(1995, 3, 1) << QDate(1995, 4, 1);
    QTest::newRow("a week") << QDate(1995, 3, 1) << QDate(1995, 3, 8);
}

void tst_TimelineLayout::labelsNeverOverlap()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const QRectF plot(140, 0, 1100, 420);
    const QVector<TimelineItem> items = layoutAt(EventTimeIndex::dayNumber(from), EventTimeIndex::dayNumber(to), plot);
    QVector<QRectF> labels;
    for (const TimelineItem &item : items) {
        if (item.labelRect.isEmpty())
            continue;
        QVERIFY(!item.label.isEmpty());
        QVERIFY2(plot.contains(item.labelRect), "a label leaves the plot");
        // The text drawn fits its rectangle (even bold, as for the current item): a long
        // title is elided, not cut off at the view's edge.
        QFont bold = QGuiApplication::font();
        bold.setBold(true);
        QVERIFY2(QFontMetricsF(bold).horizontalAdvance(item.label) <= item.labelRect.width() + 2,
                 qPrintable(item.label));
        labels.append(item.labelRect);
    }
    QVERIFY(!labels.isEmpty());
    for (int i = 0; i < labels.size(); ++i) {
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!labels.at(i).intersects(labels.at(j)), "two labels overlap");
    }
}

void tst_TimelineLayout::everyEventIsDrawnOrCounted_data()
{
    labelsNeverOverlap_data();
}

void tst_TimelineLayout::everyEventIsDrawnOrCounted()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const double a = EventTimeIndex::dayNumber(from), b = EventTimeIndex::dayNumber(to);
    const QVector<TimelineItem> items = layoutAt(a, b);
    int starting = 0;
    for (const TimelineItem &item : items) {
        if (item.type == TimelineItem::Type::Cluster)
            starting += item.count;
        else if (item.from >= a)
            ++starting;
    }
    int expected = 0;
    for (int lane = 0; lane < m_index.laneCount(); ++lane) {
        const auto range = m_index.startingIn(lane, a, b);
        expected += range.second - range.first;
    }
    QCOMPARE(starting, expected);
}

void tst_TimelineLayout::zoomingOpensClusters()
{
    const double a = EventTimeIndex::dayNumber(QDate(1950, 1, 1)), b = EventTimeIndex::dayNumber(QDate(2026, 1, 1));
    const QVector<TimelineItem> wide = layoutAt(a, b);
    auto biggest = std::max_element(wide.cbegin(), wide.cend(), [](const TimelineItem &x, const TimelineItem &y) {
        return x.count < y.count;
    });
    QVERIFY(biggest != wide.cend() && biggest->type == TimelineItem::Type::Cluster && biggest->count > 1);
    // A badge counts exactly the events that start in the time it stands for.
    const auto range = m_index.startingIn(biggest->lane, biggest->from, biggest->to);
    QCOMPARE(range.second - range.first, biggest->count);
    // Zoomed in on its first event, it comes apart into smaller clusters and single events.
    const double start = m_index.entries(biggest->lane).at(range.first).start;
    int largest = 0, itemsInLane = 0;
    for (const TimelineItem &item : layoutAt(start - 1, start + 2)) {
        if (item.lane != biggest->lane)
            continue;
        ++itemsInLane;
        if (item.type == TimelineItem::Type::Cluster)
            largest = std::max(largest, item.count);
    }
    QVERIFY(itemsInLane >= 1);
    QVERIFY(largest < biggest->count);
}

void tst_TimelineLayout::lowLanesGetLabelsBesideTheMarks_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("labelled"); // single events with room for a label
    QTest::newRow("three weeks") << QDate(1995, 3, 1) << QDate(1995, 3, 20) << true;
    QTest::newRow("a year") << QDate(1995, 1, 1) << QDate(1996, 1, 1) << true;
    QTest::newRow("a decade") << QDate(1990, 1, 1) << QDate(2000, 1, 1) << true;
    QTest::newRow("everything") << QDate(1950, 1, 1) << QDate(2026, 1, 1) << false;
}

void tst_TimelineLayout::lowLanesGetLabelsBesideTheMarks()
{
    // Eight lanes in 160 pixels: no room for a row of labels under the marks.
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, labelled);
    const QRectF plot(140, 0, 1100, 160);
    const QVector<TimelineItem> items =
        layoutAt(EventTimeIndex::dayNumber(from), EventTimeIndex::dayNumber(to), plot);
    // No label runs over another event's mark or a cluster's badge.
    for (const TimelineItem &item : items) {
        if (item.labelRect.isEmpty())
            continue;
        for (const TimelineItem &other : items) {
            if (&other == &item || other.lane != item.lane)
                continue;
            if (other.type == TimelineItem::Type::Cluster || other.type == TimelineItem::Type::Marker)
                QVERIFY2(!item.labelRect.intersects(other.rect),
                         qPrintable(item.label + QStringLiteral(" runs over a mark")));
        }
    }
    QVector<QRectF> labels;
    for (const TimelineItem &item : items) {
        if (item.labelRect.isEmpty())
            continue;
        QVERIFY(plot.contains(item.labelRect));
        // Beside its own mark (a bar wider than the window carries it), on the mark's row.
        if (item.type == TimelineItem::Type::Marker)
            QVERIFY(item.labelRect.left() >= item.rect.right() || item.labelRect.right() <= item.rect.left());
        QVERIFY(item.labelRect.intersects(QRectF(plot.left(), item.rect.top() - 2, plot.width(), item.rect.height() + 4)));
        labels << item.labelRect;
    }
    QCOMPARE(!labels.isEmpty(), labelled);
    for (int i = 0; i < labels.size(); ++i) {
        for (int j = i + 1; j < labels.size(); ++j)
            QVERIFY(!labels.at(i).intersects(labels.at(j)));
    }
}

void tst_TimelineLayout::partialDatesAreSpans()
{
    // A year-only date is drawn over its whole year (unless it shares its cell: try a few).
    const Briefing &b = m_database->briefing();
    const QRectF plot(0, 0, 3000, 4000);
    int checked = 0;
    for (int row = 0; row < b.events.size() && checked == 0; ++row) {
        const Event &e = b.events.at(row);
        if (e.end || e.start.precision() != PartialDate::Precision::Year)
            continue;
        const QDate year = e.start.first();
        TimelineGeometry g;
        g.from = EventTimeIndex::dayNumber(year.addYears(-1));
        g.to = EventTimeIndex::dayNumber(year.addYears(2));
        g.plot = plot;
        g.laneCount = m_index.laneCount();
        for (const TimelineItem &item : layoutAt(g.from, g.to, plot)) {
            if (item.event != row)
                continue;
            QCOMPARE(item.type, TimelineItem::Type::Span);
            QVERIFY(std::abs(item.rect.left() - g.x(EventTimeIndex::dayNumber(year))) < 1);
            QVERIFY(std::abs(item.rect.right() - g.x(EventTimeIndex::dayNumber(year.addYears(1)))) < 1);
            ++checked;
        }
    }
    QCOMPARE(checked, 1);
}

void tst_TimelineLayout::runningEventsAreFound()
{
    // An event with an end date that began before the window still shows.
    const Briefing &b = m_database->briefing();
    for (int i = 0; i < b.events.size(); ++i) {
        const Event &e = b.events.at(i);
        if (!e.end || e.end->last().daysTo(e.start.first()) > -40)
            continue;
        const double inside = EventTimeIndex::dayNumber(e.start.first()) + 20;
        bool found = false;
        for (int lane = 0; lane < m_index.laneCount(); ++lane) {
            for (const EventTimeIndex::Entry &entry : m_index.runningAt(lane, inside))
                found = found || entry.event == i;
        }
        QVERIFY(found);
        return;
    }
    QFAIL("the generated briefing has no long event");
}

QTEST_MAIN(tst_TimelineLayout)
#include "tst_timelinelayout.moc"
