// SPDX-License-Identifier: MIT
#include "file/briefingwriter.h"

#include "file/briefingdatabase.h"
#include "file/filereplacement.h"
#include "search/searchindexbuilder.h"
#include "file/sqliteconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace bv {

WriteResult BriefingWriter::write(const QString &path, bool overwrite, const Fill &fill)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && !overwrite) {
        return WriteResult::failure(WriteResult::Code::Exists,
                tr("“%1” already exists; it was left as it is. Choose another name, or pass "
                   "--force to replace it.").arg(name));
    }
    if (info.isDir()) {
        return WriteResult::failure(WriteResult::Code::IsFolder, tr("“%1” is a folder; name a file to write.").arg(name));
    }
    if (!info.absoluteDir().exists()) {
        return WriteResult::failure(WriteResult::Code::NoFolder,
                                    tr("The folder of “%1” does not exist; create it first.").arg(name));
    }
    // Written beside the target under a name of its own, then renamed over it: the old file
    // stays as it was until the new one is complete and on the disk.
    FileReplacement replacement(info.absoluteFilePath());
    const bool replacing = info.exists();
    QString problem;
    if (!replacement.create()) {
        problem = replacement.error();
    } else {
        SqliteConnection connection;
        if (!connection.open(replacement.temporaryPath(), SqliteConnection::Mode::CreateNew)) {
            problem = connection.errorText();
        } else if (!connection.execScript(QStringLiteral("PRAGMA journal_mode=DELETE; BEGIN;"))
                   || !connection.execScript(schemaSql())) {
            problem = connection.errorText();
        } else {
            problem = fill(connection);
            if (problem.isEmpty())
                problem = SearchIndexBuilder::buildFrom(connection);
            if (problem.isEmpty() && !connection.execScript(QStringLiteral("COMMIT;")))
                problem = connection.errorText();
        }
    }
    if (problem.isEmpty() && !replacement.commit())
        problem = replacement.error();
    if (!problem.isEmpty()) {
        replacement.discard();
        return WriteResult::failure(WriteResult::Code::Failed,
                                    replacing ? tr("Could not write “%1”: %2. The existing file was left as it was. "
                                                   "Check that the folder is writable and the disk has room.").arg(name, problem)
                                              : tr("Could not write “%1”: %2. Check that the folder is writable and the disk "
                                                   "has room.").arg(name, problem));
    }
    return WriteResult::written();
}

WriteResult BriefingWriter::writeSample(const QString &path, bool overwrite)
{
    return write(path, overwrite, [](SqliteConnection &connection) {
        return connection.execScript(sampleSql()) ? QString() : connection.errorText();
    });
}

WriteResult BriefingWriter::writeSearchIndex(const QString &path)
{
    OpenError error;
    if (!BriefingDatabase::open(path, &error))
        return WriteResult::failure(WriteResult::Code::InputRefused, error.message);
    const QString name = QDir::toNativeSeparators(path);
    QString problem;
    {
        SqliteConnection connection;
        if (!connection.open(path, SqliteConnection::Mode::ReadWriteUntrusted)) {
            problem = connection.errorText();
        } else {
            sqlite3 *db = connection.handle();
            if (!connection.execScript(QStringLiteral("BEGIN IMMEDIATE;"))) {
                problem = connection.errorText();
            } else {
                problem = SearchIndexBuilder::drop(db);
                if (problem.isEmpty())
                    problem = SearchIndexBuilder::buildFrom(connection);
                if (problem.isEmpty() && !connection.execScript(QStringLiteral("COMMIT;")))
                    problem = connection.errorText();
                if (!problem.isEmpty())
                    connection.execScript(QStringLiteral("ROLLBACK;"));
            }
        }
    }
    if (!problem.isEmpty()) {
        return WriteResult::failure(WriteResult::Code::Failed,
                                    tr("Could not write the search index into “%1”: %2. The file was left as it "
                                       "was. Check that it is writable and that no other program is using it.")
                                        .arg(name, problem));
    }
    return WriteResult::written();
}

} // namespace bv
