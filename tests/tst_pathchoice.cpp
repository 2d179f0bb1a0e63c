// SPDX-License-Identifier: MIT
// The chosen path and its current stop: the default path when a briefing without paths of its
// own opens, the current stop kept for the same path and reset for another, none when nothing
// is open.
#include "content/briefing.h"
#include "file/briefingdatabase.h"
#include "models/pathchoice.h"
#include "models/selection.h"

#include <QSignalSpy>
#include <QTest>

using namespace bv;

class tst_PathChoice : public QObject
{
    Q_OBJECT
private slots:
    void nothingOpenIsAnEmptyPath();
    void aBriefingWithoutPathsGetsItsDefaultPath();
    void theSamePathKeepsItsStopAnotherStartsAtTheFirst();
    void outOfRangeStopsAreIgnored();
    void aNewBriefingResetsTheChoice();
    void theDefaultPathFollowsTheContentLanguageAtTheSameStop();
};

void tst_PathChoice::nothingOpenIsAnEmptyPath()
{
    Selection selection;
    PathChoice choice(&selection);
    QVERIFY(choice.path().isEmpty());
    QCOMPARE(choice.currentStop(), 0);
    choice.setCurrentStop(1);
    QCOMPARE(choice.currentStop(), 0);
}

void tst_PathChoice::aBriefingWithoutPathsGetsItsDefaultPath()
{
    OpenError error;
    auto sample = BriefingDatabase::openSample(&error);
    QVERIFY(sample);
    QVERIFY(sample->briefing().paths.isEmpty());
    Selection selection;
    PathChoice choice(&selection);
    QSignalSpy changed(&choice, &PathChoice::pathChanged);
    selection.setDatabase(sample);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(choice.path(), BriefingPath::defaultPath(sample->briefing()));
    QVERIFY(choice.path().stops.size() > 3);
    QCOMPARE(choice.path().stops.first().kind, PathStop::Kind::Overview);
}

void tst_PathChoice::theSamePathKeepsItsStopAnotherStartsAtTheFirst()
{
    OpenError error;
    auto sample = BriefingDatabase::openSample(&error);
    QVERIFY(sample);
    Selection selection;
    selection.setDatabase(sample);
    PathChoice choice(&selection);
    QSignalSpy stops(&choice, &PathChoice::currentStopChanged);
    choice.setCurrentStop(2);
    QCOMPARE(choice.currentStop(), 2);
    QCOMPARE(stops.size(), 1);

    BriefingPath edited = choice.path();
    edited.stops[0].title = QStringLiteral("Renamed first stop");
    choice.setPath(edited);
    QCOMPARE(choice.currentStop(), 2);
    QCOMPARE(choice.path().stops.first().title, QStringLiteral("Renamed first stop"));

    BriefingPath mine = edited;
    mine.id = QStringLiteral("mine");
    mine.origin = BriefingPath::Origin::User;
    choice.setPath(mine);
    QCOMPARE(choice.currentStop(), 0);
    QCOMPARE(stops.size(), 2);
    QCOMPARE(stops.last().first().toInt(), 0);
}

void tst_PathChoice::outOfRangeStopsAreIgnored()
{
    OpenError error;
    auto sample = BriefingDatabase::openSample(&error);
    QVERIFY(sample);
    Selection selection;
    selection.setDatabase(sample);
    PathChoice choice(&selection);
    const int count = int(choice.path().stops.size());
    choice.setCurrentStop(count);
    choice.setCurrentStop(-1);
    QCOMPARE(choice.currentStop(), 0);
    choice.setCurrentStop(count - 1);
    QCOMPARE(choice.currentStop(), count - 1);
}

void tst_PathChoice::aNewBriefingResetsTheChoice()
{
    OpenError error;
    auto sample = BriefingDatabase::openSample(&error);
    QVERIFY(sample);
    Selection selection;
    selection.setDatabase(sample);
    PathChoice choice(&selection);
    BriefingPath mine = choice.path();
    mine.id = QStringLiteral("mine");
    mine.origin = BriefingPath::Origin::User;
    mine.stops.removeLast();
    choice.setPath(mine);
    choice.setCurrentStop(1);
    // The same briefing opened again (as a change of content language does): the user's path
    // and its stop stay.
    selection.setDatabase(BriefingDatabase::openSample(&error));
    QCOMPARE(choice.path(), mine);
    QCOMPARE(choice.currentStop(), 1);
    // Another briefing: its own first path, else its default one, from the first stop.
    auto defence = BriefingDatabase::open(QStringLiteral(":/examples/european-defence.briefing"), &error);
    QVERIFY2(defence, qPrintable(error.message));
    selection.setDatabase(defence);
    QCOMPARE(choice.path().id, QStringLiteral("default"));
    QCOMPARE(choice.path().origin, BriefingPath::Origin::Default);
    QCOMPARE(choice.currentStop(), 0);
    // Nothing open, then the sample again: afresh.
    selection.setDatabase(nullptr);
    QVERIFY(choice.path().isEmpty());
    selection.setDatabase(sample);
    QCOMPARE(choice.path(), BriefingPath::defaultPath(sample->briefing()));
}

void tst_PathChoice::theDefaultPathFollowsTheContentLanguageAtTheSameStop()
{
    OpenError error;
    auto english = BriefingDatabase::open(QStringLiteral(":/examples/european-defence.briefing"), &error);
    QVERIFY2(english, qPrintable(error.message));
    Selection selection;
    selection.setDatabase(english);
    PathChoice choice(&selection);
    choice.setCurrentStop(3);
    QSignalSpy stops(&choice, &PathChoice::currentStopChanged);
    auto german = BriefingDatabase::open(QStringLiteral(":/examples/european-defence.briefing"), &error, true,
                                                QStringLiteral("de"));
    QVERIFY2(german, qPrintable(error.message));
    selection.setDatabase(german);
    QCOMPARE(choice.currentStop(), 3);
    QCOMPARE(stops.size(), 0);
    QCOMPARE(choice.path(), BriefingPath::defaultPath(german->briefing()));
    QVERIFY(choice.path() != BriefingPath::defaultPath(english->briefing())); // titles in German
}

QTEST_GUILESS_MAIN(tst_PathChoice)
#include "tst_pathchoice.moc"
