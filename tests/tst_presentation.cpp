// SPDX-License-Identifier: MIT
// A show from the real window, every step a real key press or click on the real windows: F5,
// stepping with every key a clicker sends, jumps by number, by name and by a click in the list
// of stops, black and white screens, freezing, a pause that survives stepping, the pace
// colour against a budget, the notes' size, and Esc (twice) returning the last stop shown as
// the window's current item, F5 and a single Esc never ending the show. On the sample and the
// real-data example.
#include "charts/chartcanvas.h"
#include "charts/serieschart.h"
#include "file/briefingdatabase.h"
#include "library/library.h"
#include "library/userlibrary.h"
#include "models/pathchoice.h"
#include "models/presentationstate.h"
#include "models/selection.h"
#include "models/themestate.h"
#include "present/audiencewindow.h"
#include "present/presentationkeys.h"
#include "present/presenterconsole.h"
#include "present/stagechart.h"
#include "showfixture.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTest>

#include <cmath>

using namespace bv;

class tst_Presentation : public QObject, public test::ShowFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_presentation"));
        QVERIFY(setUpFiles());
    }
    void init() { QVERIFY(setUpLibrary()); }
    void cleanup() { tearDown(); }
    void steppingWithEveryClickerKey();
    void jumpByNumberNameAndClick();
    void blackWhiteAndFreeze();
    void pauseSurvivesStopsAndPaceHasColours();
    void escTwiceReturnsTheLastStopShown();
    void aChartZoomedOnTheConsoleZoomsOnTheStage();
    void aPointClickedOnTheConsoleIsHighlightedOnTheStage();
    void theShowSpeaksTheWindowsLanguage();
    void theConsoleShowsTheStagesLook();
    void theShowTakesTheLookFromThemeState();
    void thePointerHidesOnTheStageUntilItMoves();
};

void tst_Presentation::steppingWithEveryClickerKey()
{
    QVERIFY(openWindow(m_sample));
    const BriefingPath path = m_actions->pathChoice()->path();
    QVERIFY(path.stops.size() >= 6);
    QVERIFY(startWith(Qt::Key_F5));
    QCOMPARE(state()->currentStop(), 0);
    QCOMPARE(audience()->stage()->stop(), path.stops.at(0));
    int expected = 0;
    for (int key : {Qt::Key_Right, Qt::Key_Down, Qt::Key_PageDown, Qt::Key_Space, Qt::Key_Return, Qt::Key_Enter}) {
        press(key);
        QCOMPARE(state()->currentStop(), ++expected);
    }
    QCOMPARE(audience()->stage()->stop(), path.stops.at(expected));
    QCOMPARE(console()->currentView()->stop(), path.stops.at(expected));
    QCOMPARE(console()->nextView()->stop(), path.stops.at(expected + 1));
    QCOMPARE(console()->stopList()->currentRow(), expected);
    for (int key : {Qt::Key_Left, Qt::Key_Up, Qt::Key_PageUp, Qt::Key_Backspace}) {
        press(key);
        QCOMPARE(state()->currentStop(), --expected);
    }
    press(Qt::Key_End);
    QCOMPARE(state()->currentStop(), int(path.stops.size()) - 1);
    QVERIFY(!console()->nextView()->isVisible()); // nothing after the last
    press(Qt::Key_Right);
    QCOMPARE(state()->currentStop(), int(path.stops.size()) - 1);
    press(Qt::Key_Home);
    QCOMPARE(state()->currentStop(), 0);
    // The keys act on the stage too (a one-screen presenter looks at it).
    QTest::keyClick(audience(), Qt::Key_Right);
    QCOMPARE(state()->currentStop(), 1);
    // Notes are the stop's, rendered safely; their size follows A+ and Ctrl+Plus.
    const int points = console()->notesPointSize();
    QTest::mouseClick(console()->findChild<QWidget *>(QStringLiteral("notesLarger")), Qt::LeftButton);
    press(Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(console()->notesPointSize(), points + 4);
    QCOMPARE(QSettings().value(QLatin1String(PresentActions::notesSizeKey)).toInt(), points + 4);
    QVERIFY(endShow());
}

void tst_Presentation::jumpByNumberNameAndClick()
{
    QVERIFY(openWindow(m_defence));
    const BriefingPath path = m_actions->pathChoice()->path();
    QVERIFY(path.stops.size() >= 5);
    QVERIFY(startWith(Qt::Key_F5));
    // A number and Enter.
    type(QStringLiteral("4"));
    QCOMPARE(console()->jumpField()->text(), QStringLiteral("4"));
    QCOMPARE(state()->currentStop(), 0); // not before Enter
    press(Qt::Key_Return);
    QCOMPARE(state()->currentStop(), 3);
    QVERIFY(console()->jumpField()->text().isEmpty());
    // A number out of range: nothing, the text kept to correct; Esc clears it, the show goes on.
    type(QStringLiteral("999"));
    press(Qt::Key_Return);
    QCOMPARE(state()->currentStop(), 3);
    QCOMPARE(console()->jumpField()->text(), QStringLiteral("999"));
    press(Qt::Key_Escape);
    QVERIFY(console()->jumpField()->text().isEmpty());
    QVERIFY(m_actions->controller()->isRunning());
    QVERIFY(!m_actions->controller()->keys()->isEscArmed());
    // Part of a title after '/', in the field itself.
    const int target = 1;
    const QString title = path.stops.at(target).title;
    QVERIFY(title.size() >= 6);
    const QString part = title.mid(1, 5).toLower();
    press(Qt::Key_Slash);
    QTRY_VERIFY(console()->jumpField()->hasFocus());
    press(Qt::Key_PageDown); // a clicker steps even while the field has the focus
    QCOMPARE(state()->currentStop(), 4);
    press(Qt::Key_PageUp);
    QCOMPARE(state()->currentStop(), 3);
    type(part);
    QCOMPARE(console()->jumpField()->text(), part);
    const int named = console()->jumpTarget();
    QVERIFY(named >= 0);
    QVERIFY(path.stops.at(named).title.toLower().contains(part));
    QVERIFY(console()->findChild<QLabel *>(QStringLiteral("consoleJumpHint"))->text().contains(path.stops.at(named).title.left(20)));
    press(Qt::Key_Return);
    QCOMPARE(state()->currentStop(), named);
    QVERIFY(!console()->jumpField()->hasFocus());
    // Typed straight on the console: a name that starts with a letter no key uses.
    press(Qt::Key_Home);
    type(QStringLiteral("zzqq"));
    press(Qt::Key_Return);
    QCOMPARE(state()->currentStop(), 0);
    QCOMPARE(console()->findChild<QLabel *>(QStringLiteral("consoleJumpHint"))->text(), QStringLiteral("No stop matches"));
    press(Qt::Key_Escape);
    // A click in the list of stops.
    QListWidget *list = console()->stopList();
    list->scrollToItem(list->item(4));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(list->item(4)).center());
    QCOMPARE(state()->currentStop(), 4);
    QCOMPARE(audience()->stage()->stop(), path.stops.at(4));
    QVERIFY(endShow());
}

void tst_Presentation::thePointerHidesOnTheStageUntilItMoves()
{
    QVERIFY(openWindow(m_sample));
    QVERIFY(startWith(Qt::Key_F5));
    AudienceWindow *stage = audience();
    QVERIFY(stage->cursor().shape() != Qt::BlankCursor);
    QTRY_COMPARE_WITH_TIMEOUT(stage->cursor().shape(), Qt::BlankCursor, AudienceWindow::pointerHideMs + 2000);
    // Through the stage's window, as the window system delivers a move.
    const QPoint middle = stage->rect().center();
    QTest::mouseMove(stage->windowHandle(), middle);
    QTest::mouseMove(stage->windowHandle(), middle + QPoint(40, 25));
    QTRY_VERIFY(stage->cursor().shape() != Qt::BlankCursor); // back when it moves
    QTRY_COMPARE_WITH_TIMEOUT(stage->cursor().shape(), Qt::BlankCursor, AudienceWindow::pointerHideMs + 2000);
    press(Qt::Key_Right); // the keys do not bring it back
    QCOMPARE(stage->cursor().shape(), Qt::BlankCursor);
}

void tst_Presentation::blackWhiteAndFreeze()
{
    QVERIFY(openWindow(m_sample));
    QVERIFY(startWith(Qt::Key_F5));
    const BriefingPath path = state()->path();
    QVERIFY(!audience()->isBlank());
    press(Qt::Key_B);
    QVERIFY(audience()->isBlank());
    QCOMPARE(audience()->blankColour(), QColor(Qt::black));
    QVERIFY(console()->statusLabel()->text().contains(QLatin1String("Black")));
    press(Qt::Key_B);
    QVERIFY(!audience()->isBlank());
    press(Qt::Key_Period);
    QCOMPARE(audience()->blankColour(), QColor(Qt::black));
    press(Qt::Key_W);
    QCOMPARE(audience()->blankColour(), QColor(Qt::white));
    press(Qt::Key_Comma);
    QVERIFY(!audience()->isBlank());
    press(Qt::Key_Comma);
    QCOMPARE(audience()->blankColour(), QColor(Qt::white));
    press(Qt::Key_Right); // moving shows the stop again
    QVERIFY(!audience()->isBlank());
    QCOMPARE(state()->currentStop(), 1);
    // Freeze: the audience keeps stop 2 while the console moves on.
    press(Qt::Key_F);
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    QCOMPARE(state()->currentStop(), 3);
    QCOMPARE(console()->currentView()->stop(), path.stops.at(3));
    QCOMPARE(audience()->stage()->stop(), path.stops.at(1));
    QVERIFY(console()->statusLabel()->text().contains(QLatin1String("Frozen")));
    press(Qt::Key_F); // F again: the current stop
    QCOMPARE(audience()->stage()->stop(), path.stops.at(3));
    QVERIFY(!console()->statusLabel()->text().contains(QLatin1String("Frozen")));
    QVERIFY(endShow());
}

void tst_Presentation::pauseSurvivesStopsAndPaceHasColours()
{
    QVERIFY(openWindow(m_sample));
    BriefingPath path = m_actions->pathChoice()->path();
    path.stops[0].budgetSeconds = 10;
    path.stops[1].budgetSeconds = 60;
    m_actions->pathChoice()->setPath(path);
    QVERIFY(startWith(Qt::Key_F5));
    auto paceIs = [this](PresenterConsole::Pace pace) {
        console()->updateTimes();
        QLabel *label = console()->paceLabel();
        if (console()->pace() != pace)
            return false;
        return pace == PresenterConsole::Pace::None
                   ? !label->autoFillBackground()
                   : label->autoFillBackground() && label->palette().color(QPalette::Window) == PresenterConsole::paceColour(pace);
    };
    m_now += 7000;
    QVERIFY(paceIs(PresenterConsole::Pace::Green));
    QCOMPARE(console()->paceLabel()->text(), QStringLiteral("0:07 of 0:10"));
    m_now += 2000;
    QVERIFY(paceIs(PresenterConsole::Pace::Amber));
    m_now += 2000;
    QVERIFY(paceIs(PresenterConsole::Pace::Red));
    // P pauses; the pause holds over two stops; the Pause button resumes.
    press(Qt::Key_P);
    QVERIFY(state()->isPaused());
    QVERIFY(console()->pauseButton()->isChecked());
    m_now += 30000;
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    m_now += 30000;
    QVERIFY(state()->isPaused());
    console()->updateTimes();
    // The whole show against the sum of its stops' budgets (10 + 60 s).
    QCOMPARE(console()->elapsedLabel()->text(), QStringLiteral("0:11 of 1:10"));
    QCOMPARE(console()->talkPace(), PresenterConsole::Pace::Green);
    QTest::mouseClick(console()->pauseButton(), Qt::LeftButton);
    QVERIFY(!state()->isPaused());
    m_now += 4000;
    console()->updateTimes();
    QCOMPARE(console()->elapsedLabel()->text(), QStringLiteral("0:15 of 1:10"));
    QCOMPARE(state()->currentStopMs(), 4000);
    QVERIFY(paceIs(PresenterConsole::Pace::None)); // the sample's third stop has no budget
    QCOMPARE(console()->paceLabel()->text(), QStringLiteral("0:04"));
    m_now += 60000; // past the talk's budget
    console()->updateTimes();
    QCOMPARE(console()->elapsedLabel()->text(), QStringLiteral("1:15 of 1:10"));
    QCOMPARE(console()->talkPace(), PresenterConsole::Pace::Red);
    QVERIFY(console()->elapsedLabel()->autoFillBackground());
    QCOMPARE(console()->elapsedLabel()->palette().color(QPalette::Window), PresenterConsole::paceColour(PresenterConsole::Pace::Red));
    QVERIFY(endShow());
}

void tst_Presentation::escTwiceReturnsTheLastStopShown()
{
    QVERIFY(openWindow(m_defence));
    const BriefingPath path = m_actions->pathChoice()->path();
    const Briefing &briefing = m_window->selection()->database()->briefing();
    // The first item stop after the overview.
    int item = -1;
    for (int i = 1; i < path.stops.size() && item < 0; ++i) {
        if (path.stops.at(i).kind == PathStop::Kind::Item)
            item = i;
    }
    QVERIFY(item > 0 && item + 2 < path.stops.size());
    QVERIFY(startWith(Qt::Key_F5));
    for (int i = 0; i < item; ++i)
        press(Qt::Key_Right);
    // F5 and Shift+F5 during the show: nothing happens.
    press(Qt::Key_F5);
    press(Qt::Key_F5, Qt::ShiftModifier);
    QVERIFY(m_actions->controller()->isRunning());
    QCOMPARE(state()->currentStop(), item);
    // One Esc only warns; a clicker's next F5, or any key, forgets it.
    press(Qt::Key_Escape);
    QVERIFY(m_actions->controller()->isRunning());
    QVERIFY(console()->escNotice()->isVisible());
    press(Qt::Key_F5);
    QVERIFY(!console()->escNotice()->isVisible());
    press(Qt::Key_Escape);
    QTest::qWait(PresentationKeys::escWindowMs + 200); // too late for a second one
    QVERIFY(!console()->escNotice()->isVisible());
    press(Qt::Key_Escape);
    QVERIFY(m_actions->controller()->isRunning());
    press(Qt::Key_Right);
    // Frozen on the item; the console two stops further: the stop shown is the item's.
    press(Qt::Key_Left);
    press(Qt::Key_F);
    press(Qt::Key_Right);
    press(Qt::Key_Right);
    QVERIFY(endShow());
    const QString itemId = path.stops.at(item).itemId;
    QCOMPARE(m_window->selection()->currentId(), itemId);
    QCOMPARE(briefing.kindOf(itemId) != ItemKind::Briefing, true);
    QCOMPARE(m_actions->pathChoice()->currentStop(), item);
    QCOMPARE(m_window->userLibrary()->lastStop(path.id), std::optional<int>(item));
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
}

void tst_Presentation::aChartZoomedOnTheConsoleZoomsOnTheStage()
{
    QVERIFY(openWindow(m_defence));
    const BriefingPath path = m_actions->pathChoice()->path();
    int chart = -1;
    for (int i = 0; i < path.stops.size() && chart < 0; ++i) {
        if (path.stops.at(i).kind == PathStop::Kind::Chart && path.stops.at(i).itemId == QLatin1String("chart-ukraine-russia"))
            chart = i; // a time chart
    }
    QVERIFY(chart > 0);
    QVERIFY(startWith(Qt::Key_F5));
    state()->jump(chart);
    StageView *mine = console()->currentView();
    QTRY_COMPARE(mine->page(), StageView::Page::Chart);
    const double span = audience()->stage()->viewTo() - audience()->stage()->viewFrom();
    QTest::keyClick(mine->chartPage()->chart()->canvas(), Qt::Key_Plus); // zoom in on the console
    QVERIFY(mine->viewTo() - mine->viewFrom() < span * 0.9);
    QCOMPARE(audience()->stage()->viewFrom(), mine->viewFrom());
    QCOMPARE(audience()->stage()->viewTo(), mine->viewTo());
    QCOMPARE(state()->currentStop(), chart); // '+' is the chart's, not a step
    // Frozen on another stop, the stage does not follow the console's chart.
    press(Qt::Key_Left);
    press(Qt::Key_F);
    press(Qt::Key_Right);
    const double frozenFrom = audience()->stage()->viewFrom();
    QTest::keyClick(mine->chartPage()->chart()->canvas(), Qt::Key_Plus);
    QCOMPARE(audience()->stage()->stop(), path.stops.at(chart - 1));
    QVERIFY(audience()->stage()->viewFrom() == frozenFrom || std::isnan(frozenFrom));
    QVERIFY(endShow());
}

void tst_Presentation::aPointClickedOnTheConsoleIsHighlightedOnTheStage()
{
    QVERIFY(openWindow(m_defence));
    const QString current = m_window->selection()->currentId();
    const BriefingPath path = m_actions->pathChoice()->path();
    int chart = -1;
    for (int i = 0; i < path.stops.size() && chart < 0; ++i) {
        if (path.stops.at(i).itemId == QLatin1String("chart-ukraine-russia"))
            chart = i;
    }
    QVERIFY(chart > 0);
    QVERIFY(startWith(Qt::Key_F5));
    type(QString::number(chart + 1)); // the stop's number and Enter, on the console
    press(Qt::Key_Return);
    QCOMPARE(state()->currentStop(), chart);
    StageView *mine = console()->currentView();
    StageView *stage = audience()->stage();
    QTRY_VERIFY(mine->page() == StageView::Page::Chart && !mine->chartPage()->isWaiting());
    QTRY_VERIFY(stage->page() == StageView::Page::Chart && !stage->chartPage()->isWaiting());
    QVERIFY(stage->highlight().isEmpty());
    QVERIFY(!stage->chartPage()->chart()->canvas()->currentPoint().has_value());
    // A real click on the fourth point of the console's first line.
    SeriesChart *chartShown = mine->chartPage()->chart();
    ChartCanvas *canvas = chartShown->canvas();
    const ChartLine line = chartShown->lines(0).value(0);
    QVERIFY(line.count() > 3);
    const QPointF at = canvas->chart()->mapToPosition(line.points.at(3), canvas->chart()->series().value(0)) * canvas->scale();
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, at.toPoint());
    const QString point = mine->highlight();
    QVERIFY2(point.startsWith(QLatin1String("sipri_milex_pct_gdp_ukraine@")), qPrintable(point));
    // The stage follows: the same point highlighted, ringed where the stage draws it.
    QCOMPARE(stage->highlight(), point);
    QVERIFY(stage->chartPage()->chart()->canvas()->currentPoint().has_value());
    QCOMPARE(stage->chartPage()->chart()->canvas()->currentPoint(), canvas->currentPoint());
    QCOMPARE(m_window->selection()->currentId(), current); // the window's current item stays
    QCOMPARE(state()->currentStop(), chart); // a click is not a step
    QVERIFY(endShow());
}

void tst_Presentation::theShowSpeaksTheWindowsLanguage()
{
    QVERIFY(openWindow(m_sample));
    QVERIFY(m_window->setLanguage(QStringLiteral("de")));
    QVERIFY(startWith(Qt::Key_F5));
    QCOMPARE(console()->endButton()->text(), QStringLiteral("Präsentation beenden"));
    press(Qt::Key_B);
    QCOMPARE(console()->statusLabel()->text(), QStringLiteral("Schwarzer Bildschirm"));
    // Switched during the show: both windows follow.
    QVERIFY(m_window->setLanguage(QStringLiteral("uk")));
    QTRY_COMPARE(console()->endButton()->text(), QStringLiteral("Завершити показ"));
    QCOMPARE(audience()->windowTitle(), QStringLiteral("Аудиторія — Briefing Viewer"));
    QVERIFY(endShow());
    QVERIFY(m_window->setLanguage(QStringLiteral("en")));
}

void tst_Presentation::theConsoleShowsTheStagesLook()
{
    // Preferences > Presentation look: Projector. The presenter sees the stops in the colours
    // the room sees, not the window's.
    QSettings().setValue(QStringLiteral("present/look"), QStringLiteral("projector"));
    QVERIFY(openWindow(m_defence));
    QVERIFY(startWith(Qt::Key_F5));
    QCOMPARE(audience()->stage()->look(), StageView::Look::Projector);
    QCOMPARE(console()->currentView()->look(), StageView::Look::Projector);
    QCOMPARE(console()->nextView()->look(), StageView::Look::Projector);
    QVERIFY(endShow());
    QSettings().remove(QStringLiteral("present/look"));
}

void tst_Presentation::theShowTakesTheLookFromThemeState()
{
    // The look chosen in the window's ThemeState is the show's, whatever the settings file
    // holds now (it is removed behind the window's back: reading it would give Normal).
    QVERIFY(openWindow(m_defence));
    auto *theme = m_window->findChild<ThemeState *>();
    QVERIFY(theme);
    theme->setStageLook(ThemeState::StageLook::Projector);
    QSettings().remove(QStringLiteral("present/look"));
    QVERIFY(startWith(Qt::Key_F5));
    QCOMPARE(audience()->stage()->look(), StageView::Look::Projector);
    QVERIFY(endShow());
    theme->setStageLook(ThemeState::StageLook::Normal);
    QSettings().remove(QStringLiteral("present/look"));
}

QTEST_MAIN(tst_Presentation)
#include "tst_presentation.moc"
