// SPDX-License-Identifier: MIT
// Search on a generated briefing of 10,000 events, checked against straight SQLite on the
// same file: every match counted, however broad the query; the best ranked exactly as the
// ranking rule says; and the queries the word list cannot answer, capped by FTS5.
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "generator/generator.h"
#include "search/searchindex.h"
#include "search/searchquery.h"
#include "search/searchrank.h"
#include "searchtext.h"
#include "file/sqliteconnection.h"
#include "testfiles.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace bv;
using namespace bv::test;

namespace {

// A word without case or diacritics, as the tokenizer folds it.
QString folded(const QString &word)
{
    QString result;
    for (const QChar c : word.normalized(QString::NormalizationForm_D)) {
        if (!c.isMark())
            result += c.toLower();
    }
    return result;
}

// Straight SQLite on the file, read-only.
class FileQueries
{
public:
    explicit FileQueries(const QString &path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY,
                        nullptr);
    }
    ~FileQueries() { sqlite3_close(m_db); }

    // The rows of `lang` that match an FTS5 expression, with their kind and item id.
    QVector<std::tuple<qint64, QString, QString>> rows(const QString &expression,
                                                       const QString &lang) const
    {
        QVector<std::tuple<qint64, QString, QString>> result;
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(m_db,
                           "SELECT rowid, kind, item_id FROM search WHERE search MATCH ? "
                           "AND lang = ? ORDER BY rowid",
                           -1, &statement, nullptr);
        const QByteArray e = expression.toUtf8(), l = lang.toUtf8();
        sqlite3_bind_text(statement, 1, e.constData(), int(e.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(statement, 2, l.constData(), int(l.size()), SQLITE_TRANSIENT);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            result.append({sqlite3_column_int64(statement, 0),
                           QString::fromUtf8(
                               reinterpret_cast<const char *>(sqlite3_column_text(statement, 1))),
                           QString::fromUtf8(
                               reinterpret_cast<const char *>(sqlite3_column_text(statement, 2)))});
        }
        sqlite3_finalize(statement);
        return result;
    }

    QSet<qint64> rowids(const QString &expression, const QString &lang) const
    {
        QSet<qint64> result;
        for (const auto &row : rows(expression, lang))
            result.insert(std::get<0>(row));
        return result;
    }

private:
    sqlite3 *m_db = nullptr;
};

// "word" or "word"*, for FTS5.
QString phrase(const QString &word, bool prefix)
{
    return QLatin1Char('"') + word + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
}

} // namespace

class tst_SearchCounts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void broadQueriesAreCountedExactly_data();
    void broadQueriesAreCountedExactly();
    void bestHitsFollowTheRankingRule_data();
    void bestHitsFollowTheRankingRule();
    void translatedRowsAreSearched();
    void queriesTheWordListCannotAnswerAreCapped();

private:
    QTemporaryDir m_dir;
    QString m_path;
    Fingerprint m_before;
    std::shared_ptr<const BriefingDatabase> m_database;
    std::unique_ptr<SearchIndex> m_shipped;
    std::unique_ptr<SearchIndex> m_memory; // the second language, built in memory
    QString m_other;
};

void tst_SearchCounts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("generated.briefing"));
    GeneratorOptions options;
    options.events = 10000;
    options.series = 1;
    options.points = 10;
    options.faq = 200;
    options.languages = 2;
    Generator generator(options);
    QVERIFY(BriefingWriter::write(
        m_path, true, [&generator](SqliteConnection &c) { return generator.fill(c); }).ok());
    m_before = fingerprint(m_path);
    OpenError error;
    m_database = BriefingDatabase::open(m_path, &error);
    QVERIFY2(m_database, qPrintable(error.message));
    m_shipped = SearchIndex::openShipped(m_database);
    QVERIFY(m_shipped);
    m_other = m_shipped->languages().value(1);
    QVERIFY(!m_other.isEmpty());
    m_memory = SearchIndex::buildInMemory(m_database, m_other);
    QVERIFY(m_memory);
}

void tst_SearchCounts::broadQueriesAreCountedExactly_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<bool>("broad"); // more matches than FTS5 alone would count
    QTest::newRow("s") << QStringLiteral("s") << QStringLiteral("en") << true;
    QTest::newRow("se") << QStringLiteral("se") << QStringLiteral("en") << true;
    QTest::newRow("co") << QStringLiteral("co") << QStringLiteral("en") << true;
    QTest::newRow("a") << QStringLiteral("a") << QStringLiteral("en") << true;
    QTest::newRow("corri") << QStringLiteral("corri") << QStringLiteral("en") << true;
    QTest::newRow("secu") << QStringLiteral("secu") << QStringLiteral("en") << true;
    QTest::newRow("SÉCURI") << QStringLiteral("SÉCURI") << QStringLiteral("en") << true;
    QTest::newRow("drone satellite")
        << QStringLiteral("drone satellite") << QStringLiteral("en") << false;
    QTest::newRow("actor 1") << QStringLiteral("actor 1") << QStringLiteral("en") << false;
    QTest::newRow("humanitarian") << QStringLiteral("humanitarian") << QStringLiteral("en")
                                  << false;
    QTest::newRow("zebra") << QStringLiteral("zebra") << QStringLiteral("en") << false;
}

void tst_SearchCounts::broadQueriesAreCountedExactly()
{
    QFETCH(QString, query);
    QFETCH(QString, lang);
    QFETCH(bool, broad);
    const FileQueries file(m_path);
    const int expected = int(file.rows(SearchQuery(query).matchExpression(), lang).size());
    QVERIFY2(broad ? expected > SearchIndex::rankLimit : expected <= SearchIndex::rankLimit,
             qPrintable(QString::number(expected)));

    const SearchResults results = m_shipped->search(query, lang);
    QVERIFY(!results.failed);
    QCOMPARE(results.total, expected);
    QVERIFY(!results.totalIsLowerBound);
    QCOMPARE(results.hits.size(), qMin(expected, SearchIndex::defaultLimit));
    QCOMPARE(m_shipped->search(query, lang, 7).hits.size(), qMin(expected, 7));
    // Each hit shows some of the query's words, and only those: the last word as the
    // beginning of a word, the others whole.
    const QStringList queryWords = SearchQuery(query).words();
    auto isQueryWord = [&queryWords](const QString &shown) {
        for (int i = 0; i < queryWords.size(); ++i) {
            const QString word = folded(queryWords.at(i));
            if (i == queryWords.size() - 1 ? folded(shown).startsWith(word)
                                           : folded(shown) == word)
                return true;
        }
        return false;
    };
    for (const SearchHit &hit : results.hits) {
        const QStringList words =
            highlighted(hit.snippet, hit.highlights) + highlighted(hit.title, hit.titleHighlights);
        QVERIFY2(!words.isEmpty() && std::all_of(words.cbegin(), words.cend(), isQueryWord),
                 qPrintable(hit.id + QLatin1Char(' ') + words.join(QLatin1Char(','))));
    }
    QCOMPARE(fingerprint(m_path), m_before);
}

void tst_SearchCounts::bestHitsFollowTheRankingRule_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("one word") << QStringLiteral("drone");
    QTest::newRow("two words") << QStringLiteral("drone satellite");
    QTest::newRow("prefix") << QStringLiteral("humanitarian cease");
    QTest::newRow("broad prefix") << QStringLiteral("se");
    QTest::newRow("four words") << QStringLiteral("treaty alliance senate cyber");
}

void tst_SearchCounts::bestHitsFollowTheRankingRule()
{
    // The rule, worked out here with FTS5 column filters: each word scores 3 in the title
    // and 1 in the body; the highest total first, ties in index order; then grouped by kind.
    QFETCH(QString, query);
    const QString lang = QStringLiteral("en");
    const QStringList words = SearchQuery(query).words();
    const FileQueries file(m_path);
    QHash<qint64, int> score;
    QHash<qint64, QPair<QString, QString>> item;
    for (const auto &[rowid, kind, id] : file.rows(SearchQuery(query).matchExpression(), lang)) {
        score.insert(rowid, 0);
        item.insert(rowid, {kind, id});
    }
    for (int i = 0; i < words.size(); ++i) {
        const QString word = phrase(words.at(i), i == words.size() - 1);
        for (const qint64 rowid : file.rowids(QStringLiteral("title : ") + word, lang)) {
            if (score.contains(rowid))
                score[rowid] += SearchRank::titleScore;
        }
        for (const qint64 rowid : file.rowids(QStringLiteral("body : ") + word, lang)) {
            if (score.contains(rowid))
                score[rowid] += SearchRank::bodyScore;
        }
    }
    QVector<qint64> order = score.keys();
    std::sort(order.begin(), order.end(), [&score](qint64 a, qint64 b) {
        return score.value(a) != score.value(b) ? score.value(a) > score.value(b) : a < b;
    });
    const int limit = 300;
    order.resize(qMin<qsizetype>(order.size(), limit));
    QStringList kinds;
    for (const ItemKind kind : SearchIndex::kindOrder())
        kinds << QString(SearchIndex::kindKey(kind));
    std::stable_sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
        return kinds.indexOf(item.value(a).first) < kinds.indexOf(item.value(b).first);
    });
    QStringList expected;
    for (const qint64 rowid : std::as_const(order))
        expected << item.value(rowid).second;
    QVERIFY(expected.size() > 10);

    const SearchResults results = m_shipped->search(query, lang, limit);
    QStringList found;
    for (const SearchHit &hit : results.hits)
        found << hit.id;
    QCOMPARE(found, expected);
    QCOMPARE(results.total, int(score.size()));
}

void tst_SearchCounts::translatedRowsAreSearched()
{
    // The other language's rows, in the file and built in memory alike: translated titles.
    for (const SearchIndex *index : {m_shipped.get(), m_memory.get()}) {
        const SearchResults results = index->search(QStringLiteral("drone"), m_other, 50);
        QVERIFY(!results.hits.isEmpty());
        QVERIFY(results.total > 50);
        for (const SearchHit &hit : results.hits) {
            if (hit.kind == ItemKind::Event)
                QVERIFY2(hit.title.startsWith(QLatin1Char('[') + m_other + QLatin1Char(']')),
                         qPrintable(hit.title));
        }
    }
    QCOMPARE(m_memory->search(QStringLiteral("drone"), m_other).total,
             m_shipped->search(QStringLiteral("drone"), m_other).total);
}

void tst_SearchCounts::queriesTheWordListCannotAnswerAreCapped()
{
    // A word the tokenizer splits (Devanagari's vowel signs separate tokens) is a phrase to
    // FTS5, which the word list cannot answer: FTS5 counts up to rankLimit, then shows the
    // best of the first rankLimit.
    QTemporaryDir elsewhere; // not beside the generated file, whose directory must not change
    QVERIFY(elsewhere.isValid());
    const QString path = elsewhere.filePath(QStringLiteral("hindi.briefing"));
    QVERIFY(QFile::copy(m_path, path));
    const QString word = QStringLiteral("हिन्दी");
    QVERIFY(execSql(path, QStringLiteral("UPDATE event SET title = title || ' %1'").arg(word)));
    QVERIFY(BriefingWriter::writeSearchIndex(path).ok());
    OpenError error;
    const std::shared_ptr<const BriefingDatabase> database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    const std::unique_ptr<SearchIndex> index = SearchIndex::openShipped(database);
    QVERIFY(index);
    const SearchResults results = index->search(word, QStringLiteral("en"));
    QVERIFY(!results.failed);
    QVERIFY(results.totalIsLowerBound);
    QCOMPARE(results.total, SearchIndex::rankLimit);
    QCOMPARE(results.hits.size(), SearchIndex::defaultLimit);
    for (const SearchHit &hit : results.hits) {
        QCOMPARE(hit.kind, ItemKind::Event);
        QVERIFY2(!hit.titleHighlights.isEmpty(), qPrintable(hit.title));
    }
    QCOMPARE(fingerprint(m_path), m_before);
}

QTEST_GUILESS_MAIN(tst_SearchCounts)
#include "tst_searchcounts.moc"
