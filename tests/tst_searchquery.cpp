// SPDX-License-Identifier: MIT
// The search's handling of what a user types: only words count, any input is text, the
// tokenizer folds as the index does, and marked snippets split into text and ranges.
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "generator/generator.h"
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

#include <sqlite3.h>

using namespace bv;
using namespace bv::test;

namespace {

} // namespace

class tst_SearchQuery : public QObject
{
    Q_OBJECT
private slots:
    void queryKeepsOnlyWords_data();
    void queryKeepsOnlyWords();
    void queryIsCapped();
    void queryWithExactTerms();
    void tokenizerFoldsAsTheIndex();
    void markedTextSplits_data();
    void markedTextSplits();
};

void tst_SearchQuery::queryKeepsOnlyWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("expression");
    QTest::newRow("one word") << QStringLiteral("Senate") << QStringList{QStringLiteral("Senate")}
                              << QStringLiteral("\"Senate\"*");
    QTest::newRow("operators are words") << QStringLiteral("a OR NOT b")
                                         << QStringList{QStringLiteral("a"), QStringLiteral("OR"),
                                                        QStringLiteral("NOT"), QStringLiteral("b")}
                                         << QStringLiteral("\"a\" \"OR\" \"NOT\" \"b\"*");
    QTest::newRow("syntax is dropped") << QStringLiteral("{title}: \"x\" ^y* (z")
                                       << QStringList{QStringLiteral("title"), QStringLiteral("x"),
                                                      QStringLiteral("y"), QStringLiteral("z")}
                                       << QStringLiteral("\"title\" \"x\" \"y\" \"z\"*");
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE faq; --")
                         << QStringList{QStringLiteral("DROP"), QStringLiteral("TABLE"),
                                        QStringLiteral("faq")}
                         << QStringLiteral("\"DROP\" \"TABLE\" \"faq\"*");
    QTest::newRow("digits and letters")
        << QStringLiteral("2022-ransomware")
        << QStringList{QStringLiteral("2022"), QStringLiteral("ransomware")}
        << QStringLiteral("\"2022\" \"ransomware\"*");
    QTest::newRow("decomposed accent is composed")
        << QStringLiteral("de\u0301fense") << QStringList{QStringLiteral("d\u00e9fense")}
        << QStringLiteral("\"d\u00e9fense\"*");
    QTest::newRow("rtl") << QStringLiteral("مجلس الشيوخ")
                         << QStringList{QStringLiteral("مجلس"), QStringLiteral("الشيوخ")}
                         << QStringLiteral("\"مجلس\" \"الشيوخ\"*");
    QTest::newRow("emoji separate")
        << QStringLiteral("🛡️senate🇺🇦") << QStringList{QStringLiteral("senate")}
        << QStringLiteral("\"senate\"*");
    QTest::newRow("letter outside the BMP")
        << QStringLiteral("𝐀bc") << QStringList{QStringLiteral("𝐀bc")}
        << QStringLiteral("\"𝐀bc\"*");
    QTest::newRow("nothing") << QStringLiteral(" \t\n\"*()") << QStringList{} << QString();
}

void tst_SearchQuery::queryKeepsOnlyWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QFETCH(QString, expression);
    const SearchQuery query(text);
    QCOMPARE(query.words(), words);
    QCOMPARE(query.matchExpression(), expression);
    QCOMPARE(query.wholeWordsExpression(), expression.chopped(expression.isEmpty() ? 0 : 1));
    QCOMPARE(query.isEmpty(), words.isEmpty());
}

void tst_SearchQuery::queryIsCapped()
{
    QStringList many;
    for (int i = 0; i < 40; ++i)
        many << QStringLiteral("w%1").arg(i);
    QCOMPARE(SearchQuery(many.join(QLatin1Char(' '))).words(), many.mid(0, SearchQuery::maxWords));
    const QString longWord(10000, QLatin1Char('a'));
    QCOMPARE(SearchQuery(longWord).words(),
             QStringList{QString(SearchQuery::maxLength, QLatin1Char('a'))});
}

void tst_SearchQuery::queryWithExactTerms()
{
    const SearchQuery query(QStringLiteral("energy secu"));
    QCOMPARE(query.matchExpression({QStringLiteral("securite"), QStringLiteral("security")}),
             QStringLiteral("\"energy\" AND (\"securite\" OR \"security\")"));
    QCOMPARE(SearchQuery(QStringLiteral("energy grid secu"))
                 .matchExpression({QStringLiteral("security")}),
             QStringLiteral("\"energy\" \"grid\" AND (\"security\")"));
    QCOMPARE(SearchQuery(QStringLiteral("secu")).matchExpression({QStringLiteral("security")}),
             QStringLiteral("(\"security\")"));
}

void tst_SearchQuery::tokenizerFoldsAsTheIndex()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    {
        const SearchTokenizer tokenizer(db);
        QVERIFY(tokenizer.isValid());
        QCOMPARE(tokenizer.tokens(QStringLiteral("Défense, NATO’s Übereinkunft 2022; безпека")),
                 (QByteArrayList{"defense", "nato", "s", "ubereinkunft", "2022", "безпека"}));
        QVERIFY(tokenizer.tokens(QStringLiteral(" – … ")).isEmpty());
    }
    sqlite3_close(db);
}

void tst_SearchQuery::markedTextSplits_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    const QChar o(MarkedText::open), c(MarkedText::close);
    QTest::newRow("two") << (QStringLiteral("a ") + o + QStringLiteral("bc") + c +
                             QStringLiteral(" d ") + o + QStringLiteral("e") + c)
                         << QStringLiteral("a bc d e")
                         << QStringList{QStringLiteral("bc"), QStringLiteral("e")};
    QTest::newRow("none") << QStringLiteral("plain") << QStringLiteral("plain") << QStringList{};
    QTest::newRow("unclosed") << (QStringLiteral("a ") + o + QStringLiteral("b"))
                              << QStringLiteral("a b") << QStringList{};
    QTest::newRow("stray close") << (QStringLiteral("a") + c + QStringLiteral("b"))
                                 << QStringLiteral("ab") << QStringList{};
    QTest::newRow("empty") << (QString(o) + c + QStringLiteral("x")) << QStringLiteral("x")
                           << QStringList{};
    QTest::newRow("reopened") << (QString(o) + QStringLiteral("a") + o + QStringLiteral("b") + c)
                              << QStringLiteral("ab") << QStringList{QStringLiteral("b")};
}

void tst_SearchQuery::markedTextSplits()
{
    QFETCH(QString, marked);
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QString plain;
    TextRanges ranges;
    MarkedText::split(marked, &plain, &ranges);
    QCOMPARE(plain, text);
    QCOMPARE(highlighted(plain, ranges), words);
}

QTEST_GUILESS_MAIN(tst_SearchQuery)
#include "tst_searchquery.moc"
