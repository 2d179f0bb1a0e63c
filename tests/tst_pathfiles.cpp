// SPDX-License-Identifier: MIT
// The path editor's Paths menu in the real window, with real keys and clicks: new, renamed and
// deleted paths, and a path exported as JSON and imported again (a bad file's message).
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
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
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
#include <QToolButton>

using namespace bv;

class tst_PathFiles : public QObject, private test::PathEditorFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpFiles(QStringLiteral("tst_pathfiles")); }
    void init() { setUpLibrary(); }
    void newRenameAndDeletePaths();
    void exportAndImportAPath();
};

void tst_PathFiles::newRenameAndDeletePaths()
{
    auto w = openWindow(m_sample);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    editor->newAction()->trigger();
    auto *dialog = waitForDialog<QInputDialog>(QStringLiteral("newPathDialog"));
    QVERIFY(dialog);
    auto *field = dialog->findChild<QLineEdit *>();
    QVERIFY(field);
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("Board meeting"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(w->userLibrary()->userPaths().size(), 1);
    QCOMPARE(w->pathChoice()->path().title, QStringLiteral("Board meeting"));
    QCOMPARE(w->pathChoice()->path().origin, BriefingPath::Origin::User);
    QVERIFY(w->pathChoice()->path().stops.isEmpty());
    QCOMPARE(editor->chooser()->currentText(), QStringLiteral("Board meeting"));

    editor->renameAction()->trigger();
    dialog = waitForDialog<QInputDialog>(QStringLiteral("renamePathDialog"));
    QVERIFY(dialog);
    field = dialog->findChild<QLineEdit *>();
    QCOMPARE(field->text(), QStringLiteral("Board meeting"));
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("Board, 3 March"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(w->userLibrary()->userPaths().first().title, QStringLiteral("Board, 3 March"));
    QCOMPARE(editor->chooser()->currentText(), QStringLiteral("Board, 3 March"));
    QCOMPARE(w->pathChoice()->path().title, QStringLiteral("Board, 3 March"));

    // Delete asks; Cancel keeps the path, Delete removes it and the briefing's own path is chosen.
    editor->deleteAction()->trigger();
    auto *question = waitForDialog<QMessageBox>(QStringLiteral("deletePathQuestion"));
    QVERIFY(question);
    QVERIFY(question->text().contains(QStringLiteral("Board, 3 March")));
    QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
    QCOMPARE(w->userLibrary()->userPaths().size(), 1);
    editor->deleteAction()->trigger();
    question = waitForDialog<QMessageBox>(QStringLiteral("deletePathQuestion"));
    QVERIFY(question);
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("confirmDelete")), Qt::LeftButton);
    QTRY_VERIFY(w->userLibrary()->userPaths().isEmpty());
    QCOMPARE(w->pathChoice()->path().id, QStringLiteral("tour"));
    QCOMPARE(editor->chooser()->findText(QStringLiteral("Board, 3 March")), -1);
    // Only the user's paths are renamed or deleted.
    QVERIFY(!editor->deleteAction()->isEnabled());
    QVERIFY(!editor->renamePath(QStringLiteral("Mine now")));
    QVERIFY(!editor->deletePath());
}

void tst_PathFiles::exportAndImportAPath()
{
    auto w = openWindow(m_sample);
    QVERIFY(w);
    PathEditor *editor = editorOf(w.get());
    QVERIFY(editor);
    QTest::mouseClick(editor->duplicateButton(), Qt::LeftButton);
    const BriefingPath mine = *w->userLibrary()->userPath(w->pathChoice()->path().id);
    const QString file = m_dir.filePath(QStringLiteral("for-a-colleague.json"));
    QCOMPARE(editor->exportTo(file), QString());
    QVERIFY(editor->lastMessage().contains(QStringLiteral("for-a-colleague.json")));
    // The colleague's library: the path deleted here, then imported.
    QVERIFY(editor->deletePath());
    QVERIFY(w->userLibrary()->userPaths().isEmpty());
    QVERIFY(editor->importFrom(file));
    QCOMPARE(w->userLibrary()->userPaths().size(), 1);
    const BriefingPath imported = w->userLibrary()->userPaths().first();
    QCOMPARE(imported.title, mine.title);
    QCOMPARE(imported.stops, mine.stops);
    QCOMPARE(w->pathChoice()->path().id, imported.id); // chosen
    QVERIFY(editor->lastMessage().startsWith(QStringLiteral("Imported")));
    // Imported again: the user has it already; nothing is added.
    QVERIFY(editor->importFrom(file));
    QCOMPARE(w->userLibrary()->userPaths().size(), 1);
    QVERIFY(editor->lastMessage().contains(QStringLiteral("already")));

    // A bad file: its name and what is wrong, in a message box, and nothing is added.
    const QString bad = m_dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(test::writeBytes(bad, QByteArray("{\"format\": \"briefing-viewer-path\", \"stops\": [")));
    QVERIFY(!editor->importFrom(bad));
    QVERIFY(editor->messageBox());
    QTRY_VERIFY(editor->messageBox()->isVisible());
    QVERIFY2(editor->messageBox()->text().contains(QStringLiteral("broken.json")), qPrintable(editor->messageBox()->text()));
    QVERIFY(editor->messageBox()->text().contains(QStringLiteral("not a briefing path")));
    QCOMPARE(editor->statusLabel()->text(), editor->messageBox()->text());
    QTest::keyClick(editor->messageBox(), Qt::Key_Return);
    QTRY_VERIFY(!editor->messageBox());
    // A path of another briefing is refused, naming it.
    const QString other = m_dir.filePath(QStringLiteral("other.json"));
    QVERIFY(test::writeBytes(other, QByteArray(R"({"format": "briefing-viewer-path", "version": 1,
        "briefing_id": "european-defence", "briefing_title": "Defence", "id": "x", "title": "X",
        "stops": [{"kind": "overview", "title": "All"}]})")));
    QVERIFY(!editor->importFrom(other));
    QVERIFY(editor->lastMessage().contains(QStringLiteral("Defence")));
    QVERIFY(!editor->importFrom(m_dir.filePath(QStringLiteral("missing.json"))));
    QVERIFY(editor->lastMessage().contains(QStringLiteral("missing.json")));
    QCOMPARE(w->userLibrary()->userPaths().size(), 1);
    // Writing where one cannot says so.
    QVERIFY(!editor->exportTo(m_dir.filePath(QStringLiteral("no/such/folder/x.json"))).isEmpty());
}

QTEST_MAIN(tst_PathFiles)
#include "tst_pathfiles.moc"
