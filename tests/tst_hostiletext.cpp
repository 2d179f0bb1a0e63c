// SPDX-License-Identifier: MIT
// Content no view may freeze on (docs/format.md, "Limits on long text"): a 5 MB event
// description, FAQ answers of 1 MB of "*" or 400 KB of brackets, 1 MB titles. Each case
// asserts the bound on the real widget: how much text is laid out or measured at once.
// "Show all", clicked, shows the rest when the text is within the hard maximum.
#include "browse/detailpane.h"
#include "browse/itemlistview.h"
#include "common/itemhtml.h"
#include "content/contentlanguage.h"
#include "content/itemfields.h"
#include "content/markdowntext.h"
#include "content/textlimits.h"
#include "faq/faqlistview.h"
#include "faq/faqpanel.h"
#include "file/briefingdatabase.h"
#include "models/eventlistmodel.h"
#include "models/faqlistmodel.h"
#include "models/itemroles.h"
#include "models/itemtablemodel.h"
#include "models/selection.h"
#include "search/searchindex.h"
#include "common/safemarkdown.h"
#include "hostiletext.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <numeric>
#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QStyleOptionViewItem>
#include <QTreeView>

using namespace bv;

using namespace bv::test;

namespace {
const QString showAll = ItemHtml::showAllUrl().toString();
} // namespace

class tst_HostileText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void detailPaneLaysOutAPartOfAHugeDescription();
    void showAllInTheDetailPaneShowsTheRest();
    void showAllAddsTheRestPieceByPiece();
    void piecesEndAtABreak();
    void showAllInTheDetailPaneKeepsMarkdown();
    void aRowOfTheFieldTableIsNeverExtended();
    void translatedLongTextIsReadInPart();
    void listsMeasureACutTitle();
    void searchIndexesABoundedPartOfEachText();

private:
    std::shared_ptr<BriefingDatabase> open(const QString &sql, bool fullText = true, const QString &language = QString());
    void clickShowAll(DetailPane *pane);
    QTemporaryDir m_dir;
    int m_files = 0;
};

void tst_HostileText::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::shared_ptr<BriefingDatabase> tst_HostileText::open(const QString &sql, bool fullText, const QString &language)
{
    const QString path = m_dir.filePath(QStringLiteral("hostile-%1.briefing").arg(++m_files));
    if (!test::writeSample(path) || !test::execSql(path, sql))
        return {};
    OpenError error;
    auto database = BriefingDatabase::open(path, &error, fullText, language); // the viewer's way: without full text
    if (!database)
        qWarning() << error.message;
    return database;
}

void tst_HostileText::clickShowAll(DetailPane *pane)
{
    const int position = linkPosition(pane->document(), showAll);
    QVERIFY2(position >= 0, "no \"Show all\" link");
    QTextCursor cursor(pane->document());
    cursor.setPosition(position);
    pane->setTextCursor(cursor);
    pane->ensureCursorVisible();
    const QPoint point = pane->cursorRect(cursor).center() + QPoint(2, 0);
    QVERIFY(pane->viewport()->rect().contains(point));
    QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, point);
}

void tst_HostileText::detailPaneLaysOutAPartOfAHugeDescription()
{
    const qint64 size = 5'000'000; // past the hard maximum too
    auto database = open(QStringLiteral("UPDATE event SET description = %1 WHERE id = 'event-ransomware-2022';")
                             .arg(repeated(QStringLiteral("x"), size)));
    QVERIFY(database);
    Selection selection;
    DetailPane pane(&selection);
    selection.setDatabase(database);
    pane.resize(600, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    selection.select(QStringLiteral("event-ransomware-2022"));
    // Laid out at once: the first part of the text and the item's other fields, no more.
    QVERIFY2(pane.document()->characterCount() < TextLimits::shownChars + 2000,
             qPrintable(QString::number(pane.document()->characterCount())));
    QVERIFY(pane.toPlainText().contains(QStringLiteral("Show all (%1 characters)").arg(QLocale().toString(5000000))));
    pane.verticalScrollBar()->setValue(pane.verticalScrollBar()->maximum()); // scrolled to the end
    QVERIFY(pane.toPlainText().contains(QStringLiteral("Id: event-ransomware-2022")));

    clickShowAll(&pane);
    QVERIFY(pane.showsAll());
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isAddingPieces(), 20000);
    const int count = pane.document()->characterCount();
    QVERIFY2(count >= TextLimits::showAllChars && count < TextLimits::showAllChars + 2000, qPrintable(QString::number(count)));
    QVERIFY(pane.toPlainText().contains(QStringLiteral("Only the first %1 of %2 characters are shown").arg(QLocale().toString(300000), QLocale().toString(5000000))));
    QCOMPARE(linkPosition(pane.document(), showAll), -1);
    // Another item starts cut again.
    selection.select(QStringLiteral("event-ransomware-2022"));
    selection.select(QStringLiteral("faq-troops"));
    QVERIFY(!pane.showsAll());
}

void tst_HostileText::showAllInTheDetailPaneShowsTheRest()
{
    auto database = open(QStringLiteral("UPDATE event SET description = %1 || 'THE-LAST-WORDS' WHERE id = 'event-ransomware-2022';")
                             .arg(repeated(QStringLiteral("lorem ipsum "), 4000)));
    QVERIFY(database);
    Selection selection;
    DetailPane pane(&selection);
    selection.setDatabase(database);
    pane.resize(600, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    selection.select(QStringLiteral("event-ransomware-2022"));
    QVERIFY(!pane.toPlainText().contains(QStringLiteral("THE-LAST-WORDS")));
    QVERIFY(pane.toPlainText().contains(QStringLiteral("Show all (%1 characters)").arg(QLocale().toString(48014))));
    clickShowAll(&pane);
    QTRY_VERIFY(!pane.isAddingPieces());
    QVERIFY(pane.toPlainText().contains(QStringLiteral("lorem ipsum THE-LAST-WORDS")));
    QVERIFY(!pane.toPlainText().contains(QStringLiteral("Show all")));
    QVERIFY(pane.document()->characterCount() > 48014);
}


void tst_HostileText::showAllAddsTheRestPieceByPiece()
{
    // 5,000,000 characters in lines of 79 and a space, left in the file as the viewer leaves it.
    auto database = open(QStringLiteral("UPDATE event SET description = %1 WHERE id = 'event-ransomware-2022';")
                             .arg(repeated(QStringLiteral("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor in\n"), 62'500)),
                         false);
    QVERIFY(database);
    Selection selection;
    QWidget window;
    auto *pane = new DetailPane(&selection, &window);
    auto *frame = new FrameCounter;
    frame->setParent(&window);
    frame->setGeometry(0, 0, 8, 8);
    pane->setGeometry(0, 10, 600, 500);
    window.resize(600, 510);
    selection.setDatabase(database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    selection.select(QStringLiteral("event-ransomware-2022"));
    const int before = pane->document()->characterCount();
    QVERIFY2(before < TextLimits::shownChars + 2000, qPrintable(QString::number(before)));

    // Each piece: how much it added, and whether the window painted since the one before.
    QVector<int> pieces;
    QVector<int> framesAt;
    connect(pane, &DetailPane::pieceShown, this, [&](int characters) {
        pieces << characters;
        framesAt << frame->frames;
        frame->update(); // painted before the next piece, unless the pieces block the window
    });
    QSignalSpy done(pane, &DetailPane::allShown);
    clickShowAll(pane);
    QVERIFY(pane->showsAll());
    QVERIFY(pane->isAddingPieces());
    // Nothing more is laid out in the click itself.
    QVERIFY(pane->document()->characterCount() <= before);

    // The reader pages down while the rest comes in.
    QTRY_VERIFY(pieces.size() >= 3);
    QVERIFY(pane->isAddingPieces());
    const int scrolled = pane->verticalScrollBar()->value();
    pane->setFocus();
    QTest::keyClick(pane, Qt::Key_PageDown);
    QVERIFY2(pane->verticalScrollBar()->value() > scrolled, "the pane does not scroll while the rest comes in");

    QVERIFY(done.wait(20000) || done.count() == 1);
    QCOMPARE(done.count(), 1);
    QVERIFY(!pane->isAddingPieces());
    // Laid out in many steps, each within its bound, the window painting between any two.
    QVERIFY2(pieces.size() >= TextLimits::showAllChars / TextLimits::showAllStepChars - 1, qPrintable(QString::number(pieces.size())));
    for (int i = 0; i < pieces.size(); ++i) {
        QVERIFY2(pieces.at(i) > 0 && pieces.at(i) <= TextLimits::showAllStepChars, qPrintable(QString::number(pieces.at(i))));
        if (i > 0)
            QVERIFY2(framesAt.at(i) > framesAt.at(i - 1), qPrintable(QStringLiteral("no frame between pieces %1 and %2").arg(i - 1).arg(i)));
    }
    // The whole of what "Show all" shows is in, each line whole, and the note at its end.
    const QString shown = pane->toPlainText();
    const int count = pane->document()->characterCount();
    QVERIFY2(count >= TextLimits::showAllChars && count < TextLimits::showAllChars + 2000, qPrintable(QString::number(count)));
    QVERIFY(shown.contains(QStringLiteral("Only the first %1 of %2 characters are shown").arg(QLocale().toString(300000), QLocale().toString(5000000))));
    QVERIFY(!shown.contains(QStringLiteral("Show all")));
    QVERIFY(!shown.contains(QChar(0x2026)));
    const qsizetype first = shown.indexOf(QStringLiteral("lorem ipsum"));
    const qsizetype note = shown.indexOf(QStringLiteral("[Only the first"));
    QVERIFY(first >= 0 && note > first);
    int whole = 0;
    QString broken;
    const QStringList body = shown.mid(first, note - first).split(QRegularExpression(QStringLiteral("[\n\u2028]")), Qt::SkipEmptyParts);
    for (const QString &line : body) {
        if (line.trimmed() == QLatin1String("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor in"))
            ++whole;
        else if (broken.isEmpty())
            broken = line;
    }
    QVERIFY2(whole >= body.size() - 1, qPrintable(QStringLiteral("%1 of %2 lines whole").arg(whole).arg(body.size())));
    QVERIFY2(whole == TextLimits::showAllChars / 80, qPrintable(QStringLiteral("%1 lines whole; not: \"%2\"").arg(whole).arg(broken)));
    // The rest is a paragraph per piece, none longer than a piece.
    for (QTextBlock block = pane->document()->begin(); block.isValid(); block = block.next())
        QVERIFY2(block.length() <= TextLimits::showAllStepChars + 1, qPrintable(QString::number(block.length())));
    // Another item starts cut again, and nothing more is added to it.
    selection.select(QStringLiteral("faq-troops"));
    QVERIFY(!pane->showsAll());
    QVERIFY(!pane->isAddingPieces());
}

void tst_HostileText::piecesEndAtABreak()
{
    const QString paragraphs = QStringLiteral("a").repeated(70) + QStringLiteral("\n\n") + QStringLiteral("b").repeated(10) + QLatin1Char('\n')
                               + QStringLiteral("c ").repeated(20);
    QCOMPARE(pieceEnd(paragraphs, 0, 90), 72); // after the blank line
    QCOMPARE(pieceEnd(paragraphs, 0, 85), 72);
    QCOMPARE(pieceEnd(paragraphs, 72, 20), 83); // after the line break
    QCOMPARE(pieceEnd(paragraphs, 72, 30), 101); // the line break is in the first half: after a space
    QCOMPARE(pieceEnd(paragraphs, 83, 9), 91); // after a space
    QCOMPARE(pieceEnd(paragraphs, 0, 1000), paragraphs.size()); // the rest fits
    QCOMPARE(pieceEnd(QStringLiteral("x").repeated(100), 10, 30), 40); // no break: at the bound
    // A break in the first half of the piece is not taken: pieces stay at least half as long.
    QCOMPARE(pieceEnd(QStringLiteral("x\n") + QStringLiteral("x").repeated(100), 0, 40), 40);
    // Never inside a surrogate pair.
    const QString emoji = QStringLiteral("\U0001F600").repeated(50);
    QCOMPARE(pieceEnd(emoji, 0, 31), 30);
    QCOMPARE(pieceEnd(emoji, 0, 30), 30);
}

void tst_HostileText::aRowOfTheFieldTableIsNeverExtended()
{
    auto database = open(QStringLiteral("UPDATE event SET category = %1 WHERE id = 'event-ransomware-2022';").arg(repeated(QStringLiteral("y"), 50'000)), false);
    QVERIFY(database);
    Selection selection;
    DetailPane pane(&selection);
    selection.setDatabase(database);
    pane.resize(600, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    selection.select(QStringLiteral("event-ransomware-2022"));
    // A table lays out a cell whole on every change: its text is cut, with a note, no "Show all".
    QCOMPARE(linkPosition(pane.document(), showAll), -1);
    QVERIFY(pane.toPlainText().contains(QStringLiteral("Only the first %1 of %2 characters are shown").arg(QLocale().toString(10000), QLocale().toString(50000))));
    QVERIFY2(pane.document()->characterCount() < TextLimits::shownChars + 2000, qPrintable(QString::number(pane.document()->characterCount())));
}

void tst_HostileText::showAllInTheDetailPaneKeepsMarkdown()
{
    // Paragraphs of Markdown within its limits: the rest comes piece by piece, still Markdown.
    auto database = open(QStringLiteral("UPDATE faq SET answer = %1 || '**THE-LAST-WORDS**' WHERE id = 'faq-troops';")
                             .arg(repeated(QStringLiteral("lorem *ipsum* dolor\n\n"), 1500)),
                         false);
    QVERIFY(database);
    Selection selection;
    DetailPane pane(&selection);
    selection.setDatabase(database);
    pane.resize(600, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    selection.select(QStringLiteral("faq-troops"));
    QVERIFY(!pane.toPlainText().contains(QStringLiteral("THE-LAST-WORDS")));
    QSignalSpy pieces(&pane, &DetailPane::pieceShown);
    clickShowAll(&pane);
    QTRY_VERIFY(!pane.isAddingPieces());
    QVERIFY2(pieces.count() >= 2, qPrintable(QString::number(pieces.count())));
    const QString shown = pane.toPlainText();
    QVERIFY(shown.contains(QStringLiteral("THE-LAST-WORDS")));
    QVERIFY(!shown.contains(QStringLiteral("Show all")));
    QVERIFY(!shown.contains(QLatin1Char('*'))); // read as Markdown, every piece
    QCOMPARE(shown.count(QStringLiteral("lorem ipsum dolor")), 1500);
    QTextCursor last(pane.document());
    last.setPosition(shown.indexOf(QStringLiteral("THE-LAST-WORDS")) + 2);
    QCOMPARE(last.charFormat().fontWeight(), int(QFont::Bold));
}

void tst_HostileText::translatedLongTextIsReadInPart()
{
    // A long source (multi-byte characters across the megabytes its hash is read in) and its
    // German translation, both left in the file; a stale translation of an answer.
    const QString unit = QStringLiteral("lorem \u00FC\u20AC\U0001F600 x"); // 17 bytes of UTF-8
    const QString source = unit.repeated(250'000);
    const QByteArray hash = ContentLanguage::sourceHash(source);
    auto database = open(QStringLiteral("UPDATE event SET description = %1 WHERE id = 'event-ransomware-2022';"
                                        "DELETE FROM translation WHERE item_id IN ('event-ransomware-2022', 'faq-troops');"
                                        "INSERT INTO translation (item_id, field, lang, text, source_hash) VALUES "
                                        "('event-ransomware-2022', 'description', 'de', %2 || 'LETZTE-WORTE', '%3'),"
                                        "('faq-troops', 'answer', 'de', %4, 'not-the-hash');")
                             .arg(repeated(unit, 250'000), repeated(QStringLiteral("Übersetzung "), 20'000), QString::fromLatin1(hash),
                                  repeated(QStringLiteral("Antwort "), 3'000)),
                         false, QStringLiteral("de"));
    QVERIFY(database);
    const ItemField *description = ItemFields::find(ItemKind::Event, QStringLiteral("description"));
    const int row = database->briefing().find(QStringLiteral("event-ransomware-2022"))->index;
    qsizetype total = 0;
    TextState state = TextState::Source;
    QString language;
    const QString part = database->textPart(*description, row, TextLimits::shownChars, &total, &state, &language);
    QCOMPARE(part.size(), TextLimits::shownChars); // cut by SQLite, not read whole
    QVERIFY(part.startsWith(QStringLiteral("Übersetzung Übersetzung")));
    QCOMPARE(total, qsizetype(240'012));
    QCOMPARE(language, QStringLiteral("de"));
    QCOMPARE(int(state), int(TextState::Translated)); // the source's hash, read a megabyte at a time
    // As the whole text says (state and start).
    TextState wholeState = TextState::Source;
    const QString whole = database->text(*description, row, &wholeState);
    QCOMPARE(int(wholeState), int(TextState::Translated));
    QVERIFY(whole.startsWith(part));
    const int faqRow = database->briefing().find(QStringLiteral("faq-troops"))->index;
    database->textPart(*ItemFields::find(ItemKind::Faq, QStringLiteral("answer")), faqRow, TextLimits::showAllChars, &total, &state, &language);
    QCOMPARE(int(state), int(TextState::Stale));
    QCOMPARE(total, qsizetype(24'000));

    // The detail pane shows it in part, and all of it after "Show all".
    Selection selection;
    DetailPane pane(&selection);
    selection.setDatabase(database);
    pane.resize(600, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    selection.select(QStringLiteral("event-ransomware-2022"));
    QVERIFY2(pane.document()->characterCount() < TextLimits::shownChars + 2000, qPrintable(QString::number(pane.document()->characterCount())));
    QVERIFY(pane.toPlainText().contains(QStringLiteral("Show all (%1 characters)").arg(QLocale().toString(240012))));
    QVERIFY(!pane.toPlainText().contains(QStringLiteral("LETZTE-WORTE")));
    clickShowAll(&pane);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isAddingPieces(), 20000);
    QVERIFY(pane.toPlainText().contains(QStringLiteral("Übersetzung LETZTE-WORTE")));
    QCOMPARE(pane.toPlainText().count(QStringLiteral("Übersetzung")), 20'000);
}

void tst_HostileText::listsMeasureACutTitle()
{
    auto database = open(QStringLiteral("UPDATE event SET title = %1 WHERE id = 'event-ransomware-2022';"
                                        "UPDATE faq SET question = %1 WHERE id = 'faq-troops';")
                             .arg(repeated(QStringLiteral("W"), 1'000'000)));
    QVERIFY(database);
    Selection selection;
    selection.setDatabase(database);
    ItemListView list(ItemKind::Event, &selection);
    list.resize(500, 400);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    ItemTableModel *model = list.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QModelIndex title;
    for (int row = 0; row < model->rowCount() && !title.isValid(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->index(row, column).data().toString().startsWith(QStringLiteral("WWWW")))
                title = model->index(row, column);
        }
    }
    QVERIFY(title.isValid());
    QCOMPARE(title.data(IdRole).toString(), QStringLiteral("event-ransomware-2022"));
    // What the delegate measures and draws, and the tool tip: cut.
    QCOMPARE(title.data().toString().size(), TextLimits::titleChars);
    QVERIFY(title.data().toString().endsWith(QChar(0x2026)));
    QVERIFY(title.data(Qt::ToolTipRole).toString().size() < TextLimits::toolTipChars + 100);
    QStyleOptionViewItem option;
    option.initFrom(list.table());
    const QSize hint = list.table()->itemDelegate()->sizeHint(option, title);
    QVERIFY2(hint.width() < 60 * TextLimits::titleChars, qPrintable(QString::number(hint.width())));

    EventListModel events(&selection); // the timeline's list of the events in view
    QAbstractItemModelTester eventTester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVector<int> all(database->briefing().events.size());
    std::iota(all.begin(), all.end(), 0);
    events.setEvents(all);
    bool found = false;
    for (int r = 0; r < events.rowCount(); ++r) {
        if (events.index(r).data(IdRole).toString() == QLatin1String("event-ransomware-2022")) {
            found = true;
            QVERIFY(events.index(r).data().toString().size() < TextLimits::titleChars + 100);
        }
    }
    QVERIFY(found);
    FaqListModel faq(&selection);
    const QModelIndex question = faq.indexOfId(QStringLiteral("faq-troops"));
    QCOMPARE(question.data().toString().size(), TextLimits::titleChars);
}

void tst_HostileText::searchIndexesABoundedPartOfEachText()
{
    auto database = open(QStringLiteral("UPDATE event SET description = 'openingword ' || %1 || ' closingword' "
                                        "WHERE id = 'event-ransomware-2022';")
                             .arg(repeated(QStringLiteral("filler "), 700'000)));
    QVERIFY(database);
    const auto index = SearchIndex::buildInMemory(database, QStringLiteral("en"));
    QVERIFY(index);
    const SearchResults start = index->search(QStringLiteral("openingword"), QStringLiteral("en"));
    QCOMPARE(start.hits.size(), 1);
    QVERIFY(start.hits.first().snippet.size() <= TextLimits::snippetChars);
    // Past the first 100,000 characters nothing is indexed (docs/format.md).
    QCOMPARE(index->search(QStringLiteral("closingword"), QStringLiteral("en")).hits.size(), 0);
    const SearchResults filler = index->search(QStringLiteral("filler"), QStringLiteral("en"));
    QCOMPARE(filler.hits.size(), 1);
    QVERIFY(filler.hits.first().snippet.size() <= TextLimits::snippetChars);
}

QTEST_MAIN(tst_HostileText)
#include "tst_hostiletext.moc"
