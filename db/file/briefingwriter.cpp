// SPDX-License-Identifier: MIT
#include "file/briefingwriter.h"

#include "content/pathjson.h"
#include "file/briefingdatabase.h"
#include "file/requiredschema.h"
#include "file/filereplacement.h"
#include "search/searchindexbuilder.h"
#include "file/sqliteconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

WriteResult BriefingWriter::writePath(const QString &path, const BriefingPath &briefingPath)
{
    const QString name = QDir::toNativeSeparators(path);
    QStringList existing;
    {
        OpenError error;
        const auto database = BriefingDatabase::open(path, &error);
        if (!database)
            return WriteResult::failure(WriteResult::Code::InputRefused, error.message);
        const Briefing &b = database->briefing();
        if (b.formatVersion < 2) {
            return WriteResult::failure(WriteResult::Code::Invalid,
                                        tr("“%1” is of format %2, which has no paths; nothing was written. Write a copy "
                                           "in format 2 with “briefing-tool upgrade %1 OUT”, then add the path to it.")
                                            .arg(name, QString::number(b.formatVersion)));
        }
        QStringList problems;
        if (!PathJson::isValidId(briefingPath.id))
            problems << tr("its id must be letters, digits, '-', '_' and '.' only, and not empty");
        else if (briefingPath.id == QLatin1String("default"))
            problems << tr("its id “default” names the default path made from the content; choose another");
        if (briefingPath.title.trimmed().isEmpty())
            problems << tr("it has no title");
        if (briefingPath.stops.isEmpty())
            problems << tr("it has no stops");
        problems << briefingPath.limitProblems() << briefingPath.check(b);
        if (!problems.isEmpty()) {
            return WriteResult::failure(WriteResult::Code::Invalid,
                                        tr("Nothing was written to “%1”: the path “%2” does not fit it:\n  %3")
                                            .arg(name, briefingPath.id.left(BriefingPath::maxIdLength),
                                                 problems.join(QStringLiteral("\n  "))));
        }
        for (const BriefingPath &own : b.paths)
            existing << own.id;
        if (!existing.contains(briefingPath.id) && existing.size() >= BriefingPath::maxPaths) {
            return WriteResult::failure(WriteResult::Code::Invalid,
                                        tr("Nothing was written to “%1”: it has %2 paths already, as many as a briefing "
                                           "can have.").arg(name, QString::number(existing.size())));
        }
    }
    QString problem;
    {
        SqliteConnection connection;
        if (!connection.open(path, SqliteConnection::Mode::ReadWriteUntrusted)) {
            problem = connection.errorText();
        } else if (!connection.execScript(QStringLiteral("BEGIN IMMEDIATE;"))) {
            problem = connection.errorText();
        } else {
            QSqlQuery q(connection.database());
            auto run = [&](const QString &sql, const QVariantList &values) {
                if (!problem.isEmpty())
                    return false;
                q.prepare(sql);
                for (const QVariant &value : values)
                    q.addBindValue(value);
                if (!q.exec())
                    problem = q.lastError().text();
                return problem.isEmpty();
            };
            // Empty text is '', never NULL (a null QString binds NULL).
            auto text = [](const QString &value) { return QVariant(value.isNull() ? QStringLiteral("") : value); };
            const RequiredSchema &schema = RequiredSchema::instance();
            for (const QString &table : schema.optionalTables(2)) {
                if (run(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"), {table}) && !q.next())
                    run(schema.createStatement(table), {});
            }
            // Its place: that of the path it replaces, or after the others.
            qint64 position = 1;
            if (run(QStringLiteral("SELECT coalesce((SELECT position FROM path WHERE id = ?), "
                                   "(SELECT coalesce(max(position), 0) + 1 FROM path))"),
                    {briefingPath.id})
                && q.next())
                position = q.value(0).toLongLong();
            run(QStringLiteral("DELETE FROM path_stop WHERE path_id = ?"), {briefingPath.id});
            run(QStringLiteral("DELETE FROM path WHERE id = ?"), {briefingPath.id});
            run(QStringLiteral("INSERT INTO path (id, position, title) VALUES (?, ?, ?)"),
                {briefingPath.id, position, text(briefingPath.title)});
            for (int i = 0; i < briefingPath.stops.size(); ++i) {
                const PathStop &stop = briefingPath.stops.at(i);
                run(QStringLiteral("INSERT INTO path_stop (path_id, position, kind, title, notes, budget_seconds, item_id, "
                                   "item_ids, lanes_by_actor, from_date, to_date, highlight_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {briefingPath.id, i + 1, QString(PathStop::kindKey(stop.kind)), text(stop.title), text(stop.notes),
                     stop.budgetSeconds ? QVariant(*stop.budgetSeconds) : QVariant(), text(stop.itemId),
                     PathJson::idListText(stop.itemIds), stop.lanesByActor ? 1 : 0, text(stop.from), text(stop.to),
                     text(stop.highlightId)});
            }
            q.finish();
            if (problem.isEmpty() && !connection.execScript(QStringLiteral("COMMIT;")))
                problem = connection.errorText();
            if (!problem.isEmpty())
                connection.execScript(QStringLiteral("ROLLBACK;"));
        }
    }
    if (!problem.isEmpty()) {
        return WriteResult::failure(WriteResult::Code::Failed,
                                    tr("Could not write the path into “%1”: %2. The file was left as it was. Check that "
                                       "it is writable and that no other program is using it.").arg(name, problem));
    }
    return WriteResult::written();
}

} // namespace bv
