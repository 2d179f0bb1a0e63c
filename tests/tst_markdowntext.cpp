// SPDX-License-Identifier: MIT
// Markdown fields (FAQ answers) as a reader sees them everywhere: rendered in the detail
// pane with working briefing links, and as plain text in the search index and its snippets.
#include "chartbriefing.h"
#include "browse/detailpane.h"
#include "content/markdowntext.h"
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "models/selection.h"
#include "search/searchindex.h"
#include "search/searchresults.h"
#include "testfiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace bv;

class tst_MarkdownText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void plainTextIsWhatAReaderSees_data();
    void plainTextIsWhatAReaderSees();
    void detailPaneRendersTheAnswer();
    void searchFindsTheTextNotTheMarkup_data();
    void searchFindsTheTextNotTheMarkup();
    void anOlderShippedIndexIsRebuilt();

private:
    std::unique_ptr<SearchIndex> index(bool shipped) const;

    QTemporaryDir m_dir;
    QString m_path;
};

void tst_MarkdownText::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("markdown.briefing"));
    QVERIFY(test::writeChartBriefing(m_path));
}

void tst_MarkdownText::plainTextIsWhatAReaderSees_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("plain");
    QTest::newRow("plain") << QStringLiteral("Just text.") << QStringLiteral("Just text.");
    QTest::newRow("link") << QStringLiteral("See [Testland](briefing:item/x) and [more](https://example.org/item).")
                          << QStringLiteral("See Testland and more.");
    QTest::newRow("emphasis") << QStringLiteral("**2014:** *few* `code`") << QStringLiteral("2014: few code");
    QTest::newRow("paragraphs") << QStringLiteral("One.\n\nTwo\nlines.") << QStringLiteral("One.\nTwo lines.");
    QTest::newRow("table") << QStringLiteral("| Year | Members |\n|---|---|\n| 2014 | 3 |")
                           << QStringLiteral("Year Members\n2014 3");
    QTest::newRow("list") << QStringLiteral("- first\n- second") << QStringLiteral("first\nsecond");
    QTest::newRow("image") << QStringLiteral("![a map](file:///etc/passwd)") << QStringLiteral("a map");
    QTest::newRow("html not rendered") << QStringLiteral("<b>bold</b>") << QStringLiteral("<b>bold</b>");
}

void tst_MarkdownText::plainTextIsWhatAReaderSees()
{
    QFETCH(QString, markdown);
    QFETCH(QString, plain);
    QCOMPARE(markdownToPlainText(markdown), plain);
}

void tst_MarkdownText::detailPaneRendersTheAnswer()
{
    OpenError error;
    auto database = BriefingDatabase::open(m_path, &error);
    QVERIFY2(database, qPrintable(error.message));
    Selection selection;
    selection.setDatabase(database);
    DetailPane pane(&selection);
    pane.resize(500, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    selection.select(QStringLiteral("faq-markdown"));
    const QString text = pane.toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Testland Mike leads. 2014: few members met the goal.")), qPrintable(text));
    for (const QString &raw : {QStringLiteral("**"), QStringLiteral("]("), QStringLiteral("|---"), QStringLiteral("example.org")})
        QVERIFY2(!text.contains(raw), qPrintable(raw));
    QVERIFY(text.contains(QStringLiteral("See the notes.")));
    // The briefing link is a link, the web link only text; a real click follows it.
    const QString html = pane.toHtml();
    QVERIFY(html.contains(QStringLiteral("briefing:item/testland-actor")));
    QVERIFY(!html.contains(QStringLiteral("https://example.org")));
    QTextCursor cursor = pane.document()->find(QStringLiteral("Testland Mike"));
    QVERIFY(!cursor.isNull());
    QTextCursor middle(pane.document());
    middle.setPosition(cursor.selectionStart() + 3);
    const QPoint at = pane.cursorRect(middle).center();
    QTest::mouseClick(pane.viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QTRY_COMPARE(selection.currentId(), QStringLiteral("testland-actor"));
}

std::unique_ptr<SearchIndex> tst_MarkdownText::index(bool shipped) const
{
    OpenError error;
    std::shared_ptr<const BriefingDatabase> database = BriefingDatabase::open(m_path, &error);
    if (!database)
        return nullptr;
    return shipped ? SearchIndex::openShipped(database) : SearchIndex::buildInMemory(database, QStringLiteral("en"));
}

void tst_MarkdownText::searchFindsTheTextNotTheMarkup_data()
{
    QTest::addColumn<bool>("shipped");
    QTest::newRow("built in memory") << false;
    QTest::newRow("shipped in the file") << true;
}

void tst_MarkdownText::searchFindsTheTextNotTheMarkup()
{
    QFETCH(bool, shipped);
    if (shipped)
        QVERIFY(BriefingWriter::writeSearchIndex(m_path).ok());
    const std::unique_ptr<SearchIndex> search = index(shipped);
    QVERIFY(search);
    auto hit = [&search](const QString &query) -> std::optional<SearchHit> {
        for (const SearchHit &h : search->search(query, QStringLiteral("en")).hits) {
            if (h.id == QStringLiteral("faq-markdown"))
                return h;
        }
        return std::nullopt;
    };
    // "item" and "https" are only in link targets: not found through them.
    QVERIFY(!hit(QStringLiteral("item")));
    QVERIFY(!hit(QStringLiteral("https")));
    QVERIFY(!hit(QStringLiteral("example")));
    // The words a reader sees are found, and snippets are that text.
    for (const QString &query : {QStringLiteral("leads"), QStringLiteral("notes"), QStringLiteral("members")}) {
        const auto found = hit(query);
        QVERIFY2(found, qPrintable(query));
        for (const QString &raw : {QStringLiteral("**"), QStringLiteral("]("), QStringLiteral("briefing:"), QStringLiteral("|")})
            QVERIFY2(!found->snippet.contains(raw), qPrintable(found->snippet));
        QVERIFY(!found->highlights.isEmpty());
    }
}

void tst_MarkdownText::anOlderShippedIndexIsRebuilt()
{
    // A file indexed before format 2 holds the Markdown source: its index is not used.
    const QString path = m_dir.filePath(QStringLiteral("older.briefing"));
    QVERIFY(test::writeChartBriefing(path));
    QVERIFY(BriefingWriter::writeSearchIndex(path).ok());
    QVERIFY(test::execSql(path, QStringLiteral("DROP TABLE search_format; UPDATE search SET body = 'item https' "
                                               "WHERE item_id = 'faq-markdown';")));
    OpenError error;
    std::shared_ptr<const BriefingDatabase> database = BriefingDatabase::open(path, &error);
    QVERIFY(database);
    QVERIFY(!SearchIndex::openShipped(database));
    const auto memory = SearchIndex::buildInMemory(database, QStringLiteral("en"));
    QVERIFY(memory);
    for (const SearchHit &h : memory->search(QStringLiteral("item"), QStringLiteral("en")).hits)
        QVERIFY(h.id != QStringLiteral("faq-markdown"));
    // A version it does not know is not used either.
    QVERIFY(BriefingWriter::writeSearchIndex(path).ok());
    QVERIFY(SearchIndex::openShipped(BriefingDatabase::open(path, &error)));
    QVERIFY(test::execSql(path, QStringLiteral("UPDATE search_format SET version = 3;")));
    QVERIFY(!SearchIndex::openShipped(BriefingDatabase::open(path, &error)));
}

QTEST_MAIN(tst_MarkdownText)
#include "tst_markdowntext.moc"
