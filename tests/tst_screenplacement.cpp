// SPDX-License-Identifier: MIT
// Where a show's windows go. As a pure function of the screens: two screens (the audience on
// the one the main window is not on, the console on the main window's), a screen chosen by
// name, a chosen screen that is not connected, one screen (stage full screen, console a
// window over it), both as windows side by side, and a screen removed or added (the plan for
// the screens that are left), and swapped (the stage and the console trade screens, or sides
// as windows on one screen; nothing to trade with the stage full screen on one). Then for real, on Qt's offscreen platform with two screens
// (tests/data/screens-two.json): the windows land on their screens, full screen, and are
// placed again when the choice changes, the show keeping its stop.
#include "file/briefingdatabase.h"
#include "models/presentationstate.h"
#include "models/selection.h"
#include "present/audiencewindow.h"
#include "present/presentationcontroller.h"
#include "present/presenterconsole.h"
#include "present/screenplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTest>

using namespace bv;

class tst_ScreenPlacement : public QObject
{
    Q_OBJECT
private slots:
    void twoScreens();
    void aChosenScreen();
    void oneScreen();
    void bothAsWindows();
    void aScreenRemovedOrAdded();
    void swapped();
    void noScreens();
    void realTwoScreens();

private:
    using Mode = ScreenPlacement::Mode;
    const QRect laptop{0, 0, 1280, 800};
    const QRect projector{1280, 0, 1920, 1080};
    const QRect third{-1024, 0, 1024, 768};
    const QStringList names{QStringLiteral("Laptop"), QStringLiteral("Projector"), QStringLiteral("Third")};
};

void tst_ScreenPlacement::twoScreens()
{
    // The main window on the laptop: the audience on the projector, the console on the laptop.
    ScreenPlacement p = ScreenPlacement::plan({laptop, projector}, names.mid(0, 2), 0, QString(), Mode::FullScreen);
    QCOMPARE(p.audienceScreen, 1);
    QCOMPARE(p.consoleScreen, 0);
    QVERIFY(p.audienceFullScreen);
    QVERIFY(p.consoleFullScreen);
    QCOMPARE(p.audienceGeometry, projector);
    QCOMPARE(p.consoleGeometry, laptop);
    // The main window on the second screen: the audience goes to the first.
    p = ScreenPlacement::plan({laptop, projector}, names.mid(0, 2), 1, QString(), Mode::FullScreen);
    QCOMPARE(p.audienceScreen, 0);
    QCOMPARE(p.consoleScreen, 1);
    // The main window's screen unknown: as if on the first.
    p = ScreenPlacement::plan({laptop, projector}, names.mid(0, 2), -1, QString(), Mode::FullScreen);
    QCOMPARE(p.audienceScreen, 1);
    QCOMPARE(p.consoleScreen, 0);
    // Three screens, the window on the middle one.
    p = ScreenPlacement::plan({laptop, projector, third}, names, 1, QString(), Mode::FullScreen);
    QCOMPARE(p.audienceScreen, 0);
    QCOMPARE(p.consoleScreen, 1);
}

void tst_ScreenPlacement::aChosenScreen()
{
    // The user chose the laptop for the audience though the window is there: the console
    // goes to the other screen.
    ScreenPlacement p = ScreenPlacement::plan({laptop, projector}, names.mid(0, 2), 0, QStringLiteral("Laptop"), Mode::FullScreen);
    QCOMPARE(p.audienceScreen, 0);
    QCOMPARE(p.consoleScreen, 1);
    QCOMPARE(p.consoleGeometry, projector);
    // A third screen chosen: the console stays with the main window.
    p = ScreenPlacement::plan({laptop, projector, third}, names, 0, QStringLiteral("Third"), Mode::FullScreen);
    QCOMPARE(p.audienceScreen, 2);
    QCOMPARE(p.consoleScreen, 0);
    QCOMPARE(p.audienceGeometry, third);
    // A screen chosen that is not connected now: automatic.
    p = ScreenPlacement::plan({laptop, projector}, names.mid(0, 2), 0, QStringLiteral("Beamer in room 2"), Mode::FullScreen);
    QCOMPARE(p.audienceScreen, 1);
}

void tst_ScreenPlacement::oneScreen()
{
    const ScreenPlacement p = ScreenPlacement::plan({laptop}, names.mid(0, 1), 0, QString(), Mode::FullScreen);
    QCOMPARE(p.audienceScreen, 0);
    QCOMPARE(p.consoleScreen, 0);
    QVERIFY(p.audienceFullScreen);
    QVERIFY(!p.consoleFullScreen); // a window that can be raised over the stage
    QCOMPARE(p.audienceGeometry, laptop);
    QVERIFY(laptop.contains(p.consoleGeometry));
    QVERIFY(p.consoleGeometry.width() < laptop.width());
}

void tst_ScreenPlacement::bothAsWindows()
{
    // One screen: side by side, not overlapping, the stage at 16:9.
    ScreenPlacement p = ScreenPlacement::plan({projector}, names.mid(1, 1), 0, QString(), Mode::Windows);
    QVERIFY(!p.audienceFullScreen);
    QVERIFY(!p.consoleFullScreen);
    QVERIFY(projector.contains(p.audienceGeometry));
    QVERIFY(projector.contains(p.consoleGeometry));
    QVERIFY(!p.audienceGeometry.intersects(p.consoleGeometry));
    QVERIFY(qAbs(p.audienceGeometry.width() * 9 - p.audienceGeometry.height() * 16) <= 16);
    QVERIFY(p.consoleGeometry.width() > 300);
    // A screen taller than wide keeps the stage within its height.
    const QRect portrait(0, 0, 800, 1280);
    p = ScreenPlacement::plan({portrait}, names.mid(0, 1), 0, QString(), Mode::Windows);
    QVERIFY(portrait.contains(p.audienceGeometry));
    // Two screens: a window on each.
    p = ScreenPlacement::plan({laptop, projector}, names.mid(0, 2), 0, QString(), Mode::Windows);
    QCOMPARE(p.audienceScreen, 1);
    QVERIFY(!p.audienceFullScreen);
    QVERIFY(projector.contains(p.audienceGeometry));
    QVERIFY(laptop.contains(p.consoleGeometry));
}

void tst_ScreenPlacement::aScreenRemovedOrAdded()
{
    // During a show on two screens, the projector is unplugged: both on the laptop, the stage
    // full screen and the console over it.
    const ScreenPlacement two = ScreenPlacement::plan({laptop, projector}, names.mid(0, 2), 0, QString(), Mode::FullScreen);
    const ScreenPlacement one = ScreenPlacement::plan({laptop}, names.mid(0, 1), 0, QString(), Mode::FullScreen);
    QVERIFY(!(two == one));
    QCOMPARE(one.audienceGeometry, laptop);
    QVERIFY(!one.consoleFullScreen);
    // Plugged in again: as before.
    QVERIFY(ScreenPlacement::plan({laptop, projector}, names.mid(0, 2), 0, QString(), Mode::FullScreen) == two);
    // The chosen screen removed, then back.
    const ScreenPlacement chosenGone = ScreenPlacement::plan({laptop, projector}, names.mid(0, 2), 0, QStringLiteral("Third"), Mode::FullScreen);
    QVERIFY(chosenGone == two);
    const ScreenPlacement chosenBack = ScreenPlacement::plan({laptop, projector, third}, names, 0, QStringLiteral("Third"), Mode::FullScreen);
    QCOMPARE(chosenBack.audienceGeometry, third);
}

void tst_ScreenPlacement::swapped()
{
    // Two screens: the audience on the laptop, the console on the projector, each full screen.
    const ScreenPlacement two = ScreenPlacement::plan({laptop, projector}, names.mid(0, 2), 0, QString(), Mode::FullScreen);
    ScreenPlacement p = ScreenPlacement::plan({laptop, projector}, names.mid(0, 2), 0, QString(), Mode::FullScreen, true);
    QVERIFY(p.swapped);
    QVERIFY(!two.swapped);
    QCOMPARE(p.audienceScreen, two.consoleScreen);
    QCOMPARE(p.consoleScreen, two.audienceScreen);
    QCOMPARE(p.audienceGeometry, laptop);
    QCOMPARE(p.consoleGeometry, projector);
    QVERIFY(p.audienceFullScreen && p.consoleFullScreen);
    // A chosen screen: the swap trades it too.
    p = ScreenPlacement::plan({laptop, projector, third}, names, 0, QStringLiteral("Third"), Mode::FullScreen, true);
    QCOMPARE(p.audienceGeometry, laptop);
    QCOMPARE(p.consoleGeometry, third);
    // Windows on two screens: a window on each, traded.
    p = ScreenPlacement::plan({laptop, projector}, names.mid(0, 2), 0, QString(), Mode::Windows, true);
    QVERIFY(laptop.contains(p.audienceGeometry));
    QVERIFY(projector.contains(p.consoleGeometry));
    // One screen, the stage full screen: nothing to trade, the plan as unswapped.
    const ScreenPlacement one = ScreenPlacement::plan({laptop}, names.mid(0, 1), 0, QString(), Mode::FullScreen);
    p = ScreenPlacement::plan({laptop}, names.mid(0, 1), 0, QString(), Mode::FullScreen, true);
    QVERIFY(!p.swapped);
    QVERIFY(p == one);
    // Windows side by side on one screen: they trade sides, the same sizes, still apart.
    const ScreenPlacement sides = ScreenPlacement::plan({projector}, names.mid(1, 1), 0, QString(), Mode::Windows);
    p = ScreenPlacement::plan({projector}, names.mid(1, 1), 0, QString(), Mode::Windows, true);
    QVERIFY(p.swapped);
    QCOMPARE(p.audienceGeometry.size(), sides.audienceGeometry.size());
    QCOMPARE(p.consoleGeometry.size(), sides.consoleGeometry.size());
    QVERIFY(p.consoleGeometry.right() < p.audienceGeometry.left());
    QCOMPARE(p.consoleGeometry.left(), sides.audienceGeometry.left());
    QCOMPARE(p.audienceGeometry.right(), sides.consoleGeometry.right());
    QVERIFY(projector.contains(p.audienceGeometry) && projector.contains(p.consoleGeometry));
}

void tst_ScreenPlacement::noScreens()
{
    const ScreenPlacement p = ScreenPlacement::plan({}, {}, 0, QString(), Mode::FullScreen);
    QCOMPARE(p.audienceScreen, -1);
    QCOMPARE(p.consoleScreen, -1);
}

void tst_ScreenPlacement::realTwoScreens()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QCOMPARE(screens.size(), 2); // tests/data/screens-two.json
    QCOMPARE(screens.at(1)->name(), QStringLiteral("Projector"));
    OpenError error;
    const auto sample = BriefingDatabase::openSample(&error);
    QVERIFY2(sample, qPrintable(error.message));
    Selection selection;
    selection.setDatabase(sample);
    QWidget main;
    main.setScreen(screens.at(0));
    main.setGeometry(100, 100, 800, 500);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QCOMPARE(main.screen(), screens.at(0));

    PresentationController controller(&selection);
    controller.setMainWindow(&main);
    QVERIFY(controller.start(BriefingPath::defaultPath(sample->briefing()), 0, false));
    AudienceWindow *audience = controller.audience();
    PresenterConsole *console = controller.console();
    QVERIFY(QTest::qWaitForWindowExposed(audience));
    QVERIFY(QTest::qWaitForWindowExposed(console));
    QTRY_COMPARE(audience->screen()->name(), QStringLiteral("Projector"));
    QTRY_VERIFY(audience->isFullScreen());
    QTRY_COMPARE(audience->geometry(), screens.at(1)->geometry());
    QCOMPARE(console->screen()->name(), QStringLiteral("Laptop"));
    QTRY_COMPARE(console->geometry(), screens.at(0)->geometry());
    // Stepping with the keys, then the screens swapped (the choice changed mid-show): placed
    // again, and the show still at its stop.
    QTest::keyClick(console, Qt::Key_Right);
    QTest::keyClick(console, Qt::Key_Right);
    QCOMPARE(controller.state()->currentStop(), 2);
    controller.setChosenScreen(QStringLiteral("Laptop"));
    QTRY_COMPARE(audience->screen()->name(), QStringLiteral("Laptop"));
    QTRY_COMPARE(audience->geometry(), screens.at(0)->geometry());
    QTRY_COMPARE(console->screen()->name(), QStringLiteral("Projector"));
    QCOMPARE(controller.state()->currentStop(), 2);
    QCOMPARE(audience->stage()->stop(), controller.state()->path().stops.at(2));
    // Both as windows: ordinary windows on their screens.
    controller.setChosenScreen(QString());
    controller.setMode(ScreenPlacement::Mode::Windows);
    QTRY_VERIFY(!audience->isFullScreen());
    QTRY_VERIFY(screens.at(1)->geometry().contains(audience->geometry()));
    QVERIFY(screens.at(0)->geometry().contains(console->geometry()));
    QCOMPARE(controller.state()->currentStop(), 2);
    controller.end();
    QVERIFY(!controller.isRunning());
}

QTEST_MAIN(tst_ScreenPlacement)
#include "tst_screenplacement.moc"
