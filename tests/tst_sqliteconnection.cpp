// SPDX-License-Identifier: MIT
// Work in a worker thread is abandoned at its next step once the thread is asked to stop
// (the window closes, or a later open supersedes): every statement on a connection of that
// thread stops with SQLITE_INTERRUPT, and a read of a briefing says it was cancelled. Another
// thread can also interrupt a thread's connections at once.
#include "file/briefingdatabase.h"
#include "file/sqliteconnection.h"
#include "testfiles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace bv;

namespace {

// Runs `work` in a QThread that has been asked to stop, as BriefingOpener::cancel() asks.
template<typename F>
bool inThreadAskedToStop(F &&work)
{
    std::unique_ptr<QThread> thread(QThread::create([&work] {
        QThread::currentThread()->requestInterruption();
        work();
    }));
    thread->start();
    return thread->wait(120000);
}

// Counts to a billion: minutes of work unless it is stopped.
const QString longCount = QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 1000000000) "
                                         "SELECT count(*) FROM n");

} // namespace

class tst_SqliteConnection : public QObject
{
    Q_OBJECT
private slots:
    void statementsStopWhenTheirThreadIsAskedTo();
    void statementsOfTheMainThreadRun();
    void aThreadsConnectionsAreInterruptedFromAnother();
    void readInAThreadAskedToStopIsCancelled();

private:
    QTemporaryDir m_dir;
};

void tst_SqliteConnection::statementsStopWhenTheirThreadIsAskedTo()
{
    bool failed = false;
    int code = 0;
    bool rawStopped = false;
    QVERIFY(inThreadAskedToStop([&] {
        SqliteConnection connection;
        if (!connection.open(QString(), SqliteConnection::Mode::Memory))
            return;
        QSqlQuery query(connection.database());
        failed = !query.exec(longCount);
        code = query.lastError().nativeErrorCode().toInt();
        // The same on a plain handle that asks for it (the search index built in memory).
        sqlite3 *db = nullptr;
        sqlite3_open(":memory:", &db);
        stopOnThreadInterruption(db);
        rawStopped = sqlite3_exec(db, longCount.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_INTERRUPT;
        sqlite3_close(db);
    }));
    QVERIFY(failed);
    QCOMPARE(code, SQLITE_INTERRUPT);
    QVERIFY(rawStopped);
}

void tst_SqliteConnection::statementsOfTheMainThreadRun()
{
    SqliteConnection connection;
    QVERIFY(connection.open(QString(), SqliteConnection::Mode::Memory));
    QSqlQuery query(connection.database());
    QVERIFY(query.exec(QStringLiteral("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 100000) "
                                      "SELECT count(*) FROM n")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 100000);
}

void tst_SqliteConnection::aThreadsConnectionsAreInterruptedFromAnother()
{
    // What the progress handler cannot stop midway (one long step, such as quick_check),
    // sqlite3_interrupt does: the opener calls this for its workers' connections.
    int code = 0;
    std::unique_ptr<QThread> thread(QThread::create([&code] {
        SqliteConnection connection;
        if (!connection.open(QString(), SqliteConnection::Mode::Memory))
            return;
        QSqlQuery query(connection.database());
        query.exec(longCount);
        code = query.lastError().nativeErrorCode().toInt();
    }));
    thread->start();
    while (!thread->wait(10))
        interruptConnectionsOf(thread.get()); // until the statement has begun and stopped
    QCOMPARE(code, SQLITE_INTERRUPT);
}

void tst_SqliteConnection::readInAThreadAskedToStopIsCancelled()
{
    const QString path = m_dir.filePath(QStringLiteral("stopped.briefing"));
    QVERIFY(test::writeSample(path));
    for (const QString &source : {path, QString()}) { // a file, and the built-in sample
        OpenError error;
        std::optional<Briefing> briefing;
        QVERIFY(inThreadAskedToStop([&] { briefing = BriefingDatabase::read(source, &error, false); }));
        QVERIFY(!briefing);
        QCOMPARE(error.code, OpenError::Code::Cancelled);
        QVERIFY2(error.message.contains(source.isEmpty() ? QStringLiteral("sample briefing") : QStringLiteral("stopped.briefing")),
                 qPrintable(error.message));
        // In a thread not asked to stop, the same read succeeds.
        briefing = BriefingDatabase::read(source, &error, false);
        QVERIFY2(briefing, qPrintable(error.message));
    }
}

QTEST_GUILESS_MAIN(tst_SqliteConnection)
#include "tst_sqliteconnection.moc"
