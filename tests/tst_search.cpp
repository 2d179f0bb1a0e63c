// SPDX-License-Identifier: MIT
// Full-text search on real briefing files made here: known answers, highlighting, hostile
// input, the built-in sample and building in a worker. (Translations: tst_searchtranslations;
// the query parser: tst_searchquery; shipped indexes that must not be used:
// tst_searchindexfile; a large generated briefing: tst_searchcounts.)
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "search/searchindex.h"
#include "search/searchquery.h"
#include "searchtext.h"
#include "search/searchtokenizer.h"
#include "file/sqliteconnection.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <thread>

using namespace bv;
using namespace bv::test;

class tst_Search : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();


    void knownAnswers_data();
    void knownAnswers();
    void highlightsPointAtTheMatchedWords_data();
    void highlightsPointAtTheMatchedWords();
    void snippetsAreThoseOfFts5_data();
    void snippetsAreThoseOfFts5();
    void resultsAreGroupedByKind_data();
    void resultsAreGroupedByKind();
    void shippedAndInMemoryIndexesAgree();
    void emptyQueriesFindNothing_data();
    void emptyQueriesFindNothing();
    void hostileQueriesAreText_data();
    void hostileQueriesAreText();

    void builtInSampleIsIndexedInMemory();
    void buildsInAWorkerThread();
    void buildInAThreadAskedToStopIsAbandoned();

private:
    const SearchIndex *index(bool shipped) const
    {
        return shipped ? m_shipped.get() : m_memory.get();
    }

    QTemporaryDir m_dir;
    QString m_path;
    Fingerprint m_before;
    std::shared_ptr<const BriefingDatabase> m_database;
    std::unique_ptr<SearchIndex> m_shipped;
    std::unique_ptr<SearchIndex> m_memory;
};

void tst_Search::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // In a folder of its own: the fingerprint includes the names beside the file.
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("shipped")));
    m_path = m_dir.filePath(QStringLiteral("shipped/sample.briefing"));
    QVERIFY(writeSample(m_path));
    m_before = fingerprint(m_path);
    OpenError error;
    m_database = BriefingDatabase::open(m_path, &error);
    QVERIFY2(m_database, qPrintable(error.message));
    m_shipped = SearchIndex::openShipped(m_database);
    QVERIFY2(m_shipped, "the sample file written by BriefingWriter ships a usable index");
    QVERIFY(m_shipped->isShipped());
    QVERIFY(m_shipped->languages().contains(QStringLiteral("en")));
    m_memory = SearchIndex::buildInMemory(m_database, QStringLiteral("en"));
    QVERIFY(m_memory);
    QVERIFY(!m_memory->isShipped());
}

void tst_Search::cleanupTestCase()
{
    m_shipped.reset();
    m_memory.reset();
    m_database.reset();
    QCOMPARE(fingerprint(m_path), m_before);
}

void tst_Search::knownAnswers_data()
{
    QTest::addColumn<bool>("shipped");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("kind");
    for (const bool shipped : {true, false}) {
        const char *index = shipped ? "shipped" : "in memory";
        QTest::addRow("%s: Senate", index) << shipped << QStringLiteral("Senate")
                                           << QStringLiteral("faq-senate") << int(ItemKind::Faq);
        QTest::addRow("%s: senate ratification", index)
            << shipped << QStringLiteral("senate vote treaty") << QStringLiteral("faq-senate")
            << int(ItemKind::Faq);
        QTest::addRow("%s: blackout", index)
            << shipped << QStringLiteral("blackout") << QStringLiteral("event-ransomware-2022")
            << int(ItemKind::Event);
        QTest::addRow("%s: blackout series", index)
            << shipped << QStringLiteral("blackout") << QStringLiteral("ransomware-customers")
            << int(ItemKind::Series);
        QTest::addRow("%s: prefix ranso", index)
            << shipped << QStringLiteral("ranso") << QStringLiteral("event-ransomware-2022")
            << int(ItemKind::Event);
        QTest::addRow("%s: upper case prefix", index)
            << shipped << QStringLiteral("RANSOMW")
            << QStringLiteral("ransomware-blackout-duration") << int(ItemKind::Series);
        QTest::addRow("%s: Dayton", index)
            << shipped << QStringLiteral("dayton 1995") << QStringLiteral("event-dayton-1995")
            << int(ItemKind::Event);
        QTest::addRow("%s: actor", index) << shipped << QStringLiteral("Cyber Defence Centre")
                                          << QStringLiteral("nato-ccdcoe") << int(ItemKind::Actor);
        QTest::addRow("%s: guarantee field", index)
            << shipped << QStringLiteral("two-thirds majority")
            << QStringLiteral("guarantee-article5-like") << int(ItemKind::Guarantee);
    }
}

void tst_Search::knownAnswers()
{
    QFETCH(bool, shipped);
    QFETCH(QString, query);
    QFETCH(QString, id);
    QFETCH(int, kind);
    const SearchResults results = index(shipped)->search(query, QStringLiteral("en"));
    QVERIFY(!results.failed);
    QVERIFY2(ids(results).contains(id), qPrintable(shown(results).join(QLatin1Char('\n'))));
    for (const SearchHit &hit : results.hits) {
        if (hit.id == id) {
            QCOMPARE(int(hit.kind), kind);
            QCOMPARE(hit.title, m_database->briefing().title(id));
        }
    }
    QCOMPARE(results.total, int(results.hits.size()));
    QVERIFY(!results.totalIsLowerBound);
    QVERIFY(
        !ids(index(shipped)->search(QStringLiteral("zzzz"), QStringLiteral("en"))).contains(id));
}

void tst_Search::highlightsPointAtTheMatchedWords_data()
{
    QTest::addColumn<bool>("shipped");
    QTest::addColumn<QString>("query");
    for (const bool shipped : {true, false}) {
        const char *index = shipped ? "shipped" : "in memory";
        QTest::addRow("%s: senate", index) << shipped << QStringLiteral("senate");
        QTest::addRow("%s: ranso", index) << shipped << QStringLiteral("ranso");
        QTest::addRow("%s: two words", index) << shipped << QStringLiteral("energy GRIDS");
    }
}

void tst_Search::highlightsPointAtTheMatchedWords()
{
    QFETCH(bool, shipped);
    QFETCH(QString, query);
    const QStringList words = SearchQuery(query).words();
    const SearchResults results = index(shipped)->search(query, QStringLiteral("en"));
    QVERIFY(!results.hits.isEmpty());
    auto isQueryWord = [&words](const QString &text) {
        for (int i = 0; i < words.size(); ++i) {
            const bool last = i == words.size() - 1;
            if (last ? text.startsWith(words.at(i), Qt::CaseInsensitive)
                     : text.compare(words.at(i), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    for (const SearchHit &hit : results.hits) {
        const QStringList inSnippet = highlighted(hit.snippet, hit.highlights);
        const QStringList inTitle = highlighted(hit.title, hit.titleHighlights);
        QVERIFY2(!inSnippet.isEmpty() || !inTitle.isEmpty(), qPrintable(hit.id));
        for (const QString &word : inSnippet + inTitle)
            QVERIFY2(isQueryWord(word), qPrintable(hit.id + QStringLiteral(": ") + word));
        QVERIFY(!hit.snippet.contains(QChar(MarkedText::open)) &&
                !hit.snippet.contains(QChar(MarkedText::close)));
    }
    // The FAQ question "How does the U.S. Senate’s approval ..." has its one match marked.
    if (query == QLatin1String("senate")) {
        for (const SearchHit &hit : results.hits) {
            if (hit.id == QLatin1String("faq-senate")) {
                const int at = int(hit.title.indexOf(QStringLiteral("Senate")));
                QVERIFY(at > 0);
                QCOMPARE(hit.titleHighlights, (TextRanges{{at, 6}}));
                QCOMPARE(highlighted(hit.snippet, hit.highlights),
                         QStringList{QStringLiteral("Senate")});
            }
        }
    }
}

void tst_Search::snippetsAreThoseOfFts5_data()
{
    QTest::addColumn<QString>("query");
    for (const char *query : {"senate", "blackout", "ranso", "security guarantee", "ukraine",
                              "article 5", "treaty", "nato", "the", "e", "defence", "cyber"})
        QTest::newRow(query) << QString::fromUtf8(query);
}

void tst_Search::snippetsAreThoseOfFts5()
{
    // The word list's hits are marked by SearchHighlighter: the same titles, snippets and
    // marks as FTS5's highlight() and snippet() make for the same rows.
    QFETCH(QString, query);
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READONLY,
                             nullptr),
             SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db,
                                "SELECT item_id, highlight(search, 3, ?1, ?2), "
                                "snippet(search, 4, ?1, ?2, '…', ?3) FROM search "
                                "WHERE search MATCH ?4 AND lang = 'en'",
                                -1, &statement, nullptr),
             SQLITE_OK);
    const QByteArray open = QString(QChar(MarkedText::open)).toUtf8();
    const QByteArray close = QString(QChar(MarkedText::close)).toUtf8();
    const QByteArray expression = SearchQuery(query).matchExpression().toUtf8();
    sqlite3_bind_text(statement, 1, open.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(statement, 2, close.constData(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(statement, 3, SearchIndex::snippetTokens);
    sqlite3_bind_text(statement, 4, expression.constData(), -1, SQLITE_TRANSIENT);
    QHash<QString, SearchHit> expected;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        SearchHit hit;
        hit.id = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        MarkedText::split(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1))),
                          &hit.title, &hit.titleHighlights);
        MarkedText::split(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 2))),
                          &hit.snippet, &hit.highlights);
        expected.insert(hit.id, hit);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);

    const SearchResults results = m_shipped->search(query, QStringLiteral("en"), 1000);
    QCOMPARE(results.hits.size(), expected.size());
    for (const SearchHit &hit : results.hits) {
        QVERIFY2(expected.contains(hit.id), qPrintable(hit.id));
        const SearchHit &fts5 = expected[hit.id];
        QCOMPARE(hit.title, fts5.title);
        QCOMPARE(hit.titleHighlights, fts5.titleHighlights);
        QCOMPARE(hit.snippet, fts5.snippet);
        QCOMPARE(hit.highlights, fts5.highlights);
    }
}

void tst_Search::resultsAreGroupedByKind_data()
{
    QTest::addColumn<bool>("shipped");
    QTest::newRow("shipped") << true;
    QTest::newRow("in memory") << false;
}

void tst_Search::resultsAreGroupedByKind()
{
    QFETCH(bool, shipped);
    const SearchResults results =
        index(shipped)->search(QStringLiteral("ukraine"), QStringLiteral("en"));
    QVERIFY(results.hits.size() > 10);
    const QVector<ItemKind> &order = SearchIndex::kindOrder();
    QSet<ItemKind> kinds;
    for (int i = 1; i < results.hits.size(); ++i) {
        QVERIFY2(order.indexOf(results.hits.at(i - 1).kind) <=
                     order.indexOf(results.hits.at(i).kind),
                 qPrintable(shown(results).join(QLatin1Char('\n'))));
        kinds.insert(results.hits.at(i).kind);
    }
    QVERIFY(kinds.size() >= 4);
    // The limit keeps the best, still grouped, and the total counts them all.
    const SearchResults three =
        index(shipped)->search(QStringLiteral("ukraine"), QStringLiteral("en"), 3);
    QCOMPARE(three.hits.size(), 3);
    QCOMPARE(three.total, results.total);
}

void tst_Search::shippedAndInMemoryIndexesAgree()
{
    for (const QString &query :
         {QStringLiteral("senate"), QStringLiteral("nato membership"), QStringLiteral("e"),
          QStringLiteral("2022"), QStringLiteral("cyber resil")}) {
        QCOMPARE(shown(m_shipped->search(query, QStringLiteral("en"))),
                 shown(m_memory->search(query, QStringLiteral("en"))));
    }
}

void tst_Search::emptyQueriesFindNothing_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("whitespace") << QStringLiteral("\t\n\r\u00a0\u2003");
    QTest::newRow("punctuation") << QStringLiteral("\"*()-:^{}");
    QTest::newRow("emoji") << QStringLiteral("🛡️🇺🇦");
}

void tst_Search::emptyQueriesFindNothing()
{
    QFETCH(QString, query);
    for (const bool shipped : {true, false}) {
        const SearchResults results = index(shipped)->search(query, QStringLiteral("en"));
        QVERIFY(results.hits.isEmpty());
        QCOMPARE(results.total, 0);
        QVERIFY(!results.failed);
    }
}

void tst_Search::hostileQueriesAreText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("sameAs"); // a query that must give the same results, or empty
    const QString senate = QStringLiteral("senate");
    const QStringList plain{QStringLiteral("\""),
                            QStringLiteral("\"\""),
                            QStringLiteral("'"),
                            QStringLiteral("("),
                            QStringLiteral(")"),
                            QStringLiteral("((a"),
                            QStringLiteral("a OR"),
                            QStringLiteral("OR"),
                            QStringLiteral("AND"),
                            QStringLiteral("NOT"),
                            QStringLiteral("NEAR(a b)"),
                            QStringLiteral("NEAR(senate treaty, 2)"),
                            QStringLiteral("*"),
                            QStringLiteral("a*b"),
                            QStringLiteral("^a"),
                            QStringLiteral("{title}: x"),
                            QStringLiteral("{title body}: senate"),
                            QStringLiteral("'; DROP TABLE faq; --"),
                            QStringLiteral("\" OR 1=1 --"),
                            QStringLiteral("a AND (b OR"),
                            QStringLiteral("senate AND NOT treaty"),
                            QStringLiteral("(senate OR treaty) NOT ukraine"),
                            QStringLiteral(":"),
                            QStringLiteral("%"),
                            QStringLiteral("_"),
                            QStringLiteral("%s%n%x"),
                            QStringLiteral("\\"),
                            QStringLiteral("\\\\\\\""),
                            QStringLiteral("🛡️🇺🇦 senate"),
                            QStringLiteral("مجلس الشيوخ"),
                            QStringLiteral("סנאט"),
                            QStringLiteral("𞤀𞤢 senate"),
                            QStringLiteral("senate 𞤀𞤢"),
                            QStringLiteral("\u200b\u200e\u202e"),
                            QStringLiteral("\u0301"),
                            QString(QChar(0xD800)),
                            QStringLiteral("rank: bm25(search)"),
                            QStringLiteral("x' OR '1'='1"),
                            QStringLiteral("NULL"),
                            QString(QChar(MarkedText::open)) + QStringLiteral("senate") +
                                QChar(MarkedText::close),
                            QStringLiteral("a b c d e f g h i j k l m n o p q r s t u v w x y z"),
                            QStringLiteral("title:senate:"),
                            QStringLiteral("<b>senate</b>"),
                            QStringLiteral("senate^2")};
    for (const QString &query : plain)
        QTest::newRow(qPrintable(QStringLiteral("«%1»").arg(query.left(40)))) << query << QString();
    QTest::newRow("nul") << QString(QChar(0)) << QString();
    QTest::newRow("nul inside") << (QStringLiteral("senate") + QChar(0) + QStringLiteral("treaty"))
                                << QStringLiteral("senate treaty");
    QTest::newRow("control characters") << QStringLiteral("\x01\x02\x1b[31m\x7f") << QString();
    QTest::newRow("10,000 characters") << QString(10000, QLatin1Char('x')) << QString();
    QTest::newRow("10,000 mixed") << QStringLiteral("senate \"( OR * ").repeated(700) << QString();
    QTest::newRow("100 words") << QStringLiteral("senate ").repeated(100) << QString();
    for (const QString &dressed :
         {QStringLiteral("-senate"), QStringLiteral("+senate"), QStringLiteral("^senate"),
          QStringLiteral("senate*"), QStringLiteral("\"senate\""), QStringLiteral("(senate"),
          QStringLiteral("%senate%"), QStringLiteral("{senate}"), QStringLiteral("'senate'"),
          QStringLiteral("senate:"), QStringLiteral("senate\u200b")}) {
        QTest::newRow(qPrintable(dressed)) << dressed << senate;
    }
}

void tst_Search::hostileQueriesAreText()
{
    QFETCH(QString, query);
    QFETCH(QString, sameAs);
    for (const bool shipped : {true, false}) {
        const SearchResults first = index(shipped)->search(query, QStringLiteral("en"));
        QVERIFY(!first.failed);
        QCOMPARE(shown(index(shipped)->search(query, QStringLiteral("en"))), shown(first));
        if (!sameAs.isEmpty()) {
            QVERIFY(!first.hits.isEmpty());
            QCOMPARE(shown(first), shown(index(shipped)->search(sameAs, QStringLiteral("en"))));
        }
        for (const SearchHit &hit : first.hits)
            QVERIFY(m_database->briefing().find(hit.id).has_value());
    }
    // The briefing is whole and the file untouched.
    QVERIFY(!m_shipped->search(QStringLiteral("faq senate"), QStringLiteral("en")).hits.isEmpty());
    QCOMPARE(fingerprint(m_path), m_before);
}

void tst_Search::builtInSampleIsIndexedInMemory()
{
    OpenError error;
    const std::shared_ptr<const BriefingDatabase> sample = BriefingDatabase::openSample(&error);
    QVERIFY(sample);
    QVERIFY(!SearchIndex::openShipped(sample)); // built in memory from sample.sql: no index
    const std::unique_ptr<SearchIndex> index =
        SearchIndex::buildInMemory(sample, QStringLiteral("xx"));
    QVERIFY(index);
    QCOMPARE(index->languages(), QStringList{QStringLiteral("en")}); // nothing translated into "xx"
    QVERIFY(ids(index->search(QStringLiteral("Senate"), QStringLiteral("xx")))
                .contains(QStringLiteral("faq-senate")));
}

void tst_Search::buildsInAWorkerThread()
{
    std::unique_ptr<SearchIndex> built;
    std::thread worker(
        [this, &built] { built = SearchIndex::buildInMemory(m_database, QStringLiteral("en")); });
    worker.join();
    QVERIFY(built);
    QCOMPARE(shown(built->search(QStringLiteral("senate"), QStringLiteral("en"))),
             shown(m_shipped->search(QStringLiteral("senate"), QStringLiteral("en"))));
}

void tst_Search::buildInAThreadAskedToStopIsAbandoned()
{
    // As when the window closes during the build: its statements stop at their next step,
    // and what was built so far is dropped.
    std::unique_ptr<SearchIndex> built;
    std::unique_ptr<QThread> thread(QThread::create([this, &built] {
        QThread::currentThread()->requestInterruption();
        built = SearchIndex::buildInMemory(m_database, QStringLiteral("en"));
    }));
    thread->start();
    QVERIFY(thread->wait(120000));
    QVERIFY(!built);
}

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_search.moc"
