// SPDX-License-Identifier: MIT
#include "content/pathjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace bv {

namespace {

using Kind = PathStop::Kind;

const QLatin1String kFormat("format"), kVersion("version"), kBriefingId("briefing_id"),
    kBriefingTitle("briefing_title"), kId("id"), kTitle("title"), kStops("stops"), kKind("kind"), kNotes("notes"),
    kBudget("budget_seconds"), kItem("item"), kItems("items"), kLanes("lanes"), kLanesByActor("lanes_by_actor"),
    kFrom("from"), kTo("to"), kHighlight("highlight");

// The keys a stop of each kind may have beside kind, title, notes and budget_seconds.
QStringList kindKeys(Kind kind)
{
    switch (kind) {
    case Kind::Overview:
        return {};
    case Kind::Item:
        return {kItem};
    case Kind::Chart:
        return {kItem, kFrom, kTo, kHighlight};
    case Kind::Timeline:
        return {kLanes, kLanesByActor, kFrom, kTo};
    case Kind::Compare:
        return {kItems};
    }
    return {};
}

QJsonObject stopObject(const PathStop &stop)
{
    QJsonObject o{{kKind, PathStop::kindKey(stop.kind)}, {kTitle, stop.title}};
    if (!stop.notes.isEmpty())
        o.insert(kNotes, stop.notes);
    if (stop.budgetSeconds)
        o.insert(kBudget, *stop.budgetSeconds);
    switch (stop.kind) {
    case Kind::Overview:
        break;
    case Kind::Item:
        o.insert(kItem, stop.itemId);
        break;
    case Kind::Chart:
        o.insert(kItem, stop.itemId);
        if (!stop.highlightId.isEmpty())
            o.insert(kHighlight, stop.highlightId);
        break;
    case Kind::Timeline:
        if (!stop.itemIds.isEmpty())
            o.insert(kLanes, QJsonArray::fromStringList(stop.itemIds));
        if (stop.lanesByActor)
            o.insert(kLanesByActor, true);
        break;
    case Kind::Compare:
        o.insert(kItems, QJsonArray::fromStringList(stop.itemIds));
        break;
    }
    if (stop.kind == Kind::Chart || stop.kind == Kind::Timeline) {
        if (!stop.from.isEmpty())
            o.insert(kFrom, stop.from);
        if (!stop.to.isEmpty())
            o.insert(kTo, stop.to);
    }
    return o;
}

// Reads the keys of one object, each at most once, with errors that say where.
class Reader
{
public:
    Reader(const QJsonObject &object, const QString &where, QString *error)
        : m_object(object), m_where(where), m_error(error)
    {
    }
    bool failed() const { return !m_error->isEmpty(); }
    bool fail(const QString &problem)
    {
        if (m_error->isEmpty())
            *m_error = m_where.isEmpty() ? problem : PathJson::tr("%1: %2").arg(m_where, problem);
        return false;
    }
    bool has(QLatin1String key) const { return m_object.contains(key); }
    QString text(QLatin1String key, bool required = false)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(PathJson::tr("'%1' is missing").arg(key));
            return {};
        }
        if (!value.isString()) {
            fail(PathJson::tr("'%1' must be a string").arg(key));
            return {};
        }
        if (required && value.toString().isEmpty())
            fail(PathJson::tr("'%1' must not be empty").arg(key));
        return value.toString();
    }
    QStringList texts(QLatin1String key, bool required = false)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(PathJson::tr("'%1' is missing").arg(key));
            return {};
        }
        QStringList result;
        bool strings = value.isArray();
        for (const QJsonValue item : value.toArray()) {
            strings = strings && item.isString() && !item.toString().isEmpty();
            result << item.toString();
        }
        if (!strings)
            fail(PathJson::tr("'%1' must be a list of names (strings, none empty)").arg(key));
        return result;
    }
    // Only keys of `allowed`: otherwise an error naming the first other one.
    bool onlyKeys(const QStringList &allowed, const QString &forWhat)
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!allowed.contains(it.key()))
                return fail(PathJson::tr("'%1' is not a key of %2 (see docs/format.md)").arg(it.key().left(60), forWhat));
        }
        return true;
    }
    const QJsonObject &object() const { return m_object; }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_error;
};

bool readStop(const QJsonValue &value, int number, PathStop *stop, QString *error)
{
    Reader r(value.toObject(), PathJson::tr("stop %1").arg(number), error);
    if (!value.isObject())
        return r.fail(PathJson::tr("must be an object with a 'kind'"));
    const QJsonValue kind = r.object().value(kKind);
    if (!kind.isString() || !PathStop::parseKind(kind.toString(), &stop->kind))
        return r.fail(PathJson::tr("'kind' must be one of %1").arg(PathStop::kindKeys()));
    const QString kindName = PathStop::kindKey(stop->kind);
    if (!r.onlyKeys(QStringList{kKind, kTitle, kNotes, kBudget} + kindKeys(stop->kind),
                    PathJson::tr("a stop of kind '%1'").arg(kindName)))
        return false;
    stop->title = r.text(kTitle);
    stop->notes = r.text(kNotes);
    const QJsonValue budget = r.object().value(kBudget);
    if (!budget.isUndefined() && !budget.isNull()) {
        const double seconds = budget.toDouble(-1);
        if (!budget.isDouble() || !(seconds >= 1 && seconds <= BriefingPath::maxBudgetSeconds) || seconds != std::floor(seconds)) // range first: no cast of a huge number
            return r.fail(PathJson::tr("'%1' must be a whole number of seconds from 1 to %2, or null")
                              .arg(kBudget).arg(BriefingPath::maxBudgetSeconds));
        stop->budgetSeconds = int(seconds);
    }
    switch (stop->kind) {
    case Kind::Overview:
        break;
    case Kind::Item:
    case Kind::Chart:
        stop->itemId = r.text(kItem, true);
        stop->highlightId = r.text(kHighlight);
        break;
    case Kind::Timeline: {
        stop->itemIds = r.texts(kLanes);
        const QJsonValue byActor = r.object().value(kLanesByActor);
        if (!byActor.isUndefined() && !byActor.isBool())
            return r.fail(PathJson::tr("'%1' must be true or false").arg(kLanesByActor));
        stop->lanesByActor = byActor.toBool();
        break;
    }
    case Kind::Compare:
        stop->itemIds = r.texts(kItems, true);
        if (!r.failed() && (stop->itemIds.size() < 2 || stop->itemIds.size() > 3))
            return r.fail(PathJson::tr("'%1' must name two or three scenarios").arg(kItems));
        break;
    }
    stop->from = r.text(kFrom);
    stop->to = r.text(kTo);
    for (const QLatin1String key : {kFrom, kTo}) {
        const QString bound = r.object().value(key).toString();
        if (!r.failed() && !bound.isEmpty() && !PathStop::isPeriodBound(bound))
            return r.fail(PathJson::tr("'%1' must be a date: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD").arg(key));
    }
    return !r.failed();
}

} // namespace

QLatin1String PathJson::formatName()
{
    return QLatin1String("briefing-viewer-path");
}

QJsonDocument PathJson::toJson(const BriefingPath &path, const QString &briefingId, const QString &briefingTitle)
{
    QJsonArray stops;
    for (const PathStop &stop : path.stops)
        stops.append(stopObject(stop));
    QJsonObject root{{kFormat, formatName()}, {kVersion, formatVersion}, {kTitle, path.title}, {kStops, stops}};
    if (!path.id.isEmpty())
        root.insert(kId, path.id);
    if (!briefingId.isEmpty())
        root.insert(kBriefingId, briefingId);
    if (!briefingTitle.isEmpty())
        root.insert(kBriefingTitle, briefingTitle);
    return QJsonDocument(root);
}

QByteArray PathJson::toBytes(const BriefingPath &path, const QString &briefingId, const QString &briefingTitle)
{
    return toJson(path, briefingId, briefingTitle).toJson(QJsonDocument::Indented);
}

std::optional<PathJson::Parsed> PathJson::fromJson(const QJsonDocument &document, BriefingPath::Origin origin,
                                                   QString *error)
{
    error->clear();
    if (!document.isObject()) {
        *error = tr("the JSON is not an object with a path's 'format', 'title' and 'stops'");
        return std::nullopt;
    }
    Reader r(document.object(), QString(), error);
    if (r.object().value(kFormat).toString() != formatName()) {
        r.fail(tr("'format' must be \"%1\": this is not a Briefing Viewer path").arg(formatName()));
        return std::nullopt;
    }
    const QJsonValue version = r.object().value(kVersion);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1) {
        r.fail(tr("'version' must be a whole number (%1 for this format)").arg(formatVersion));
        return std::nullopt;
    }
    if (version.toInt() > formatVersion) {
        r.fail(tr("the path is of version %1, from a newer Briefing Viewer (this one reads version %2); update "
                  "Briefing Viewer").arg(version.toInt()).arg(formatVersion));
        return std::nullopt;
    }
    if (!r.onlyKeys({kFormat, kVersion, kBriefingId, kBriefingTitle, kId, kTitle, kStops}, tr("a path")))
        return std::nullopt;
    Parsed parsed;
    parsed.briefingId = r.text(kBriefingId);
    parsed.briefingTitle = r.text(kBriefingTitle);
    parsed.path.origin = origin;
    parsed.path.id = r.text(kId);
    parsed.path.title = r.text(kTitle, true);
    if (!r.failed() && r.has(kId) && !isValidId(parsed.path.id))
        r.fail(tr("'id' must be letters, digits, '-', '_' and '.' only, and not empty"));
    const QJsonValue stops = r.object().value(kStops);
    if (!r.failed() && (!stops.isArray() || stops.toArray().isEmpty()))
        r.fail(tr("'stops' must be a list of at least one stop"));
    if (r.failed())
        return std::nullopt;
    const QJsonArray array = stops.toArray();
    if (array.size() > BriefingPath::maxStops) {
        r.fail(tr("it has %1 stops; at most %2").arg(array.size()).arg(BriefingPath::maxStops));
        return std::nullopt;
    }
    for (int i = 0; i < array.size(); ++i) {
        PathStop stop;
        if (!readStop(array.at(i), i + 1, &stop, error))
            return std::nullopt;
        parsed.path.stops.append(stop);
    }
    const QStringList over = parsed.path.limitProblems();
    if (!over.isEmpty()) {
        *error = over.first();
        return std::nullopt;
    }
    return parsed;
}

std::optional<PathJson::Parsed> PathJson::fromBytes(const QByteArray &json, BriefingPath::Origin origin, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("it is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    return fromJson(document, origin, error);
}

QString PathJson::idListText(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

bool PathJson::parseIdList(const QString &text, QStringList *ids)
{
    ids->clear();
    if (text.isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray())
        return false;
    for (const QJsonValue value : document.array()) {
        if (!value.isString() || value.toString().isEmpty()) {
            ids->clear();
            return false;
        }
        ids->append(value.toString());
    }
    return true;
}

bool PathJson::isValidId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
                        || u == '_' || u == '.';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace bv
