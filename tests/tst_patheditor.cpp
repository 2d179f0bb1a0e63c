// SPDX-License-Identifier: MIT
// The path editor in the real window, with real keys and clicks: the paths to choose from
// (default, the author's, the user's), the author's and default paths refused as read-only
// and duplicated to edit, titles, notes and budgets typed and kept in the library (a new
// window reads them back), stops moved with Alt+Up/Down, dragged with the mouse (on Qt's
// minimal platform: tst_patheditor_drag) and deleted, and the stops' pictures made lazily.
// (New, renamed, deleted, exported and imported paths: tst_pathfiles; what a stop shows:
// tst_stopfields;
// Presentation > Add This View as a Stop: tst_pathactions.)
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
#include "patheditorfixture.h"
#include "present/budgetspinbox.h"
#include "present/patheditor.h"
#include "present/stageview.h"
#include "present/stopthumbnails.h"
#include "testfiles.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace bv;

class tst_PathEditor : public QObject, private test::PathEditorFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFiles(QStringLiteral("tst_patheditor")); }
    void init() { setUpLibrary(); }
    void choosesAmongTheThreeKindsOfPath();
    void theAuthorsPathIsReadOnlyAndDuplicatedToEdit();
    void editsAreKeptInTheLibrary();
    void stopsMoveWithAltArrowsAndAreDeleted();
    void aStopIsDraggedToAnotherPlaceWithTheMouse();
    void fiftyStopsPaintAtOnceTheirPicturesFollow();
};

void tst_PathEditor::choosesAmongTheThreeKindsOfPath()
{
    auto w = openWindow(m_sample);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    PathChoice *choice = w->pathChoice();
    // A briefing with a path of its own opens on it.
    QCOMPARE(choice->path().id, QStringLiteral("tour"));
    QCOMPARE(editor->chooser()->currentText(), QStringLiteral("A short tour (the briefing's)"));
    QCOMPARE(editor->model()->rowCount(), 4);
    QVERIFY(editor->readOnlyNotice()->isVisible());
    QVERIFY(editor->duplicateButton()->isVisible());
    // One of the user's own, from the library.
    BriefingPath mine;
    mine.title = QStringLiteral("Mine for Tuesday");
    mine.stops = m_tour.stops.mid(2, 2);
    QVERIFY(w->userLibrary()->savePath(&mine));
    QVERIFY(editor->chooser()->findText(mine.title) >= 0);

    chooseByKeys(editor, QStringLiteral("Default path"));
    const BriefingPath all = BriefingPath::defaultPath(w->selection()->database()->briefing());
    QCOMPARE(choice->path(), all);
    QCOMPARE(editor->model()->rowCount(), int(all.stops.size()));
    QVERIFY(editor->readOnlyNotice()->text().contains(QStringLiteral("default path")));

    chooseByKeys(editor, mine.title);
    QCOMPARE(choice->path().id, mine.id);
    QCOMPARE(choice->path().origin, BriefingPath::Origin::User);
    QCOMPARE(editor->model()->rowCount(), 2);
    QVERIFY(!editor->readOnlyNotice()->isVisible());
    QVERIFY(!editor->titleEdit()->isReadOnly());

    // Clicking a stop makes it the path's current stop; the current stop set elsewhere
    // (the show) is the one the list shows.
    clickRow(editor, 1);
    QCOMPARE(choice->currentStop(), 1);
    QCOMPARE(editor->titleEdit()->text(), mine.stops.at(1).title);
    choice->setCurrentStop(0);
    QCOMPARE(editor->stopList()->currentIndex().row(), 0);
    QCOMPARE(editor->titleEdit()->text(), mine.stops.at(0).title);
}

void tst_PathEditor::theAuthorsPathIsReadOnlyAndDuplicatedToEdit()
{
    const test::Fingerprint before = test::fingerprint(m_sample);
    {
        auto w = openWindow(m_sample);
        QVERIFY(w);
        PathEditor *editor = editorOf(w.get());
        QVERIFY(editor);
        PathChoice *choice = w->pathChoice();
        QCOMPARE(choice->path().origin, BriefingPath::Origin::Briefing);
        QVERIFY(editor->readOnlyNotice()->text().contains(QStringLiteral("never changed")));
        clickRow(editor, 1);
        // Typing in the title, the notes and the budget changes nothing.
        QTest::mouseClick(editor->titleEdit(), Qt::LeftButton);
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Changed"));
        QCOMPARE(editor->titleEdit()->text(), m_tour.stops.at(1).title);
        QTest::mouseClick(editor->notesEdit()->viewport(), Qt::LeftButton);
        QTest::keyClicks(editor->notesEdit(), QStringLiteral("More"));
        QCOMPARE(editor->notesEdit()->toPlainText(), m_tour.stops.at(1).notes);
        QTest::mouseClick(editor->budgetEdit(), Qt::LeftButton);
        QTest::keyClick(editor->budgetEdit(), Qt::Key_Up);
        QCOMPARE(editor->budgetEdit()->value(), 90);
        // Neither moves nor deletions.
        editor->stopList()->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(editor->stopList(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(editor->lastMessage(), editor->readOnlyNotice()->text()); // refused, saying why
        QTest::keyClick(editor->stopList(), Qt::Key_Delete);
        QCOMPARE(choice->path(), m_tour);
        QCOMPARE(choice->currentStop(), 1);
        QVERIFY(!editor->deleteStopAction()->isEnabled());
        QVERIFY(!editor->renameAction()->isEnabled());
        QVERIFY(w->userLibrary()->userPaths().isEmpty());

        // Duplicate to Edit: a path of the user's with the same stops, chosen and editable,
        // at the stop the user was on.
        QTest::mouseClick(editor->duplicateButton(), Qt::LeftButton);
        QCOMPARE(w->userLibrary()->userPaths().size(), 1);
        const BriefingPath copy = w->userLibrary()->userPaths().first();
        QCOMPARE(copy.title, QStringLiteral("A short tour (my copy)"));
        QCOMPARE(copy.stops, m_tour.stops);
        QCOMPARE(choice->path().id, copy.id);
        QCOMPARE(choice->currentStop(), 1);
        QCOMPARE(editor->chooser()->currentText(), copy.title);
        QVERIFY(!editor->readOnlyNotice()->isVisible());
        QVERIFY(!editor->titleEdit()->isReadOnly());
        QTest::mouseClick(editor->titleEdit(), Qt::LeftButton);
        QTest::keyClick(editor->titleEdit(), Qt::Key_End);
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("!"));
        QCOMPARE(choice->path().stops.at(1).title, m_tour.stops.at(1).title + QLatin1Char('!'));
        // The default path is duplicated the same way, from the menu.
        chooseByKeys(editor, QStringLiteral("Default path"));
        editor->duplicateAction()->trigger();
        QCOMPARE(w->userLibrary()->userPaths().size(), 2);
        QCOMPARE(choice->path().stops, BriefingPath::defaultPath(w->selection()->database()->briefing()).stops);
        w->close();
    }
    QVERIFY(test::fingerprint(m_sample) == before); // the briefing file is never written
}

void tst_PathEditor::editsAreKeptInTheLibrary()
{
    QString id;
    {
        auto w = openWindow(m_sample);
        QVERIFY(w);
        PathEditor *editor = editorOf(w.get());
        QVERIFY(editor);
        QTest::mouseClick(editor->duplicateButton(), Qt::LeftButton);
        id = w->pathChoice()->path().id;
        clickRow(editor, 2);
        QLineEdit *title = editor->titleEdit();
        QTest::mouseClick(title, Qt::LeftButton);
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Why it holds"));
        QTest::keyClick(title, Qt::Key_Tab); // into the budget: the title is saved on leaving it, or after a pause
        QTRY_COMPARE(w->userLibrary()->userPath(id)->stops.at(2).title, QStringLiteral("Why it holds"));
        BudgetSpinBox *budget = editor->budgetEdit();
        budget->setFocus(Qt::TabFocusReason);
        budget->selectAll();
        QTest::keyClicks(budget, QStringLiteral("2:30"));
        QTest::keyClick(budget, Qt::Key_Return);
        QCOMPARE(w->userLibrary()->userPath(id)->stops.at(2).budgetSeconds, std::optional<int>(150));
        QTest::keyClick(budget, Qt::Key_Up); // 15 seconds more
        QCOMPARE(w->userLibrary()->userPath(id)->stops.at(2).budgetSeconds, std::optional<int>(165));
        QTest::mouseClick(editor->notesEdit()->viewport(), Qt::LeftButton);
        QTest::keyClicks(editor->notesEdit(), QStringLiteral("Point at the **map**."));
        QVERIFY(editor->hasUnsavedChanges());
        // Saved once typing pauses, in one transaction.
        QTRY_COMPARE(w->userLibrary()->userPath(id)->stops.at(2).notes, QStringLiteral("Point at the **map**."));
        QVERIFY(!editor->hasUnsavedChanges());
        QCOMPARE(w->pathChoice()->path().stops.at(2).notes, QStringLiteral("Point at the **map**."));
        QVERIFY(editor->stopList()->model()->index(2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2:45")));
        // What is typed just before the window closes is kept too.
        QTest::keyClicks(editor->notesEdit(), QStringLiteral(" Slowly."));
        w->close();
    }
    // Another window reads them back from the library.
    auto w = openWindow(m_sample);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    chooseByKeys(editor, QStringLiteral("A short tour (my copy)"));
    QCOMPARE(w->pathChoice()->path().id, id);
    clickRow(editor, 2);
    QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Why it holds"));
    QCOMPARE(editor->budgetEdit()->text(), QStringLiteral("2:45"));
    QCOMPARE(editor->notesEdit()->toPlainText(), QStringLiteral("Point at the **map**. Slowly."));
    // The title edited in the list itself (F2) is saved too.
    editor->stopList()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(editor->stopList(), Qt::Key_F2);
    auto *inPlace = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(inPlace);
    QVERIFY2(inPlace != editor->titleEdit() && editor->stopList()->isAncestorOf(inPlace), qPrintable(inPlace->objectName()));
    inPlace->selectAll();
    QTest::keyClicks(inPlace, QStringLiteral("Holds"));
    QTest::keyClick(inPlace, Qt::Key_Return);
    QTRY_COMPARE(editor->titleEdit()->text(), QStringLiteral("Holds")); // the list commits on its next turn
    QTRY_COMPARE(w->userLibrary()->userPath(id)->stops.at(2).title, QStringLiteral("Holds"));
}

void tst_PathEditor::aStopIsDraggedToAnotherPlaceWithTheMouse()
{
    // Qt's offscreen platform ends every drag at once, before a single drag event
    // (QOffscreenDrag::drag returns Qt::IgnoreAction); its minimal platform drags as a desktop
    // does (QSimpleDrag: the drag's own event loop, drag enter, move and drop events). ctest
    // runs this function again on it, as tst_patheditor_drag.
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        QSKIP("the offscreen platform cannot drag; tst_patheditor_drag runs this on the minimal platform");
    auto w = openWindow(m_sample);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    QTest::mouseClick(editor->duplicateButton(), Qt::LeftButton);
    const QString id = w->pathChoice()->path().id;
    QListView *list = editor->stopList();
    QWidget *viewport = list->viewport();
    const QRect first = list->visualRect(editor->model()->index(0)), third = list->visualRect(editor->model()->index(2));
    QVERIFY(!first.isEmpty() && !third.isEmpty());
    // The first stop pressed and dragged to the lower half of the third: dropped after it.
    const QPoint start = first.center(), end(third.center().x(), third.center().y() + third.height() / 4);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QTest::mouseMove(viewport, start + QPoint(0, 1)); // the view is dragging the stop from here
    // The drag runs an event loop of its own from the move that starts it until the button
    // is released: the rest of the gesture comes from within it.
    bool released = false;
    QTimer::singleShot(50, viewport, [&] {
        QTest::mouseMove(viewport, (start + end) / 2);
        QTest::mouseMove(viewport, end);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);
        released = true;
    });
    QTest::mouseMove(viewport, start + QPoint(0, QApplication::startDragDistance() + 4));
    QTRY_VERIFY(released);
    QVector<PathStop> expected = m_tour.stops;
    expected.move(0, 2);
    QTRY_COMPARE(w->pathChoice()->path().stops, expected);
    QCOMPARE(w->userLibrary()->userPath(id)->stops, expected); // saved at once
    QCOMPARE(list->currentIndex().row(), 2); // the stop dragged stays the current one
    QCOMPARE(w->pathChoice()->currentStop(), 2);
}

void tst_PathEditor::stopsMoveWithAltArrowsAndAreDeleted()
{
    auto w = openWindow(m_sample);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    QTest::mouseClick(editor->duplicateButton(), Qt::LeftButton);
    const QString id = w->pathChoice()->path().id;
    QListView *list = editor->stopList();
    clickRow(editor, 0);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QVector<PathStop> expected = m_tour.stops;
    expected.move(0, 2);
    QCOMPARE(w->userLibrary()->userPath(id)->stops, expected); // saved at once
    QCOMPARE(w->pathChoice()->currentStop(), 2);               // the moved stop stays current
    QCOMPARE(list->currentIndex().row(), 2);
    QVERIFY(list->currentIndex().data(PathStopsModel::NumberedTitleRole).toString().startsWith(QStringLiteral("3. ")));
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    expected.move(2, 1);
    QCOMPARE(w->userLibrary()->userPath(id)->stops, expected);
    QCOMPARE(w->pathChoice()->currentStop(), 1);
    // Alt+Up on the first stop and Alt+Down on the last do nothing.
    clickRow(editor, 0);
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    clickRow(editor, 3);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(w->userLibrary()->userPath(id)->stops, expected);

    // Delete removes a stop without notes at once, and asks first for one with notes.
    QTest::keyClick(list, Qt::Key_Delete);
    expected.removeAt(3);
    QCOMPARE(w->userLibrary()->userPath(id)->stops, expected);
    QCOMPARE(list->currentIndex().row(), 2);
    const int noted = int(std::find_if(expected.cbegin(), expected.cend(),
                                       [](const PathStop &s) { return !s.notes.isEmpty(); })
                          - expected.cbegin());
    QVERIFY(noted < expected.size());
    clickRow(editor, noted);
    QTest::mouseClick(w->findChild<QToolButton *>(QStringLiteral("deleteStopButton")), Qt::LeftButton);
    auto *question = waitForDialog<QMessageBox>(QStringLiteral("deleteStopQuestion"));
    QVERIFY(question);
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("confirmDelete")), Qt::LeftButton);
    expected.removeAt(noted);
    QCOMPARE(w->userLibrary()->userPath(id)->stops, expected);
    // Presentation > Delete Current Stop does the same from the menu.
    auto *actions = w->findChild<PathActions *>();
    clickRow(editor, 0);
    actions->deleteStopAction()->trigger();
    expected.removeAt(0);
    QCOMPARE(w->userLibrary()->userPath(id)->stops, expected);
    QCOMPARE(editor->model()->rowCount(), int(expected.size()));
}

void tst_PathEditor::fiftyStopsPaintAtOnceTheirPicturesFollow()
{
    auto w = openWindow(m_defence);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    const BriefingPath all = BriefingPath::defaultPath(w->selection()->database()->briefing());
    BriefingPath fifty;
    fifty.title = QStringLiteral("Fifty");
    while (fifty.stops.size() < 50)
        fifty.stops << all.stops.at(fifty.stops.size() % all.stops.size());
    for (int i = 0; i < 50; ++i)
        fifty.stops[i].title = QStringLiteral("Stop %1").arg(i + 1);
    QVERIFY(w->userLibrary()->savePath(&fifty));
    StopThumbnails *pictures = editor->thumbnails();
    QTRY_COMPARE_WITH_TIMEOUT(pictures->pending(), 0, 30000); // the default path's, shown first
    const int before = pictures->made();
    chooseByKeys(editor, QStringLiteral("Fifty"));
    editor->stopList()->repaint(); // the list painted with what it has: no picture is drawn in a paint
    QCOMPARE(editor->model()->rowCount(), 50);
    QCOMPARE(pictures->made(), before);
    QVERIFY(pictures->pending() > 0);
    QVERIFY(pictures->pending() < 50); // only the rows on screen were asked for
    QTRY_VERIFY_WITH_TIMEOUT(pictures->has(fifty.stops.first()), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(pictures->pending(), 0, 30000);
    const int made = pictures->made();
    QVERIFY(made - before < 50);
    // A picture is the stage, not a blank: more than one colour in it.
    const QImage first = pictures->thumbnail(fifty.stops.first());
    QVERIFY(!first.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < first.height(); y += 3)
        for (int x = 0; x < first.width(); x += 3)
            colours.insert(first.pixel(x, y));
    QVERIFY(colours.size() > 3);
    // Painted again: nothing drawn again.
    editor->stopList()->repaint();
    QCOMPARE(pictures->made(), made);
    // Scrolled to the end: the rows shown there are drawn then.
    editor->stopList()->scrollToBottom();
    editor->stopList()->repaint();
    QTRY_VERIFY_WITH_TIMEOUT(pictures->has(fifty.stops.last()), 20000);
}

QTEST_MAIN(tst_PathEditor)
#include "tst_patheditor.moc"
