// SPDX-License-Identifier: MIT
// The state of a show: stepping and its ends, jumps by number and by name, black and white
// screens cleared by moving, freezing (the audience's stop kept while the presenter moves),
// a pause that survives stepping, the time spent on each stop and the seconds a rehearsal
// keeps; on the default paths of the sample and of the real-data example, with a clock the
// test moves.
#include "content/briefing.h"
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "models/presentationstate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_PresentationState : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void steppingStaysWithinThePath();
    void startIsClampedAndEmptyPathsAreHarmless();
    void jumpByNumberAndByName();
    void blackAndWhiteScreens();
    void freezeKeepsTheAudiencesStop();
    void pauseSurvivesStopChanges();
    void timeSpentPerStop();
    void finishKeepsTheTimes();
    void theRealDataExample();

private:
    BriefingPath m_path;
    std::shared_ptr<BriefingDatabase> m_defence;
    QTemporaryDir m_dir;
    qint64 m_now = 0;
    std::unique_ptr<PresentationState> m_state;
};

void tst_PresentationState::initTestCase()
{
    OpenError error;
    const auto sample = BriefingDatabase::openSample(&error);
    QVERIFY2(sample, qPrintable(error.message));
    m_path = BriefingPath::defaultPath(sample->briefing());
    QVERIFY(m_path.stops.size() >= 5);
    const QString defence = m_dir.filePath(QStringLiteral("defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), defence, false).ok());
    m_defence = BriefingDatabase::open(defence, &error);
    QVERIFY2(m_defence, qPrintable(error.message));
}

void tst_PresentationState::init()
{
    m_now = 1000;
    m_state = std::make_unique<PresentationState>();
    m_state->setClock([this] { return m_now; });
}

void tst_PresentationState::steppingStaysWithinThePath()
{
    PresentationState &s = *m_state;
    QSignalSpy current(&s, &PresentationState::currentStopChanged);
    s.start(m_path);
    QVERIFY(s.isRunning());
    QCOMPARE(s.currentStop(), 0);
    QCOMPARE(s.nextStop(), 1);
    s.previous();
    QCOMPARE(s.currentStop(), 0);
    s.next();
    s.next();
    QCOMPARE(s.currentStop(), 2);
    QCOMPARE(s.shownStop(), 2);
    s.last();
    QCOMPARE(s.currentStop(), s.stopCount() - 1);
    QCOMPARE(s.nextStop(), -1);
    current.clear();
    s.next();
    QCOMPARE(s.currentStop(), s.stopCount() - 1);
    QCOMPARE(current.size(), 0); // nothing moved, nothing said
    s.first();
    QCOMPARE(s.currentStop(), 0);
    QCOMPARE(current.size(), 1);
}

void tst_PresentationState::startIsClampedAndEmptyPathsAreHarmless()
{
    PresentationState &s = *m_state;
    s.start(m_path, 999);
    QCOMPARE(s.currentStop(), s.stopCount() - 1);
    s.start(m_path, -4);
    QCOMPARE(s.currentStop(), 0);
    s.start(BriefingPath());
    s.next();
    s.last();
    s.jump(3);
    QVERIFY(!s.jumpByName(QStringLiteral("x")));
    QCOMPARE(s.currentStop(), 0);
    QCOMPARE(s.elapsedMs(), 0);
    QVERIFY(s.secondsPerStop().isEmpty());
}

void tst_PresentationState::jumpByNumberAndByName()
{
    PresentationState &s = *m_state;
    s.start(m_path);
    s.jump(3);
    QCOMPARE(s.currentStop(), 3);
    s.jump(s.stopCount());
    s.jump(-1);
    QCOMPARE(s.currentStop(), 3);
    // By name: part of a title, in any case, the next one after the current stop first.
    const QString title = m_path.stops.at(1).title;
    QVERIFY(title.size() > 4);
    const QString part = title.mid(1, 4).toUpper();
    const QVector<int> named = s.stopsNamed(part);
    QVERIFY(named.contains(1));
    QVERIFY(s.jumpByName(part));
    const int expected = [&] {
        for (int stop : named) {
            if (stop > 3)
                return stop;
        }
        return named.first();
    }();
    QCOMPARE(s.currentStop(), expected);
    QVERIFY(!s.jumpByName(QStringLiteral("no stop is called this")));
    QCOMPARE(s.currentStop(), expected);
    // Accents as typed do not matter.
    BriefingPath accented = m_path;
    accented.stops[2].title = QStringLiteral("Défense européenne");
    s.start(accented);
    QVERIFY(s.jumpByName(QStringLiteral("europeenne")));
    QCOMPARE(s.currentStop(), 2);
    QVERIFY(s.stopsNamed(QStringLiteral("   ")).isEmpty());
}

void tst_PresentationState::blackAndWhiteScreens()
{
    PresentationState &s = *m_state;
    s.start(m_path);
    QSignalSpy screens(&s, &PresentationState::screenChanged);
    s.toggleBlack();
    QCOMPARE(s.screen(), PresentationState::Screen::Black);
    s.toggleWhite();
    QCOMPARE(s.screen(), PresentationState::Screen::White);
    s.toggleWhite();
    QCOMPARE(s.screen(), PresentationState::Screen::Stop);
    s.toggleBlack();
    s.next(); // moving shows the stop again
    QCOMPARE(s.screen(), PresentationState::Screen::Stop);
    QCOMPARE(screens.size(), 5); // black, white, the stop, black, the stop
}

void tst_PresentationState::freezeKeepsTheAudiencesStop()
{
    PresentationState &s = *m_state;
    s.start(m_path, 1);
    QSignalSpy shown(&s, &PresentationState::shownStopChanged);
    s.toggleFrozen();
    QVERIFY(s.isFrozen());
    s.next();
    s.next();
    QCOMPARE(s.currentStop(), 3);
    QCOMPARE(s.shownStop(), 1);
    QCOMPARE(shown.size(), 0);
    s.toggleFrozen();
    QVERIFY(!s.isFrozen());
    QCOMPARE(s.shownStop(), 3);
    QCOMPARE(shown.size(), 1);
    s.previous();
    QCOMPARE(s.shownStop(), 2);
}

void tst_PresentationState::pauseSurvivesStopChanges()
{
    PresentationState &s = *m_state;
    s.start(m_path);
    m_now += 10000;
    s.togglePaused();
    QVERIFY(s.isPaused());
    m_now += 5000;
    s.next();
    s.next();
    QVERIFY(s.isPaused()); // the pause goes on over the steps
    m_now += 60000;
    QCOMPARE(s.elapsedMs(), 10000);
    QCOMPARE(s.currentStopMs(), 0);
    s.togglePaused();
    m_now += 3000;
    QCOMPARE(s.elapsedMs(), 13000);
    QCOMPARE(s.currentStopMs(), 3000);
    QCOMPARE(s.timeSpentMs(0), 10000);
    QCOMPARE(s.timeSpentMs(1), 0);
    QCOMPARE(s.timeSpentMs(2), 3000);
    // A pause that began before the stop was entered counts only from the entry.
    s.setPaused(true);
    m_now += 1000;
    s.next();
    m_now += 1000;
    s.setPaused(false);
    m_now += 500;
    QCOMPARE(s.currentStopMs(), 500);
    QCOMPARE(s.timeSpentMs(2), 3000);
    QCOMPARE(s.elapsedMs(), 13500);
}

void tst_PresentationState::timeSpentPerStop()
{
    PresentationState &s = *m_state;
    s.start(m_path, 0, true);
    QVERIFY(s.isRehearsing());
    m_now += 20400;
    s.next();
    m_now += 7000;
    s.previous(); // back to the first: its visits add up
    m_now += 1000;
    s.jump(3);
    m_now += 2600;
    QCOMPARE(s.timeSpentMs(0), 21400);
    QCOMPARE(s.timeSpentMs(1), 7000);
    QCOMPARE(s.timeSpentMs(3), 2600);
    const QVector<int> seconds = s.secondsPerStop();
    QCOMPARE(seconds.size(), s.stopCount());
    QCOMPARE(seconds.at(0), 21);
    QCOMPARE(seconds.at(1), 7);
    QCOMPARE(seconds.at(2), -1); // never shown
    QCOMPARE(seconds.at(3), 3);
}

void tst_PresentationState::finishKeepsTheTimes()
{
    PresentationState &s = *m_state;
    QSignalSpy finished(&s, &PresentationState::finished);
    s.start(m_path);
    m_now += 4000;
    s.next();
    m_now += 2000;
    s.finish();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!s.isRunning());
    m_now += 100000; // the clock stands still once the show ended
    QCOMPARE(s.elapsedMs(), 6000);
    QCOMPARE(s.secondsPerStop().mid(0, 2), (QVector<int>{4, 2}));
    s.next(); // stepping after the end does nothing
    QCOMPARE(s.currentStop(), 1);
    s.finish();
    QCOMPARE(finished.size(), 1);
}

void tst_PresentationState::theRealDataExample()
{
    const BriefingPath path = BriefingPath::defaultPath(m_defence->briefing());
    QVERIFY(path.stops.size() >= 3);
    PresentationState &s = *m_state;
    s.start(path);
    int steps = 0;
    while (s.nextStop() != -1 && steps < 1000) {
        s.next();
        ++steps;
    }
    QCOMPARE(steps, s.stopCount() - 1);
    QVERIFY(s.jumpByName(path.stops.first().title));
    QCOMPARE(s.currentStop(), 0);
}

QTEST_GUILESS_MAIN(tst_PresentationState)
#include "tst_presentationstate.moc"
