// SPDX-License-Identifier: MIT
// Searching translated content: a content language's text found with folded diacritics and
// prefixes, untranslated items by their source text, the shipped index and the one built in
// memory agreeing, and the file never touched.
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "search/searchindex.h"
#include "searchtext.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace bv;
using namespace bv::test;

class tst_SearchTranslations : public QObject
{
    Q_OBJECT
private slots:
    void translationsFallBackAndFoldDiacritics();
    void sampleTranslationsAreSearchable_data();
    void sampleTranslationsAreSearchable();

private:
    QTemporaryDir m_dir;
};

void tst_SearchTranslations::translationsFallBackAndFoldDiacritics()
{
    const QString path = m_dir.filePath(QStringLiteral("translated.briefing"));
    QVERIFY(writeSample(path));
    QVERIFY(
        execSql(path, QStringLiteral("INSERT INTO translation (item_id, field, lang, text) VALUES "
                                     "('faq-senate', 'question', 'fr', 'Comment l''approbation du "
                                     "Sénat américain affecte-t-elle l''accord ?'),"
                                     "('faq-senate', 'answer', 'fr', 'Un vote des deux tiers du "
                                     "Sénat pour une défense collective.'),"
                                     "('faq-senate', 'question', 'en', 'A translation into the "
                                     "source language is ignored');")));
    QVERIFY(BriefingWriter::writeSearchIndex(path).ok());
    const Fingerprint before = fingerprint(path);
    OpenError error;
    const std::shared_ptr<const BriefingDatabase> database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    const std::unique_ptr<SearchIndex> shipped = SearchIndex::openShipped(database);
    QVERIFY(shipped);
    QVERIFY(shipped->languages().contains(QStringLiteral("en")));
    QVERIFY(shipped->languages().contains(QStringLiteral("fr")));
    std::unique_ptr<SearchIndex> memory;
    std::thread worker(
        [&] { memory = SearchIndex::buildInMemory(database, QStringLiteral("fr")); });
    worker.join();
    QVERIFY(memory);
    QCOMPARE(memory->languages(), QStringList{QStringLiteral("fr")});

    for (const SearchIndex *index : {shipped.get(), memory.get()}) {
        for (const QString &query : {QStringLiteral("defense"), QStringLiteral("DÉFENSE"),
                                     QStringLiteral("défens"), QStringLiteral("senat americain")}) {
            const SearchResults results = index->search(query, QStringLiteral("fr"));
            QVERIFY2(ids(results) == QStringList{QStringLiteral("faq-senate")}, qPrintable(query));
            QCOMPARE(results.hits.first().title,
                     QStringLiteral(
                         "Comment l'approbation du Sénat américain affecte-t-elle l'accord ?"));
            QVERIFY(!results.hits.first().highlights.isEmpty() ||
                    !results.hits.first().titleHighlights.isEmpty());
        }
        // Untranslated items are found by their source text; translated ones no longer are.
        QVERIFY(ids(index->search(QStringLiteral("blackout"), QStringLiteral("fr")))
                    .contains(QStringLiteral("event-ransomware-2022")));
        QVERIFY(!ids(index->search(QStringLiteral("approval process"), QStringLiteral("fr")))
                     .contains(QStringLiteral("faq-senate")));
    }
    // The French text is not in the English rows, whose text is the source text, and an
    // unknown language reads English.
    QVERIFY(shipped->search(QStringLiteral("ignored"), QStringLiteral("en")).hits.isEmpty());
    QVERIFY(shipped->search(QStringLiteral("defense"), QStringLiteral("en")).hits.isEmpty());
    QVERIFY(ids(shipped->search(QStringLiteral("approval process"), QStringLiteral("xx")))
                .contains(QStringLiteral("faq-senate")));
    QCOMPARE(fingerprint(path), before);
}

void tst_SearchTranslations::sampleTranslationsAreSearchable_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Stromausfall")
                        << QStringLiteral("event-ransomware-2022");
    QTest::newRow("de, umlaut folded") << QStringLiteral("de") << QStringLiteral("15 minutigen")
                                       << QStringLiteral("event-ransomware-2022");
    QTest::newRow("de, prefix") << QStringLiteral("de") << QStringLiteral("zweidrittel")
                                << QStringLiteral("faq-senate");
    QTest::newRow("uk") << QStringLiteral("uk") << QStringLiteral("СЕНАТІ")
                        << QStringLiteral("faq-senate");
    QTest::newRow("uk, prefix") << QStringLiteral("uk") << QStringLiteral("енергомереж")
                                << QStringLiteral("event-ransomware-2022");
}

void tst_SearchTranslations::sampleTranslationsAreSearchable()
{
    QFETCH(QString, lang);
    QFETCH(QString, query);
    QFETCH(QString, id);
    QFile file(QStringLiteral(BV_SOURCE_DIR "/resources/sample/translations.sql"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(QStringLiteral("sample-translated.briefing"));
    QVERIFY(writeSample(path));
    QVERIFY(execSql(path, QString::fromUtf8(file.readAll())
                              .replace(QStringLiteral("INSERT INTO translation"),
                                       QStringLiteral("INSERT OR IGNORE INTO translation"))));
    QVERIFY(BriefingWriter::writeSearchIndex(path).ok());
    OpenError error;
    const std::shared_ptr<const BriefingDatabase> database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    const std::unique_ptr<SearchIndex> shipped = SearchIndex::openShipped(database);
    QVERIFY(shipped);
    const std::unique_ptr<SearchIndex> memory = SearchIndex::buildInMemory(database, lang);
    QVERIFY(memory);
    QCOMPARE(memory->languages(), QStringList{lang});
    const SearchResults results = shipped->search(query, lang);
    QVERIFY2(ids(results).contains(id), qPrintable(shown(results).join(QLatin1Char('\n'))));
    QCOMPARE(shown(memory->search(query, lang)), shown(results));
    QVERIFY(!ids(shipped->search(query, QStringLiteral("en"))).contains(id));
    // Shown in that language, the briefing still uses the index in the file (its titles are
    // then translations, looked for in their own rows).
    const std::shared_ptr<const BriefingDatabase> translated =
        BriefingDatabase::open(path, &error, true, lang);
    QVERIFY2(translated, qPrintable(error.message));
    QVERIFY(translated->briefing().textState(translated->briefing().guarantees.constFirst().id,
                                             QStringLiteral("title")) == TextState::Translated);
    const std::unique_ptr<SearchIndex> inFile = SearchIndex::openShipped(translated);
    QVERIFY(inFile);
    QCOMPARE(shown(inFile->search(query, lang)), shown(results));
}

QTEST_GUILESS_MAIN(tst_SearchTranslations)
#include "tst_searchtranslations.moc"
