// SPDX-License-Identifier: MIT
#include "briefingwriter.h"

#include "briefingdatabase.h"
#include "sqliteconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace bv {

OpenError BriefingWriter::write(const QString &path, bool overwrite, const Fill &fill)
{
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && !overwrite) {
        return {OpenError::Code::WriteFailed,
                tr("“%1” already exists; it was left as it is. Choose another name, or pass "
                   "--force to replace it.").arg(name)};
    }
    if (info.isDir()) {
        return {OpenError::Code::WriteFailed, tr("“%1” is a folder; name a file to write.").arg(name)};
    }
    if (!info.absoluteDir().exists()) {
        return {OpenError::Code::WriteFailed,
                tr("The folder of “%1” does not exist; create it first.").arg(name)};
    }
    const QString temporary = info.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(temporary);
    QString problem;
    {
        SqliteConnection connection;
        if (!connection.open(temporary, SqliteConnection::Mode::CreateNew)) {
            problem = connection.errorText();
        } else if (!connection.execScript(QStringLiteral("PRAGMA journal_mode=DELETE; BEGIN;"))
                   || !connection.execScript(schemaSql())) {
            problem = connection.errorText();
        } else {
            problem = fill(connection);
            if (problem.isEmpty() && !connection.execScript(QStringLiteral("COMMIT;")))
                problem = connection.errorText();
        }
    }
    if (problem.isEmpty()) {
        QFile::remove(info.absoluteFilePath());
        if (!QFile::rename(temporary, info.absoluteFilePath()))
            problem = tr("could not rename the finished file into place");
    }
    if (!problem.isEmpty()) {
        QFile::remove(temporary);
        return {OpenError::Code::WriteFailed,
                tr("Could not write “%1”: %2. Check that the folder is writable and the disk "
                   "has room.").arg(name, problem)};
    }
    return {};
}

OpenError BriefingWriter::writeSample(const QString &path, bool overwrite)
{
    return write(path, overwrite, [](SqliteConnection &connection) {
        return connection.execScript(sampleSql()) ? QString() : connection.errorText();
    });
}

} // namespace bv
