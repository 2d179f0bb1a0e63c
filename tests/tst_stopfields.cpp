// SPDX-License-Identifier: MIT
// What a stop shows, edited in the path editor of the real window with real keys and clicks:
// a chart stop's period (the whole, or two bounds typed, bad ones refused) and its highlight,
// a timeline stop's lanes (by category, by actor), and a comparison of scenarios made from the
// window (Presentation > Add Scenarios Side by Side) and checked in the editor; each kept in
// the library (a new window reads it back) and shown so on the stage. A path that cannot be
// changed shows the fields, disabled. (Title, notes, budget: tst_patheditor.)
#include "file/briefingdatabase.h"
#include "library/userlibrary.h"
#include "mainwindow.h"
#include "models/pathchoice.h"
#include "models/pathstopsmodel.h"
#include "models/selection.h"
#include "pathactions.h"
#include "patheditorfixture.h"
#include "present/patheditor.h"
#include "present/stagecompare.h"
#include "present/stagechart.h"
#include "present/stageview.h"
#include "present/stopfields.h"
#include "charts/serieschart.h"
#include "testfiles.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QScrollBar>
#include <QTest>
#include <QToolTip>

using namespace bv;

class tst_StopFields : public QObject, private test::PathEditorFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFiles(QStringLiteral("tst_stopfields")); }
    void init() { setUpLibrary(); }
    void aChartStopsPeriodAndHighlight();
    void aTimelineStopsLanes();
    void longLaneNamesWrapWithoutScrollingSideways();
    void scenariosSideBySideFromTheWindow();
    void aPathThatCannotChangeShowsThemDisabled();

private:
    static void chooseData(QComboBox *box, const QVariant &data);
    static void toggleRow(QListWidget *list, int row); // a click on it, then Space
};

void tst_StopFields::chooseData(QComboBox *box, const QVariant &data)
{
    box->setFocus(Qt::OtherFocusReason);
    const int wanted = box->findData(data);
    QVERIFY2(wanted >= 0, qPrintable(data.toString()));
    for (int i = 0; i < 2 * box->count() && box->currentIndex() != wanted; ++i)
        QTest::keyClick(box, box->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(box->currentIndex(), wanted);
}

void tst_StopFields::toggleRow(QListWidget *list, int row)
{
    QListWidgetItem *item = list->item(row);
    QVERIFY(item);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    QCOMPARE(list->currentRow(), row);
    QTest::keyClick(list, Qt::Key_Space);
}

void tst_StopFields::aChartStopsPeriodAndHighlight()
{
    const QString highlight = QStringLiteral("sipri_milex_pct_gdp_ukraine@2022");
    QString id;
    {
        auto w = openWindow(m_defence);
        QVERIFY(w);
        PathEditor *editor = editorOf(w.get());
        QVERIFY(editor);
        BriefingPath mine;
        mine.title = QStringLiteral("Spending");
        PathStop chart;
        chart.kind = PathStop::Kind::Chart;
        chart.itemId = QStringLiteral("chart-ukraine-russia");
        chart.title = QStringLiteral("Ukraine and Russia");
        mine.stops << chart << PathStop();
        QVERIFY(w->userLibrary()->savePath(&mine));
        id = mine.id;
        chooseByKeys(editor, mine.title);
        clickRow(editor, 0);
        StopFields *fields = editor->stopFields();
        QVERIFY(fields->isVisible());
        QVERIFY(fields->fromEdit()->isVisible());
        QVERIFY(fields->highlightBox()->isVisible());
        QVERIFY(!fields->laneList()->isVisible());
        QVERIFY(fields->wholePeriodBox()->isChecked());
        QVERIFY(!fields->fromEdit()->isEnabled());

        // "Whole period" off, the two bounds typed.
        QCheckBox *whole = fields->wholePeriodBox();
        QTest::mouseClick(whole, Qt::LeftButton, {}, QPoint(8, whole->height() / 2));
        QVERIFY(!whole->isChecked());
        QVERIFY(fields->fromEdit()->hasFocus());
        QTest::keyClicks(fields->fromEdit(), QStringLiteral("2018"));
        QTest::keyClick(fields->fromEdit(), Qt::Key_Tab);
        QVERIFY(fields->toEdit()->hasFocus());
        QTest::keyClicks(fields->toEdit(), QStringLiteral("2024"));
        QTest::keyClick(fields->toEdit(), Qt::Key_Return);
        auto kept = [&] { return w->userLibrary()->userPath(id).value_or(BriefingPath()).stops.value(0); };
        QCOMPARE(w->pathChoice()->path().stops.at(0).from, QStringLiteral("2018"));
        QCOMPARE(w->pathChoice()->path().stops.at(0).to, QStringLiteral("2024"));
        QCOMPARE(kept().from, QStringLiteral("2018"));
        QCOMPARE(kept().to, QStringLiteral("2024"));

        // What is not a date, or a period that ends before it starts, is refused and put back.
        QTest::mouseClick(fields->fromEdit(), Qt::LeftButton);
        QTest::keyClick(fields->fromEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(fields->fromEdit(), QStringLiteral("20x8"));
        QTest::keyClick(fields->fromEdit(), Qt::Key_Return);
        QVERIFY2(editor->lastMessage().contains(QStringLiteral("is not a date")), qPrintable(editor->lastMessage()));
        QCOMPARE(fields->fromEdit()->text(), QStringLiteral("2018"));
        QTest::keyClick(fields->fromEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(fields->fromEdit(), QStringLiteral("2025"));
        QTest::keyClick(fields->fromEdit(), Qt::Key_Return);
        QVERIFY2(editor->lastMessage().contains(QStringLiteral("before it starts")), qPrintable(editor->lastMessage()));
        QCOMPARE(fields->fromEdit()->text(), QStringLiteral("2018"));
        QCOMPARE(kept().from, QStringLiteral("2018"));

        // The highlight: a point of the chart, chosen by keys in its list.
        QVERIFY(fields->highlightBox()->count() > 20); // both series' years
        QCOMPARE(fields->highlightBox()->currentData().toString(), QString());
        chooseData(fields->highlightBox(), highlight);
        QCOMPARE(kept().highlightId, highlight);

        // The stage shows the stop as saved: its period and the point ringed.
        StageView stage(w->selection());
        stage.resize(960, 540);
        stage.show();
        QVERIFY(QTest::qWaitForWindowExposed(&stage));
        stage.setStop(w->pathChoice()->path().stops.at(0));
        QTRY_VERIFY(!stage.chartPage()->isWaiting());
        QCOMPARE(stage.chartPage()->chart()->from(), StageView::dayOf(QStringLiteral("2018"), false));
        QCOMPARE(stage.chartPage()->chart()->to(), StageView::dayOf(QStringLiteral("2024"), true));
        QCOMPARE(stage.highlight(), highlight);
    }
    // A new window reads them back from the library.
    auto w = openWindow(m_defence);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    chooseByKeys(editor, QStringLiteral("Spending"));
    clickRow(editor, 0);
    StopFields *fields = editor->stopFields();
    QCOMPARE(fields->fromEdit()->text(), QStringLiteral("2018"));
    QCOMPARE(fields->toEdit()->text(), QStringLiteral("2024"));
    QVERIFY(!fields->wholePeriodBox()->isChecked());
    QCOMPARE(fields->highlightBox()->currentData().toString(), highlight);
    // "Whole period" again clears both bounds.
    QCheckBox *whole = fields->wholePeriodBox();
    QTest::mouseClick(whole, Qt::LeftButton, {}, QPoint(8, whole->height() / 2));
    const PathStop stop = w->userLibrary()->userPath(w->pathChoice()->path().id)->stops.at(0);
    QVERIFY(stop.from.isEmpty() && stop.to.isEmpty());
    QCOMPARE(stop.highlightId, highlight);
}

void tst_StopFields::aTimelineStopsLanes()
{
    auto w = openWindow(m_sample);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    BriefingPath mine;
    mine.title = QStringLiteral("Lanes");
    PathStop timeline;
    timeline.kind = PathStop::Kind::Timeline;
    timeline.title = QStringLiteral("Since Dayton");
    mine.stops << PathStop() << timeline;
    QVERIFY(w->userLibrary()->savePath(&mine));
    chooseByKeys(editor, mine.title);
    clickRow(editor, 0);
    StopFields *fields = editor->stopFields();
    QVERIFY(!fields->isVisible()); // the overview has none
    clickRow(editor, 1);
    QVERIFY(fields->isVisible());
    QVERIFY(fields->laneList()->isVisible());
    QVERIFY(fields->fromEdit()->isVisible());
    QVERIFY(!fields->highlightBox()->isVisible());
    QCOMPARE(fields->laneKindBox()->currentIndex(), 0); // by category
    QListWidget *lanes = fields->laneList();
    QVERIFY(lanes->count() >= 2);
    const QString first = lanes->item(0)->text();
    toggleRow(lanes, 0);
    auto kept = [&] { return w->userLibrary()->userPath(mine.id).value_or(BriefingPath()).stops.value(1); };
    QCOMPARE(kept().itemIds, QStringList{first});
    QVERIFY(!kept().lanesByActor);

    // By actor: the lanes are the actors, none checked (all) until one is.
    chooseData(fields->laneKindBox(), true);
    QVERIFY(kept().lanesByActor);
    QVERIFY(kept().itemIds.isEmpty());
    const Briefing &briefing = w->selection()->database()->briefing();
    QCOMPARE(lanes->count(), int(briefing.actors.size()));
    toggleRow(lanes, 1);
    QCOMPARE(kept().itemIds, QStringList{briefing.actors.at(1).id});
    // The stage draws that lane only.
    StageView stage(w->selection());
    stage.resize(960, 540);
    stage.setStop(kept());
    QCOMPARE(stage.page(), StageView::Page::Timeline);
    BriefingPath one;
    one.stops << kept();
    QCOMPARE(one.check(briefing), QStringList()); // nothing the briefing cannot show
}

void tst_StopFields::longLaneNamesWrapWithoutScrollingSideways()
{
    // The sample with a category and an actor of long names, and a category of one long word.
    const QString file = m_dir.filePath(QStringLiteral("briefings/long-lanes.briefing"));
    QVERIFY(test::writeSample(file));
    const QString longCategory = QStringLiteral("Parliamentary ratification and constitutional review of the security "
                                                "guarantee treaty in every guarantor state");
    const QString longWord = QStringLiteral("Verfassungsgerichtsbarkeitsverfahrensbeschleunigungsgesetzgebungskompetenzen");
    const QString longActor = QStringLiteral("The Coordinating Committee of the Coalition of the Willing for Long-Term "
                                             "Security Assistance");
    QVERIFY(test::execSql(file, QStringLiteral("UPDATE event SET category = '%1' WHERE id = (SELECT min(id) FROM event);"
                                               "UPDATE event SET category = '%2' WHERE id = (SELECT max(id) FROM event);"
                                               "UPDATE actor SET name = '%3' WHERE id = (SELECT min(id) FROM actor);")
                                    .arg(longCategory, longWord, longActor)));
    auto w = openWindow(file);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    BriefingPath mine;
    mine.title = QStringLiteral("Long lanes");
    PathStop timeline;
    timeline.kind = PathStop::Kind::Timeline;
    mine.stops << PathStop() << timeline;
    QVERIFY(w->userLibrary()->savePath(&mine));
    chooseByKeys(editor, mine.title);
    clickRow(editor, 1);
    StopFields *fields = editor->stopFields();
    QListWidget *lanes = fields->laneList();
    QVERIFY(lanes->isVisible());
    const int lineHeight = lanes->fontMetrics().lineSpacing();
    QVERIFY2(lanes->fontMetrics().horizontalAdvance(longCategory) > lanes->viewport()->width(),
             "the name must be longer than the list is wide for this test to tell");
    auto rowOf = [lanes](const QString &text) {
        const QList<QListWidgetItem *> found = lanes->findItems(text, Qt::MatchExactly);
        return found.isEmpty() ? -1 : lanes->row(found.first());
    };
    auto showsWithin = [lanes](int row) {
        const QRect rect = lanes->visualItemRect(lanes->item(row));
        return rect.left() >= 0 && rect.right() < lanes->viewport()->width();
    };
    auto toolTipOver = [lanes](int row) {
        QToolTip::hideText();
        if (!QTest::qWaitFor([] { return !QToolTip::isVisible(); }))
            return QStringLiteral("(a tooltip stayed)");
        lanes->scrollToItem(lanes->item(row));
        const QPoint at = lanes->visualItemRect(lanes->item(row)).center();
        QHelpEvent help(QEvent::ToolTip, at, lanes->viewport()->mapToGlobal(at));
        QApplication::sendEvent(lanes->viewport(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };
    const int longRow = rowOf(longCategory), wordRow = rowOf(longWord);
    QVERIFY(longRow >= 0 && wordRow >= 0);
    // No sideways scrolling: every lane within the list's width, the long name on several lines.
    QCOMPARE(lanes->horizontalScrollBar()->maximum(), 0);
    for (int row = 0; row < lanes->count(); ++row)
        QVERIFY2(showsWithin(row), qPrintable(lanes->item(row)->text()));
    QVERIFY(lanes->visualItemRect(lanes->item(longRow)).height() >= 2 * lineHeight);
    // A name not shown on one line has the whole name as its tooltip; a short one does not.
    QCOMPARE(toolTipOver(longRow), longCategory);
    QCOMPARE(toolTipOver(wordRow), longWord);
    int shortRow = 0;
    for (int row = 1; row < lanes->count(); ++row) {
        if (lanes->item(row)->text().size() < lanes->item(shortRow)->text().size())
            shortRow = row;
    }
    QVERIFY(lanes->fontMetrics().horizontalAdvance(lanes->item(shortRow)->text()) < lanes->viewport()->width() / 2);
    QCOMPARE(lanes->visualItemRect(lanes->item(shortRow)).height() < 2 * lineHeight, true); // one line
    QVERIFY(toolTipOver(shortRow) != lanes->item(shortRow)->text());
    // Still checked by a click.
    toggleRow(lanes, longRow);
    auto kept = [&] { return w->userLibrary()->userPath(mine.id).value_or(BriefingPath()).stops.value(1); };
    QCOMPARE(kept().itemIds, QStringList{longCategory});

    // By actor, the same for a long actor's name; and a narrower editor wraps it again.
    chooseData(fields->laneKindBox(), true);
    const int actorRow = rowOf(longActor);
    QVERIFY(actorRow >= 0);
    QCOMPARE(lanes->horizontalScrollBar()->maximum(), 0);
    QVERIFY(showsWithin(actorRow));
    const int before = lanes->visualItemRect(lanes->item(actorRow)).height();
    QVERIFY(before >= 2 * lineHeight);
    QCOMPARE(toolTipOver(actorRow), longActor);
    lanes->setMaximumWidth(lanes->width() * 2 / 3); // the layout gives it less
    QTRY_VERIFY(lanes->visualItemRect(lanes->item(actorRow)).height() > before);
    QCOMPARE(lanes->horizontalScrollBar()->maximum(), 0);
    for (int row = 0; row < lanes->count(); ++row)
        QVERIFY2(showsWithin(row), qPrintable(lanes->item(row)->text()));
}

void tst_StopFields::scenariosSideBySideFromTheWindow()
{
    auto w = openWindow(m_sample);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    auto *actions = w->findChild<PathActions *>();
    QVERIFY(actions->addComparisonAction()->isEnabled());
    QVERIFY(actions->menu()->actions().contains(actions->addComparisonAction()));
    // With a scenario current, the comparison starts with it and the next.
    w->selection()->select(QStringLiteral("scenario-guarantee-bloc"));
    actions->addComparisonAction()->trigger();
    const BriefingPath &path = w->pathChoice()->path();
    QCOMPARE(path.origin, BriefingPath::Origin::User); // the author's path is never changed: "My path"
    QCOMPARE(path.title, QStringLiteral("My path"));
    const int at = w->pathChoice()->currentStop();
    QCOMPARE(path.stops.at(at).kind, PathStop::Kind::Compare);
    QCOMPARE(path.stops.at(at).itemIds,
             (QStringList{QStringLiteral("scenario-guarantee-bloc"), QStringLiteral("scenario-eu-integration")}));
    // The editor shows it, the scenarios compared checked.
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->stopList()->currentIndex().row(), at);
    StopFields *fields = editor->stopFields();
    QListWidget *scenarios = fields->scenarioList();
    QVERIFY(scenarios->isVisible());
    QCOMPARE(scenarios->count(), 3);
    QCOMPARE(scenarios->item(0)->checkState(), Qt::Unchecked);
    QCOMPARE(scenarios->item(1)->checkState(), Qt::Checked);
    QCOMPARE(scenarios->item(2)->checkState(), Qt::Checked);
    const QString pathId = path.id;
    auto kept = [&] { return w->userLibrary()->userPath(pathId).value_or(BriefingPath()).stops.value(at); };
    QCOMPARE(kept().kind, PathStop::Kind::Compare);

    // A third checked: three side by side.
    toggleRow(scenarios, 0);
    QCOMPARE(kept().itemIds, (QStringList{QStringLiteral("scenario-guarantee-bloc"), QStringLiteral("scenario-eu-integration"),
                                          QStringLiteral("scenario-nato-membership")}));
    StageView stage(w->selection());
    stage.resize(960, 540);
    stage.setStop(kept());
    QCOMPARE(stage.page(), StageView::Page::Compare);
    QCOMPARE(stage.comparePage()->columns().size(), 3);
    // Two unchecked: the second is refused, a comparison needs two.
    toggleRow(scenarios, 1);
    QCOMPARE(kept().itemIds.size(), 2);
    toggleRow(scenarios, 2);
    QVERIFY2(editor->lastMessage().contains(QStringLiteral("two or three")), qPrintable(editor->lastMessage()));
    QCOMPARE(scenarios->item(2)->checkState(), Qt::Checked);
    QCOMPARE(kept().itemIds, (QStringList{QStringLiteral("scenario-eu-integration"), QStringLiteral("scenario-nato-membership")}));
}

void tst_StopFields::aPathThatCannotChangeShowsThemDisabled()
{
    auto w = openWindow(m_defence);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    QCOMPARE(w->pathChoice()->path().origin, BriefingPath::Origin::Default);
    const BriefingPath before = w->pathChoice()->path();
    int chart = -1;
    for (int i = 0; i < before.stops.size() && chart < 0; ++i) {
        if (before.stops.at(i).itemId == QLatin1String("chart-ukraine-russia"))
            chart = i;
    }
    QVERIFY(chart >= 0);
    clickRow(editor, chart);
    StopFields *fields = editor->stopFields();
    QVERIFY(fields->isVisible());
    QVERIFY(!fields->wholePeriodBox()->isEnabled());
    QVERIFY(!fields->highlightBox()->isEnabled());
    QTest::mouseClick(fields->wholePeriodBox(), Qt::LeftButton, {}, QPoint(8, fields->wholePeriodBox()->height() / 2));
    QVERIFY(fields->wholePeriodBox()->isChecked());
    QCOMPARE(w->pathChoice()->path(), before);
}

QTEST_MAIN(tst_StopFields)
#include "tst_stopfields.moc"
