// SPDX-License-Identifier: MIT
// The notes views on a real briefing file and a real library: typing a note saves it, the
// marks follow, the Notes panel lists, filters and opens notes, a changed item is told,
// export and import work, and the briefing file is never touched.
#include "browse/itemlistview.h"
#include "common/linkedrowdelegate.h"
#include "file/briefingdatabase.h"
#include "library/itemtext.h"
#include "library/userlibrary.h"
#include "models/itemmarks.h"
#include "models/itemroles.h"
#include "models/noteslistmodel.h"
#include "models/selection.h"
#include "models/timerange.h"
#include "notes/noteeditor.h"
#include "notes/notespanel.h"
#include "testfiles.h"
#include "timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace bv;

class tst_Notes : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void typingANoteSavesItAndMarksTheItem();
    void theEditorFollowsTheSelection();
    void emptyingANoteDeletesIt();
    void aChangedItemIsShownWithCompare();
    void notesPanelListsFiltersAndOpens();
    void notesPanelExportsAndImports();
    void bookmarksAreMarkedInListsAndTimeline();
    void aLibraryThatCannotBeWrittenSaysSo();
    void aLargeLibraryIsListedInPages();

private:
    QString m_briefingPath;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<UserLibrary> m_library;
    test::Fingerprint m_before;
};

void tst_Notes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("briefings")));
    m_briefingPath = m_dir->filePath(QStringLiteral("briefings/sample.briefing"));
    QVERIFY(test::writeSample(m_briefingPath));
    m_before = test::fingerprint(m_briefingPath);
    OpenError error;
    auto database = BriefingDatabase::open(m_briefingPath, &error);
    QVERIFY2(database, qPrintable(error.message));
    m_selection = std::make_unique<Selection>();
    m_selection->setDatabase(database);
    m_library = std::make_unique<UserLibrary>();
    QCOMPARE(m_library->open(m_dir->filePath(QStringLiteral("library.sqlite"))), Library::State::Ready);
    m_library->setBriefing(database);
}

void tst_Notes::cleanup()
{
    m_library.reset();
    m_selection.reset();
    QVERIFY(test::fingerprint(m_briefingPath) == m_before); // the briefing file was never written
}

void tst_Notes::typingANoteSavesItAndMarksTheItem()
{
    const QString item = m_selection->database()->briefing().guarantees.at(0).id;
    m_selection->select(item);
    NoteEditor editor(m_selection.get(), m_library.get());
    editor.resize(500, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
    QVERIFY(text && !text->isReadOnly());
    QVERIFY(text->toPlainText().isEmpty());
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Ask about **ratification**"));
    QCOMPARE(editor.statusText(), QStringLiteral("Editing…"));
    QTRY_COMPARE(editor.statusText(), QStringLiteral("Saved"));
    const auto note = m_library->store().noteFor(m_library->briefingId(), item);
    QVERIFY(note);
    QCOMPARE(note->text, QStringLiteral("Ask about **ratification**"));
    QCOMPARE(note->itemHash, ItemText::hash(ItemText::of(*m_selection->database(), item)));
    ItemMarks marks(m_library.get());
    QVERIFY(marks.hasNote(item));
    // The preview renders the Markdown (bold, no asterisks).
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("notePreviewButton")), Qt::LeftButton);
    auto *preview = editor.findChild<QTextEdit *>(QStringLiteral("notePreview"));
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->toPlainText().trimmed(), QStringLiteral("Ask about ratification"));
}

void tst_Notes::theEditorFollowsTheSelection()
{
    const Briefing &b = m_selection->database()->briefing();
    const QString first = b.guarantees.at(0).id, second = b.scenarios.at(0).id;
    m_selection->select(first);
    NoteEditor editor(m_selection.get(), m_library.get());
    editor.show();
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("first note"));
    // Changing the item before the save delay still saves what was typed, on its item.
    m_selection->select(second);
    QVERIFY(text->toPlainText().isEmpty());
    QCOMPARE(m_library->noteFor(first)->text, QStringLiteral("first note"));
    QVERIFY(!m_library->noteFor(second));
    m_selection->select(first);
    QCOMPARE(text->toPlainText(), QStringLiteral("first note"));
    QCOMPARE(editor.statusText(), QStringLiteral("Saved"));
}

void tst_Notes::emptyingANoteDeletesIt()
{
    const QString item = m_selection->database()->briefing().faq.at(0).id;
    QVERIFY(m_library->saveNote(item, QStringLiteral("to go")));
    m_selection->select(item);
    NoteEditor editor(m_selection.get(), m_library.get());
    editor.show();
    auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
    QCOMPARE(text->toPlainText(), QStringLiteral("to go"));
    text->setFocus();
    text->selectAll();
    QTest::keyClick(text, Qt::Key_Delete);
    QVERIFY(editor.saveNow());
    QVERIFY(!m_library->noteFor(item));
    QVERIFY(!m_library->hasNote(item));
}

void tst_Notes::aChangedItemIsShownWithCompare()
{
    const QString item = m_selection->database()->briefing().guarantees.at(0).id;
    // A note written on an older edition, whose text differed.
    Note old;
    old.briefingId = m_library->briefingId();
    old.itemId = item;
    old.itemTitle = QStringLiteral("Old title");
    old.text = QStringLiteral("Written on the first edition.");
    old.itemText = QStringLiteral("title: Old title\nstatus: Proposed");
    old.itemHash = ItemText::hash(old.itemText);
    old.edition = QStringLiteral("first");
    QVERIFY(m_library->store().saveNote(&old));
    m_library->setBriefing(m_library->briefing()); // read again
    m_selection->select(item);
    NoteEditor editor(m_selection.get(), m_library.get());
    editor.show();
    auto *changed = editor.findChild<QLabel *>(QStringLiteral("noteChanged"));
    QVERIFY(changed->isVisible());
    QVERIFY2(changed->text().contains(QStringLiteral("edition first")), qPrintable(changed->text()));
    QVERIFY(editor.findChild<QPushButton *>(QStringLiteral("noteCompare"))->isVisible());
    QCOMPARE(m_library->itemState(*m_library->noteFor(item)), UserLibrary::ItemState::Changed);
    // The user has read the change and keeps the note: it is no longer marked.
    QVERIFY(m_library->acceptChange(item));
    QCOMPARE(m_library->itemState(*m_library->noteFor(item)), UserLibrary::ItemState::Same);
    QCOMPARE(m_library->noteFor(item)->text, old.text);
}

void tst_Notes::notesPanelListsFiltersAndOpens()
{
    const Briefing &b = m_selection->database()->briefing();
    QVERIFY(m_library->saveNote(b.guarantees.at(0).id, QStringLiteral("Senate vote needed")));
    QVERIFY(m_library->saveNote(b.scenarios.at(0).id, QStringLiteral("Most likely, says the article")));
    QVERIFY(m_library->toggleBookmark(b.faq.at(0).id));
    // A note of another briefing, listed under "All briefings" only.
    Note other;
    other.briefingId = QStringLiteral("another-briefing");
    other.itemId = QStringLiteral("x");
    other.itemTitle = QStringLiteral("Elsewhere");
    other.text = QStringLiteral("From another briefing");
    QVERIFY(m_library->store().saveNote(&other));
    m_library->setBriefing(m_library->briefing());

    NotesPanel panel(m_selection.get(), m_library.get());
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.resize(400, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.model()->rowCount(), 3); // one bookmark, two notes
    QCOMPARE(panel.model()->index(0, 0).data(NotesListModel::EntryKindRole).toInt(), int(NotesListModel::EntryKind::Bookmark));
    auto *filter = panel.findChild<QLineEdit *>(QStringLiteral("notesFilter"));
    QTest::keyClicks(filter, QStringLiteral("senate"));
    QCOMPARE(panel.model()->rowCount(), 1);
    // A click on the note makes its item current everywhere.
    QListView *list = panel.view();
    const QModelIndex row = panel.model()->index(0, 0);
    QTRY_VERIFY(!list->visualRect(row).isEmpty());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(row).center());
    QCOMPARE(m_selection->currentId(), b.guarantees.at(0).id);
    filter->clear();
    // All briefings: every note, and Enter on a note of another briefing asks for its deep link.
    QTest::mouseClick(panel.findChild<QCheckBox *>(QStringLiteral("notesAllBriefings")), Qt::LeftButton);
    QCOMPARE(panel.model()->rowCount(), 3);
    QSignalSpy link(&panel, &NotesPanel::linkActivated);
    for (int i = 0; i < panel.model()->rowCount(); ++i) {
        const QModelIndex index = panel.model()->index(i, 0);
        if (index.data(NotesListModel::BriefingIdRole).toString() == QLatin1String("another-briefing")) {
            list->scrollTo(index);
            list->setCurrentIndex(index);
            QTest::keyClick(list, Qt::Key_Return);
        }
    }
    QCOMPARE(link.count(), 1);
    QCOMPARE(link.first().first().toString(), QStringLiteral("briefing://another-briefing/x"));
}

void tst_Notes::notesPanelExportsAndImports()
{
    const Briefing &b = m_selection->database()->briefing();
    QVERIFY(m_library->saveNote(b.guarantees.at(0).id, QStringLiteral("Kept for the *next* meeting")));
    NotesPanel panel(m_selection.get(), m_library.get());
    const QString md = m_dir->filePath(QStringLiteral("notes.md")), json = m_dir->filePath(QStringLiteral("notes.json"));
    QCOMPARE(panel.exportNotes(md, false), QString());
    QCOMPARE(panel.exportNotes(json, true), QString());
    QFile mdFile(md);
    QVERIFY(mdFile.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(mdFile.readAll());
    QVERIFY(markdown.contains(QStringLiteral("## ") + b.guarantees.at(0).title));
    QVERIFY(markdown.contains(QStringLiteral("Kept for the *next* meeting")));
    // Into a library of another machine.
    UserLibrary elsewhere;
    QCOMPARE(elsewhere.open(m_dir->filePath(QStringLiteral("elsewhere.sqlite"))), Library::State::Ready);
    elsewhere.setBriefing(m_selection->database());
    NotesPanel other(m_selection.get(), &elsewhere);
    QVERIFY(other.importNotes(json).contains(QRegularExpression(QStringLiteral("^1 note.* added"))));
    QCOMPARE(other.model()->rowCount(), 1);
    QVERIFY(other.importNotes(json).contains(QStringLiteral("1 already there")));
    QCOMPARE(other.model()->rowCount(), 1);
}

void tst_Notes::bookmarksAreMarkedInListsAndTimeline()
{
    const Briefing &b = m_selection->database()->briefing();
    ItemMarks marks(m_library.get());
    ItemListView guarantees(ItemKind::Guarantee, m_selection.get());
    guarantees.setMarks(&marks);
    guarantees.resize(500, 300);
    guarantees.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guarantees));
    auto *delegate = qobject_cast<LinkedRowDelegate *>(guarantees.table()->itemDelegate());
    QVERIFY(delegate);
    const QModelIndex first = guarantees.table()->model()->index(0, 0);
    QCOMPARE(delegate->marksText(first), QString());
    QVERIFY(m_library->toggleBookmark(first.data(IdRole).toString()));
    QCOMPARE(delegate->marksText(first), QStringLiteral("★"));
    QVERIFY(m_library->saveNote(first.data(IdRole).toString(), QStringLiteral("n")));
    QCOMPARE(delegate->marksText(first), QStringLiteral("✎★"));

    TimeRange range;
    TimelineView timeline(m_selection.get(), &range);
    timeline.setMarks(&marks);
    QVERIFY(timeline.markedEvents().isEmpty());
    QVERIFY(m_library->toggleBookmark(b.events.id(1)));
    QCOMPARE(timeline.markedEvents(), QSet<int>{1});
}

void tst_Notes::aLibraryThatCannotBeWrittenSaysSo()
{
    // A damaged library: the editor is read-only and says why, once.
    const QString damaged = m_dir->filePath(QStringLiteral("damaged.sqlite"));
    QVERIFY(test::writeBytes(damaged, QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(4096, 'x')));
    UserLibrary library;
    QSignalSpy problems(&library, &UserLibrary::problemOccurred);
    QCOMPARE(library.open(damaged), Library::State::Off);
    QCOMPARE(problems.count(), 1);
    library.setBriefing(m_selection->database());
    QCOMPARE(problems.count(), 1);
    m_selection->select(m_selection->database()->briefing().guarantees.at(0).id);
    NoteEditor editor(m_selection.get(), &library);
    editor.show();
    QVERIFY(editor.findChild<QPlainTextEdit *>(QStringLiteral("noteText"))->isReadOnly());
    QVERIFY2(editor.statusText().contains(QStringLiteral("damaged")), qPrintable(editor.statusText()));
}

void tst_Notes::aLargeLibraryIsListedInPages()
{
    for (int i = 0; i < 1200; ++i) {
        Note n;
        n.briefingId = QStringLiteral("big-%1").arg(i % 3);
        n.itemId = QStringLiteral("item-%1").arg(i, 4, 10, QLatin1Char('0'));
        n.itemTitle = QStringLiteral("Item %1").arg(i);
        n.text = i % 100 == 7 ? QStringLiteral("a rare word: zeppelin") : QStringLiteral("common text");
        QVERIFY(m_library->store().saveNote(&n));
    }
    NotesListModel model(m_library.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAllBriefings(true);
    QCOMPARE(model.rowCount(), 500);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 1200);
    model.fetchMore(QModelIndex());
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.rowCount(), 1200);
    model.setFilterText(QStringLiteral("ZEPPELIN"));
    QCOMPARE(model.rowCount(), 12);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

QTEST_MAIN(tst_Notes)
#include "tst_notes.moc"
