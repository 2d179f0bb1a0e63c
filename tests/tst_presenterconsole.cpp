// SPDX-License-Identifier: MIT
// The presenter console's layout with what a briefing's author may write: a stop title of a
// few hundred characters must not widen its column over the speaker notes, and long notes
// are shown from their beginning at every stop.
#include "common/safetextbrowser.h"
#include "file/briefingdatabase.h"
#include "models/presentationstate.h"
#include "models/selection.h"
#include "present/presenterconsole.h"

#include "testfiles.h"

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

QTEST_MAIN(tst_PresenterConsole)
#include "tst_presenterconsole.moc"
