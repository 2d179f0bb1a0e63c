// SPDX-License-Identifier: MIT
#include "testfiles.h"

#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "file/sqliteconnection.h"
#include "generator/generator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>
#include <QProcess>
#include <QTemporaryDir>

namespace {

// Every test program gets a user data folder of its own, new and empty each run: the user's
// library (notes, reading positions) of one test never leaks into another, nor into the
// next run.
void isolateUserData()
{
    static QTemporaryDir folder;
    if (folder.isValid())
        qputenv("XDG_DATA_HOME", QFile::encodeName(folder.path()));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(isolateUserData)

namespace bv::test {

bool writeSample(const QString &path)
{
    const WriteResult result = BriefingWriter::writeSample(path, true);
    if (!result.ok())
        qWarning("writeSample: %s", qPrintable(result.message));
    return result.ok();
}

QString testDataPath(const QString &name)
{
    return QStringLiteral(BV_TEST_DATA_DIR "/") + name;
}

bool writeFormat1Sample(const QString &path, const QString &extraSql)
{
    QFile schema(testDataPath(QStringLiteral("schema-v1.sql")));
    if (!schema.open(QIODevice::ReadOnly)) {
        qWarning("writeFormat1Sample: no %s", qPrintable(schema.fileName()));
        return false;
    }
    QFile::remove(path);
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Mode::CreateNew)
        || !connection.execScript(QString::fromUtf8(schema.readAll())) || !connection.execScript(sampleSql())
        || (!extraSql.isEmpty() && !connection.execScript(extraSql))) {
        qWarning("writeFormat1Sample: %s", qPrintable(connection.errorText()));
        return false;
    }
    return true;
}

bool writeGenerated(const QString &path, int events)
{
    GeneratorOptions options;
    options.events = events;
    options.series = 1;
    options.points = 100;
    options.faq = 100;
    options.languages = 2;
    Generator generator(options);
    const WriteResult result =
        BriefingWriter::write(path, true, [&generator](SqliteConnection &c) { return generator.fill(c); });
    if (!result.ok())
        qWarning("writeGenerated: %s", qPrintable(result.message));
    return result.ok();
}

ProgramRun runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool execSql(const QString &path, const QString &sql)
{
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Mode::ReadWrite) || !connection.execScript(sql)) {
        qWarning("execSql on %s: %s", qPrintable(path), qPrintable(connection.errorText()));
        return false;
    }
    return true;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

namespace {

// Plain SQLite, not the viewer's connection: the page numbers as the file states them.
qint64 integerOf(const QString &path, const QString &sql, const QString &name = QString())
{
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Mode::ReadWrite))
        return -1;
    QSqlQuery query(connection.database());
    query.prepare(sql);
    if (!name.isNull())
        query.addBindValue(name);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

bool damageRootPage(const QString &path, const QString &name)
{
    const qint64 pageSize = integerOf(path, QStringLiteral("PRAGMA page_size"));
    const qint64 page = integerOf(path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = ?"), name);
    if (pageSize <= 0 || page <= 1) {
        qWarning("damageRootPage: %s has no root page of its own in %s", qPrintable(name), qPrintable(path));
        return false;
    }
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek((page - 1) * pageSize)
           && file.write(QByteArray(64, '\xA5')) == 64;
}

QStringList objectsWithPages(const QString &path, const QString &tableGlob)
{
    QStringList names;
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Mode::ReadWrite))
        return names;
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE rootpage > 1 AND tbl_name GLOB ? ORDER BY name"));
    query.addBindValue(tableGlob);
    if (query.exec()) {
        while (query.next())
            names << query.value(0).toString();
    }
    return names;
}

Fingerprint fingerprint(const QString &path)
{
    Fingerprint result;
    const QFileInfo info(path);
    if (info.isFile()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            result.hash = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        result.modified = info.lastModified();
    }
    result.siblings = info.absoluteDir().entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    return result;
}

} // namespace bv::test
