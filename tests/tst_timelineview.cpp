// SPDX-License-Identifier: MIT
// The timeline as a user drives it: hit testing, keyboard, linked highlighting from other
// views, time sync, and export.
#include "file/briefingdatabase.h"
#include "models/eventlistmodel.h"
#include "models/itemroles.h"
#include "models/selection.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"
#include "models/timerange.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_TimelineView : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void hitTestFindsEveryDrawnEvent();
    void clickMakesAnEventCurrent();
    void keyboardStepsThroughEventsInTimeOrder();
    void altArrowsAndTabAreLeftAlone();
    void linkedEventsStandOutWhenAnotherViewSelects();
    void wheelZoomKeepsThePointerDay();
    void syncTimeFollowsTheSharedRange();
    void visibleListIsAModelOfWhatIsShown();
    void exportWritesPngAndSvgWithTheTitle();
    void eventsWithoutCategoryHaveTheirOwnLane();

private:
    int rowOf(const QString &id) const { return m_sample->briefing().find(id)->index; }
    std::shared_ptr<BriefingDatabase> m_sample;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<TimeRange> m_range;
    std::unique_ptr<TimelinePanel> m_panel;
    TimelineView *m_view = nullptr;
};

void tst_TimelineView::init()
{
    OpenError error;
    m_sample = BriefingDatabase::openSample(&error);
    QVERIFY(m_sample);
    m_selection = std::make_unique<Selection>();
    m_range = std::make_unique<TimeRange>();
    m_panel = std::make_unique<TimelinePanel>(m_selection.get(), m_range.get());
    m_view = m_panel->view();
    m_selection->setDatabase(m_sample);
    m_panel->resize(1200, 420);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_TimelineView::cleanup()
{
    m_panel.reset();
}

void tst_TimelineView::hitTestFindsEveryDrawnEvent()
{
    const QVector<TimelineItem> items = m_view->scene().items;
    QCOMPARE(items.size(), 4); // the sample's four dated events, apart at this zoom
    for (int i = 0; i < items.size(); ++i) {
        QCOMPARE(m_view->itemAt(items.at(i).rect.center()), i);
        if (!items.at(i).labelRect.isEmpty())
            QCOMPARE(m_view->itemAt(items.at(i).labelRect.center()), i);
    }
    QCOMPARE(m_view->itemAt(QPointF(m_view->scene().geometry.plot.center().x(), 2)), -1);
}

void tst_TimelineView::clickMakesAnEventCurrent()
{
    const int dayton = rowOf(QStringLiteral("event-dayton-1995"));
    QPointF where;
    for (const TimelineItem &item : m_view->scene().items) {
        if (item.event == dayton)
            where = item.rect.center();
    }
    QTest::mouseClick(m_view, Qt::LeftButton, {}, where.toPoint());
    QCOMPARE(m_selection->currentId(), QStringLiteral("event-dayton-1995"));
    QCOMPARE(m_view->highlight().currentEvent, dayton);
}

void tst_TimelineView::keyboardStepsThroughEventsInTimeOrder()
{
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Home);
    QCOMPARE(m_view->focusEvent(), rowOf(QStringLiteral("event-dayton-1995")));
    QCOMPARE(m_view->accessibleName(), QStringLiteral("1995 — Dayton Accords"));
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_view->focusEvent(), rowOf(QStringLiteral("event-joint-training-2020-2022")));
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_view->focusEvent(), rowOf(QStringLiteral("event-ransomware-2022")));
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(m_view->focusEvent(), rowOf(QStringLiteral("event-nato-dpr-2023")));
    QTest::keyClick(m_view, Qt::Key_Right, Qt::ControlModifier); // stays at the last
    QCOMPARE(m_view->focusEvent(), rowOf(QStringLiteral("event-nato-dpr-2023")));
    QTest::keyClick(m_view, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(m_selection->currentId(), QStringLiteral("us-guarantees-ukraine")); // moving focus selects nothing
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(m_selection->currentId(), QStringLiteral("event-ransomware-2022"));

    // Zoom keys and fit.
    const double span = m_view->to() - m_view->from();
    QTest::keyClick(m_view, Qt::Key_Plus);
    QVERIFY(m_view->to() - m_view->from() < span * 0.8);
    QTest::keyClick(m_view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_view->to() - m_view->from(), span);
    const double from = m_view->from();
    QTest::keyClick(m_view, Qt::Key_Right);
    QVERIFY(m_view->from() > from);
}

void tst_TimelineView::altArrowsAndTabAreLeftAlone()
{
    m_view->setFocus();
    QKeyEvent altLeft(QEvent::KeyPress, Qt::Key_Left, Qt::AltModifier);
    QApplication::sendEvent(m_view, &altLeft);
    QVERIFY(!altLeft.isAccepted()); // left to the window's Back action
    QKeyEvent shortcut(QEvent::ShortcutOverride, Qt::Key_Left, Qt::AltModifier);
    QApplication::sendEvent(m_view, &shortcut);
    QVERIFY(!shortcut.isAccepted());
    QVERIFY(m_view->focusPolicy() & Qt::TabFocus);
}

void tst_TimelineView::linkedEventsStandOutWhenAnotherViewSelects()
{
    m_selection->select(QStringLiteral("scenario-guarantee-bloc"));
    QVERIFY(m_view->highlight().linkedEvents.contains(rowOf(QStringLiteral("event-dayton-1995"))));
    QVERIFY(!m_view->highlight().linkedEvents.contains(rowOf(QStringLiteral("event-ransomware-2022"))));
    QVERIFY(m_view->highlight().fadeOthers);
    m_selection->select(QStringLiteral("ransomware-customers"));
    QVERIFY(m_view->highlight().linkedEvents.contains(rowOf(QStringLiteral("event-ransomware-2022"))));
    QVERIFY(!m_view->highlight().linkedEvents.contains(rowOf(QStringLiteral("event-dayton-1995"))));
    m_selection->select(QStringLiteral("event-joint-training-2020-2022"));
    QCOMPARE(m_view->highlight().currentEvent, rowOf(QStringLiteral("event-joint-training-2020-2022")));
    QVERIFY(!m_view->highlight().fadeOthers);
    // A current event out of sight is brought into view.
    m_view->setVisibleRange(EventTimeIndex::dayNumber(QDate(1990, 1, 1)), EventTimeIndex::dayNumber(QDate(1991, 1, 1)));
    m_selection->select(QStringLiteral("event-nato-dpr-2023"));
    QVERIFY(m_view->from() < EventTimeIndex::dayNumber(QDate(2023, 6, 1)));
    QVERIFY(m_view->to() > EventTimeIndex::dayNumber(QDate(2023, 6, 1)));
}

void tst_TimelineView::wheelZoomKeepsThePointerDay()
{
    const TimelineGeometry before = m_view->scene().geometry;
    const QPointF pointer(before.plot.left() + before.plot.width() * 0.25, before.plot.center().y());
    const double day = before.day(pointer.x());
    QWheelEvent wheel(pointer, m_view->mapToGlobal(pointer), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view, &wheel);
    const TimelineGeometry after = m_view->scene().geometry;
    QVERIFY(after.to - after.from < before.to - before.from);
    QVERIFY(std::abs(after.day(pointer.x()) - day) < 0.5);
}

void tst_TimelineView::syncTimeFollowsTheSharedRange()
{
    QSignalSpy shared(m_range.get(), &TimeRange::rangeChanged);
    m_view->panBy(0.2);
    QCOMPARE(shared.size(), 1);
    QCOMPARE(m_range->from(), m_view->from());
    const double a = EventTimeIndex::dayNumber(QDate(2019, 1, 1)), b = EventTimeIndex::dayNumber(QDate(2024, 1, 1));
    m_range->setRange(a, b); // as a chart would
    QCOMPARE(m_view->from(), a);
    QCOMPARE(m_view->to(), b);
    m_range->setSynced(false);
    m_range->setRange(a - 100, b + 100);
    QCOMPARE(m_view->from(), a);
}

void tst_TimelineView::visibleListIsAModelOfWhatIsShown()
{
    EventListModel *model = m_panel->visibleList();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(0).data().toString(), QStringLiteral("1995 — Dayton Accords"));
    m_view->setVisibleRange(EventTimeIndex::dayNumber(QDate(2021, 1, 1)), EventTimeIndex::dayNumber(QDate(2022, 6, 1)));
    QTRY_COMPARE(model->rowCount(), 2); // the 2020–2022 exercises (running) and the 2022 attack
    m_selection->select(QStringLiteral("ransomware-customers"));
    QVERIFY(model->index(1).data(LinkedRole).toBool());
}

void tst_TimelineView::exportWritesPngAndSvgWithTheTitle()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("timeline.png"));
    const QString png2 = dir.filePath(QStringLiteral("timeline@2x.png"));
    const QString svg = dir.filePath(QStringLiteral("timeline.svg"));
    QCOMPARE(m_panel->exportTo(png, QStringLiteral("png"), 1), QString());
    QCOMPARE(m_panel->exportTo(png2, QStringLiteral("png"), 2), QString());
    QCOMPARE(m_panel->exportTo(svg, QStringLiteral("svg")), QString());
    QImage one(png), two(png2);
    QVERIFY(!one.isNull());
    QCOMPARE(two.width(), one.width() * 2);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.startsWith(QStringLiteral("<?xml")));
    QVERIFY(text.contains(QStringLiteral("<svg")));
    QVERIFY(text.contains(QStringLiteral("U.S. offers security guarantees to Kyiv")));
    QVERIFY(text.contains(QStringLiteral("edition 1")));
    QVERIFY(text.contains(QStringLiteral("Dayton Accords")));
    QVERIFY(m_panel->exportTo(dir.filePath(QStringLiteral("no/such/folder/t.png")), QStringLiteral("png")).contains(
        QStringLiteral("Could not write")));
}

void tst_TimelineView::eventsWithoutCategoryHaveTheirOwnLane()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nocategory.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, QStringLiteral("UPDATE event SET category = '' WHERE id = 'event-dayton-1995';")));
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);
    QVERIFY(database);
    const auto index = database->timeIndex(EventTimeIndex::Lanes::ByCategory);
    const int dayton = database->briefing().find(QStringLiteral("event-dayton-1995"))->index;
    int lane = -1;
    for (int l = 0; l < index->laneCount(); ++l) {
        if (index->isInLane(database->briefing(), dayton, l))
            lane = l;
    }
    QVERIFY(lane >= 0);
    QCOMPARE(index->laneName(lane), QStringLiteral("No category")); // named in the language of the moment
    QVERIFY(!index->isInLane(database->briefing(), rowOf(QStringLiteral("event-ransomware-2022")), lane));
}

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
