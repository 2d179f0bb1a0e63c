// SPDX-License-Identifier: MIT
#include "file/briefingreader.h"

#include "file/briefingdatabase.h"
#include "file/readertexts.h"
#include "file/requiredschema.h"
#include "file/rowsortkeys.h"
#include "file/sqliteconnection.h"
#include "file/sqlitestatement.h"
#include "file/tablecheck.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

#include <sqlite3.h>

namespace bv {

namespace {

// A list of ids separated by spaces, each once: an id named twice (or a million times, as
// a hostile file may) is one actor, one edge of the link graph.
QStringList splitIds(const QString &text)
{
    QStringList ids = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    ids.removeDuplicates();
    return ids;
}

std::optional<QString> optionalText(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

} // namespace

BriefingReader::BriefingReader(SqliteConnection &connection, const QString &name)
    : m_connection(connection)
    , m_name(name)
{
}

OpenError BriefingReader::sqliteError(int code, const QString &sqliteText, const QString &name)
{
    OpenError error = sqliteMessage(code, sqliteText, name);
    error.detail = sqliteText.left(2000); // SQLite's words (and what of the file they quote): a detail
    return error;
}

OpenError BriefingReader::sqliteMessage(int code, const QString &sqliteText, const QString &name)
{
    // The reader's own safety limits (SqliteConnection::Mode::ReadOnlyUntrusted) refuse files
    // that may well be sound: they are told so, and which limit, not that they are damaged.
    static const QRegularExpression unsafeFunction(QStringLiteral("unsafe use of ([A-Za-z0-9_]{1,64})\\(\\)"));
    const QRegularExpressionMatch unsafe = unsafeFunction.match(sqliteText);
    if (unsafe.hasMatch()) {
        return {OpenError::Code::Refused,
                tr("“%1” is refused for safety: its schema calls the function %2(), which Briefing Viewer lets no "
                   "file it did not make call. The file may be sound, but a briefing needs no such function; ask "
                   "whoever made it for a copy written by briefing-tool.").arg(name, unsafe.captured(1)), {}};
    }
    const bool tooBig = (code & 0xff) == SQLITE_TOOBIG || sqliteText.contains(QLatin1String("string or blob too big"));
    if (tooBig && sqliteText.contains(QLatin1String("malformed database schema"))) {
        return {OpenError::Code::Refused,
                tr("“%1” is refused for safety: a statement of its schema is longer than %2 characters, the most "
                   "Briefing Viewer reads from a file it did not make. The file may be sound, but a briefing needs no "
                   "such statement; ask whoever made it for a copy written by briefing-tool.")
                    .arg(name, QLocale().toString(SqliteConnection::maximumSqlLength)), {}};
    }
    if (tooBig) {
        return {OpenError::Code::Refused,
                tr("“%1” is refused for safety: it holds a text or value larger than %2 MB, the most Briefing "
                   "Viewer reads from one field of a file. The file may be sound; shorten that text (or split it) "
                   "and write the briefing again.").arg(name).arg(SqliteConnection::maximumValueBytes / (1024 * 1024)), {}};
    }
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {OpenError::Code::Locked,
                tr("“%1” is locked by another program that is writing to it. Wait until it "
                   "has finished (or close it), then open the file again.").arg(name), {}};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {OpenError::Code::Corrupt,
                tr("“%1” is damaged: SQLite found its pages or its schema inconsistent. Get a fresh copy of the "
                   "briefing.").arg(name), {}};
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        return {OpenError::Code::ReadFailed,
                tr("“%1” cannot be read safely. If a “-journal” file lies beside it, a program was interrupted "
                   "while writing it; open the briefing once in that program, or get a fresh copy.").arg(name), {}};
    default:
        break;
    }
    return {OpenError::Code::ReadFailed,
            tr("“%1” could not be read (SQLite error %2). Check that the file is a complete briefing.")
                .arg(name).arg(code), {}};
}

OpenError BriefingReader::queryError(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    return sqliteError(error.nativeErrorCode().toInt(), error.databaseText(), m_name);
}

OpenError BriefingReader::checked(const TableCheck &check) const
{
    if (check.code != 0)
        return sqliteError(check.code, check.verdict, m_name);
    if (!check.isSound()) {
        return {OpenError::Code::Corrupt,
                tr("“%1” is damaged: SQLite's check of its pages found errors. Get a fresh copy of the "
                   "briefing.").arg(m_name), check.verdict.left(2000)};
    }
    return {};
}

OpenError BriefingReader::checkFormat(CheckScope scope)
{
    // The schema first, so that damage is not taken for a missing table.
    sqlite3 *db = m_connection.handle();
    const QStringList schema{QStringLiteral("sqlite_schema")};
    if (const OpenError error = checked(scope == CheckScope::WholeFile ? TableCheck::wholeFile(db)
                                                                       : TableCheck::run(db, schema)))
        return error;

    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return queryError(query);
    const int applicationId = query.value(0).toInt();
    query.finish();
    if (applicationId != BriefingDatabase::applicationId) {
        return {OpenError::Code::NotABriefing,
                tr("“%1” is a SQLite database, but not a briefing: it was made by another "
                   "program (application id %2). Open a .briefing file.")
                    .arg(m_name, QString::number(applicationId))};
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return queryError(query);
    const int version = query.value(0).toInt();
    query.finish();
    m_version = version;
    if (version > BriefingDatabase::formatVersion) {
        return {OpenError::Code::NewerVersion,
                tr("“%1” was made by a newer version of Briefing Viewer (format %2); this "
                   "version reads format %3. Install a newer Briefing Viewer to open it.")
                    .arg(m_name, QString::number(version), QString::number(BriefingDatabase::formatVersion))};
    }
    if (version < 1) {
        return {OpenError::Code::BadVersion,
                tr("“%1” has no valid format version (it says %2; a briefing says 1 or %3). The "
                   "program that made it did not finish it; make it again.")
                    .arg(m_name, QString::number(version), QString::number(BriefingDatabase::formatVersion))};
    }

    // Only ordinary tables count: a view of the same name is no table, and a virtual table
    // (its rows made by a module's code, listed as a table) is refused.
    QStringList realTables, virtualTables;
    if (!query.exec(QStringLiteral("SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_schema WHERE type = 'table'")))
        return queryError(query);
    while (query.next())
        (query.value(1).toBool() ? virtualTables : realTables) << query.value(0).toString();
    query.finish();
    const RequiredSchema &required = RequiredSchema::instance();
    // The optional tables are all there or none: any object of one of their names counts.
    QStringList names;
    if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')")))
        return queryError(query);
    while (query.next())
        names << query.value(0).toString();
    QStringList expected = required.tables(m_version);
    const QStringList optional = required.optionalTables(m_version);
    bool anyOptional = false;
    for (const QString &table : optional)
        anyOptional = anyOptional || names.contains(table);
    if (anyOptional) {
        for (const QString &table : optional) {
            if (!realTables.contains(table)) {
                return {OpenError::Code::MissingTable,
                        tr("“%1” is incomplete: it has paths, but no “%2” table (a briefing has all of %3 or none). "
                           "The program that made it is faulty; make it again.")
                            .arg(m_name, table, optional.join(QStringLiteral(", ")))};
            }
        }
        expected += optional;
    }
    for (const QString &table : std::as_const(expected)) {
        if (virtualTables.contains(table)) {
            return {OpenError::Code::Refused,
                    tr("“%1” is refused for safety: its “%2” is a virtual table (made by a module's code), where a "
                       "briefing has an ordinary table. A briefing written by briefing-tool never has one; ask "
                       "whoever made it for such a copy.").arg(m_name, table), {}};
        }
        if (!realTables.contains(table)) {
            return missingTable(table);
        }
        QSqlQuery columns(m_connection.database());
        columns.setForwardOnly(true);
        columns.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        columns.addBindValue(table);
        if (!columns.exec())
            return queryError(columns);
        QStringList present;
        while (columns.next())
            present << columns.value(0).toString();
        if (present.isEmpty()) {
            return missingTable(table);
        }
        for (const QString &column : required.columns(table, m_version)) {
            if (!present.contains(column)) {
                return {OpenError::Code::MissingColumn,
                        tr("“%1” is incomplete: its “%2” table has no “%3” column, which "
                           "format %4 requires. The program that made it is faulty; make it again.")
                            .arg(m_name, table, column, QString::number(m_version))};
            }
        }
    }
    return {};
}

OpenError BriefingReader::missingTable(const QString &table) const
{
    return {OpenError::Code::MissingTable,
            tr("“%1” is incomplete: it has no “%2” table, which every briefing of format %3 "
               "has. The program that made it is faulty; make it again.")
                .arg(m_name, table, QString::number(m_version))};
}

QStringList BriefingReader::presentOptionalTables(int version) const
{
    QStringList present;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    for (const QString &table : RequiredSchema::instance().optionalTables(version)) {
        query.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
        query.addBindValue(table);
        if (query.exec() && query.next())
            present << table;
        query.finish();
    }
    return present;
}

OpenError BriefingReader::checkContent(int version)
{
    return checkTables(contentTables(version));
}

QStringList BriefingReader::contentTables(int version) const
{
    return RequiredSchema::instance().tables(version) + presentOptionalTables(version);
}

OpenError BriefingReader::checkTables(const QStringList &tables)
{
    return checked(TableCheck::run(m_connection.handle(), tables));
}

OpenError BriefingReader::read(Briefing *b, bool fullText, const PointsPass &points)
{
    b->fullText = fullText;
    const QSqlDatabase db = m_connection.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (m_version == 0) { // not checked: a file this program has just built
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return queryError(q);
        m_version = q.value(0).toInt();
        q.finish();
    }
    b->formatVersion = m_version;

    if (!q.exec(QStringLiteral("SELECT id, title, subtitle, publisher, edition, published, "
                               "source_language, summary FROM briefing LIMIT 2")))
        return queryError(q);
    if (!q.next()) {
        if (q.lastError().isValid())
            return queryError(q);
        return {OpenError::Code::NoMetadata,
                tr("“%1” has no title row in its “briefing” table, so it is not a finished "
                   "briefing. Make it again with the program that produced it.").arg(m_name)};
    }
    b->metadata = Metadata{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                           q.value(6).toString(), q.value(7).toString()};
    if (q.next())
        b->warnings << tr("The “briefing” table has more than one row; the first is used.");
    q.finish();

    if (!q.exec(QStringLiteral("SELECT id, name, kind, description FROM actor ORDER BY name, id")))
        return queryError(q);
    while (q.next())
        b->actors.append(Actor{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString()});

    if (!q.exec(QStringLiteral("SELECT id, title, guarantors, beneficiary, kind, legal_form, "
                               "ratification, status, description FROM guarantee ORDER BY title, id")))
        return queryError(q);
    while (q.next()) {
        b->guarantees.append(Guarantee{q.value(0).toString(), q.value(1).toString(),
                                       splitIds(q.value(2).toString()), splitIds(q.value(3).toString()),
                                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                       q.value(7).toString(), q.value(8).toString()});
    }

    if (!q.exec(QStringLiteral("SELECT id, position, title, summary, preconditions, consequences, "
                               "likelihood, likelihood_scale FROM scenario ORDER BY position, id")))
        return queryError(q);
    while (q.next()) {
        b->scenarios.append(Scenario{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                     optionalText(q.value(6)), optionalText(q.value(7))});
    }

    if (const OpenError error = readEvents(b, fullText))
        return error;

    if (!q.exec(QStringLiteral("SELECT id, title, publisher, year, locator FROM source ORDER BY title, id")))
        return queryError(q);
    while (q.next()) {
        Source source{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), std::nullopt,
                      q.value(4).toString()};
        if (!q.value(3).isNull())
            source.year = q.value(3).toInt();
        b->sources.append(source);
    }

    if (const OpenError error = readSeries(b))
        return error;

    if (!q.exec(fullText ? QStringLiteral("SELECT id, position, question, answer FROM faq ORDER BY position, id")
                         : QStringLiteral("SELECT id, position, question, '' FROM faq ORDER BY position, id")))
        return queryError(q);
    b->faq.reserve(rowCount(QStringLiteral("faq")));
    while (q.next())
        b->faq.append(FaqEntry{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                               q.value(3).toString()});

    if (m_version >= 2) {
        if (const OpenError error = readCharts(b))
            return error;
    }

    if (!q.exec(QStringLiteral("SELECT from_id, kind, to_id, note FROM link ORDER BY from_id, kind, to_id")))
        return queryError(q);
    b->links.reserve(rowCount(QStringLiteral("link")));
    QSet<QString> linkKinds; // a handful, each kept once
    while (q.next()) {
        auto kind = linkKinds.insert(q.value(1).toString());
        b->links.append(Link{q.value(0).toString(), *kind, q.value(2).toString(), q.value(3).toString()});
    }

    if (!q.exec(QStringLiteral("SELECT count(*) FROM translation")) || !q.next())
        return queryError(q);
    b->translationCount = q.value(0).toInt();
    q.finish();

    const PointSummary summary = points ? points() : scanPoints();
    if (summary.error)
        return summary.error;
    applyPoints(b, summary);
    b->index();
    if (m_version >= 2 && presentOptionalTables(m_version).contains(QStringLiteral("path")))
        return readPaths(b); // after index(): each path is checked against the items
    return {};
}

OpenError BriefingReader::readEvents(Briefing *b, bool fullText)
{
    // The largest read at open: straight through SQLite's API, text as the UTF-8 it is stored
    // in (Qt's driver has SQLite convert every value to UTF-16 and wraps it in a QVariant).
    // Read in the table's own order and put in order by (start_date, id) here, as SQLite's
    // ORDER BY would: its sort copied every row once more and took half of the read.
    SqliteStatement q(m_connection.handle(),
                      fullText ? "SELECT id, start_date, end_date, precision, title, description, "
                                 "category, actors FROM event"
                               : "SELECT id, start_date, end_date, precision, title, '', "
                                 "category, actors FROM event");
    if (!q.isValid())
        return sqliteError(q.errorCode(), q.errorText(), m_name);
    const int count = rowCount(QStringLiteral("event"));
    b->events.reserve(count);
    RowSortKeys keys(count);
    QVector<QPair<int, QString>> warnings; // by row read, given in the rows' final order
    const auto warn = [&](const QString &text) { warnings.append({b->events.size(), text}); };
    // Actor lists and categories repeat: each distinct text is made a QString (a list) once.
    // The texts go into the table as the UTF-8 they are in the file; one that QString would
    // change (not valid UTF-8, or a leading byte order mark) is first made what it makes of it.
    RepeatedTexts<QStringList> actorLists(&splitIds);
    RepeatedTexts<QString> categories([](const QString &text) { return text; });
    QByteArray madeValid[3];
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
        keys.append(q, 1, 0);
        const QByteArrayView id = asQStringHasIt(q.utf8At(0), &madeValid[0]);
        const QByteArrayView title = asQStringHasIt(q.utf8At(4), &madeValid[1]);
        const QByteArrayView description = asQStringHasIt(q.utf8At(5), &madeValid[2]);
        const QString &category = categories.of(q.utf8At(6));
        const QStringList &actors = actorLists.of(q.utf8At(7));
        PartialDate::Precision precision = PartialDate::Precision::Day;
        const QByteArrayView precisionBytes = q.utf8At(3);
        QString precisionText; // made only for a message
        if (!precisionOf(precisionBytes, &precision)) {
            precisionText = QString::fromUtf8(precisionBytes);
            warn(tr("Event “%1”: unknown date precision “%2” (expected year, month or "
                    "day); its dates are read as days.").arg(QString::fromUtf8(id), precisionText));
        }
        const QString startText = q.textAt(1);
        const PartialDate start = PartialDate::parse(startText, precision);
        if (!start.isValid()) {
            warn(tr("Event “%1”: malformed start date “%2” for precision “%3”; it is "
                    "listed without a place in time.")
                     .arg(QString::fromUtf8(id), startText, QString::fromUtf8(precisionBytes)));
        }
        std::optional<PartialDate> end;
        const QString endText = q.textAt(2); // empty for NULL too
        if (!endText.isEmpty()) {
            const PartialDate last = PartialDate::parse(endText, precision);
            if (!last.isValid()) {
                warn(tr("Event “%1”: malformed end date “%2” for precision “%3”; it is "
                        "shown as a single date.").arg(QString::fromUtf8(id), endText, QString::fromUtf8(precisionBytes)));
            } else if (start.isValid() && last.last() < start.first()) {
                warn(tr("Event “%1”: it ends (%2) before it starts (%3); it is shown as a "
                        "single date.").arg(QString::fromUtf8(id), last.text(), start.text()));
            } else {
                end = last;
            }
        }
        b->events.appendUtf8(id, title, description, start, end, category, actors);
    }
    if (rc != SQLITE_DONE)
        return sqliteError(q.errorCode(), q.errorText(), m_name);
    const std::vector<int> order = keys.order();
    if (!order.empty()) {
        b->events.reorder(order);
        std::vector<int> position(order.size());
        for (size_t row = 0; row < order.size(); ++row)
            position[size_t(order[row])] = int(row);
        std::stable_sort(warnings.begin(), warnings.end(), [&position](const auto &a, const auto &b) {
            return position[size_t(a.first)] < position[size_t(b.first)];
        });
    }
    for (const auto &warning : std::as_const(warnings))
        b->warnings << warning.second;
    b->events.squeeze();
    return {};
}

int BriefingReader::rowCount(const QString &table) const
{
    QSqlQuery count(m_connection.database());
    if (count.exec(QStringLiteral("SELECT count(*) FROM ") + table) && count.next())
        return count.value(0).toInt();
    return 0;
}

} // namespace bv
