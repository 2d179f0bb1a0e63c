// SPDX-License-Identifier: MIT
// The loader against bad files made here: each is refused (or opened with warnings) with
// its specific message, and no file is ever changed.
#include "file/briefingdatabase.h"
#include "file/filecheck.h"
#include "file/sqliteconnection.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace bv;
using namespace bv::test;
using Code = OpenError::Code;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool sampleThen(const QString &path, const QString &sql)
{
    return writeSample(path) && execSql(path, sql);
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

struct BadFile
{
    const char *name;
    std::function<bool(const QString &path)> make;
    Code code;
    QString fragment; // part of the message specific to the problem
};

const QVector<BadFile> &badFiles()
{
    static const QVector<BadFile> files{
        {"missing path", [](const QString &) { return true; }, Code::NotFound, QStringLiteral("does not exist")},
        {"directory", [](const QString &p) { return QDir().mkdir(p); }, Code::NotAFile, QStringLiteral("is a folder")},
        {"named pipe", [](const QString &p) { return ::mkfifo(QFile::encodeName(p).constData(), 0600) == 0; },
         Code::NotAFile, QStringLiteral("not a regular file")},
        {"empty", [](const QString &p) { return writeBytes(p, {}); }, Code::Empty, QStringLiteral("is empty")},
        {"text", [](const QString &p) { return writeBytes(p, "title: US guarantees\nThis is a text file, not a database.\n" + QByteArray(200, 'x')); },
         Code::NotSqlite, QStringLiteral("not a SQLite database")},
        {"random bytes", [](const QString &p) {
             QByteArray bytes(8192, '\0');
             for (int i = 0; i < bytes.size(); ++i)
                 bytes[i] = char((i * 7919 + 13) % 251);
             return writeBytes(p, bytes);
         }, Code::NotSqlite, QStringLiteral("not a SQLite database")},
        {"header cut short", [](const QString &p) { return writeBytes(p, QByteArray("SQLite format 3\0abc", 19)); },
         Code::Truncated, QStringLiteral("shorter than a SQLite header")},
        {"truncated at a page", [](const QString &p) {
             return writeSample(p) && writeBytes(p, readAll(p).left(3 * 4096));
         }, Code::Truncated, QStringLiteral("incomplete")},
        {"truncated mid-page", [](const QString &p) {
             return writeSample(p) && writeBytes(p, readAll(p).left(5000));
         }, Code::Truncated, QStringLiteral("incomplete")},
        {"impossible page size", [](const QString &p) {
             return writeSample(p) && overwrite(p, 16, QByteArray("\x03\x00", 2));
         }, Code::Corrupt, QStringLiteral("impossible page size")},
        {"corrupted pages", [](const QString &p) {
             return writeSample(p) && overwrite(p, 2 * 4096 + 8, QByteArray(4 * 4096, '\xA5'));
         }, Code::Corrupt, QStringLiteral("is damaged")},
        {"write-ahead log", [](const QString &p) { return sampleThen(p, QStringLiteral("PRAGMA journal_mode=WAL;")); },
         Code::WalMode, QStringLiteral("journal_mode=DELETE")},
        {"other program's database", [](const QString &p) {
             return execSql(p, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"));
         }, Code::NotABriefing, QStringLiteral("application id 0")},
        {"wrong application id", [](const QString &p) { return sampleThen(p, QStringLiteral("PRAGMA application_id = 1234;")); },
         Code::NotABriefing, QStringLiteral("application id 1234")},
        {"newer format", [](const QString &p) { return sampleThen(p, QStringLiteral("PRAGMA user_version = 3;")); },
         Code::NewerVersion, QStringLiteral("made by a newer version of Briefing Viewer (format 3); this version reads format 2")},
        {"no format version", [](const QString &p) { return sampleThen(p, QStringLiteral("PRAGMA user_version = 0;")); },
         Code::BadVersion, QStringLiteral("no valid format version")},
        {"missing table", [](const QString &p) { return sampleThen(p, QStringLiteral("DROP TABLE faq;")); },
         Code::MissingTable, QStringLiteral("no “faq” table")},
        {"view instead of table", [](const QString &p) {
             return sampleThen(p, QStringLiteral("DROP TABLE faq; CREATE VIEW faq AS SELECT 'x' AS id, 1 AS position, "
                                                 "'q' AS question, 'a' AS answer;"));
         }, Code::MissingTable, QStringLiteral("no “faq” table")},
        {"missing column", [](const QString &p) { return sampleThen(p, QStringLiteral("ALTER TABLE event DROP COLUMN precision;")); },
         Code::MissingColumn, QStringLiteral("“event” table has no “precision” column")},
        {"no briefing row", [](const QString &p) { return sampleThen(p, QStringLiteral("DELETE FROM briefing;")); },
         Code::NoMetadata, QStringLiteral("no title row")},
        {"longer than its header says", [](const QString &p) {
             return writeSample(p) && writeBytes(p, readAll(p) + QByteArray("tail"));
         }, Code::Corrupt, QStringLiteral("4 more than its header says")},
        {"virtual table instead of table", [](const QString &p) {
             return sampleThen(p, QStringLiteral("CREATE TABLE faq_copy AS SELECT * FROM faq; DROP TABLE faq; "
                                                 "CREATE VIRTUAL TABLE faq USING fts5(id, position, question, answer); "
                                                 "INSERT INTO faq SELECT * FROM faq_copy; DROP TABLE faq_copy;"));
         }, Code::Refused, QStringLiteral("its “faq” is a virtual table")},
    };
    return files;
}

} // namespace

class tst_BriefingDatabase : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void badFile_data();
    void badFile();
    void refusedForSafety_data();
    void refusedForSafety();
    void damageKeepsSQLitesWordsForTheDetail();
    void lockedFileIsReportedWithoutHanging();
    void unreadableFile();
    void warningsNameTheItemAndTheRestOpens_data();
    void warningsNameTheItemAndTheRestOpens();
    void sampleFileOpensUnchangedAndHoldsNoLock();
    void hostileSchemaObjectsDoNotRun();
    void damageInAnyContentTableIsRefused();
    void builtInSampleCannotBeWritten();
    void releaseWaitsForTheLastHolder();
    void eventsComeInTheOrderOfTheirStartAndId();

private:
    QTemporaryDir m_dir;
};

void tst_BriefingDatabase::badFile_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < badFiles().size(); ++i)
        QTest::newRow(badFiles().at(i).name) << i;
}

void tst_BriefingDatabase::badFile()
{
    QFETCH(int, row);
    const BadFile &bad = badFiles().at(row);
    const QString path = m_dir.filePath(QStringLiteral("case%1.briefing").arg(row));
    QVERIFY(bad.make(path));
    const Fingerprint before = fingerprint(path);

    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);

    QVERIFY(!database);
    QCOMPARE(int(error.code), int(bad.code));
    QVERIFY2(error.message.contains(bad.fragment), qPrintable(error.message));
    QVERIFY2(error.message.contains(QDir::toNativeSeparators(path)), qPrintable(error.message));
    // SQLite's own words are a detail, never the message.
    for (const char *raw : {"SQLite reports", "malformed", "database disk image"})
        QVERIFY2(!error.message.contains(QLatin1String(raw)), qPrintable(error.message));
    QCOMPARE(fingerprint(path), before);
}

void tst_BriefingDatabase::refusedForSafety_data()
{
    // Files that may well be sound, past a limit the reader keeps for files it did not make:
    // the message names the limit and says the file is refused for safety, SQLite's words
    // are the detail.
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("said");
    QTest::addColumn<QString>("detail");
    QTest::newRow("a generated column calls a function") << QStringLiteral("ALTER TABLE faq ADD COLUMN j TEXT AS (json_quote(question));")
                                                          << QStringLiteral("calls the function json_quote()")
                                                          << QStringLiteral("unsafe use of json_quote()");
    QTest::newRow("an index calls a function") << QStringLiteral("CREATE INDEX quoted ON event(json_quote(title));")
                                               << QStringLiteral("calls the function json_quote()")
                                               << QStringLiteral("malformed database schema (quoted)");
    QTest::newRow("a statement of the schema over the limit")
        << QStringLiteral("CREATE TABLE long_one (a TEXT CHECK (a != '%1'));").arg(QString(120000, QLatin1Char('x')))
        << QStringLiteral("a statement of its schema is longer than") << QStringLiteral("string or blob too big");
    QTest::newRow("a value over 64 MB")
        << QStringLiteral("UPDATE faq SET answer = printf('%.*c', 67108865, 'x') WHERE id = 'faq-senate';")
        << QStringLiteral("larger than 64 MB") << QStringLiteral("too big");
}

void tst_BriefingDatabase::refusedForSafety()
{
    QFETCH(QString, sql);
    QFETCH(QString, said);
    QFETCH(QString, detail);
    const QString path = m_dir.filePath(QStringLiteral("refused.briefing"));
    QVERIFY(sampleThen(path, sql));
    const Fingerprint before = fingerprint(path);
    OpenError error;
    QVERIFY(!BriefingDatabase::open(path, &error));
    QCOMPARE(int(error.code), int(Code::Refused));
    QVERIFY2(error.message.contains(said), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("refused for safety")), qPrintable(error.message));
    QVERIFY2(!error.message.contains(QStringLiteral("damaged")) && !error.message.contains(QStringLiteral("fresh copy")),
             qPrintable(error.message));
    QVERIFY2(!error.message.contains(detail), qPrintable(error.message));
    QVERIFY2(error.detail.contains(detail), qPrintable(error.detail));
    QCOMPARE(fingerprint(path), before);
    QFile::remove(path);
}

void tst_BriefingDatabase::damageKeepsSQLitesWordsForTheDetail()
{
    const QString path = m_dir.filePath(QStringLiteral("pages.briefing"));
    QVERIFY(writeSample(path));
    QVERIFY(overwrite(path, 2 * 4096 + 8, QByteArray(4 * 4096, '\xA5')));
    OpenError error;
    QVERIFY(!BriefingDatabase::open(path, &error));
    QCOMPARE(int(error.code), int(Code::Corrupt));
    QVERIFY2(error.message.endsWith(QStringLiteral("Get a fresh copy of the briefing.")), qPrintable(error.message));
    QVERIFY2(!error.detail.isEmpty() && !error.message.contains(error.detail), qPrintable(error.detail));
}

void tst_BriefingDatabase::lockedFileIsReportedWithoutHanging()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.briefing"));
    QVERIFY(writeSample(path));
    sqlite3 *writer = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &writer, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(writer, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    const Fingerprint before = fingerprint(path);

    OpenError error;
    QElapsedTimer timer;
    timer.start();
    const auto database = BriefingDatabase::open(path, &error);
    const qint64 elapsed = timer.elapsed();

    sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(writer);
    QVERIFY(!database);
    QCOMPARE(int(error.code), int(Code::Locked));
    QVERIFY2(error.message.contains(QStringLiteral("locked by another program")), qPrintable(error.message));
    QVERIFY2(elapsed < 5000, "opening a locked file must give up quickly, not hang");
    QCOMPARE(fingerprint(path), before);

    // Once the other program is done, the same file opens.
    QVERIFY(BriefingDatabase::open(path, &error));
}

void tst_BriefingDatabase::unreadableFile()
{
    const QString path = m_dir.filePath(QStringLiteral("secret.briefing"));
    QVERIFY(writeSample(path));
    const Fingerprint before = fingerprint(path);
    // Root reads every file: the system's answer to opening it is injected (FileCheck's own
    // open, the same path a file without read permission takes).
    OpenError error;
    FileCheck::failNextOpenWith(EACCES);
    QVERIFY(!BriefingDatabase::open(path, &error));
    QCOMPARE(int(error.code), int(Code::NotReadable));
    QVERIFY2(error.message.contains(QStringLiteral("cannot be read: permission denied. Ask the file's owner for read access")),
             qPrintable(error.message));
    QVERIFY(!error.message.contains(QStringLiteral("Unknown error")));
    FileCheck::failNextOpenWith(EIO);
    QVERIFY(!BriefingDatabase::open(path, &error));
    QVERIFY2(error.message.contains(QStringLiteral("cannot be read: Input/output error")), qPrintable(error.message));
    QVERIFY(BriefingDatabase::open(path, &error)); // the next open is the file's own
    QCOMPARE(fingerprint(path), before);
    // For a user who is not root, the file's own permissions.
    if (::geteuid() == 0)
        return;
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QVERIFY(!BriefingDatabase::open(path, &error));
    QCOMPARE(int(error.code), int(Code::NotReadable));
    QVERIFY2(error.message.contains(QStringLiteral("permission denied")), qPrintable(error.message));
}

void tst_BriefingDatabase::warningsNameTheItemAndTheRestOpens_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("warning");
    QTest::newRow("dangling link") << QStringLiteral("INSERT INTO link VALUES ('faq-senate', 'answers', 'scenario-moon-base', '');")
                                   << QStringLiteral("Dangling link “faq-senate” answers “scenario-moon-base”");
    QTest::newRow("dangling actor") << QStringLiteral("UPDATE event SET actors = 'atlantis' WHERE id = 'event-dayton-1995';")
                                    << QStringLiteral("“atlantis” is not an item");
    QTest::newRow("duplicate id") << QStringLiteral("INSERT INTO actor VALUES ('scenario-eu-integration', 'Twin', 'other', '');")
                                  << QStringLiteral("Duplicate id “scenario-eu-integration”");
    QTest::newRow("an actor before an event of its id") << QStringLiteral("INSERT INTO actor VALUES ('event-dayton-1995', 'Twin', 'other', '');")
                                                        << QStringLiteral("Duplicate id “event-dayton-1995”: it names two items, Actor “Twin” and Event");
    QTest::newRow("a source after an event of its id") << QStringLiteral("INSERT INTO source VALUES ('event-dayton-1995', 'Twin', '', NULL, '');")
                                                       << QStringLiteral("Duplicate id “event-dayton-1995”: it names two items, Event “");
    QTest::newRow("impossible month") << QStringLiteral("UPDATE event SET start_date = '2022-13', precision = 'month' WHERE id = 'event-ransomware-2022';")
                                      << QStringLiteral("Event “event-ransomware-2022”: malformed start date “2022-13”");
    QTest::newRow("not a date") << QStringLiteral("UPDATE event SET start_date = 'last spring' WHERE id = 'event-ransomware-2022';")
                                << QStringLiteral("malformed start date “last spring”");
    QTest::newRow("precision mismatch") << QStringLiteral("UPDATE event SET start_date = '1995-11-21' WHERE id = 'event-dayton-1995';")
                                        << QStringLiteral("Event “event-dayton-1995”: malformed start date");
    QTest::newRow("unknown precision") << QStringLiteral("UPDATE event SET precision = 'weekly' WHERE id = 'event-dayton-1995';")
                                       << QStringLiteral("unknown date precision “weekly”");
    QTest::newRow("ends before it starts") << QStringLiteral("UPDATE event SET end_date = '2019' WHERE id = 'event-joint-training-2020-2022';")
                                           << QStringLiteral("Event “event-joint-training-2020-2022”: it ends (2019) before it starts (2020)");
    QTest::newRow("points of no series") << QStringLiteral("INSERT INTO point (series_id, position, label, value, note, source_id) VALUES ('ghost-series', 0, 'x', 1, '', NULL);")
                                         << QStringLiteral("unknown series “ghost-series”");
}

void tst_BriefingDatabase::warningsNameTheItemAndTheRestOpens()
{
    QFETCH(QString, sql);
    QFETCH(QString, warning);
    const QString path = m_dir.filePath(QStringLiteral("warn.briefing"));
    QVERIFY(sampleThen(path, sql));
    const Fingerprint before = fingerprint(path);

    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);

    QVERIFY2(database, qPrintable(error.message));
    const QStringList warnings = database->briefing().warnings;
    QVERIFY2(warnings.filter(warning).size() == 1, qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(database->briefing().scenarios.size(), 3); // the rest of the briefing is there
    QCOMPARE(database->briefing().faq.size(), 4);
    QCOMPARE(fingerprint(path), before);
}

void tst_BriefingDatabase::sampleFileOpensUnchangedAndHoldsNoLock()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.briefing"));
    QVERIFY(writeSample(path));
    const Fingerprint before = fingerprint(path);
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    QVERIFY(database->briefing().warnings.isEmpty());
    QCOMPARE(database->points(QStringLiteral("joint-training-increase")).size(), 1);

    // While the viewer has it open, another program can take an exclusive lock at once.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE; ROLLBACK;", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(other);
    QCOMPARE(fingerprint(path), before);
}

void tst_BriefingDatabase::hostileSchemaObjectsDoNotRun()
{
    // A trigger that would write on read is never run, and nothing is written.
    const QString path = m_dir.filePath(QStringLiteral("hostile.briefing"));
    QVERIFY(sampleThen(path, QStringLiteral(
        "CREATE TABLE audit (x TEXT);"
        "CREATE TRIGGER spy AFTER INSERT ON link BEGIN INSERT INTO audit VALUES ('spied'); END;"
        "CREATE VIEW sneaky AS SELECT * FROM event;")));
    const Fingerprint before = fingerprint(path);
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    QCOMPARE(database->briefing().events.size(), 4);
    QCOMPARE(fingerprint(path), before);
}

void tst_BriefingDatabase::damageInAnyContentTableIsRefused()
{
    // A disk error in any table the views show, or in one of its indexes, is refused at open
    // with its message (the search index is checked when it is first needed: see
    // tst_searchindexfile).
    const QString path = m_dir.filePath(QStringLiteral("damaged.briefing"));
    QVERIFY(writeSample(path));
    QStringList content;
    for (const QString &name : objectsWithPages(path)) {
        if (!name.startsWith(QLatin1String("search")) && !name.startsWith(QLatin1String("sqlite_autoindex_search")))
            content << name;
    }
    // Format 2's tables too: the checks are those of the file's format.
    for (const char *expected : {"briefing", "event", "sqlite_autoindex_event_1", "point", "link_to", "translation",
                                 "chart", "chart_series"})
        QVERIFY2(content.contains(QLatin1String(expected)), qPrintable(content.join(QLatin1Char(' '))));
    for (const QString &name : std::as_const(content)) {
        QVERIFY(writeSample(path));
        QVERIFY(damageRootPage(path, name));
        const Fingerprint before = fingerprint(path);
        OpenError error;
        const auto database = BriefingDatabase::open(path, &error);
        QVERIFY2(!database, qPrintable(name));
        QCOMPARE(int(error.code), int(Code::Corrupt));
        QVERIFY2(error.message.contains(QStringLiteral("is damaged")), qPrintable(name + QLatin1Char(' ') + error.message));
        QVERIFY2(error.message.contains(QDir::toNativeSeparators(path)), qPrintable(error.message));
        QCOMPARE(fingerprint(path), before);
    }
}

void tst_BriefingDatabase::builtInSampleCannotBeWritten()
{
    // The sample is opened from the image compiled in, read-only, like any briefing.
    OpenError error;
    const auto sample = BriefingDatabase::openSample(&error);
    QVERIFY2(sample, qPrintable(error.message));
    QVERIFY(sample->isSample());
    QVERIFY(sample->path().isEmpty());
    QSqlQuery query(sample->connection().database());
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM faq")));
    QVERIFY(!query.exec(QStringLiteral("CREATE TABLE notes (x)")));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM faq")) && query.next());
    QCOMPARE(query.value(0).toInt(), 4);
    // It is the briefing briefing-tool export-sample writes from the SQL.
    const QString path = m_dir.filePath(QStringLiteral("exported.briefing"));
    QVERIFY(writeSample(path));
    const auto exported = BriefingDatabase::open(path, &error);
    QVERIFY2(exported, qPrintable(error.message));
    const Briefing &a = sample->briefing(), &b = exported->briefing();
    QCOMPARE(a.metadata.title, b.metadata.title);
    QCOMPARE(a.events.size(), b.events.size());
    QCOMPARE(a.faq.size(), b.faq.size());
    QCOMPARE(a.links.size(), b.links.size());
    QCOMPARE(a.translationCount, b.translationCount);
    QCOMPARE(a.translationLanguages, b.translationLanguages);
}

void tst_BriefingDatabase::releaseWaitsForTheLastHolder()
{
    // A view still holding the briefing replaced lets go of it a moment later: the last
    // reference is then dropped by the release (which frees the content in a worker thread),
    // not by that view on the window's thread.
    OpenError error;
    auto database = BriefingDatabase::openSample(&error);
    QVERIFY2(database, qPrintable(error.message));
    const std::weak_ptr<const BriefingDatabase> watched = database;
    std::shared_ptr<const BriefingDatabase> view = database;
    BriefingDatabase::releaseInBackground(std::move(database));
    QVERIFY(!watched.expired());
    view.reset();
    QVERIFY(!watched.expired()); // not freed here
    QTRY_VERIFY(watched.expired());
    // The only holder: released at once.
    auto only = BriefingDatabase::openSample(&error);
    const std::weak_ptr<const BriefingDatabase> alone = only;
    BriefingDatabase::releaseInBackground(std::move(only));
    QVERIFY(alone.expired());
}

// Events are read in the table's order and put in order by (start_date, id) as SQLite's
// ORDER BY would: checked against SQLite's own order on a file whose rows are out of order.
void tst_BriefingDatabase::eventsComeInTheOrderOfTheirStartAndId()
{
    const QString path = m_dir.filePath(QStringLiteral("order.briefing"));
    QVERIFY(sampleThen(path, QStringLiteral(
        "INSERT INTO event (id, start_date, precision, title) VALUES "
        "('z-late', '2031-05-01', 'day', 'Late'), ('b-year', '1990', 'year', 'A year'), "
        "('a-year', '1990', 'year', 'Same year, first by id'), ('m-day', '1990-01-01', 'day', 'A day'), "
        "('n-bad', 'not a date', 'day', 'Unreadable'), ('c-month', '1990-01', 'month', 'A month');")));
    QStringList expected;
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *statement = nullptr;
        QCOMPARE(sqlite3_prepare_v2(db, "SELECT id FROM event ORDER BY start_date, id", -1, &statement, nullptr), SQLITE_OK);
        while (sqlite3_step(statement) == SQLITE_ROW)
            expected << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
        sqlite3_close(db);
    }
    QVERIFY(expected.size() > 6);
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    const EventTable &events = database->briefing().events;
    QStringList read;
    for (int row = 0; row < events.size(); ++row)
        read << events.id(row);
    QCOMPARE(read, expected);
    QCOMPARE(read.indexOf(QStringLiteral("a-year")) + 1, read.indexOf(QStringLiteral("b-year")));
    QCOMPARE(events.title(events.rowOf(QStringLiteral("m-day"))), QStringLiteral("A day"));
    QVERIFY(!events.startDate(events.rowOf(QStringLiteral("n-bad"))).isValid());
    QVERIFY(database->briefing().warnings.join(QLatin1Char('\n')).contains(QStringLiteral("n-bad")));
}

QTEST_GUILESS_MAIN(tst_BriefingDatabase)
#include "tst_briefingdatabase.moc"
