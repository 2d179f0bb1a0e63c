// SPDX-License-Identifier: MIT
// BriefingReader's paths (format 2's optional `path` and `path_stop` tables): read within the
// limits of BriefingPath, each checked against the content, what cannot be shown left out
// with a warning that names the path and the stop.
#include "file/briefingreader.h"

#include "content/pathjson.h"
#include "file/sqliteconnection.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bv {

namespace {

// Text read at most one character past its limit: longer text is cut, with a warning.
QString cut(const QVariant &value, int limit, bool *wasCut)
{
    QString text = value.toString();
    *wasCut = text.size() > limit;
    if (*wasCut)
        text.truncate(limit);
    return text;
}

} // namespace

OpenError BriefingReader::readPaths(Briefing *b)
{
    const int titleRead = BriefingPath::maxTitleLength + 1, idRead = BriefingPath::maxIdLength + 1;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT substr(id, 1, ?), substr(title, 1, ?) FROM path ORDER BY position, id LIMIT ?"));
    q.addBindValue(idRead);
    q.addBindValue(titleRead);
    q.addBindValue(BriefingPath::maxPaths + 1);
    if (!q.exec())
        return queryError(q);
    QVector<BriefingPath> paths;
    QSet<QString> ids;
    while (q.next()) {
        if (paths.size() == BriefingPath::maxPaths) {
            b->warnings << tr("The briefing has more than %1 paths; only the first %1 are read.").arg(BriefingPath::maxPaths);
            break;
        }
        BriefingPath path;
        path.origin = BriefingPath::Origin::Briefing;
        bool wasCut = false;
        path.id = cut(q.value(0), BriefingPath::maxIdLength, &wasCut);
        if (path.id.isEmpty() || wasCut) {
            b->warnings << tr("A path has an empty id or one longer than %1 characters; it is left out.")
                               .arg(BriefingPath::maxIdLength);
            continue;
        }
        if (path.id == QLatin1String("default")) {
            b->warnings << tr("Path “default”: that id names the default path made from the content; the "
                              "briefing's path of that id is left out. Give it another id.");
            continue;
        }
        if (ids.contains(path.id)) {
            b->warnings << tr("Path “%1” is listed twice; the second is left out.").arg(path.id);
            continue;
        }
        ids.insert(path.id);
        path.title = cut(q.value(1), BriefingPath::maxTitleLength, &wasCut);
        if (wasCut)
            b->warnings << tr("Path “%1”: its title is longer than %2 characters; it is cut.")
                               .arg(path.id, QString::number(BriefingPath::maxTitleLength));
        if (path.title.trimmed().isEmpty()) {
            b->warnings << tr("Path “%1” has no title; its id is shown instead.").arg(path.id);
            path.title = path.id;
        }
        paths.append(path);
    }
    q.finish();

    QSqlQuery stops(m_connection.database());
    stops.setForwardOnly(true);
    stops.prepare(QStringLiteral("SELECT kind, substr(title, 1, ?), substr(notes, 1, ?), budget_seconds, "
                                 "substr(item_id, 1, ?), substr(item_ids, 1, ?), lanes_by_actor, substr(from_date, 1, ?), "
                                 "substr(to_date, 1, ?), substr(highlight_id, 1, ?) FROM path_stop WHERE path_id = ? "
                                 "ORDER BY position LIMIT ?"));
    // All the paths' titles and notes together stay within a limit too: a file cannot make the
    // viewer hold gigabytes of notes.
    qint64 textLeft = BriefingPath::maxTotalTextLength;
    bool textCut = false;
    for (BriefingPath &path : paths) {
        const int notesRead = int(qMin<qint64>(BriefingPath::maxNotesLength, textLeft)) + 1;
        for (const int limit : {titleRead, notesRead, idRead, (BriefingPath::maxIdLength + 3) * BriefingPath::maxItemIds,
                                idRead, idRead, idRead})
            stops.addBindValue(limit);
        stops.addBindValue(path.id);
        stops.addBindValue(BriefingPath::maxStops + 1);
        if (!stops.exec())
            return queryError(stops);
        QVector<int> numbers; // each stop's number in the file, for the warnings
        int number = 0;
        while (stops.next()) {
            ++number;
            auto warn = [&](const QString &text) { b->warnings << tr("Path “%1”, stop %2: %3.").arg(path.id, QString::number(number), text); };
            if (number > BriefingPath::maxStops) {
                b->warnings << tr("Path “%1” has more than %2 stops; only the first %2 are read.")
                                   .arg(path.id, QString::number(BriefingPath::maxStops));
                break;
            }
            PathStop stop;
            const QString kind = stops.value(0).toString();
            if (!PathStop::parseKind(kind, &stop.kind)) {
                warn(tr("unknown kind “%1” (expected %2); the stop is left out").arg(kind.left(40), PathStop::kindKeys()));
                continue;
            }
            bool wasCut = false;
            stop.title = cut(stops.value(1), BriefingPath::maxTitleLength, &wasCut);
            if (wasCut)
                warn(tr("its title is longer than %1 characters; it is cut").arg(BriefingPath::maxTitleLength));
            stop.notes = cut(stops.value(2), BriefingPath::maxNotesLength, &wasCut);
            if (wasCut && stop.notes.size() == BriefingPath::maxNotesLength)
                warn(tr("its notes are longer than %1 characters; they are cut").arg(BriefingPath::maxNotesLength));
            const qint64 text = stop.title.size() + stop.notes.size();
            if (text > textLeft) {
                stop.notes.truncate(int(qMax<qint64>(0, textLeft - stop.title.size())));
                stop.title.truncate(int(qMin<qint64>(stop.title.size(), textLeft)));
                if (!textCut) {
                    warn(tr("the titles and notes of the briefing's paths are longer than %1 characters in all; "
                            "from here on they are cut").arg(BriefingPath::maxTotalTextLength));
                    textCut = true;
                }
            }
            textLeft -= qMin(text, textLeft);
            const QVariant budget = stops.value(3);
            if (!budget.isNull()) {
                bool ok = false;
                const qlonglong seconds = budget.toLongLong(&ok);
                const bool whole = budget.typeId() != QMetaType::QString
                                   && (budget.typeId() != QMetaType::Double || budget.toDouble() == double(seconds));
                if (ok && whole && seconds >= 1 && seconds <= BriefingPath::maxBudgetSeconds)
                    stop.budgetSeconds = int(seconds);
                else
                    warn(tr("its budget “%1” is not a whole number of seconds from 1 to %2; it has none")
                             .arg(budget.toString().left(40), QString::number(BriefingPath::maxBudgetSeconds)));
            }
            stop.itemId = cut(stops.value(4), BriefingPath::maxIdLength, &wasCut);
            if (!PathJson::parseIdList(stops.value(5).toString(), &stop.itemIds))
                warn(tr("item_ids is not a JSON array of names; the stop names none"));
            if (stop.itemIds.size() > BriefingPath::maxItemIds) {
                warn(tr("it names more than %1 items; only the first %1 are read").arg(BriefingPath::maxItemIds));
                stop.itemIds = stop.itemIds.mid(0, BriefingPath::maxItemIds);
            }
            stop.lanesByActor = stops.value(6).toLongLong() != 0;
            stop.from = cut(stops.value(7), BriefingPath::maxIdLength, &wasCut);
            stop.to = cut(stops.value(8), BriefingPath::maxIdLength, &wasCut);
            stop.highlightId = cut(stops.value(9), BriefingPath::maxIdLength, &wasCut);
            path.stops.append(stop);
            numbers.append(number);
        }
        if (stops.lastError().isValid())
            return queryError(stops);
        stops.finish();
        BriefingPath usable;
        for (const QString &problem : path.check(*b, &usable, numbers))
            b->warnings << tr("Path “%1”, %2.").arg(path.id, problem);
        usable.origin = BriefingPath::Origin::Briefing;
        if (usable.stops.isEmpty()) {
            b->warnings << tr("Path “%1” has no stop that can be shown; it is left out.").arg(path.id);
            continue;
        }
        b->paths.append(usable);
    }

    // Stops of no path.
    if (!q.exec(QStringLiteral("SELECT substr(path_id, 1, 201), count(*) FROM path_stop "
                               "WHERE path_id NOT IN (SELECT id FROM path) GROUP BY path_id ORDER BY path_id LIMIT 10")))
        return queryError(q);
    while (q.next()) {
        b->warnings << tr("%n stop(s) belong to the unknown path “%1” and are left out.", nullptr, q.value(1).toInt())
                           .arg(q.value(0).toString());
    }
    return {};
}

} // namespace bv
