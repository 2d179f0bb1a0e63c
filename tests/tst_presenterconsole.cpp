// SPDX-License-Identifier: MIT
// The presenter console's layout with what a briefing's author may write: a stop title of a
// few hundred characters must not widen its column over the speaker notes, and long notes
// are shown from their beginning at every stop; the last two rehearsals' times on a stop fit
// beside its budget at the console's smallest.
#include "common/safetextbrowser.h"
#include "file/briefingdatabase.h"
#include "models/presentationstate.h"
#include "models/selection.h"
#include "present/presenterconsole.h"

#include "testfiles.h"

#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_PresenterConsole : public QObject
{
    Q_OBJECT
private slots:
    void aLongTitleLeavesTheNotesTheirWidth();
    void aStopWithoutATitleIsListedByItsItem();
    void theLastTwoRehearsalsFitBesideTheBudget();
};

void tst_PresenterConsole::aLongTitleLeavesTheNotesTheirWidth()
{
    QString notes;
    for (int i = 0; i < 80; ++i)
        notes += QStringLiteral("- point %1 with **bold** and *italic* words\n").arg(i);
    BriefingPath path;
    path.id = QStringLiteral("odd");
    path.title = QStringLiteral("Odd");
    PathStop first;
    first.title = QStringLiteral("A very long title about the multilateral security-guarantee framework, its ratification "
                                 "path through several national parliaments, and what happens if one of them says no");
    first.notes = notes;
    PathStop second = first;
    second.title = QStringLiteral("Short");
    path.stops = {first, second};

    Selection selection;
    PresentationState state;
    PresenterConsole console(&selection, &state);
    console.resize(1100, 800);
    state.start(path, 0);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    QTest::qWait(50);
    // The notes keep a fair share of the console, whatever the title's length.
    QVERIFY2(console.notesView()->width() >= console.width() / 5,
             qPrintable(QStringLiteral("notes %1 of %2").arg(console.notesView()->width()).arg(console.width())));
    QCOMPARE(console.notesView()->verticalScrollBar()->value(), 0);
    // Scrolled down on one stop, the next stop's notes start at their top.
    console.notesView()->verticalScrollBar()->setValue(console.notesView()->verticalScrollBar()->maximum());
    QVERIFY(console.notesView()->verticalScrollBar()->value() > 0);
    state.next(); // the key is PresentationKeys'; the console follows the state
    QCOMPARE(state.currentStop(), 1);
    QTest::qWait(50);
    QCOMPARE(console.notesView()->verticalScrollBar()->value(), 0);
}

void tst_PresenterConsole::aStopWithoutATitleIsListedByItsItem()
{
    // An author's stop with title '' shows the item's title on the stage: the console names it so too.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sample.briefing"));
    QVERIFY(test::writeSample(file));
    OpenError error;
    std::shared_ptr<const BriefingDatabase> database = BriefingDatabase::open(file, &error);
    QVERIFY2(database, qPrintable(error.message));
    BriefingPath path;
    path.id = QStringLiteral("untitled");
    path.title = QStringLiteral("Untitled stops");
    PathStop overview;
    PathStop item;
    item.kind = PathStop::Kind::Item;
    item.itemId = QStringLiteral("scenario-guarantee-bloc");
    path.stops = {overview, item};

    Selection selection;
    selection.setDatabase(database);
    PresentationState state;
    PresenterConsole console(&selection, &state);
    state.start(path, 0);
    const QString itemTitle = database->briefing().title(item.itemId);
    QVERIFY(!itemTitle.isEmpty());
    QCOMPARE(console.stopList()->item(0)->text(), QStringLiteral("1. ") + database->briefing().metadata.title);
    QCOMPARE(console.stopList()->item(1)->text(), QStringLiteral("2. ") + itemTitle);
}

void tst_PresenterConsole::theLastTwoRehearsalsFitBesideTheBudget()
{
    BriefingPath path;
    path.id = QStringLiteral("three");
    for (const char *title : {"Opening", "Middle", "Close"}) {
        PathStop stop;
        stop.title = QLatin1String(title);
        stop.budgetSeconds = 60;
        path.stops << stop;
    }
    Selection selection;
    PresentationState state;
    PresenterConsole console(&selection, &state);
    state.start(path, 0);
    console.resize(console.minimumSize());
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    const QSize smallest = console.minimumSizeHint();
    QVERIFY(console.rehearsalLabel()->text().isEmpty()); // never rehearsed
    // One rehearsal: its time. Two: the last and the one before, where both timed the stop.
    console.setRehearsals({{70, 20, -1}});
    QCOMPARE(console.rehearsalLabel()->text(), QStringLiteral("Last rehearsal: 1:10"));
    console.setRehearsals({{70, 20, -1}, {85, -1, 25}, {90, 30, 30}});
    QCOMPARE(console.rehearsalLabel()->text(), QStringLiteral("Last rehearsal: 1:10, before: 1:25"));
    // At the console's smallest, the longer text wraps beside the budget: the console asks for
    // no more room, and the text is within it.
    QTest::qWait(50);
    QCOMPARE(console.minimumSizeHint().width(), smallest.width());
    const QRect label(console.rehearsalLabel()->mapTo(&console, QPoint(0, 0)), console.rehearsalLabel()->size());
    QVERIFY2(console.rect().contains(label), qPrintable(QStringLiteral("%1 px wide console, label to %2").arg(console.width()).arg(label.right())));
    // Under the pace, on a line of its own, not squeezed beside it into a column of words.
    QTRY_VERIFY(console.rehearsalLabel()->width() >= console.rehearsalLabel()->fontMetrics().horizontalAdvance(console.rehearsalLabel()->text()));
    QVERIFY(console.rehearsalLabel()->y() >= console.paceLabel()->geometry().bottom());
    QVERIFY(console.paceLabel()->height() < 2 * console.paceLabel()->fontMetrics().lineSpacing());
    // Wider, beside it again.
    console.resize(1280, 800);
    QTRY_VERIFY(console.rehearsalLabel()->x() > console.paceLabel()->geometry().right());
    QCOMPARE(console.rehearsalLabel()->y(), console.paceLabel()->y());
    state.next(); // the one before did not time it: the last alone
    QCOMPARE(console.rehearsalLabel()->text(), QStringLiteral("Last rehearsal: 0:20"));
    state.next(); // the last did not time it: nothing
    QCOMPARE(console.rehearsalLabel()->text(), QString());
}

QTEST_MAIN(tst_PresenterConsole)
#include "tst_presenterconsole.moc"
