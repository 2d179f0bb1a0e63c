// SPDX-License-Identifier: MIT
// RowSortKeys puts rows in the order SQLite's ORDER BY gives: checked against SQLite itself
// on tables of every kind of value, texts that share long beginnings, texts with zero bytes.
#include "file/rowsortkeys.h"
#include "file/sqlitestatement.h"

#include <QRandomGenerator>
#include <QTest>

#include <sqlite3.h>

#include <vector>

using namespace bv;

class TstRowSortKeys : public QObject
{
    Q_OBJECT

private:
    struct Database
    {
        sqlite3 *handle = nullptr;
        Database() { sqlite3_open(":memory:", &handle); }
        ~Database() { sqlite3_close(handle); }
        bool exec(const char *sql) { return sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
    };

    // The rows of t(a, b) read in rowid order, put in order by RowSortKeys, as rowids.
    static std::vector<qint64> sortedByKeys(Database &db)
    {
        SqliteStatement read(db.handle, "SELECT a, b, rowid FROM t ORDER BY rowid");
        RowSortKeys keys;
        std::vector<qint64> rowids;
        while (read.step() == SQLITE_ROW) {
            keys.append(read, 0, 1);
            rowids.push_back(read.int64At(2));
        }
        const std::vector<int> order = keys.order();
        if (order.empty())
            return rowids; // in order already
        std::vector<qint64> sorted;
        for (int row : order)
            sorted.push_back(rowids.at(size_t(row)));
        return sorted;
    }

    // SQLite's own order; rows equal in (a, b) in the order they were read (RowSortKeys'
    // promise).
    static std::vector<qint64> sortedBySqlite(Database &db)
    {
        SqliteStatement read(db.handle, "SELECT rowid FROM t ORDER BY a, b, rowid");
        std::vector<qint64> rowids;
        while (read.step() == SQLITE_ROW)
            rowids.push_back(read.int64At(0));
        return rowids;
    }

private slots:
    void rowsInOrderGiveAnEmptyOrder()
    {
        Database db;
        QVERIFY(db.exec("CREATE TABLE t (a, b); INSERT INTO t VALUES ('2020-01-01', 'a'), ('2020-01-01', 'b'), "
                        "('2021-05-03', 'a')"));
        SqliteStatement read(db.handle, "SELECT a, b FROM t ORDER BY rowid");
        RowSortKeys keys;
        while (read.step() == SQLITE_ROW)
            keys.append(read, 0, 1);
        QCOMPARE(keys.size(), 3);
        QVERIFY(keys.order().empty());
    }

    void datesAndIdsAsSqliteOrdersThem()
    {
        // As an event table holds them: dates of several precisions, many on the same day,
        // ids sharing their first 16 bytes and more.
        Database db;
        QVERIFY(db.exec("CREATE TABLE t (a, b)"));
        SqliteStatement insert(db.handle, "INSERT INTO t VALUES (?, ?)");
        QRandomGenerator random(20261203);
        for (int i = 0; i < 5000; ++i) {
            const int year = 1990 + int(random.bounded(40));
            const int month = 1 + int(random.bounded(12));
            const int day = 1 + int(random.bounded(3));
            QString date = QString::asprintf("%04d-%02d-%02d", year, month, day);
            if (i % 7 == 0)
                date = date.left(4); // a year
            else if (i % 5 == 0)
                date = date.left(7); // a month
            const QString id = QStringLiteral("event-with-a-long-common-prefix-%1").arg(random.bounded(900));
            insert.bind(date).bind(id);
            QVERIFY(insert.run());
        }
        QCOMPARE(sortedByKeys(db), sortedBySqlite(db));
    }

    void everyKindOfValue()
    {
        // NULL before numbers (integers and reals by value, negative, zero, -0.0) before text
        // before blobs; texts that differ only past byte 16, that are the start of another,
        // that hold zero bytes or bytes above 0x7f.
        Database db;
        QVERIFY(db.exec("CREATE TABLE t (a, b)"));
        const char *values[] = {"NULL", "0", "-0.0", "1", "1.0", "-1", "-2.5", "1e300", "-1e300", "2.000001", "9007199254740993",
                                "''", "'a'", "'ab'", "'abcdefghijklmnop'", "'abcdefghijklmnopq'", "'abcdefghijklmnopr'",
                                "'abcdefghijklmno'", "CAST(x'6162' AS TEXT)", "CAST(x'616200' AS TEXT)",
                                "CAST(x'61620001' AS TEXT)", "'é'", "'z'", "'Z'", "x''", "x'00'", "x'0001'", "x'ff'",
                                "x'61626364656667686969696969696969696969'", "x'616263646566676869696969696969696969'"};
        const int count = int(sizeof values / sizeof *values);
        QRandomGenerator random(42);
        QByteArray sql = "INSERT INTO t VALUES ";
        for (int i = 0; i < 3000; ++i) {
            if (i > 0)
                sql += ',';
            sql += '(';
            sql += values[random.bounded(count)];
            sql += ',';
            sql += values[random.bounded(count)];
            sql += ')';
        }
        QVERIFY(db.exec(sql.constData()));
        const std::vector<qint64> expected = sortedBySqlite(db);
        QCOMPARE(int(expected.size()), 3000);
        QCOMPARE(sortedByKeys(db), expected);
    }
};

QTEST_APPLESS_MAIN(TstRowSortKeys)
#include "tst_rowsortkeys.moc"
