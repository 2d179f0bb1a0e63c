// SPDX-License-Identifier: MIT
// Screens that change during a show, for real: Qt's offscreen platform starts with two screens
// (tests/data/screens-two.json, a laptop and a projector) and changes them at run time through
// its native interface's "setConfiguration" (in Qt 6.4 a resource of nativeResourceForIntegration,
// a function taking the configuration and the native interface; nativeResourceFunctionForIntegration
// has none). A show stepped to stop 3 with the keys: the projector unplugged, the stage is full
// screen on the laptop and the console a window over it, as the one-screen placement says,
// the same stop shown; plugged in again, both are where two screens put them. The swap key
// (S, pressed for real) trades the stage's and the console's screens keeping the stop, the
// black screen and the clock, and the swap outlives a screen removed and added back.
#include "file/briefingdatabase.h"
#include "models/presentationstate.h"
#include "models/selection.h"
#include "present/audiencewindow.h"
#include "present/presentationcontroller.h"
#include "present/presenterconsole.h"
#include "present/screenplacement.h"
#include "present/stageview.h"

#include <qpa/qplatformnativeinterface.h>

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QScreen>
#include <QTest>

using namespace bv;

class tst_ScreenChange : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void aScreenRemovedAndAddedMidShow();
    void theSwapKeyTradesTheScreens();

private:
    using SetConfiguration = void (*)(const QJsonObject &, QPlatformNativeInterface *);
    using Configuration = QJsonObject (*)(QPlatformNativeInterface *);
    // The screens of the configuration the test started with, but for the one named.
    void unplug(const QString &name);
    void plugBackIn();
    QScreen *screen(const QString &name) const;
    bool startShow(PresentationController *controller);
    void expectTwoScreens(PresentationController *controller, const QString &audience, const QString &console);
    void expectOneScreen(PresentationController *controller);

    QPlatformNativeInterface *m_native = nullptr;
    SetConfiguration m_setConfiguration = nullptr;
    QJsonObject m_initial;
    std::shared_ptr<BriefingDatabase> m_sample;
    Selection m_selection;
    std::unique_ptr<QWidget> m_main;
};

void tst_ScreenChange::initTestCase()
{
    m_native = QGuiApplication::platformNativeInterface();
    QVERIFY(m_native);
    m_setConfiguration = reinterpret_cast<SetConfiguration>(m_native->nativeResourceForIntegration("setConfiguration"));
    auto configuration = reinterpret_cast<Configuration>(m_native->nativeResourceForIntegration("configuration"));
    QVERIFY2(m_setConfiguration && configuration, "the offscreen platform offers no setConfiguration");
    m_initial = configuration(m_native);
    QCOMPARE(m_initial.value(QStringLiteral("screens")).toArray().size(), 2);
    OpenError error;
    m_sample = BriefingDatabase::openSample(&error);
    QVERIFY2(m_sample, qPrintable(error.message));
    m_selection.setDatabase(m_sample);
}

void tst_ScreenChange::init()
{
    plugBackIn();
    QTRY_COMPARE(QGuiApplication::screens().size(), 2);
    m_main = std::make_unique<QWidget>();
    m_main->setScreen(screen(QStringLiteral("Laptop")));
    m_main->setGeometry(100, 100, 800, 500);
    m_main->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_main.get()));
}

void tst_ScreenChange::unplug(const QString &name)
{
    QJsonObject configuration = m_initial;
    QJsonArray screens;
    for (const QJsonValue &screen : m_initial.value(QStringLiteral("screens")).toArray()) {
        if (screen.toObject().value(QStringLiteral("name")).toString() != name)
            screens.append(screen);
    }
    configuration.insert(QStringLiteral("screens"), screens);
    m_setConfiguration(configuration, m_native);
}

void tst_ScreenChange::plugBackIn()
{
    m_setConfiguration(m_initial, m_native);
}

QScreen *tst_ScreenChange::screen(const QString &name) const
{
    for (QScreen *s : QGuiApplication::screens()) {
        if (s->name() == name)
            return s;
    }
    return nullptr;
}

bool tst_ScreenChange::startShow(PresentationController *controller)
{
    controller->setMainWindow(m_main.get());
    if (!controller->start(BriefingPath::defaultPath(m_sample->briefing()), 0, false))
        return false;
    return QTest::qWaitForWindowExposed(controller->audience()) && QTest::qWaitForWindowExposed(controller->console());
}

void tst_ScreenChange::expectTwoScreens(PresentationController *controller, const QString &audience,
                                        const QString &console)
{
    AudienceWindow *stage = controller->audience();
    PresenterConsole *presenter = controller->console();
    QTRY_COMPARE(stage->screen()->name(), audience);
    QTRY_VERIFY(stage->isFullScreen());
    QTRY_COMPARE(stage->geometry(), screen(audience)->geometry());
    QTRY_COMPARE(presenter->screen()->name(), console);
    QTRY_VERIFY(presenter->isFullScreen());
    QTRY_COMPARE(presenter->geometry(), screen(console)->geometry());
}

void tst_ScreenChange::expectOneScreen(PresentationController *controller)
{
    QScreen *laptop = screen(QStringLiteral("Laptop"));
    const ScreenPlacement one = ScreenPlacement::plan({laptop->geometry()}, {laptop->name()}, 0, QString(),
                                                      ScreenPlacement::Mode::FullScreen);
    AudienceWindow *stage = controller->audience();
    PresenterConsole *presenter = controller->console();
    QTRY_COMPARE(stage->screen(), laptop);
    QTRY_VERIFY(stage->isFullScreen());
    QTRY_COMPARE(stage->geometry(), one.audienceGeometry);
    QTRY_COMPARE(presenter->screen(), laptop);
    QTRY_VERIFY(!presenter->isFullScreen());
    QTRY_COMPARE(presenter->geometry(), one.consoleGeometry);
}

void tst_ScreenChange::aScreenRemovedAndAddedMidShow()
{
    PresentationController controller(&m_selection);
    QVERIFY(startShow(&controller));
    expectTwoScreens(&controller, QStringLiteral("Projector"), QStringLiteral("Laptop"));
    PresentationState *state = controller.state();
    QTest::keyClick(controller.console(), Qt::Key_Right);
    QTest::keyClick(controller.console(), Qt::Key_Right);
    QCOMPARE(state->currentStop(), 2);
    const PathStop third = state->path().stops.at(2);
    QCOMPARE(controller.audience()->stage()->stop(), third);

    // The projector unplugged: both on the laptop, the stage full screen, the console over it.
    unplug(QStringLiteral("Projector"));
    QTRY_COMPARE(QGuiApplication::screens().size(), 1);
    expectOneScreen(&controller);
    QVERIFY(controller.isRunning());
    QCOMPARE(state->currentStop(), 2);
    QCOMPARE(state->shownStop(), 2);
    QCOMPARE(controller.audience()->stage()->stop(), third);
    QCOMPARE(controller.console()->currentView()->stop(), third);
    // The keys still drive the show, on the one screen.
    QTest::keyClick(controller.console(), Qt::Key_Right);
    QCOMPARE(state->currentStop(), 3);
    QTest::keyClick(controller.console(), Qt::Key_Left);
    QCOMPARE(state->currentStop(), 2);

    // Plugged in again: the stage back on the projector, the console full screen on the laptop.
    plugBackIn();
    QTRY_COMPARE(QGuiApplication::screens().size(), 2);
    expectTwoScreens(&controller, QStringLiteral("Projector"), QStringLiteral("Laptop"));
    QCOMPARE(state->currentStop(), 2);
    QCOMPARE(controller.audience()->stage()->stop(), third);
    controller.end();
    QVERIFY(!controller.isRunning());
}

void tst_ScreenChange::theSwapKeyTradesTheScreens()
{
    PresentationController controller(&m_selection);
    qint64 now = 0;
    controller.state()->setClock([&now] { return now; });
    QVERIFY(startShow(&controller));
    expectTwoScreens(&controller, QStringLiteral("Projector"), QStringLiteral("Laptop"));
    PresentationState *state = controller.state();
    QTest::keyClick(controller.console(), Qt::Key_Right);
    QTest::keyClick(controller.console(), Qt::Key_B);
    QCOMPARE(state->screen(), PresentationState::Screen::Black);
    now += 65'000;

    // S: the stage on the laptop, the console on the projector; the show as it was.
    QTest::keyClick(controller.console(), Qt::Key_S);
    QVERIFY(controller.isSwapped());
    expectTwoScreens(&controller, QStringLiteral("Laptop"), QStringLiteral("Projector"));
    QCOMPARE(state->currentStop(), 1);
    QCOMPARE(state->screen(), PresentationState::Screen::Black);
    QCOMPARE(state->elapsedMs(), qint64(65'000));
    QVERIFY(controller.console()->notice()->isVisible());
    QVERIFY(controller.console()->notice()->text().contains(QStringLiteral("traded places")));
    // The keys go on acting, on the stage too.
    QTest::keyClick(controller.audience(), Qt::Key_B);
    QCOMPARE(state->screen(), PresentationState::Screen::Stop);
    QTest::keyClick(controller.audience(), Qt::Key_F);
    QVERIFY(state->isFrozen());

    // The projector (now the console's) unplugged and plugged in again: still swapped.
    unplug(QStringLiteral("Projector"));
    QTRY_COMPARE(QGuiApplication::screens().size(), 1);
    expectOneScreen(&controller);
    // One screen, the stage full screen: nothing to trade, and the console says so.
    QTest::keyClick(controller.console(), Qt::Key_S);
    QVERIFY(controller.isSwapped());
    QVERIFY(controller.console()->notice()->text().contains(QStringLiteral("One screen")));
    expectOneScreen(&controller);
    plugBackIn();
    QTRY_COMPARE(QGuiApplication::screens().size(), 2);
    expectTwoScreens(&controller, QStringLiteral("Laptop"), QStringLiteral("Projector"));
    QVERIFY(state->isFrozen());
    QCOMPARE(state->currentStop(), 1);

    // S again: back in their places.
    QTest::keyClick(controller.console(), Qt::Key_S);
    QVERIFY(!controller.isSwapped());
    expectTwoScreens(&controller, QStringLiteral("Projector"), QStringLiteral("Laptop"));
    QCOMPARE(state->elapsedMs(), qint64(65'000));
    controller.end();
}

QTEST_MAIN(tst_ScreenChange)
#include "tst_screenchange.moc"
