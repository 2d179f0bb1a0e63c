// SPDX-License-Identifier: MIT
// The Presentation menu in the real window: resuming where the last show stopped (F5 asks,
// Shift+F5 starts at the path's current stop), a rehearsal's times kept in the library and
// shown beside the budget next time, the command line's --present, and the windows on one
// screen, full screen or both as windows. Keys and clicks as the user gives them.
#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "library/library.h"
#include "library/userlibrary.h"
#include "models/pathchoice.h"
#include "models/presentationstate.h"
#include "models/selection.h"
#include "present/audiencewindow.h"
#include "present/presentationkeys.h"
#include "present/presenterconsole.h"
#include "showfixture.h"
#include "testfiles.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTest>

using namespace bv;

class tst_PresentActions : public QObject, public test::ShowFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_presentactions"));
        QVERIFY(setUpFiles());
    }
    void init() { QVERIFY(setUpLibrary()); }
    void cleanup() { tearDown(); }
    void resumeWhereTheLastShowStopped();
    void rehearsalIsKeptAndShown();
    void presentFromTheCommandLine();
    void oneScreenAndBothAsWindows();
    void closingAWindowEndsTheShow();
};

void tst_PresentActions::resumeWhereTheLastShowStopped()
{
    QVERIFY(openWindow(m_sample));
    const BriefingPath path = m_actions->pathChoice()->path();
    // A first show, left at stop 3.
    QVERIFY(startWith(Qt::Key_F5));
    QVERIFY(!m_actions->resumeQuestion()); // nothing to resume the first time
    press(Qt::Key_3);
    press(Qt::Key_Return);
    QVERIFY(endShow());
    // F5 again asks; Resume starts there.
    QVERIFY(activate(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(m_actions->resumeQuestion() && m_actions->resumeQuestion()->isVisible());
    QVERIFY(m_actions->resumeQuestion()->text().contains(path.stops.at(2).title.left(30)));
    QVERIFY(!m_actions->controller()->isRunning());
    QTest::keyClick(m_window.get(), Qt::Key_F5); // asked already: no second question, no show
    QTest::mouseClick(m_actions->resumeQuestion()->findChild<QPushButton *>(QStringLiteral("resumeButton")), Qt::LeftButton);
    QTRY_VERIFY(m_actions->controller()->isRunning());
    QCOMPARE(state()->currentStop(), 2);
    QVERIFY(QTest::qWaitForWindowExposed(console()));
    QVERIFY(activate(console()));
    press(Qt::Key_Right);
    QVERIFY(endShow());
    // From the Start.
    QVERIFY(activate(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(m_actions->resumeQuestion() && m_actions->resumeQuestion()->isVisible());
    QVERIFY(m_actions->resumeQuestion()->text().contains(QLatin1String("stop 4")));
    QTest::mouseClick(m_actions->resumeQuestion()->findChild<QPushButton *>(QStringLiteral("fromStartButton")), Qt::LeftButton);
    QTRY_VERIFY(m_actions->controller()->isRunning());
    QCOMPARE(state()->currentStop(), 0);
    QVERIFY(QTest::qWaitForWindowExposed(console()));
    QVERIFY(activate(console()));
    press(Qt::Key_Right);
    QVERIFY(endShow());
    // Shift+F5: the path's current stop (where the show ended), without asking.
    QCOMPARE(m_actions->pathChoice()->currentStop(), 1);
    QVERIFY(startWith(Qt::Key_F5, Qt::ShiftModifier));
    QVERIFY(!m_actions->resumeQuestion());
    QCOMPARE(state()->currentStop(), 1);
    QVERIFY(endShow());
}

void tst_PresentActions::rehearsalIsKeptAndShown()
{
    QVERIFY(openWindow(m_defence));
    const QString pathId = m_actions->pathChoice()->path().id;
    QVERIFY(m_window->userLibrary()->lastRehearsal(pathId).isEmpty());
    QVERIFY(activate(m_window.get()));
    m_actions->rehearseAction()->trigger();
    QVERIFY(m_actions->controller()->isRunning());
    QVERIFY(state()->isRehearsing());
    QVERIFY(QTest::qWaitForWindowExposed(console()));
    QVERIFY(activate(console()));
    QVERIFY(console()->statusLabel()->text().contains(QLatin1String("Rehearsing")));
    QVERIFY(console()->rehearsalLabel()->text().isEmpty()); // none before
    m_now += 65000;
    press(Qt::Key_Right);
    m_now += 7000;
    press(Qt::Key_Right);
    m_now += 2000;
    QVERIFY(endShow());
    const QVector<int> kept = m_window->userLibrary()->lastRehearsal(pathId);
    QCOMPARE(kept.size(), state()->stopCount());
    QCOMPARE(kept.mid(0, 4), (QVector<int>{65, 7, 2, -1}));
    // Next time, beside the budget: the last rehearsal's time on each stop.
    QVERIFY(activate(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_VERIFY(m_actions->resumeQuestion() && m_actions->resumeQuestion()->isVisible());
    QTest::mouseClick(m_actions->resumeQuestion()->findChild<QPushButton *>(QStringLiteral("fromStartButton")), Qt::LeftButton);
    QTRY_VERIFY(m_actions->controller()->isRunning());
    QVERIFY(!state()->isRehearsing());
    QVERIFY(QTest::qWaitForWindowExposed(console()));
    QVERIFY(activate(console()));
    QCOMPARE(console()->rehearsalLabel()->text(), QStringLiteral("Last rehearsal: 1:05"));
    press(Qt::Key_Right);
    QCOMPARE(console()->rehearsalLabel()->text(), QStringLiteral("Last rehearsal: 0:07"));
    press(Qt::Key_End);
    QVERIFY(console()->rehearsalLabel()->text().isEmpty()); // not timed then
    QVERIFY(endShow());
    // A show that is not a rehearsal keeps none.
    QCOMPARE(m_window->userLibrary()->rehearsals(pathId).size(), 1);
}

void tst_PresentActions::presentFromTheCommandLine()
{
    // What `briefing-viewer --present FILE` does: present once the file is shown.
    m_window = std::make_unique<MainWindow>();
    m_actions = m_window->findChild<PresentActions *>();
    QVERIFY(m_actions);
    m_actions->presentWhenShown();
    m_window->show();
    m_window->currentBriefing()->openFileInBackground(m_sample);
    QTRY_VERIFY(m_actions->controller()->isRunning());
    QCOMPARE(state()->currentStop(), 0);
    QCOMPARE(state()->path(), m_actions->pathChoice()->path());
    QVERIFY(QTest::qWaitForWindowExposed(console()));
    QVERIFY(endShow());
    // Only once: the next briefing shown does not start another show.
    m_window->currentBriefing()->openFileInBackground(m_defence);
    QTRY_VERIFY(m_window->selection()->database()->path() == m_defence);
    QTest::qWait(50);
    QVERIFY(!m_actions->controller()->isRunning());
    // The option itself, as the program's help lists it.
    const test::ProgramRun help = test::runProgram(QStringLiteral(BRIEFING_VIEWER), {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("--present")), qPrintable(help.out));
}

void tst_PresentActions::oneScreenAndBothAsWindows()
{
    QCOMPARE(QGuiApplication::screens().size(), 1);
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    QVERIFY(openWindow(m_sample));
    QVERIFY(startWith(Qt::Key_F5));
    QTRY_VERIFY(audience()->isFullScreen());
    QTRY_COMPARE(audience()->geometry(), screen);
    QVERIFY(!console()->isFullScreen()); // a window to raise over the stage
    QVERIFY2(screen.contains(console()->geometry()), qPrintable(QStringLiteral("%1,%2 %3x%4 min %5x%6").arg(console()->x()).arg(console()->y()).arg(console()->width()).arg(console()->height()).arg(console()->minimumSizeHint().width()).arg(console()->minimumSizeHint().height())));
    press(Qt::Key_Right);
    QVERIFY(endShow());
    // Presentation > Stage and Console as Windows: side by side, for sharing one in a call.
    m_actions->windowsAction()->trigger();
    QVERIFY(QSettings().value(QLatin1String(PresentActions::windowsKey)).toBool());
    QVERIFY(startWith(Qt::Key_F5, Qt::ShiftModifier));
    QTRY_VERIFY(!audience()->isFullScreen());
    QVERIFY(!console()->isFullScreen());
    QTRY_VERIFY(!audience()->geometry().intersects(console()->geometry()));
    QCOMPARE(state()->currentStop(), 1);
    QVERIFY(endShow());
}

void tst_PresentActions::closingAWindowEndsTheShow()
{
    QVERIFY(openWindow(m_sample));
    // The console closed (its title bar, Alt+F4): the show ends, its last stop kept.
    QVERIFY(startWith(Qt::Key_F5));
    press(Qt::Key_Right);
    console()->close();
    QTRY_VERIFY(!m_actions->controller()->isRunning() && !console() && !audience());
    QCOMPARE(m_window->userLibrary()->lastStop(m_actions->pathChoice()->path().id), std::optional<int>(1));
    // The main window closed during a show: the show's windows go with it.
    QVERIFY(startWith(Qt::Key_F5, Qt::ShiftModifier));
    m_window->close();
    QTRY_VERIFY(!m_actions->controller()->isRunning() && !console() && !audience());
}

QTEST_MAIN(tst_PresentActions)
#include "tst_presentactions.moc"
