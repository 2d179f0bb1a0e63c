// SPDX-License-Identifier: MIT
// Makes real briefing files for tests, and tells whether a file was touched.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace bv::test {

// Writes the sample briefing to `path` with briefing-tool's writer; fails the test on error.
bool writeSample(const QString &path);
// Writes the sample briefing in format 1, as a Briefing Viewer of that format made it: the
// format-1 schema kept in tests/data/schema-v1.sql, then the sample's SQL and `extraSql`.
bool writeFormat1Sample(const QString &path, const QString &extraSql = QString());
// A file of tests/data (copied from ../shared/data where the test data says so).
QString testDataPath(const QString &name);
// Writes a generated briefing of `events` events (and two content languages) to `path`:
// large enough that reading it takes a while.
bool writeGenerated(const QString &path, int events);
// A program run to its end (two minutes at most): its exit code (-1 when it did not finish,
// -2 when it crashed) and what it printed.
struct ProgramRun
{
    int exitCode = -1;
    QString out, err;
};
ProgramRun runProgram(const QString &program, const QStringList &arguments);
// Runs SQL on an existing file through a plain read-write connection (not the viewer's).
bool execSql(const QString &path, const QString &sql);
// Writes `bytes` to `path`.
bool writeBytes(const QString &path, const QByteArray &bytes);
// Overwrites the start of the root page of the table or index `name` with bytes no b-tree
// page begins with, as a disk error would; the rest of the file stays as it was.
bool damageRootPage(const QString &path, const QString &name);
// The names of the tables and indexes of `path` that hold pages, with `tableGlob` their
// table's name.
QStringList objectsWithPages(const QString &path, const QString &tableGlob = QStringLiteral("*"));

// A file's bytes, modification time and the names beside it (no -journal, -wal or -shm
// may appear): equal before and after means the file was not touched.
struct Fingerprint
{
    QByteArray hash;
    QDateTime modified;
    QStringList siblings;
    bool operator==(const Fingerprint &other) const
    {
        return hash == other.hash && modified == other.modified && siblings == other.siblings;
    }
};
Fingerprint fingerprint(const QString &path);

} // namespace bv::test
