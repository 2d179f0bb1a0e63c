// SPDX-License-Identifier: MIT
#include "testfiles.h"

#include "file/briefingwriter.h"
#include "file/sqliteconnection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace bv::test {

bool writeSample(const QString &path)
{
    const OpenError error = BriefingWriter::writeSample(path, true);
    if (error)
        qWarning("writeSample: %s", qPrintable(error.message));
    return !error;
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
