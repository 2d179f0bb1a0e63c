// SPDX-License-Identifier: MIT
// Presentation > Add This View as a Stop in the real window: the current item as a card, the
// overview, the timeline the keyboard is in over its visible period, the chart the keyboard
// is in (the real-data example) over the period it shows with the current point highlighted,
// a series as the current item; each after the current stop of the user's path, or in "My
// path" when the chosen path is the briefing's; saved to the library and shown in the path
// editor at once. And Delete Current Stop.
#include "browse/itemlistview.h"
#include "charts/chartcanvas.h"
#include "charts/chartpanel.h"
#include "charts/serieschart.h"
#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "file/examples.h"
#include "library/userlibrary.h"
#include "mainwindow.h"
#include "models/pathchoice.h"
#include "models/pathstopsmodel.h"
#include "models/selection.h"
#include "pathactions.h"
#include "present/patheditor.h"
#include "present/stageview.h"
#include "testfiles.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace bv;

class tst_PathActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void addThisViewOnTheSample();
    void addThisViewOnTheDefenceExampleIsAChartStop();
    void deleteCurrentStopAsksWhenItHasNotes();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &path);
    PathEditor *editorOf(MainWindow *window);
    void chooseByKeys(PathEditor *editor, const QString &text);

    QTemporaryDir m_dir;
    QString m_sample, m_defence;
    BriefingPath m_tour; // the author's path written into the sample
};

void tst_PathActions::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pathactions"));
    QSettings().clear();
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("briefings")));
    m_sample = m_dir.filePath(QStringLiteral("briefings/sample.briefing"));
    QVERIFY(test::writeSample(m_sample));
    OpenError error;
    auto sample = BriefingDatabase::open(m_sample, &error);
    QVERIFY2(sample, qPrintable(error.message));
    m_tour.id = QStringLiteral("tour");
    m_tour.title = QStringLiteral("A short tour");
    m_tour.origin = BriefingPath::Origin::Briefing;
    m_tour.stops = BriefingPath::defaultPath(sample->briefing()).stops.mid(0, 3);
    sample.reset();
    QVERIFY2(BriefingWriter::writePath(m_sample, m_tour).ok(), "the author's path was not written");
    m_defence = m_dir.filePath(QStringLiteral("briefings/defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), m_defence, false).ok());
}

void tst_PathActions::init()
{
    static int run = 0; // each test with an empty library of its own
    Library::setFolder(m_dir.filePath(QStringLiteral("libraries/%1").arg(++run)));
}

std::unique_ptr<MainWindow> tst_PathActions::openWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->currentBriefing()->openFile(path))
        return nullptr;
    if (window->userLibrary()->store().state() != Library::State::Ready)
        return nullptr;
    auto *actions = window->findChild<PathActions *>();
    if (!actions)
        return nullptr;
    actions->editorAction()->trigger(); // Presentation > Path Editor: the dock to the front
    return window;
}

PathEditor *tst_PathActions::editorOf(MainWindow *window)
{
    auto *editor = window->findChild<PathEditor *>();
    return editor && editor->isVisible() ? editor : nullptr;
}

void tst_PathActions::chooseByKeys(PathEditor *editor, const QString &text)
{
    QComboBox *chooser = editor->chooser();
    chooser->setFocus(Qt::OtherFocusReason);
    const int wanted = chooser->findText(text, Qt::MatchStartsWith);
    QVERIFY2(wanted >= 0, qPrintable(text));
    for (int i = 0; i < 2 * chooser->count() && chooser->currentIndex() != wanted; ++i)
        QTest::keyClick(chooser, chooser->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(chooser->currentIndex(), wanted);
}

void tst_PathActions::addThisViewOnTheSample()
{
    auto w = openWindow(m_sample);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    auto *actions = w->findChild<PathActions *>();
    // One Presentation menu in the bar, holding both the show's actions and the path's.
    QList<QMenu *> menus;
    for (QAction *action : w->menuBar()->actions()) {
        if (action->menu() && action->menu()->objectName() == QLatin1String("presentationMenu"))
            menus << action->menu();
    }
    QCOMPARE(menus.size(), 1);
    QMenu *menu = menus.first();
    QVERIFY(menu->actions().contains(actions->addViewAction()));
    QVERIFY(menu->actions().contains(w->findChild<QAction *>(QStringLiteral("presentAction"))));
    const Briefing &briefing = w->selection()->database()->briefing();
    // The current item, a guarantee: a card, in a new "My path" (the author's is never changed).
    const QString guarantee = briefing.guarantees.at(0).id;
    w->selection()->select(guarantee);
    w->listView(ItemKind::Guarantee)->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(w.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w->userLibrary()->userPaths().size(), 1);
    BriefingPath mine = w->userLibrary()->userPaths().first();
    QCOMPARE(mine.title, QStringLiteral("My path"));
    QCOMPARE(mine.stops.size(), 1);
    QCOMPARE(mine.stops.at(0).kind, PathStop::Kind::Item);
    QCOMPARE(mine.stops.at(0).itemId, guarantee);
    QCOMPARE(mine.stops.at(0).title, briefing.title(guarantee));
    QCOMPARE(w->pathChoice()->path().id, mine.id);
    QCOMPARE(editor->chooser()->currentText(), QStringLiteral("My path"));
    QCOMPARE(m_tour, w->selection()->database()->briefing().paths.first());

    // The overview, after the current stop.
    w->selection()->select(briefing.metadata.id);
    actions->addViewAction()->trigger();
    // The timeline the keyboard is in: over its visible period, in its lanes.
    auto *timeline = w->findChild<TimelinePanel *>();
    QVERIFY(timeline);
    QTest::mouseClick(timeline->view(), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    timeline->view()->setFocus(Qt::MouseFocusReason);
    actions->addViewAction()->trigger();
    mine = *w->userLibrary()->userPath(mine.id);
    QCOMPARE(mine.stops.size(), 3);
    QCOMPARE(mine.stops.at(1).kind, PathStop::Kind::Overview);
    QCOMPARE(mine.stops.at(2).kind, PathStop::Kind::Timeline);
    QVERIFY(!mine.stops.at(2).from.isEmpty());
    QCOMPARE(StageView::dayOf(mine.stops.at(2).from, false), std::floor(timeline->view()->from()));
    QVERIFY(StageView::dayOf(mine.stops.at(2).to, true) >= timeline->view()->to());
    QVERIFY(StageView::dayOf(mine.stops.at(2).to, true) < timeline->view()->to() + 1.0001);
    QCOMPARE(w->pathChoice()->currentStop(), 2);
    QCOMPARE(editor->stopList()->currentIndex().row(), 2);
    QCOMPARE(editor->model()->rowCount(), 3);

    // Added into the middle: after the current stop.
    w->pathChoice()->setCurrentStop(0);
    const QString scenario = briefing.scenarios.at(0).id;
    w->selection()->select(scenario);
    w->listView(ItemKind::Scenario)->setFocus(Qt::OtherFocusReason);
    actions->addViewAction()->trigger();
    mine = *w->userLibrary()->userPath(mine.id);
    QCOMPARE(mine.stops.size(), 4);
    QCOMPARE(mine.stops.at(1).itemId, scenario);
    QCOMPARE(w->pathChoice()->currentStop(), 1);
    // Choosing the default path and adding again goes into the same "My path".
    chooseByKeys(editor, QStringLiteral("Default path"));
    actions->addViewAction()->trigger();
    QCOMPARE(w->userLibrary()->userPaths().size(), 1);
    QCOMPARE(w->userLibrary()->userPaths().first().stops.size(), 5);
}

void tst_PathActions::addThisViewOnTheDefenceExampleIsAChartStop()
{
    auto w = openWindow(m_defence);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    auto *actions = w->findChild<PathActions *>();
    auto *charts = w->findChild<ChartPanel *>();
    QVERIFY(charts);
    charts->ensureBuilt();
    SeriesChart *chart = charts->chart(QStringLiteral("chart-ukraine-russia"));
    QVERIFY(chart);
    QVERIFY(chart->isTime());
    // The chart the keyboard is in, zoomed to a period of its own, a point of it current.
    w->findChild<QDockWidget *>(QStringLiteral("chartsDock"))->raise();
    chart->ensureLoaded();
    const QString point = QStringLiteral("sipri_milex_pct_gdp_ukraine@2022");
    w->selection()->select(point);
    QCOMPARE(w->selection()->currentId(), point);
    chart->canvas()->setFocus(Qt::TabFocusReason); // as Tab and F6 bring the keyboard there
    QVERIFY(chart->isAncestorOf(QApplication::focusWidget()) || QApplication::focusWidget() == chart);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w->userLibrary()->userPaths().size(), 1);
    const BriefingPath mine = w->userLibrary()->userPaths().first();
    QCOMPARE(mine.stops.size(), 1);
    const PathStop &stop = mine.stops.first();
    QCOMPARE(stop.kind, PathStop::Kind::Chart);
    QCOMPARE(stop.itemId, QStringLiteral("chart-ukraine-russia"));
    QCOMPARE(stop.highlightId, point);
    QVERIFY(!stop.from.isEmpty());
    QCOMPARE(StageView::dayOf(stop.from, false), std::floor(chart->from()));
    QVERIFY(StageView::dayOf(stop.to, true) >= chart->to());
    // The stage shows that stop as a chart.
    Selection selection;
    selection.setDatabase(w->selection()->database());
    StageView stage(&selection);
    stage.setStop(stop);
    QCOMPARE(stage.page(), StageView::Page::Chart);
    QCOMPARE(stage.highlight(), point);
    // The current item a series, the keyboard elsewhere: a chart stop too.
    const QString series = w->selection()->database()->briefing().series.first().id;
    w->selection()->select(series);
    w->findChild<QListView *>()->setFocus(Qt::OtherFocusReason);
    actions->addViewAction()->trigger();
    const PathStop second = w->userLibrary()->userPaths().first().stops.at(1);
    QCOMPARE(second.kind, PathStop::Kind::Chart);
    QCOMPARE(second.itemId, charts->chart(series)->chartId());
    QCOMPARE(editor->model()->rowCount(), 2);
}

void tst_PathActions::deleteCurrentStopAsksWhenItHasNotes()
{
    auto w = openWindow(m_sample);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    auto *actions = w->findChild<PathActions *>();
    QVERIFY(!actions->deleteStopAction()->isEnabled()); // the author's path: never changed
    QVERIFY(editor->duplicatePath());
    QVERIFY(actions->deleteStopAction()->isEnabled());
    const QString id = w->pathChoice()->path().id;
    BriefingPath path = w->pathChoice()->path();
    path.stops[1].notes = QStringLiteral("Keep this.");
    QVERIFY(w->userLibrary()->savePath(&path));
    w->pathChoice()->setPath(path);
    // Without notes: at once.
    w->pathChoice()->setCurrentStop(0);
    actions->deleteStopAction()->trigger();
    QCOMPARE(w->userLibrary()->userPath(id)->stops.size(), 2);
    QCOMPARE(editor->model()->rowCount(), 2);
    // With notes: asked first; Cancel keeps it, Delete removes it.
    QCOMPARE(w->pathChoice()->currentStop(), 0);
    QCOMPARE(w->pathChoice()->path().stops.at(0).notes, QStringLiteral("Keep this."));
    actions->deleteStopAction()->trigger();
    QTRY_VERIFY(actions->question() && actions->question()->isVisible());
    QTest::mouseClick(actions->question()->button(QMessageBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!actions->question());
    QCOMPARE(w->userLibrary()->userPath(id)->stops.size(), 2);
    actions->deleteStopAction()->trigger();
    QTRY_VERIFY(actions->question() && actions->question()->isVisible());
    QPushButton *remove = nullptr;
    for (QAbstractButton *button : actions->question()->buttons()) {
        if (actions->question()->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(w->userLibrary()->userPath(id)->stops.size(), 1);
    QCOMPARE(w->pathChoice()->path().stops.size(), 1);
    QCOMPARE(m_tour, w->selection()->database()->briefing().paths.first());
}

QTEST_MAIN(tst_PathActions)
#include "tst_pathactions.moc"
