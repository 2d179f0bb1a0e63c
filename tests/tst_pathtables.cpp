// SPDX-License-Identifier: MIT
// Format 2's path tables on real files: optional (a file without them opens as before), read
// in order with a warning for each thing that cannot be shown, within their limits, refused
// when incomplete, a view or damaged; `briefing-tool add-path` and `paths` on the three kinds
// of briefing, every failure leaving the file as it was; `upgrade` keeping the paths.
#include "content/pathjson.h"
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "library/library.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bv;
using Kind = PathStop::Kind;

namespace {

test::ProgramRun tool(const QStringList &arguments)
{
    return test::runProgram(QStringLiteral(BRIEFING_TOOL), arguments);
}

bool contains(const QStringList &lines, const QStringList &parts)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
        return std::all_of(parts.cbegin(), parts.cend(), [&](const QString &part) { return line.contains(part); });
    });
}

// Paths for the sample: two that can be shown, and one of each mistake (tests/data).
QString pathSql()
{
    QFile file(test::testDataPath(QStringLiteral("sample-paths.sql")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class tst_PathTables : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void aFileWithoutPathTablesStaysValid();
    void pathsAreReadWithAWarningForWhatCannotBeShown();
    void limitsAreKept();
    void incompleteOrDamagedPathTablesAreRefused_data();
    void incompleteOrDamagedPathTablesAreRefused();
    void addPathAndPathsOnEveryBriefing_data();
    void addPathAndPathsOnEveryBriefing();
    void addPathFailuresLeaveTheFileAsItWas();
    void upgradeKeepsThePaths();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    // In a folder of their own: a file beside a briefing would change its fingerprint.
    QString writeJson(const QString &name, const QByteArray &json) const
    {
        const QString path = m_dir.filePath(QStringLiteral("json/") + name);
        return QDir().mkpath(m_dir.filePath(QStringLiteral("json"))) && test::writeBytes(path, json) ? path : QString();
    }
    QTemporaryDir m_dir;
};

void tst_PathTables::aFileWithoutPathTablesStaysValid()
{
    // A format-2 file written before the path tables existed.
    const QString path = file(QStringLiteral("before-paths.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, QStringLiteral("DROP TABLE path_stop; DROP TABLE path;")));
    const test::Fingerprint before = test::fingerprint(path);
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    QCOMPARE(database->briefing().formatVersion, 2);
    QVERIFY(database->briefing().paths.isEmpty());
    QVERIFY2(database->briefing().warnings.isEmpty(), qPrintable(database->briefing().warnings.join(QLatin1Char('\n'))));
    const test::ProgramRun validated = tool({QStringLiteral("validate"), path});
    QCOMPARE(validated.exitCode, 0);
    QVERIFY2(validated.out.contains(QStringLiteral("0 warning(s)")), qPrintable(validated.out));
    const test::ProgramRun listed = tool({QStringLiteral("paths"), path});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY(listed.out.contains(QStringLiteral("default: All of the briefing")));
    QVERIFY(listed.out.contains(QStringLiteral("has no paths of its own")));
    QVERIFY(test::fingerprint(path) == before);

    // add-path makes the tables, and the file then reads as one written with them.
    BriefingPath one;
    one.id = QStringLiteral("first");
    one.title = QStringLiteral("First");
    one.stops = {PathStop{}};
    const test::ProgramRun added = tool({QStringLiteral("add-path"), path, writeJson(QStringLiteral("first.json"), PathJson::toBytes(one))});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(added.out.contains(QStringLiteral("Added the path “first” (“First”, 1 stop(s))")));
    const auto again = BriefingDatabase::open(path, &error);
    QVERIFY2(again, qPrintable(error.message));
    QCOMPARE(again->briefing().paths.size(), 1);
    QCOMPARE(again->briefing().paths.first().stops, one.stops);
}

void tst_PathTables::pathsAreReadWithAWarningForWhatCannotBeShown()
{
    const QString path = file(QStringLiteral("paths.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, pathSql()));
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    const Briefing &b = database->briefing();
    QCOMPARE(b.paths.size(), 3); // by position: short, tour, untitled
    QCOMPARE(b.paths.at(0).id, QStringLiteral("short"));
    QCOMPARE(b.paths.at(1).id, QStringLiteral("tour"));
    QCOMPARE(b.paths.at(2).title, QStringLiteral("untitled")); // its id for a title
    for (const BriefingPath &p : b.paths)
        QCOMPARE(p.origin, BriefingPath::Origin::Briefing);
    const QVector<PathStop> &tour = b.paths.at(1).stops;
    QCOMPARE(tour.size(), 5); // the unknown kind and the missing item left out
    QCOMPARE(tour.at(0).notes, QStringLiteral("Open with the **headline**."));
    QCOMPARE(tour.at(0).budgetSeconds, std::optional<int>(60));
    QCOMPARE(tour.at(1).itemId, QStringLiteral("guarantee-article5-like"));
    QVERIFY(!tour.at(1).budgetSeconds);
    QCOMPARE(tour.at(2).kind, Kind::Chart);
    QCOMPARE(tour.at(2).highlightId, QStringLiteral("joint-training-increase@2020–2022"));
    QCOMPARE(tour.at(2).to, QStringLiteral("2022"));
    QVERIFY(!tour.at(2).budgetSeconds); // 'soon'
    QVERIFY(tour.at(3).itemIds.isEmpty()); // not JSON: all lanes
    QCOMPARE(tour.at(4).itemIds.size(), 2);

    const QStringList &w = b.warnings;
    const QString all = w.join(QLatin1Char('\n'));
    QVERIFY2(contains(w, {QStringLiteral("Path “tour”, stop 3"), QStringLiteral("unknown kind “slide”"),
                          QStringLiteral("overview, item, chart, timeline, compare")}), qPrintable(all));
    QVERIFY2(contains(w, {QStringLiteral("Path “tour”, stop 4"), QStringLiteral("no item “no-such-item”"),
                          QStringLiteral("left out")}), qPrintable(all));
    QVERIFY2(contains(w, {QStringLiteral("Path “tour”, stop 5"), QStringLiteral("budget “soon”")}), qPrintable(all));
    QVERIFY2(contains(w, {QStringLiteral("Path “tour”, stop 6"), QStringLiteral("item_ids is not a JSON array")}), qPrintable(all));
    QVERIFY2(contains(w, {QStringLiteral("Path “default”"), QStringLiteral("default path")}), qPrintable(all));
    QVERIFY2(contains(w, {QStringLiteral("Path “lost”, stop 1"), QStringLiteral("“gone-1”")}), qPrintable(all));
    QVERIFY2(contains(w, {QStringLiteral("Path “lost” has no stop that can be shown")}), qPrintable(all));
    QVERIFY2(contains(w, {QStringLiteral("Path “untitled” has no title")}), qPrintable(all));
    QVERIFY2(contains(w, {QStringLiteral("2 stop(s) belong to the unknown path “nowhere”")}), qPrintable(all));
    QCOMPARE(w.size(), 9);

    // validate shows them; a duplicate id (a table made without its key) is one more.
    QVERIFY(test::execSql(path, QStringLiteral("ALTER TABLE path RENAME TO old_path; CREATE TABLE path (id TEXT, position "
                                               "INTEGER, title TEXT); INSERT INTO path SELECT * FROM old_path; "
                                               "INSERT INTO path VALUES ('tour', 9, 'Again'); DROP TABLE old_path;")));
    const test::ProgramRun validated = tool({QStringLiteral("validate"), path});
    QCOMPARE(validated.exitCode, 0);
    QVERIFY2(validated.out.contains(QStringLiteral("warning: Path “tour” is listed twice; the second is left out.")),
             qPrintable(validated.out));
    QVERIFY(validated.out.contains(QStringLiteral("warning: Path “tour”, stop 4: the briefing has no item “no-such-item”")));
    QVERIFY(validated.out.contains(QStringLiteral("10 warning(s)")));
}

void tst_PathTables::limitsAreKept()
{
    const QString path = file(QStringLiteral("large.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120) "
        "INSERT INTO path (id, position, title) SELECT 'p' || i, i, 'Path ' || i FROM n;"
        "UPDATE path SET title = printf('%.600c', 'T') WHERE id = 'p1';"
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
        "INSERT INTO path_stop (path_id, position, kind, notes) SELECT 'p1', i, 'overview', '' FROM n;"
        "INSERT INTO path_stop (path_id, position, kind, notes) SELECT id, 1, 'overview', '' FROM path WHERE id != 'p1';"
        "UPDATE path_stop SET notes = printf('%.200000c', 'n') WHERE path_id = 'p2';"
        // 10.5 million characters of notes in all: over the limit of all paths together.
        "WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < 105) "
        "INSERT INTO path_stop (path_id, position, kind, notes) SELECT 'p3', i, 'overview', printf('%.100000c', 'm') FROM n;")));
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    const Briefing &b = database->briefing();
    QCOMPARE(b.paths.size(), BriefingPath::maxPaths);
    QCOMPARE(b.paths.first().stops.size(), BriefingPath::maxStops);
    QCOMPARE(b.paths.first().title.size(), BriefingPath::maxTitleLength);
    QCOMPARE(b.paths.at(1).stops.first().notes.size(), BriefingPath::maxNotesLength);
    const QString all = b.warnings.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("more than 100 paths; only the first 100 are read")), qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("Path “p1” has more than 500 stops; only the first 500 are read")));
    QVERIFY(all.contains(QStringLiteral("Path “p1”: its title is longer than 500 characters; it is cut")));
    QVERIFY(all.contains(QStringLiteral("Path “p2”, stop 1: its notes are longer than 100000 characters; they are cut")));
    // p2 holds 100,000 characters, p3 the rest of the 10 million; then nothing.
    const QVector<PathStop> &p3 = b.paths.at(2).stops;
    QCOMPARE(p3.size(), 105);
    qint64 total = 0;
    for (const BriefingPath &p : b.paths) {
        for (const PathStop &stop : p.stops)
            total += stop.title.size() + stop.notes.size();
    }
    QVERIFY2(total <= BriefingPath::maxTotalTextLength, qPrintable(QString::number(total)));
    QVERIFY(p3.last().notes.isEmpty());
    QVERIFY(p3.at(50).notes.size() == BriefingPath::maxNotesLength);
    QVERIFY2(all.contains(QStringLiteral("Path “p3”, stop 101: the titles and notes of the briefing's paths are longer than "
                                         "10000000 characters in all; from here on they are cut.")), qPrintable(all.right(2000)));
}

void tst_PathTables::incompleteOrDamagedPathTablesAreRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("named");
    QTest::newRow("path only") << "DROP TABLE path_stop;" << int(OpenError::Code::MissingTable) << "it has paths, but no “path_stop” table";
    QTest::newRow("path_stop only") << "DROP TABLE path;" << int(OpenError::Code::MissingTable) << "no “path” table";
    QTest::newRow("path is a view") << "DROP TABLE path; CREATE VIEW path AS SELECT 'a' AS id, 1 AS position, 'b' AS title;"
                                    << int(OpenError::Code::MissingTable) << "no “path” table";
    QTest::newRow("only a view") << "DROP TABLE path; DROP TABLE path_stop; CREATE VIEW path_stop AS SELECT 1 AS x;"
                                 << int(OpenError::Code::MissingTable) << "no “path” table";
    QTest::newRow("no kind") << "ALTER TABLE path_stop DROP COLUMN kind;" << int(OpenError::Code::MissingColumn)
                             << "“path_stop” table has no “kind” column";
    QTest::newRow("no title") << "ALTER TABLE path DROP COLUMN title;" << int(OpenError::Code::MissingColumn)
                              << "“path” table has no “title” column";
    QTest::newRow("damaged path_stop") << "damage path_stop" << int(OpenError::Code::Corrupt) << "is damaged";
    QTest::newRow("damaged path key") << "damage sqlite_autoindex_path_1" << int(OpenError::Code::Corrupt) << "is damaged";
}

void tst_PathTables::incompleteOrDamagedPathTablesAreRefused()
{
    QFETCH(QString, sql);
    QFETCH(int, code);
    QFETCH(QString, named);
    const QString path = file(QStringLiteral("hostile.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, QStringLiteral("INSERT INTO path VALUES ('a', 1, 'A'); "
                                               "INSERT INTO path_stop (path_id, position, kind) VALUES ('a', 1, 'overview');")));
    if (sql.startsWith(QLatin1String("damage ")))
        QVERIFY(test::damageRootPage(path, sql.mid(7)));
    else
        QVERIFY(test::execSql(path, sql));
    const test::Fingerprint before = test::fingerprint(path);
    OpenError error;
    QVERIFY(!BriefingDatabase::open(path, &error));
    QCOMPARE(int(error.code), code);
    QVERIFY2(error.message.contains(named), qPrintable(error.message));
    QVERIFY(error.message.contains(QDir::toNativeSeparators(path)));
    QVERIFY(test::fingerprint(path) == before);
    const test::ProgramRun validated = tool({QStringLiteral("validate"), path});
    QCOMPARE(validated.exitCode, 1);
    QVERIFY(test::fingerprint(path) == before);
}

void tst_PathTables::addPathAndPathsOnEveryBriefing_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("european-defence") << QStringLiteral("european-defence");
    QTest::newRow("generated") << QStringLiteral("generated");
}

void tst_PathTables::addPathAndPathsOnEveryBriefing()
{
    QFETCH(QString, which);
    const QString path = file(which + QStringLiteral(".briefing"));
    if (which == QLatin1String("generated"))
        QVERIFY(test::writeGenerated(path, 200));
    else
        QVERIFY(Examples::write(which, path, true).ok());
    OpenError error;
    auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    // A path of the default path's last three stops and a compare stop, with notes and budgets.
    const Briefing &b = database->briefing();
    BriefingPath mine = BriefingPath::defaultPath(b);
    mine.id = QStringLiteral("short-tour");
    mine.title = QStringLiteral("Short tour");
    mine.origin = BriefingPath::Origin::Briefing;
    mine.stops = mine.stops.mid(mine.stops.size() - 3);
    mine.stops.first().notes = QStringLiteral("Say **why** it matters.");
    mine.stops.first().budgetSeconds = 95;
    if (b.scenarios.size() >= 2) {
        PathStop compare;
        compare.kind = Kind::Compare;
        compare.itemIds = {b.scenarios.at(0).id, b.scenarios.at(1).id};
        mine.stops.append(compare);
    }
    database.reset();
    const QString json = writeJson(which + QStringLiteral(".json"), PathJson::toBytes(mine));
    test::ProgramRun run = tool({QStringLiteral("add-path"), path, json});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(QStringLiteral("Added the path “short-tour”")));
    database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    QCOMPARE(database->briefing().paths.size(), 1);
    QCOMPARE(database->briefing().paths.first(), mine);

    // A second path after it; the first replaced keeps its place.
    BriefingPath second = mine;
    second.id = QStringLiteral("second");
    second.stops.resize(1);
    QCOMPARE(tool({QStringLiteral("add-path"), path, writeJson(QStringLiteral("second.json"), PathJson::toBytes(second))}).exitCode, 0);
    mine.title = QStringLiteral("Short tour, revised");
    mine.stops.removeLast();
    run = tool({QStringLiteral("add-path"), path, writeJson(which + QStringLiteral(".json"), PathJson::toBytes(mine))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(QStringLiteral("Replaced the path “short-tour”")));
    database = BriefingDatabase::open(path, &error);
    QCOMPARE(database->briefing().paths.size(), 2);
    QCOMPARE(database->briefing().paths.at(0), mine);
    QCOMPARE(database->briefing().paths.at(1).id, QStringLiteral("second"));
    QVERIFY(database->briefing().warnings.isEmpty());

    run = tool({QStringLiteral("paths"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("default: All of the briefing (made from the content, %1 stop(s))")
                                 .arg(BriefingPath::defaultPath(database->briefing()).stops.size())));
    QVERIFY2(run.out.contains(QStringLiteral("short-tour: Short tour, revised (in the file, %1 stop(s))").arg(mine.stops.size())),
             qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("budget 1:35")));
    QVERIFY(run.out.contains(QStringLiteral("notes: Say **why** it matters.")));
    QVERIFY(run.out.contains(QStringLiteral("second: Short tour (in the file, 1 stop(s))")));

    // With the user's library: their own paths too.
    const QString library = file(QStringLiteral("library.sqlite"));
    {
        Library store;
        QCOMPARE(store.open(library), Library::State::Ready);
        BriefingPath own = second;
        own.id.clear();
        own.title = QStringLiteral("My rehearsal cut");
        QVERIFY(store.savePath(database->briefing().metadata.id, &own));
    }
    run = tool({QStringLiteral("paths"), path, QStringLiteral("--user"), QStringLiteral("--library"), library});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral(": My rehearsal cut (yours, in your library, 1 stop(s))")), qPrintable(run.out));
}

void tst_PathTables::addPathFailuresLeaveTheFileAsItWas()
{
    const QString path = file(QStringLiteral("target.briefing"));
    QVERIFY(test::writeSample(path));
    const QString v1 = file(QStringLiteral("v1.briefing"));
    QVERIFY(test::writeFormat1Sample(v1));
    BriefingPath good;
    good.id = QStringLiteral("good");
    good.title = QStringLiteral("Good");
    good.stops = {PathStop{}};
    const QByteArray goodJson = PathJson::toBytes(good);
    BriefingPath missing = good;
    PathStop gone;
    gone.kind = Kind::Item;
    gone.itemId = QStringLiteral("no-such-item");
    missing.stops.append(gone);
    BriefingPath noId = good;
    noId.id.clear();
    BriefingPath reserved = good;
    reserved.id = QStringLiteral("default");
    QByteArray unknownKind = goodJson;
    unknownKind.replace("\"kind\": \"overview\"", "\"kind\": \"slide\"");
    struct Case
    {
        QString file;
        QByteArray json;
        QString expected;
    };
    const QVector<Case> cases{
        {path, "{ not json", QStringLiteral("is not a path that can be added: it is not JSON")},
        {path, unknownKind, QStringLiteral("stop 1: 'kind' must be one of overview, item, chart, timeline, compare")},
        {path, PathJson::toBytes(missing), QStringLiteral("stop 2: the briefing has no item “no-such-item”")},
        {path, PathJson::toBytes(noId), QStringLiteral("has no 'id'")},
        {path, PathJson::toBytes(reserved), QStringLiteral("“default” names the default path")},
        {path, PathJson::toBytes(good, QStringLiteral("another-briefing")), QStringLiteral("is a path for the briefing “another-briefing”")},
        {v1, goodJson, QStringLiteral("is of format 1, which has no paths")},
        {path, QByteArray(), QStringLiteral("cannot read")},
    };
    for (int i = 0; i < cases.size(); ++i) {
        const Case &c = cases.at(i);
        const test::Fingerprint before = test::fingerprint(c.file);
        const QString json = c.expected == QLatin1String("cannot read") ? file(QStringLiteral("absent.json"))
                                                                         : writeJson(QStringLiteral("case%1.json").arg(i), c.json);
        const test::ProgramRun run = tool({QStringLiteral("add-path"), c.file, json});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(c.expected), qPrintable(run.err));
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(c.file)), qPrintable(run.err));
        QVERIFY2(test::fingerprint(c.file) == before, qPrintable(c.expected));
    }
    // A briefing another program holds locked: nothing written, said so.
    const test::Fingerprint before = test::fingerprint(path);
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &other, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE;", nullptr, nullptr, nullptr), SQLITE_OK);
    const test::ProgramRun locked = tool({QStringLiteral("add-path"), path, writeJson(QStringLiteral("good.json"), goodJson)});
    sqlite3_exec(other, "ROLLBACK;", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QCOMPARE(locked.exitCode, 1);
    QVERIFY2(locked.err.contains(QStringLiteral("locked")), qPrintable(locked.err));
    QVERIFY(test::fingerprint(path) == before);
}

void tst_PathTables::upgradeKeepsThePaths()
{
    const QString path = file(QStringLiteral("with-paths.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, pathSql()));
    const QString copy = file(QStringLiteral("copy.briefing"));
    const test::ProgramRun run = tool({QStringLiteral("upgrade"), path, copy});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.out.contains(QStringLiteral("Not copied")), qPrintable(run.out));
    OpenError error;
    const auto original = BriefingDatabase::open(path, &error);
    const auto upgraded = BriefingDatabase::open(copy, &error);
    QVERIFY2(upgraded, qPrintable(error.message));
    QCOMPARE(upgraded->briefing().paths, original->briefing().paths);
    // A format-1 file's copy has the tables, empty.
    const QString v1 = file(QStringLiteral("v1.briefing")), v1copy = file(QStringLiteral("v1-copy.briefing"));
    QVERIFY(test::writeFormat1Sample(v1));
    QCOMPARE(tool({QStringLiteral("upgrade"), v1, v1copy}).exitCode, 0);
    const auto fromV1 = BriefingDatabase::open(v1copy, &error);
    QVERIFY2(fromV1, qPrintable(error.message));
    QVERIFY(fromV1->briefing().paths.isEmpty());
    QVERIFY(test::objectsWithPages(v1copy).contains(QStringLiteral("path_stop")));
}

QTEST_GUILESS_MAIN(tst_PathTables)
#include "tst_pathtables.moc"
