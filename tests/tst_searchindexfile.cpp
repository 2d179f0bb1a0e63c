// SPDX-License-Identifier: MIT
// A search index shipped in a briefing file is used only when it is sound: tampered or
// damaged indexes are refused at open or fail quietly, never with a raw SQLite error.
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "generator/generator.h"
#include "search/searchindex.h"
#include "search/searchquery.h"
#include "search/searchtokenizer.h"
#include "file/sqliteconnection.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bv;
using namespace bv::test;

namespace {

QStringList ids(const SearchResults &results)
{
    QStringList list;
    for (const SearchHit &hit : results.hits)
        list << hit.id;
    return list;
}

// What a search shows, to compare two searches.
QString shown(const SearchResults &results)
{
    QStringList lines;
    for (const SearchHit &hit : results.hits)
        lines << hit.id + QLatin1Char(' ') + hit.title + QLatin1Char(' ') + hit.snippet;
    lines << QStringLiteral("total %1 failed %2").arg(results.total).arg(results.failed);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class tst_SearchIndexFile : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void unusableShippedIndexIsNotUsed_data();
    void unusableShippedIndexIsNotUsed();
    void damagedShippedIndexFailsQuietly();
    void damagedWordListFailsQuietly_data();
    void damagedWordListFailsQuietly();
    void damagedIndexPagesLeaveTheContentOpen();

private:
    QTemporaryDir m_dir;
};

void tst_SearchIndexFile::unusableShippedIndexIsNotUsed_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("no index")
        << QStringLiteral("DROP TABLE search; DROP TABLE search_language; DROP TABLE search_term;");
    QTest::newRow("written before the word list") << QStringLiteral("DROP TABLE search_term;");
    QTest::newRow("item added since")
        << QStringLiteral("INSERT INTO faq VALUES ('faq-new', 5, 'New?', 'New.');");
    QTest::newRow("item removed since")
        << QStringLiteral("DELETE FROM faq WHERE id = 'faq-donbas';");
    QTest::newRow("other tokenizer") << QStringLiteral(
        "ALTER TABLE search RENAME TO old_search;"
        "CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, item_id UNINDEXED, lang UNINDEXED, "
        "title, body, "
        "tokenize = 'porter unicode61');"
        "INSERT INTO search (rowid, kind, item_id, lang, title, body) "
        "SELECT rowid, kind, item_id, lang, title, body FROM old_search; DROP TABLE old_search;");
    QTest::newRow("plain table") << QStringLiteral(
        "DROP TABLE search; CREATE TABLE search (kind, item_id, lang, title, body);");
    QTest::newRow("language missing") << QStringLiteral("DELETE FROM search_language;");
    QTest::newRow("ranges shifted") << QStringLiteral(
        "UPDATE search_language SET first_rowid = first_rowid + 1, last_rowid = last_rowid + 1;");
    QTest::newRow("range too long")
        << QStringLiteral("UPDATE search_language SET last_rowid = last_rowid + 5;");
    QTest::newRow("first row of another item")
        << QStringLiteral("UPDATE search_content SET c1 = 'faq-senate' WHERE id = 1;");
    QTest::newRow("last row of another item")
        << QStringLiteral("UPDATE search_content SET c1 = 'faq-senate' WHERE id = (SELECT "
                          "last_rowid FROM search_language);");
    QTest::newRow("middle row of another kind")
        << QStringLiteral("UPDATE search_content SET c0 = 'actor' WHERE id = (SELECT (first_rowid "
                          "+ last_rowid) / 2 FROM search_language);");
    QTest::newRow("index pages zeroed")
        << QStringLiteral("UPDATE search_data SET block = zeroblob(length(block)) WHERE id > 10;");
    QTest::newRow("structure record damaged")
        << QStringLiteral("UPDATE search_data SET block = x'0102' WHERE id = 10;");
    QTest::newRow("shadow table dropped") << QStringLiteral("DROP TABLE search_docsize;");
    QTest::newRow("trigger added") << QStringLiteral(
        "CREATE TRIGGER spy AFTER INSERT ON search_language BEGIN DELETE FROM faq; END;");
}

void tst_SearchIndexFile::unusableShippedIndexIsNotUsed()
{
    QFETCH(QString, sql);
    const QString path = m_dir.filePath(QStringLiteral("unusable.briefing"));
    QVERIFY(writeSample(path));
    QVERIFY(execSql(path, sql));
    const Fingerprint before = fingerprint(path);
    OpenError error;
    const std::shared_ptr<const BriefingDatabase> database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    QVERIFY(!SearchIndex::openShipped(database));
    const std::unique_ptr<SearchIndex> memory =
        SearchIndex::buildInMemory(database, QStringLiteral("en"));
    QVERIFY(memory);
    QVERIFY(ids(memory->search(QStringLiteral("Senate"), QStringLiteral("en")))
                .contains(QStringLiteral("faq-senate")));
    QCOMPARE(fingerprint(path), before);
    // briefing-tool index repairs it.
    QVERIFY(BriefingWriter::writeSearchIndex(path).ok());
    const std::shared_ptr<const BriefingDatabase> repaired = BriefingDatabase::open(path, &error);
    QVERIFY2(repaired, qPrintable(error.message));
    const std::unique_ptr<SearchIndex> shipped = SearchIndex::openShipped(repaired);
    QVERIFY(shipped);
    QVERIFY(ids(shipped->search(QStringLiteral("Senate"), QStringLiteral("en")))
                .contains(QStringLiteral("faq-senate")));
}

void tst_SearchIndexFile::damagedShippedIndexFailsQuietly()
{
    // Bytes of each page of the FTS5 index overwritten: the index is refused at open, or a
    // search finds what it found before or says `failed` (the viewer then builds one in
    // memory), and nothing else: no crash, no raw error, no change to the file. Searches the
    // word list answers never read these pages, and find what they found before; the phrases
    // below do (FTS5 notices some damage, not all).
    const QString path = m_dir.filePath(QStringLiteral("damaged.briefing"));
    QVERIFY(writeSample(path));
    QList<qint64> pages;
    const QStringList queries{
        QStringLiteral("e"),    QStringLiteral("senate"),     QStringLiteral("ukraine nato"),
        QStringLiteral("2022"), QStringLiteral("defence"),    QStringLiteral("the"),
        QStringLiteral("of"),   QStringLiteral("t"),          QStringLiteral("ukr"),
        QStringLiteral("wor"),  QStringLiteral("ransomware"), QStringLiteral("treaty"),
        // Words the tokenizer splits (at an enclosing mark): phrases, which FTS5 answers.
        QStringLiteral("senate\u20DDvote"), QStringLiteral("security\u20DDguarantees"),
        QStringLiteral("ukraine\u20DDjoining"), QStringLiteral("dayton\u20DDaccords")};
    QHash<QString, QString> sound; // what each query finds in the undamaged file
    {
        OpenError error;
        const auto database = BriefingDatabase::open(path, &error);
        QVERIFY(database);
        QSqlQuery query(database->connection().database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM search_data WHERE id > 10 ORDER BY id")));
        while (query.next())
            pages << query.value(0).toLongLong();
        const auto index = SearchIndex::openShipped(database);
        QVERIFY(index);
        for (const QString &text : queries)
            sound.insert(text, shown(index->search(text, QStringLiteral("en"))));
    }
    QVERIFY(pages.size() > 2);
    int refused = 0, failed = 0, same = 0;
    for (const qint64 page : std::as_const(pages)) {
        for (const int offset : {1, 5, 40, 200}) {
            QVERIFY(writeSample(path));
            QVERIFY(execSql(
                path,
                QStringLiteral("UPDATE search_data SET block = substr(block, 1, %1) || "
                               "x'FFFFFFFFFFFFFFFFFFFF' || substr(block, %1 + 11) WHERE id = %2;")
                    .arg(offset)
                    .arg(page)));
            const Fingerprint before = fingerprint(path);
            OpenError error;
            const std::shared_ptr<const BriefingDatabase> database =
                BriefingDatabase::open(path, &error);
            QVERIFY2(database, qPrintable(error.message));
            const std::unique_ptr<SearchIndex> index = SearchIndex::openShipped(database);
            if (!index) {
                ++refused;
                continue;
            }
            for (const QString &query : queries) {
                const SearchResults results = index->search(query, QStringLiteral("en"));
                if (results.failed) {
                    ++failed;
                    QVERIFY(results.hits.isEmpty());
                    QCOMPARE(results.total, 0);
                } else if (!query.contains(QChar(0x20DD))) {
                    // FTS5 may read damaged pages without noticing; the word list is apart.
                    ++same;
                    QCOMPARE(shown(results), sound.value(query));
                }
            }
            QCOMPARE(fingerprint(path), before);
        }
    }
    qInfo("%lld damaged pages: %d refused at open, %d failed searches, %d unchanged",
          qint64(pages.size()) * 4, refused, failed, same);
    QVERIFY(refused > 0);
    QVERIFY(failed > 0);
    QVERIFY(same > 0);
}

void tst_SearchIndexFile::damagedWordListFailsQuietly_data()
{
    QTest::addColumn<QString>("damage");
    for (const char *damage : {"truncated varint", "six-byte varint", "position past the end",
                               "bits of the wrong length", "bits past the last row",
                               "unknown form", "empty", "text instead of a blob"})
        QTest::newRow(damage) << QString::fromLatin1(damage);
}

void tst_SearchIndexFile::damagedWordListFailsQuietly()
{
    // A word's rows damaged in the word list (search_term): a search for it says `failed`,
    // and one for another word still finds it.
    QFETCH(QString, damage);
    const QString path = m_dir.filePath(QStringLiteral("words.briefing"));
    QVERIFY(writeSample(path));
    int rows = 0; // of the source language
    {
        OpenError error;
        const auto database = BriefingDatabase::open(path, &error);
        QVERIFY(database);
        QSqlQuery query(database->connection().database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT last_rowid - first_rowid + 1 FROM search_language WHERE lang = 'en'")));
        QVERIFY(query.next());
        rows = query.value(0).toInt();
    }
    QVERIFY(rows > 0 && rows < 128 && rows % 8 != 0); // one-byte varints; a partial last byte
    const int bytes = (rows + 7) / 8;
    const QHash<QString, QByteArray> blobs{
        {QStringLiteral("truncated varint"), QByteArray::fromHex("4CFF")},
        {QStringLiteral("six-byte varint"), QByteArray::fromHex("4C808080808001")},
        {QStringLiteral("position past the end"), QByteArray("L") + char(rows)},
        {QStringLiteral("bits of the wrong length"), QByteArray("B") + QByteArray(bytes + 1, '\0')},
        {QStringLiteral("bits past the last row"), QByteArray("B") + QByteArray(bytes, '\xFF')},
        {QStringLiteral("unknown form"), QByteArray::fromHex("5800")},
        {QStringLiteral("empty"), QByteArray()}};
    if (damage == QLatin1String("text instead of a blob")) {
        // Read as its bytes: 'L' then positions 76, 153 ... past the last row.
        QVERIFY(execSql(path, QStringLiteral("UPDATE search_term SET title = 'LLLL' WHERE term = 'ransomware';")));
    } else {
        QVERIFY(blobs.contains(damage));
        QVERIFY(execSql(path, QStringLiteral("UPDATE search_term SET title = x'%1' WHERE term = 'ransomware';")
                                  .arg(QString::fromLatin1(blobs.value(damage).toHex()))));
    }
    const Fingerprint before = fingerprint(path);
    OpenError error;
    const std::shared_ptr<const BriefingDatabase> database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    const std::unique_ptr<SearchIndex> index = SearchIndex::openShipped(database);
    QVERIFY(index);
    const SearchResults results = index->search(QStringLiteral("ransomware"), QStringLiteral("en"));
    QVERIFY(results.failed);
    QVERIFY(results.hits.isEmpty());
    QCOMPARE(results.total, 0);
    QVERIFY(index->search(QStringLiteral("ranso"), QStringLiteral("en")).failed);
    QVERIFY(ids(index->search(QStringLiteral("senate"), QStringLiteral("en")))
                .contains(QStringLiteral("faq-senate")));
    QCOMPARE(fingerprint(path), before);
}

void tst_SearchIndexFile::damagedIndexPagesLeaveTheContentOpen()
{
    // A disk error in any table of the shipped index: the briefing opens (its content is
    // sound and was checked), the index is checked before its first use and not used, and
    // the one built in memory finds what the file holds. Checking the whole file, as
    // briefing-tool validate does, refuses it.
    const QString path = m_dir.filePath(QStringLiteral("pages.briefing"));
    QVERIFY(writeSample(path));
    {
        OpenError error;
        const auto sound = BriefingDatabase::open(path, &error);
        QVERIFY2(sound, qPrintable(error.message));
        QVERIFY(SearchIndex::shippedTablesAreSound(*sound));
        QVERIFY(!SearchIndex::shippedTablesAreSound(*sound, [] { return true; })); // cancelled
        const auto sample = BriefingDatabase::openSample(&error);
        QVERIFY(sample && !SearchIndex::shippedTablesAreSound(*sample));
    }
    const QStringList tables = objectsWithPages(path, QStringLiteral("search*"));
    for (const char *expected : {"search_data", "search_idx", "search_content", "search_docsize", "search_config",
                                 "search_language", "search_term"})
        QVERIFY2(tables.contains(QLatin1String(expected)), qPrintable(tables.join(QLatin1Char(' '))));
    for (const QString &table : tables) {
        QVERIFY(writeSample(path));
        QVERIFY(damageRootPage(path, table));
        const Fingerprint before = fingerprint(path);
        OpenError error;
        const std::shared_ptr<const BriefingDatabase> database = BriefingDatabase::open(path, &error);
        QVERIFY2(database, qPrintable(table + QLatin1Char(' ') + error.message));
        QCOMPARE(database->briefing().faq.size(), 4);
        QVERIFY2(!SearchIndex::shippedTablesAreSound(*database), qPrintable(table));
        QVERIFY2(!SearchIndex::openShipped(database), qPrintable(table));
        const std::unique_ptr<SearchIndex> memory = SearchIndex::buildInMemory(database, QStringLiteral("en"));
        QVERIFY(memory);
        QVERIFY(ids(memory->search(QStringLiteral("Senate"), QStringLiteral("en"))).contains(QStringLiteral("faq-senate")));

        BriefingDatabase::setCheckScope(CheckScope::WholeFile);
        OpenError whole;
        const bool refused = !BriefingDatabase::open(path, &whole);
        BriefingDatabase::setCheckScope(CheckScope::Content);
        QVERIFY2(refused, qPrintable(table));
        QCOMPARE(int(whole.code), int(OpenError::Code::Corrupt));
        QVERIFY2(whole.message.contains(QStringLiteral("is damaged")), qPrintable(whole.message));
        QCOMPARE(fingerprint(path), before);
    }
}

QTEST_GUILESS_MAIN(tst_SearchIndexFile)
#include "tst_searchindexfile.moc"
