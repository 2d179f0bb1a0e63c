// SPDX-License-Identifier: MIT
// What the reader makes of a briefing's texts without a QString for each (db/file/readertexts.h)
// and the languages it lists without SQLite's sort: the same as SQLite's own text and list.
#include "file/briefingdatabase.h"
#include "testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bv;
using namespace bv::test;

namespace {

// Each row of `sql` as SQLite gives its columns as text, made QStrings as Qt makes them.
QVector<QStringList> rowsBySqlite(const QString &path, const char *sql)
{
    QVector<QStringList> rows;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
            while (sqlite3_step(statement) == SQLITE_ROW) {
                QStringList row;
                for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
                    row << QString::fromUtf8(text, sqlite3_column_bytes(statement, column));
                }
                rows << row;
            }
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return rows;
}

bool sampleThen(const QString &path, const QString &sql)
{
    return writeSample(path) && execSql(path, sql);
}

} // namespace

class tst_ReaderTexts : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void eventTextsAreShownAsSQLiteGivesThem();
    void translationLanguagesAreThoseSQLiteLists_data();
    void translationLanguagesAreThoseSQLiteLists();

private:
    QTemporaryDir m_dir;
};

void tst_ReaderTexts::eventTextsAreShownAsSQLiteGivesThem()
{
    // The reader keeps the events' texts as the UTF-8 they are in the file: what is shown is
    // still what SQLite's text makes as a QString, for bytes that are not UTF-8, a leading
    // byte order mark and a number where a text should be too; and each event is found by the
    // id it is shown with. Categories and actor lists repeat, more of them than the reader
    // keeps at hand.
    const QString path = m_dir.filePath(QStringLiteral("texts.briefing"));
    QString sql = QStringLiteral(
        "INSERT INTO event (id, start_date, precision, title, category, actors) VALUES "
        "('bad-bytes', '2001', 'year', CAST(X'41FF42C3' AS TEXT), CAST(X'C328' AS TEXT), 'us'), "
        "(CAST(X'EFBBBF626F6D2D6964' AS TEXT), '2002', 'year', CAST(X'EFBBBF5469746C65' AS TEXT), 'mark', ''), "
        "('inner-mark', '2003', 'year', CAST(X'41EFBBBF42' AS TEXT), 'mark', 'us'), "
        "(42, '2004', 'year', 17, 3, 'us'), (CAST(X'62FF' AS TEXT), '2004', 'year', 'Bad id', 'mark', ''), "
        "('accents', '2005', 'year', 'Déclaration de Kyïv 🇺🇦', 'Дипломатія', '');");
    for (int i = 0; i < 40; ++i) {
        sql += QStringLiteral("INSERT INTO event (id, start_date, precision, title, category, actors) VALUES "
                              "('many-%1', '2010-01-%2', 'day', 'Event %1', 'category %3', 'actor-%3 us');")
                   .arg(i).arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(i % 20);
    }
    QVERIFY(sampleThen(path, sql));
    const QVector<QStringList> expected = rowsBySqlite(path, "SELECT id, title, category, actors FROM event ORDER BY start_date, id");
    QVERIFY(expected.size() > 45);
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    const EventTable &events = database->briefing().events;
    QCOMPARE(events.size(), int(expected.size()));
    for (int row = 0; row < events.size(); ++row) {
        const QStringList &want = expected.at(row);
        QCOMPARE(events.id(row), want.at(0));
        QCOMPARE(events.title(row), want.at(1));
        QCOMPARE(events.category(row), want.at(2));
        QCOMPARE(events.actors(row), want.at(3).split(QLatin1Char(' '), Qt::SkipEmptyParts));
        QCOMPARE(events.rowOf(want.at(0)), row);
        QCOMPARE(database->briefing().find(want.at(0))->kind, ItemKind::Event);
    }
    QCOMPARE(events.title(events.rowOf(QStringLiteral("bad-bytes"))), QStringLiteral("A\uFFFDB\uFFFD"));
    QCOMPARE(events.title(events.rowOf(QStringLiteral("bom-id"))), QStringLiteral("Title"));
    QCOMPARE(events.title(events.rowOf(QStringLiteral("42"))), QStringLiteral("17"));
    // An actor named by many events but not in the briefing is named once for each of them.
    const QStringList warnings = database->briefing().warnings;
    QCOMPARE(warnings.filter(QStringLiteral("“actor-7” is not an item")).size(), 2);
}

void tst_ReaderTexts::translationLanguagesAreThoseSQLiteLists_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("text") << QStringLiteral(
        "INSERT INTO translation (item_id, field, lang, text) VALUES ('x1', 'title', 'pt', 'a'), "
        "('x1', 'summary', 'ab', 'b'), ('x2', 'title', 'pt', 'c'), ('x3', 'title', 'zz-Ωmega', 'd'), "
        "('x4', 'title', 'Pt', 'e'), ('x5', 'title', 'pt-BR', 'f'), ('x6', 'title', 'ab', 'g');");
    QTest::newRow("a number among them") << QStringLiteral(
        "INSERT INTO translation (item_id, field, lang, text) VALUES ('x1', 'title', 'pt', 'a'), "
        "('x2', 'title', 7, 'b'), ('x3', 'title', 'ab', 'c');");
    QTest::newRow("none") << QStringLiteral("DELETE FROM translation;");
}

void tst_ReaderTexts::translationLanguagesAreThoseSQLiteLists()
{
    // View > Content Language offers the languages of the file's translations, each once, in
    // the order SQLite sorts them; the reader lists them without SQLite's sort.
    QFETCH(QString, sql);
    const QString path = m_dir.filePath(QStringLiteral("languages.briefing"));
    QVERIFY(sampleThen(path, sql));
    QStringList expected;
    for (const QStringList &row : rowsBySqlite(path, "SELECT DISTINCT lang FROM translation ORDER BY lang"))
        expected << row.first();
    for (const CheckScope scope : {CheckScope::Content, CheckScope::WholeFile}) {
        BriefingDatabase::setCheckScope(scope);
        OpenError error;
        const auto database = BriefingDatabase::open(path, &error);
        BriefingDatabase::setCheckScope(CheckScope::Content);
        QVERIFY2(database, qPrintable(error.message));
        QCOMPARE(database->briefing().translationLanguages, expected);
    }
    if (QByteArray(QTest::currentDataTag()) == "text")
        QCOMPARE(expected, QStringList({QStringLiteral("Pt"), QStringLiteral("ab"), QStringLiteral("de"),
                                        QStringLiteral("pt"), QStringLiteral("pt-BR"), QStringLiteral("uk"),
                                        QStringLiteral("zz-Ωmega")}));
}

QTEST_GUILESS_MAIN(tst_ReaderTexts)
#include "tst_readertexts.moc"
