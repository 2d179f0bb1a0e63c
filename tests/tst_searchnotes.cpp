// SPDX-License-Identifier: MIT
// The user's notes in the search results: typed into the search field, the notes on the open
// briefing that match are a "My notes" group of their own after the briefing's results; a
// click makes the noted item current. Orphaned notes stay in the Notes panel; no input is
// a pattern or SQL; a note's markup is shown as the plain text it is.
#include "file/briefingdatabase.h"
#include "library/notesearch.h"
#include "library/userlibrary.h"
#include "mainwindow.h"
#include "currentbriefing.h"
#include "models/itemroles.h"
#include "models/searchresultsmodel.h"
#include "models/searchstate.h"
#include "models/selection.h"
#include "search/searchfield.h"
#include "search/searchpanel.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace bv;

namespace {

const QString dayton = QStringLiteral("event-dayton-1995");
const QString bloc = QStringLiteral("scenario-guarantee-bloc");
const QString point = QStringLiteral("eu-defence-fund@EU defence fund");

// The "My notes" group of the results, or an invalid index.
QModelIndex notesGroup(const SearchResultsModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex group = model->index(row, 0);
        if (group.data(SearchResultsModel::NoteGroupRole).toBool())
            return group;
    }
    return {};
}

QStringList noteIds(const SearchResultsModel *model)
{
    QStringList ids;
    const QModelIndex group = notesGroup(model);
    for (int row = 0; group.isValid() && row < model->rowCount(group); ++row)
        ids << model->index(row, 0, group).data(IdRole).toString();
    return ids;
}

// The highlighted parts of a hit's snippet.
QStringList highlighted(const QModelIndex &hit)
{
    const QString snippet = hit.data(SearchResultsModel::SnippetRole).toString();
    QStringList parts;
    for (const QVariant &range : hit.data(SearchResultsModel::SnippetHighlightsRole).toList())
        parts << snippet.mid(range.toPoint().x(), range.toPoint().y());
    return parts;
}

// Types `text` into the field as a user would, after clearing it.
void typeInto(QLineEdit *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

} // namespace

class tst_SearchNotes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void notesAreAGroupOfTheirOwn();
    void anyInputIsJustWords();
    void foldedMatchesAreHighlightedInTheText();
    void theWindowFindsANoteJustWritten();

private:
    QTemporaryDir m_dir;
};

void tst_SearchNotes::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_searchnotes"));
}

void tst_SearchNotes::notesAreAGroupOfTheirOwn()
{
    OpenError error;
    auto sample = BriefingDatabase::openSample(&error);
    QVERIFY(sample);
    UserLibrary library;
    QCOMPARE(library.open(m_dir.filePath(QStringLiteral("group.sqlite"))), Library::State::Ready);
    library.setBriefing(sample);
    QVERIFY(library.saveNote(dayton, QStringLiteral("Ask who **drafted** the Café annex at Dayton.")));
    QTest::qWait(2); // notes a moment apart: the newest first
    QVERIFY(library.saveNote(bloc, QStringLiteral("A bloc needs a treaty; ask about the café too.")));
    QTest::qWait(2);
    QVERIFY(library.saveNote(point, QStringLiteral("Is the café figure in euros of 2023?")));
    QVERIFY(library.saveNote(QStringLiteral("faq-senate"), QStringLiteral("Nothing to do with it.")));
    Note orphan; // a note on an item this edition no longer has
    orphan.briefingId = sample->briefing().metadata.id;
    orphan.itemId = QStringLiteral("event-gone");
    orphan.itemTitle = QStringLiteral("A removed event");
    orphan.text = QStringLiteral("The café question again.");
    QVERIFY(library.store().saveNote(&orphan));
    Note other; // another briefing's note
    other.briefingId = QStringLiteral("another-briefing");
    other.itemId = dayton;
    other.text = QStringLiteral("Café in another briefing.");
    QVERIFY(library.store().saveNote(&other));

    Selection selection;
    SearchState state;
    SearchField field(&state);
    SearchPanel panel(&selection, &state);
    panel.setLibrary(&library);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    selection.setDatabase(sample);
    QTRY_VERIFY_WITH_TIMEOUT(panel.isReady(), 20000);
    panel.resize(500, 700);
    panel.show();
    field.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    typeInto(&field, QStringLiteral("cafe"));
    QTRY_VERIFY(notesGroup(panel.model()).isValid());
    // The three notes on items of this briefing, the newest first; not the orphan, not the
    // other briefing's, not the note without the word.
    QCOMPARE(noteIds(panel.model()), (QStringList{point, bloc, dayton}));
    const QModelIndex group = notesGroup(panel.model());
    QCOMPARE(group.data().toString(), QStringLiteral("My notes (3)"));
    QCOMPARE(group.row(), panel.model()->rowCount() - 1); // after the briefing's own results
    const QModelIndex daytonHit = panel.model()->index(2, 0, group);
    QCOMPARE(daytonHit.data().toString(), sample->briefing().title(dayton));
    QCOMPARE(daytonHit.data(SearchResultsModel::SnippetRole).toString(),
             QStringLiteral("Ask who drafted the Café annex at Dayton.")); // Markdown shown as its text
    QCOMPARE(highlighted(daytonHit), QStringList{QStringLiteral("Café")});
    QCOMPARE(panel.model()->index(0, 0, group).data().toString(), QStringLiteral("EU defence fund: EU defence fund"));
    QVERIFY(panel.findChild<QLabel *>()->text().contains(QString::number(panel.model()->results().total + 3)));

    // A second word narrows the notes as it narrows the briefing's results.
    typeInto(&field, QStringLiteral("cafe treaty"));
    QTRY_COMPARE(noteIds(panel.model()), QStringList{bloc});
    // A click on the note makes its item current.
    const QModelIndex blocHit = panel.model()->index(0, 0, notesGroup(panel.model()));
    panel.view()->scrollTo(blocHit);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, panel.view()->visualRect(blocHit).center());
    QCOMPARE(selection.currentId(), bloc);

    // A note written now is found without typing again.
    QTest::qWait(2);
    QVERIFY(library.saveNote(QStringLiteral("faq-senate"), QStringLiteral("The treaty needs the café vote.")));
    QTRY_COMPARE(noteIds(panel.model()), (QStringList{QStringLiteral("faq-senate"), bloc}));
    // Words found only in notes: the notes group alone, and Enter picks its first note.
    typeInto(&field, QStringLiteral("drafted annex"));
    QTRY_COMPARE(noteIds(panel.model()), QStringList{dayton});
    QTest::keyClick(&field, Qt::Key_Return);
    QCOMPARE(selection.currentId(), dayton);
}

void tst_SearchNotes::anyInputIsJustWords()
{
    OpenError error;
    auto sample = BriefingDatabase::openSample(&error);
    UserLibrary library;
    QCOMPARE(library.open(m_dir.filePath(QStringLiteral("hostile.sqlite"))), Library::State::Ready);
    library.setBriefing(sample);
    QVERIFY(library.saveNote(dayton, QStringLiteral("<b>bold</b> <img src=\"/etc/passwd\"> 100% of_them [link](file:///etc)")));
    const int notes = library.store().noteCount();
    // No letter or digit: no word, nothing found.
    for (const QString &text : {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("\"'; --"),
                                QStringLiteral("*"), QString(5000, QLatin1Char('%'))}) {
        QVERIFY2(NoteSearch::find(library, text).isEmpty(), qPrintable(text.left(20)));
    }
    // SQL is its words and nothing more: what typing them finds.
    const auto ids = [&](const QString &text) {
        QStringList found;
        for (const SearchHit &hit : NoteSearch::find(library, text))
            found << hit.id;
        return found;
    };
    QCOMPARE(ids(QStringLiteral("') OR 1=1 --")), ids(QStringLiteral("or 1 1")));
    QCOMPARE(ids(QStringLiteral("x' OR 'a'='a")), ids(QStringLiteral("x or a a")));
    QVERIFY(ids(QStringLiteral("x' OR 'a'='a")).isEmpty());
    QCOMPARE(library.store().noteCount(), notes);
    QVERIFY(NoteSearch::find(library, QString(100000, QLatin1Char('x'))).isEmpty());
    // Words are found, whatever surrounds them; the markup is text, never rendered or fetched.
    const QVector<SearchHit> hits = NoteSearch::find(library, QStringLiteral("\"bold\" OR 1=1"));
    QCOMPARE(hits.size(), 1);
    QVERIFY2(hits.first().snippet.contains(QStringLiteral("bold")), qPrintable(hits.first().snippet));
    QCOMPARE(NoteSearch::find(library, QStringLiteral("100")).size(), 1);
    QCOMPARE(NoteSearch::find(library, QStringLiteral("of_them")).size(), 1); // two words, both there
}

void tst_SearchNotes::foldedMatchesAreHighlightedInTheText()
{
    const QString text = QStringLiteral("Straße, CAFÉ, cafe\u0301 and 😀café.");
    const TextRanges ranges = NoteSearch::matches(text, {Library::fold(QStringLiteral("café"))});
    QStringList found;
    for (const auto &range : ranges)
        found << text.mid(range.first, range.second);
    QCOMPARE(found, (QStringList{QStringLiteral("CAFÉ"), QStringLiteral("cafe\u0301"), QStringLiteral("café")}));
    QCOMPARE(NoteSearch::matches(text, {Library::fold(QStringLiteral("STRASSE"))}).size(),
             Library::fold(QStringLiteral("ß")) == QStringLiteral("ss") ? 1 : 0);
}

void tst_SearchNotes::theWindowFindsANoteJustWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.briefing"));
    QVERIFY(test::writeSample(path));
    const test::Fingerprint before = test::fingerprint(path);
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.currentBriefing()->openFile(path));
        window.selection()->select(dayton);
        // Written in the note editor, as a user writes it (Ctrl+Shift+N).
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        auto *note = window.findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
        QVERIFY(note && note->hasFocus());
        QTest::keyClicks(note, QStringLiteral("Ask about the zeppelin clause"));
        QTRY_VERIFY(window.userLibrary()->hasNote(dayton));
        window.selection()->select(bloc);

        auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
        auto *panel = window.findChild<SearchPanel *>();
        QVERIFY(field && panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isReady(), 20000);
        typeInto(field, QStringLiteral("zeppel"));
        QTRY_COMPARE(noteIds(panel->model()), QStringList{dayton});
        QCOMPARE(panel->model()->rowCount(), 1); // the briefing itself has no zeppelin
        QTRY_VERIFY(panel->view()->isVisible());
        const QModelIndex hit = panel->model()->index(0, 0, notesGroup(panel->model()));
        QCOMPARE(highlighted(hit), QStringList{QStringLiteral("zeppel")});
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, panel->view()->visualRect(hit).center());
        QCOMPARE(window.selection()->currentId(), dayton);
        QCOMPARE(note->toPlainText(), QStringLiteral("Ask about the zeppelin clause"));
    }
    QVERIFY(test::fingerprint(path) == before);
}

QTEST_MAIN(tst_SearchNotes)
#include "tst_searchnotes.moc"
