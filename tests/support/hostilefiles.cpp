// SPDX-License-Identifier: MIT
#include "hostilefiles.h"

#include "content/seriesvalues.h"
#include "file/briefingdatabase.h"
#include "file/sqliteconnection.h"
#include "testfiles.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

namespace bv::test {

namespace {

using Code = OpenError::Code;

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return offset >= 0 && file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

QByteArray bigEndian(quint64 value, int width)
{
    QByteArray bytes(width, '\0');
    for (int i = width - 1; i >= 0; --i, value >>= 8)
        bytes[i] = char(value & 0xff);
    return bytes;
}

// Writes `value` as a big-endian number of `width` bytes at `offset` of a sample.
std::function<bool(const QString &)> sampleField(qint64 offset, quint64 value, int width)
{
    return [=](const QString &p) { return writeSample(p) && overwrite(p, offset, bigEndian(value, width)); };
}

std::function<bool(const QString &)> sampleThen(const QString &sql)
{
    return [=](const QString &p) { return writeSample(p) && execSql(p, sql); };
}

qint64 integer(const QString &path, const QString &sql)
{
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Mode::ReadWrite))
        return -1;
    QSqlQuery query(connection.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// The first page of `name` of the type (dbstat's 'internal', 'leaf', 'overflow').
qint64 pageOf(const QString &path, const QString &name, const QString &type)
{
    return integer(path, QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = '%2' "
                                        "ORDER BY path LIMIT 1").arg(name, type));
}

// Overwrites `bytes` at `offset` within the first page of `name` of `type`.
bool damagePage(const QString &path, const QString &name, const QString &type, int offset, const QByteArray &bytes)
{
    const qint64 page = pageOf(path, name, type);
    return page > 0 && overwrite(path, (page - 1) * 4096 + offset, bytes);
}

// A generated briefing whose event table has interior pages.
std::function<bool(const QString &)> eventTree(int offset, const QByteArray &bytes, const QString &type = QStringLiteral("internal"))
{
    return [=](const QString &p) { return writeGenerated(p, 400) && damagePage(p, QStringLiteral("event"), type, offset, bytes); };
}

// A sample whose first event's description spans overflow pages; `bytes` at the start of
// its first overflow page (the next page's number).
const QString longDescription = QStringLiteral("UPDATE event SET description = printf('%.*c', 30000, 'x') "
                                               "WHERE id = 'event-dayton-1995';");
std::function<bool(const QString &)> overflow(quint32 next)
{
    return [=](const QString &p) {
        return writeSample(p) && execSql(p, longDescription)
               && damagePage(p, QStringLiteral("event"), QStringLiteral("overflow"), 0, bigEndian(next, 4));
    };
}

// A sample with free pages (a long text written, then removed); `bytes` at `offset` of the
// first freelist trunk page (offset < 0: of the header).
std::function<bool(const QString &)> freelist(qint64 offset, const QByteArray &bytes)
{
    return [=](const QString &p) {
        if (!writeSample(p) || !execSql(p, longDescription)
            || !execSql(p, QStringLiteral("UPDATE event SET description = '' WHERE id = 'event-dayton-1995';")))
            return false;
        const QByteArray file = bytesOf(p);
        const qint64 trunk = qint64(quint8(file.at(32))) << 24 | quint8(file.at(33)) << 16 | quint8(file.at(34)) << 8
                             | quint8(file.at(35));
        // No bytes: the trunk page's next trunk is itself, a loop.
        return trunk > 1 && overwrite(p, offset < 0 ? -offset : (trunk - 1) * 4096 + offset,
                                      bytes.isEmpty() ? bigEndian(quint64(trunk), 4) : bytes);
    };
}

// A sample in auto-vacuum mode, so that page 2 is a pointer-map page.
std::function<bool(const QString &)> pointerMap(int offset, const QByteArray &bytes)
{
    return [=](const QString &p) {
        return writeSample(p) && execSql(p, QStringLiteral("PRAGMA auto_vacuum = FULL; VACUUM;"))
               && integer(p, QStringLiteral("PRAGMA auto_vacuum")) == 1 && overwrite(p, 4096 + offset, bytes);
    };
}

// Replaces the text of sqlite_schema's entry `name` (PRAGMA writable_schema).
std::function<bool(const QString &)> schemaText(const QString &name, const QString &sql)
{
    return [=](const QString &p) {
        sqlite3 *db = nullptr;
        bool ok = writeSample(p) && sqlite3_open(QFile::encodeName(p).constData(), &db) == SQLITE_OK;
        const QString statement = QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = '%1' "
                                                 "WHERE name = '%2'; PRAGMA writable_schema = OFF;")
                                      .arg(QString(sql).replace(QLatin1Char('\''), QLatin1String("''")), name);
        ok = ok && sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok;
    };
}

// A sample left with a hot journal: a writer killed in the middle of a transaction.
bool hotJournal(const QString &path)
{
    if (!writeSample(path))
        return false;
    const pid_t child = ::fork();
    if (child == 0) {
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        sqlite3_exec(db, "PRAGMA cache_size = 1; BEGIN; UPDATE event SET description = printf('%.*c', 50000, 'y');",
                     nullptr, nullptr, nullptr);
        ::_exit(0); // no commit, no rollback: the journal stays, hot
    }
    int status = 0;
    return child > 0 && ::waitpid(child, &status, 0) == child && QFile::exists(path + QStringLiteral("-journal"));
}

// The first point of the sample's first time series with `value` (SQL).
QString pointValue(const QString &value)
{
    return QStringLiteral("UPDATE point SET value = %1 WHERE series_id = 'joint-training-increase';").arg(value);
}

// The damaged series' points are gaps, the others' values finite: as the tables read them
// (points()) and as the charts do (loadSeriesValues: a gap is NaN).
QString valuesAreGaps(const BriefingDatabase &database)
{
    for (const Series &series : database.briefing().series) {
        const bool damaged = series.id == QLatin1String("joint-training-increase");
        for (const Point &point : database.points(series.id)) {
            if (point.value && (!std::isfinite(*point.value) || damaged))
                return QStringLiteral("%1 has the value %2").arg(point.id()).arg(*point.value);
        }
        for (const double y : loadSeriesValues(database, series).y) {
            if (damaged ? !std::isnan(y) : !std::isfinite(y))
                return QStringLiteral("the chart of %1 has the value %2").arg(series.id).arg(y);
        }
    }
    return {};
}

// `count` links, numbered i from 1, from and to the SQL expressions given.
QString links(int count, const QString &from, const QString &to)
{
    return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                          "INSERT INTO link SELECT %2, 'depends_on', %3, '' FROM n;").arg(count).arg(from, to);
}

// `count` empty tables more, in one transaction.
QString manyTables(int count)
{
    QStringList sql{QStringLiteral("BEGIN")};
    for (int i = 0; i < count; ++i)
        sql << QStringLiteral("CREATE TABLE extra_%1 (a)").arg(i);
    sql << QStringLiteral("COMMIT;");
    return sql.join(QLatin1Char(';'));
}

// `count` actors chain-1 ... chain-<count>.
QString actors(int count)
{
    return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                          "INSERT INTO actor SELECT 'chain-' || i, 'Chain ' || i, 'other', '' FROM n;").arg(count);
}

} // namespace

const QVector<HostileFile> &hostileFiles()
{
    const QString damaged = QStringLiteral("is damaged");
    const QString pages = QStringLiteral("SQLite's check of its pages found errors");
    static const QVector<HostileFile> files{
        // The 100-byte database header, field by field.
        {"header", "magic string", sampleField(13, '4', 1), Code::NotSqlite, QStringLiteral("not a SQLite database")},
        {"header", "page size 0", sampleField(16, 0, 2), Code::Corrupt, QStringLiteral("impossible page size (0)")},
        {"header", "page size not a power of two", sampleField(16, 0x1234, 2), Code::Corrupt, QStringLiteral("impossible page size (4660)")},
        {"header", "page size 512, smaller than written", sampleField(16, 512, 2), Code::Corrupt, damaged},
        {"header", "page size 65536, larger than written", sampleField(16, 1, 2), Code::Truncated, QStringLiteral("but its header says 6,815,744")},
        {"header", "read version 3", sampleField(19, 3, 1), Code::Corrupt, damaged},
        {"header", "write version 3 (read-only)", sampleField(18, 3, 1), Code::None, QString()},
        {"header", "reserved bytes per page 200", sampleField(20, 200, 1), Code::Corrupt, damaged},
        {"header", "payload fractions", sampleField(21, 0x102020, 3), Code::Corrupt, damaged},
        {"header", "database size far past the end", sampleField(28, 0x7fffffff, 4), Code::Truncated, QStringLiteral("incomplete")},
        {"header", "database size of one page", sampleField(28, 1, 4), Code::Corrupt, damaged},
        {"header", "database size not valid (change counter)", sampleField(92, 0x12345678, 4), Code::None, QString()},
        {"header", "freelist trunk past the end", sampleField(32, 0x00ffffff, 4), Code::Corrupt, pages},
        {"header", "freelist count huge", sampleField(36, 0x7fffffff, 4), Code::Corrupt, pages},
        {"header", "schema format 9", sampleField(44, 9, 4), Code::ReadFailed, QStringLiteral("could not be read (SQLite error 1)")},
        {"header", "page cache size huge", sampleField(48, 0x7fffffff, 4), Code::None, QString()},
        {"header", "largest root page set without auto-vacuum", sampleField(52, 3, 4), Code::Corrupt, pages},
        {"header", "text encoding UTF-16", sampleField(56, 2, 4), Code::Corrupt, damaged},
        {"header", "text encoding 9 (read as UTF-8)", sampleField(56, 9, 4), Code::None, QString()},
        {"header", "format version huge", sampleField(60, 0x7fffffff, 4), Code::NewerVersion, QStringLiteral("(format 2147483647)")},
        {"header", "format version negative", sampleField(60, 0xffffffff, 4), Code::BadVersion, QStringLiteral("it says -1")},
        {"header", "incremental vacuum without auto-vacuum", sampleField(64, 1, 4), Code::None, QString(), Code::Corrupt},
        {"header", "application id of another program", sampleField(68, 0x12345678, 4), Code::NotABriefing, QStringLiteral("application id 305419896")},
        // B-tree pages (a generated briefing's event table has interior pages).
        {"b-tree", "schema page type", sampleField(100, 0x07, 1), Code::Corrupt, damaged},
        {"b-tree", "schema page cell count huge", sampleField(103, 0xffff, 2), Code::Corrupt, damaged},
        {"b-tree", "interior page pointing to itself", [](const QString &p) {
             return writeGenerated(p, 400) && damagePage(p, QStringLiteral("event"), QStringLiteral("internal"), 8,
                                                          bigEndian(pageOf(p, QStringLiteral("event"), QStringLiteral("internal")), 4));
         }, Code::Corrupt, damaged},
        {"b-tree", "interior page pointing past the end", eventTree(8, bigEndian(0x00fffff0, 4)), Code::Corrupt, damaged},
        {"b-tree", "interior page pointing to page 1", eventTree(8, bigEndian(1, 4)), Code::Corrupt, damaged},
        {"b-tree", "interior page type", eventTree(0, bigEndian(0x0a, 1)), Code::Corrupt, damaged},
        {"b-tree", "leaf cell count huge", eventTree(3, bigEndian(0xffff, 2), QStringLiteral("leaf")), Code::Corrupt, damaged},
        {"b-tree", "leaf cell pointer outside the page", eventTree(8, bigEndian(0xfff0, 2), QStringLiteral("leaf")), Code::Corrupt, damaged},
        {"b-tree", "leaf cell content area past the page", eventTree(5, bigEndian(0xffff, 2), QStringLiteral("leaf")), Code::Corrupt, damaged},
        {"b-tree", "leaf freeblock loop", eventTree(1, bigEndian(0x0008, 2), QStringLiteral("leaf")), Code::Corrupt, damaged},
        {"b-tree", "index page zeroed", [](const QString &p) {
             return writeSample(p) && damagePage(p, QStringLiteral("sqlite_autoindex_faq_1"), QStringLiteral("leaf"), 0, QByteArray(4096, '\0'));
         }, Code::Corrupt, damaged},
        // Overflow chains of a long text.
        {"overflow", "overflow chain loop", [](const QString &p) {
             return writeSample(p) && execSql(p, longDescription)
                    && damagePage(p, QStringLiteral("event"), QStringLiteral("overflow"), 0,
                                  bigEndian(pageOf(p, QStringLiteral("event"), QStringLiteral("overflow")), 4));
         }, Code::Corrupt, damaged},
        {"overflow", "overflow chain cut short", overflow(0), Code::Corrupt, damaged},
        {"overflow", "overflow chain past the end", overflow(0x00fffff0), Code::Corrupt, damaged},
        {"overflow", "overflow chain into page 1", overflow(1), Code::Corrupt, damaged},
        // The freelist (the content check follows it too).
        {"freelist", "freelist trunk loop", freelist(0, QByteArray()), Code::Corrupt, pages},
        {"freelist", "freelist leaf count huge", freelist(4, bigEndian(0x7fffffff, 4)), Code::Corrupt, pages},
        {"freelist", "freelist leaf is page 1", freelist(8, bigEndian(1, 4)), Code::Corrupt, pages},
        {"freelist", "freelist count wrong", freelist(-36, bigEndian(1000, 4)), Code::Corrupt, pages},
        // The pointer map of an auto-vacuum file.
        {"pointer map", "pointer map entries wrong", pointerMap(0, QByteArray(400, '\x09')), Code::Corrupt, pages},
        {"pointer map", "pointer map page zeroed", pointerMap(0, QByteArray(4096, '\0')), Code::Corrupt, pages},
        // Journals.
        {"journal", "hot journal of a killed writer", hotJournal, Code::ReadFailed, QStringLiteral("“-journal” file lies beside it")},
        // Schema objects that must never run or be trusted.
        {"schema", "trigger writing on read", sampleThen(QStringLiteral(
             "CREATE TABLE audit (x); CREATE TRIGGER spy AFTER INSERT ON link BEGIN INSERT INTO audit VALUES (1); END;")),
         Code::None, QString()},
        {"schema", "view over the content", sampleThen(QStringLiteral("CREATE VIEW everything AS SELECT * FROM event, faq;")), Code::None, QString()},
        {"schema", "view calling a function", sampleThen(QStringLiteral("CREATE VIEW quoted AS SELECT json_quote(title) FROM event;")),
         Code::None, QString()},
        {"schema", "view in place of a table", sampleThen(QStringLiteral("DROP TABLE actor; CREATE VIEW actor AS SELECT 'a' AS id, 'n' AS name, "
                                                                         "'state' AS kind, '' AS description;")),
         Code::MissingTable, QStringLiteral("no “actor” table")},
        {"schema", "expression index calling an unsafe function", sampleThen(QStringLiteral("CREATE INDEX q ON faq(json_quote(answer));")),
         Code::Refused, QStringLiteral("calls the function json_quote()")},
        {"schema", "partial index calling an unsafe function", sampleThen(QStringLiteral("CREATE INDEX p ON event(title) WHERE json_valid(title);")),
         Code::Refused, QStringLiteral("calls the function json_valid()")},
        {"schema", "expression index of a safe function", sampleThen(QStringLiteral("CREATE INDEX l ON event(lower(title)) WHERE length(title) > 0;")),
         Code::None, QString()},
        {"schema", "generated column calling an unsafe function", sampleThen(QStringLiteral("ALTER TABLE event ADD COLUMN j AS (json_array(title));")),
         Code::Refused, QStringLiteral("calls the function json_array()")},
        {"schema", "check constraint calling an unsafe function", sampleThen(QStringLiteral(
             "CREATE TABLE c (a CHECK (json_valid(a))); INSERT INTO c VALUES ('1');")), Code::None, QString()},
        {"schema", "virtual table of an unknown module", schemaText(QStringLiteral("faq"), QStringLiteral("CREATE VIRTUAL TABLE faq USING nosuch(a)")),
         Code::Corrupt, damaged},
        {"schema", "virtual table in place of a table", sampleThen(QStringLiteral(
             "DROP TABLE source; CREATE VIRTUAL TABLE source USING fts5(id, title, publisher, year, locator);")),
         Code::Refused, QStringLiteral("its “source” is a virtual table")},
        {"schema", "schema statement that does not parse", schemaText(QStringLiteral("faq"), QStringLiteral("CREATE TABLE faq (((")),
         Code::Corrupt, damaged},
        {"schema", "5,000 tables", sampleThen(manyTables(5000)), Code::None, QString()},
        // Hostile text.
        {"text", "5 MB title", sampleThen(QStringLiteral("UPDATE event SET title = printf('%.*c', 5000000, 'T') WHERE id = 'event-dayton-1995';")),
         Code::None, QString()},
        {"text", "50 MB description", sampleThen(QStringLiteral("UPDATE event SET description = printf('%.*c', 50000000, '*') "
                                                                "WHERE id = 'event-dayton-1995';")), Code::None, QString()},
        {"text", "invalid UTF-8", sampleThen(QStringLiteral("UPDATE event SET title = CAST(x'c0afe28228ff' AS TEXT), "
                                                            "description = CAST(x'eda080edb080' AS TEXT) WHERE id = 'event-dayton-1995';")),
         Code::None, QString()},
        {"text", "bidi controls and NULs", sampleThen(QStringLiteral("UPDATE faq SET question = CAST(x'e280ae6e6f6d656500e280ac' AS TEXT), "
                                                                     "answer = CAST(x'00000000' AS TEXT) WHERE id = 'faq-senate';")),
         Code::None, QString()},
        {"text", "blobs and numbers where text belongs", sampleThen(QStringLiteral(
             "UPDATE event SET title = x'00ff00ff', description = 1e308, category = -9223372036854775808 "
             "WHERE id = 'event-dayton-1995';")), Code::None, QString()},
        {"text", "100,000 line breaks in a title", sampleThen(QStringLiteral(
             "UPDATE guarantee SET title = replace(printf('%.*c', 100000, 'x'), 'x', char(10));")), Code::None, QString()},
        {"text", "id of 100,000 characters", sampleThen(QStringLiteral("INSERT INTO actor VALUES (printf('%.*c', 100000, 'a'), 'Long', 'state', '');")),
         Code::None, QString()},
        // Huge values.
        {"huge", "a value over 64 MB", sampleThen(QStringLiteral("UPDATE faq SET answer = printf('%.*c', 67108865, 'x') WHERE id = 'faq-senate';")),
         Code::Refused, QStringLiteral("larger than 64 MB")},
        {"huge", "a blob over 64 MB in a table the viewer never reads", sampleThen(QStringLiteral("CREATE TABLE junk (b); "
                                                                                              "INSERT INTO junk VALUES (zeroblob(67108865));")),
         Code::None, QString()},
        {"huge", "an event naming one actor 1,000,000 times", sampleThen(QStringLiteral(
             "UPDATE event SET actors = replace(printf('%.*c', 1000000, 'x'), 'x', 'united-states ') WHERE id = 'event-dayton-1995';")),
         Code::None, QString(), Code(-1), [](const BriefingDatabase &database) {
             const QStringList actors = database.briefing().events.at(database.briefing().events.rowOf(QStringLiteral("event-dayton-1995"))).actors;
             return actors == QStringList{QStringLiteral("united-states")} ? QString() : QStringLiteral("%1 actors").arg(actors.size());
         }},
        // Extreme dates and numbers.
        {"numbers", "point value infinite", sampleThen(pointValue(QStringLiteral("9e999"))), Code::None, QString(), Code(-1), valuesAreGaps,
         QStringLiteral("its value “Inf” is not a finite number; it is shown as a gap")},
        {"numbers", "point value minus infinite", sampleThen(pointValue(QStringLiteral("-9e999"))), Code::None, QString(), Code(-1), valuesAreGaps,
         QStringLiteral("its value “-Inf” is not a finite number")},
        {"numbers", "point value NaN as text", sampleThen(pointValue(QStringLiteral("'NaN'"))), Code::None, QString(), Code(-1), valuesAreGaps,
         QStringLiteral("its value “NaN” is not a finite number")},
        {"numbers", "point value not a number", sampleThen(pointValue(QStringLiteral("'twelve'"))), Code::None, QString(), Code(-1), valuesAreGaps,
         QStringLiteral("its value “twelve” is not a finite number")},
        {"numbers", "point value a blob", sampleThen(pointValue(QStringLiteral("x'00ff'"))), Code::None, QString(), Code(-1), valuesAreGaps,
         QStringLiteral("is not a finite number")},
        {"numbers", "point value 1e308", sampleThen(pointValue(QStringLiteral("1e308"))), Code::None, QString(), Code(-1),
         [](const BriefingDatabase &database) {
             const QVector<Point> points = database.points(QStringLiteral("joint-training-increase"));
             return points.value(0).value == 1e308 ? QString() : QStringLiteral("1e308 was not read");
         }},
        {"numbers", "positions at the integer limits", sampleThen(QStringLiteral(
             "UPDATE scenario SET position = 9223372036854775807 WHERE rowid = 1; UPDATE scenario SET position = -9223372036854775808 WHERE rowid = 2;")),
         Code::None, QString()},
        {"numbers", "source year 1e308", sampleThen(QStringLiteral("UPDATE source SET year = 1e308;")), Code::None, QString()},
        {"dates", "year 0", sampleThen(QStringLiteral("UPDATE event SET start_date = '0000', precision = 'year', end_date = NULL "
                                                      "WHERE id = 'event-dayton-1995';")),
         Code::None, QStringLiteral("malformed start date “0000”")},
        {"dates", "year 99999", sampleThen(QStringLiteral("UPDATE event SET start_date = '99999', precision = 'year', end_date = NULL "
                                                          "WHERE id = 'event-dayton-1995';")),
         Code::None, QStringLiteral("malformed start date “99999”")},
        {"dates", "day 30 of February", sampleThen(QStringLiteral("UPDATE event SET start_date = '2024-02-30', precision = 'day', end_date = NULL "
                                                                  "WHERE id = 'event-dayton-1995';")),
         Code::None, QStringLiteral("malformed start date “2024-02-30”")},
        {"dates", "a date of 100,000 characters", sampleThen(QStringLiteral("UPDATE event SET start_date = printf('%.*c', 100000, '9') "
                                                                            "WHERE id = 'event-dayton-1995';")),
         Code::None, QStringLiteral("malformed start date")},
        {"dates", "a time series label of year 0", sampleThen(QStringLiteral(
             "UPDATE series SET kind = 'time' WHERE id = 'joint-training-increase'; "
             "UPDATE point SET label = '0000' WHERE series_id = 'joint-training-increase';")), Code::None, QString(), Code(-1), {},
         QStringLiteral("point “0000”: the label is not a period")},
        // Link storms and cycles.
        {"links", "20,000 links to one item", sampleThen(actors(20000) + links(20000, QStringLiteral("'chain-' || i"), QStringLiteral("'faq-senate'"))),
         Code::None, QString()},
        {"links", "a cycle of two and a self link", sampleThen(QStringLiteral(
             "INSERT INTO link VALUES ('event-dayton-1995', 'depends_on', 'faq-senate', ''), ('faq-senate', 'depends_on', 'event-dayton-1995', ''), "
             "('faq-senate', 'depends_on', 'faq-senate', '');")), Code::None, QString()},
        {"links", "10,000 dangling links", sampleThen(links(10000, QStringLiteral("'faq-senate'"), QStringLiteral("'ghost-' || i"))),
         Code::None, QStringLiteral("Dangling link")},
        {"links", "a cycle of 10,000 links", sampleThen(actors(10000) + links(10000, QStringLiteral("'chain-' || i"),
                                                                              QStringLiteral("'chain-' || (i % 10000 + 1)"))),
         Code::None, QString()},
    };
    return files;
}

} // namespace bv::test
