// SPDX-License-Identifier: MIT
#include "content/briefing.h"

#include <algorithm>
#include <vector>

namespace bv {

namespace {

struct RelationNames
{
    const char *kind;
    const char *outgoing;
    const char *incoming;
};

// How a link reads from each of its two ends.
const RelationNames relationNames[] = {
    {"depends_on", QT_TRANSLATE_NOOP("Briefing", "Depends on"), QT_TRANSLATE_NOOP("Briefing", "Needed by")},
    {"answers", QT_TRANSLATE_NOOP("Briefing", "Answers"), QT_TRANSLATE_NOOP("Briefing", "Answered by")},
    {"evidence_for", QT_TRANSLATE_NOOP("Briefing", "Evidence for"), QT_TRANSLATE_NOOP("Briefing", "Supported by")},
    {"cites", QT_TRANSLATE_NOOP("Briefing", "Cites"), QT_TRANSLATE_NOOP("Briefing", "Cited by")},
    {"involves", QT_TRANSLATE_NOOP("Briefing", "Involves"), QT_TRANSLATE_NOOP("Briefing", "Involved in")},
    {"related_to", QT_TRANSLATE_NOOP("Briefing", "Related to"), QT_TRANSLATE_NOOP("Briefing", "Related to")},
    {"guarantor", QT_TRANSLATE_NOOP("Briefing", "Guaranteed by"), QT_TRANSLATE_NOOP("Briefing", "Guarantor of")},
    {"beneficiary", QT_TRANSLATE_NOOP("Briefing", "Protects"), QT_TRANSLATE_NOOP("Briefing", "Protected by")},
    {"shows", QT_TRANSLATE_NOOP("Briefing", "Shows"), QT_TRANSLATE_NOOP("Briefing", "Shown on")},
};

QString relationName(const QString &kind, bool outgoing)
{
    for (const RelationNames &names : relationNames) {
        if (kind == QLatin1String(names.kind))
            return Briefing::tr(outgoing ? names.outgoing : names.incoming);
    }
    // A kind this version does not know: show it as written, with its direction.
    return outgoing ? kind : Briefing::tr("%1 (from)").arg(kind);
}

} // namespace

void Briefing::index()
{
    m_index.clear();
    m_edges.clear();
    m_references.clear();
    // Events are found in their own table (EventTable::rowOf, which leads to the first event
    // of an id); items of the kinds before them do not look there.
    bool eventsAdded = false;
    auto add = [this, &eventsAdded](const QString &id, ItemKind kind, int row) {
        std::optional<ItemRef> existing;
        const auto known = m_index.constFind(id);
        if (known != m_index.constEnd()) {
            existing = *known;
        } else if (eventsAdded) {
            const int first = events.rowOf(id);
            if (first >= 0 && !(kind == ItemKind::Event && first == row))
                existing = ItemRef{ItemKind::Event, first};
        }
        if (existing) {
            warnings << tr("Duplicate id “%1”: it names two items, %2 “%3” and %4 “%5”; "
                           "links to it lead to the first.")
                            .arg(id, kindName(existing->kind), title(id), kindName(kind), titleAt(kind, row));
            return;
        }
        if (kind != ItemKind::Event)
            m_index.insert(id, ItemRef{kind, row});
    };
    for (int i = 0; i < actors.size(); ++i)
        add(actors.at(i).id, ItemKind::Actor, i);
    for (int i = 0; i < guarantees.size(); ++i)
        add(guarantees.at(i).id, ItemKind::Guarantee, i);
    for (int i = 0; i < scenarios.size(); ++i)
        add(scenarios.at(i).id, ItemKind::Scenario, i);
    eventsAdded = true;
    if (events.hasRepeatedIds()) {
        for (int i = 0; i < events.size(); ++i)
            add(events.id(i), ItemKind::Event, i);
    } else {
        // Each event is the only one of its id: it can only clash with an item added before
        // it (an actor, guarantee or scenario), looked for from their side, in the events' order.
        std::vector<int> clashing;
        for (auto known = m_index.cbegin(); known != m_index.cend(); ++known) {
            const int row = events.rowOf(known.key());
            if (row >= 0)
                clashing.push_back(row);
        }
        std::sort(clashing.begin(), clashing.end());
        for (const int row : clashing)
            add(events.id(row), ItemKind::Event, row);
    }
    for (int i = 0; i < sources.size(); ++i)
        add(sources.at(i).id, ItemKind::Source, i);
    for (int i = 0; i < series.size(); ++i)
        add(series.at(i).id, ItemKind::Series, i);
    for (int i = 0; i < faq.size(); ++i)
        add(faq.at(i).id, ItemKind::Faq, i);
    for (int i = 0; i < charts.size(); ++i)
        add(charts.at(i).id, ItemKind::Chart, i);

    for (int i = 0; i < links.size(); ++i)
        addReference(i);
    for (const Guarantee &guarantee : std::as_const(guarantees)) {
        for (const QString &actor : guarantee.guarantors)
            addDerivedReference(guarantee.id, actor, QStringLiteral("guarantor"));
        for (const QString &actor : guarantee.beneficiary)
            addDerivedReference(guarantee.id, actor, QStringLiteral("beneficiary"));
    }
    // Events name their actors themselves; those relations are computed when asked for
    // (neighbours()), not stored: a large briefing has one per event.
    // Each distinct list of actors is looked up once; only events with an unknown actor again.
    std::vector<char> listDangles(size_t(events.actorListCount()), 0);
    for (int list = 0; list < events.actorListCount(); ++list) {
        for (const QString &actor : events.actorList(list))
            listDangles[size_t(list)] = listDangles[size_t(list)] || !find(actor);
    }
    for (int row = 0; row < events.size(); ++row) {
        if (!listDangles[size_t(events.actorListOf(row))])
            continue;
        for (const QString &actor : events.actors(row)) {
            if (!find(actor)) {
                warnings << tr("Dangling link “%1” %2 “%3”: “%4” is not an item of this briefing; "
                               "the link is left out.").arg(events.id(row), QStringLiteral("involves"), actor, actor);
            }
        }
    }
    for (const Series &one : std::as_const(series)) {
        for (const QString &source : one.sourceIds)
            addDerivedReference(one.id, source, QStringLiteral("cites"));
    }
    // The reader keeps only the series of this briefing in a chart.
    for (const Chart &chart : std::as_const(charts)) {
        for (const QString &seriesId : chart.seriesIds)
            addDerivedReference(chart.id, seriesId, QStringLiteral("shows"));
    }
}

const Link &Briefing::linkAt(int number) const
{
    return number < links.size() ? links.at(number) : m_references.at(number - links.size());
}

bool Briefing::addReference(int linkNumber)
{
    const Link &link = linkAt(linkNumber);
    const bool fromKnown = find(link.fromId).has_value();
    const bool toKnown = find(link.toId).has_value();
    if (!fromKnown || !toKnown) {
        warnings << tr("Dangling link “%1” %2 “%3”: “%4” is not an item of this briefing; "
                       "the link is left out.")
                        .arg(link.fromId, link.kind, link.toId, fromKnown ? link.toId : link.fromId);
        return false;
    }
    QVector<Edge> &out = m_edges[link.fromId];
    for (const Edge &edge : std::as_const(out)) {
        const Link &known = linkAt(edge.link);
        if (edge.outgoing && known.toId == link.toId && known.kind == link.kind)
            return false; // the same relation stated twice (a link and an actor list)
    }
    out.append(Edge{linkNumber, true});
    m_edges[link.toId].append(Edge{linkNumber, false});
    return true;
}

void Briefing::addDerivedReference(const QString &fromId, const QString &toId, const QString &kind)
{
    m_references.append(Link{fromId, kind, toId, QString()});
    if (!addReference(int(links.size() + m_references.size() - 1)))
        m_references.removeLast();
}

std::optional<ItemRef> Briefing::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    if (it != m_index.constEnd())
        return *it;
    const int row = events.rowOf(id);
    if (row < 0)
        return std::nullopt;
    return ItemRef{ItemKind::Event, row};
}

ItemKind Briefing::kindOf(const QString &id) const
{
    const auto ref = find(id);
    return ref ? ref->kind : ItemKind::Briefing;
}

QString Briefing::title(const QString &id) const
{
    const auto ref = find(id);
    if (!ref)
        return id == metadata.id ? metadata.title : id;
    return titleAt(ref->kind, ref->index);
}

QString Briefing::titleAt(ItemKind kind, int row) const
{
    if (row < 0 || row >= count(kind))
        return {};
    switch (kind) {
    case ItemKind::Briefing:
        return metadata.title;
    case ItemKind::Actor:
        return actors.at(row).name;
    case ItemKind::Guarantee:
        return guarantees.at(row).title;
    case ItemKind::Scenario:
        return scenarios.at(row).title;
    case ItemKind::Event:
        return events.title(row);
    case ItemKind::Source:
        return sources.at(row).title;
    case ItemKind::Series:
        return series.at(row).name;
    case ItemKind::Faq:
        return faq.at(row).question;
    case ItemKind::Chart:
        return charts.at(row).title;
    }
    return {};
}

QString Briefing::citation(const QString &sourceId, bool withLocator) const
{
    const auto ref = find(sourceId);
    if (!ref || ref->kind != ItemKind::Source)
        return sourceId;
    const Source &s = sources.at(ref->index);
    QStringList parts{s.publisher, s.title};
    if (s.year)
        parts << QString::number(*s.year);
    if (withLocator)
        parts << s.locator;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

int Briefing::count(ItemKind kind) const
{
    switch (kind) {
    case ItemKind::Briefing:
        return 1;
    case ItemKind::Actor:
        return actors.size();
    case ItemKind::Guarantee:
        return guarantees.size();
    case ItemKind::Scenario:
        return scenarios.size();
    case ItemKind::Event:
        return events.size();
    case ItemKind::Source:
        return sources.size();
    case ItemKind::Series:
        return series.size();
    case ItemKind::Faq:
        return faq.size();
    case ItemKind::Chart:
        return charts.size();
    }
    return 0;
}

QString Briefing::idAt(ItemKind kind, int row) const
{
    if (row < 0 || row >= count(kind))
        return {};
    switch (kind) {
    case ItemKind::Briefing:
        return metadata.id;
    case ItemKind::Actor:
        return actors.at(row).id;
    case ItemKind::Guarantee:
        return guarantees.at(row).id;
    case ItemKind::Scenario:
        return scenarios.at(row).id;
    case ItemKind::Event:
        return events.id(row);
    case ItemKind::Source:
        return sources.at(row).id;
    case ItemKind::Series:
        return series.at(row).id;
    case ItemKind::Faq:
        return faq.at(row).id;
    case ItemKind::Chart:
        return charts.at(row).id;
    }
    return {};
}

int Briefing::rowOf(const QString &id) const
{
    const auto ref = find(id);
    return ref ? ref->index : -1;
}

QVector<Neighbour> Briefing::neighbours(const QString &id) const
{
    QVector<Neighbour> result;
    QSet<QString> seen;
    const auto it = m_edges.constFind(id);
    if (it != m_edges.constEnd()) {
        for (const Edge &edge : *it) {
            const Link &link = linkAt(edge.link);
            const QString &other = edge.outgoing ? link.toId : link.fromId;
            result.append(Neighbour{other, relationName(link.kind, edge.outgoing), link.note});
            if (link.kind == QLatin1String("involves"))
                seen.insert(other);
        }
    }
    // The actors events name, from either side (unless a link already says so).
    const auto ref = find(id);
    if (ref && ref->kind == ItemKind::Event) {
        for (const QString &actor : events.actors(ref->index)) {
            if (find(actor) && !seen.contains(actor))
                result.append(Neighbour{actor, relationName(QStringLiteral("involves"), true), QString()});
        }
    } else if (ref && ref->kind == ItemKind::Actor) {
        for (int row = 0; row < events.size(); ++row) {
            if (!events.actors(row).contains(id))
                continue;
            const QString eventId = events.id(row);
            if (!seen.contains(eventId))
                result.append(Neighbour{eventId, relationName(QStringLiteral("involves"), false), QString()});
        }
    }
    return result;
}

QSet<QString> Briefing::linkedIds(const QString &id) const
{
    QSet<QString> result;
    for (const Neighbour &neighbour : neighbours(id))
        result.insert(neighbour.id);
    return result;
}

TextState Briefing::textState(const QString &id, const QString &field) const
{
    if (contentLanguage.isEmpty())
        return TextState::Source;
    const auto origin = textOrigins.constFind(textKey(id, field));
    if (origin == textOrigins.constEnd() || origin->lang != contentLanguage)
        return TextState::Fallback;
    return origin->stale ? TextState::Stale : TextState::Translated;
}

QString Briefing::textLanguage(const QString &id, const QString &field) const
{
    const auto origin = textOrigins.constFind(textKey(id, field));
    return origin == textOrigins.constEnd() ? metadata.sourceLanguage : origin->lang;
}

int Briefing::seriesOfPointId(const QString &id, QString *label) const
{
    const int at = int(id.indexOf(QLatin1Char('@')));
    if (at <= 0)
        return -1;
    const auto ref = find(id.left(at));
    if (!ref || ref->kind != ItemKind::Series)
        return -1;
    if (label)
        *label = id.mid(at + 1);
    return ref->index;
}

QStringList Briefing::reverseTrail(const QString &seriesId, const QString &sourceId) const
{
    auto relies = [](ItemKind kind) {
        return kind == ItemKind::Event || kind == ItemKind::Scenario || kind == ItemKind::Guarantee
               || kind == ItemKind::Faq;
    };
    QSet<QString> trail;
    QStringList direct;
    for (const QString &start : {seriesId, sourceId}) {
        if (start.isEmpty())
            continue;
        for (const QString &other : linkedIds(start)) {
            if (relies(kindOf(other)) && !trail.contains(other)) {
                trail.insert(other);
                direct << other;
            }
        }
    }
    // One step further from the events: what the room would ask about them.
    for (const QString &item : std::as_const(direct)) {
        if (kindOf(item) != ItemKind::Event)
            continue;
        for (const QString &other : linkedIds(item)) {
            const ItemKind kind = kindOf(other);
            if (kind == ItemKind::Scenario || kind == ItemKind::Guarantee || kind == ItemKind::Faq)
                trail.insert(other);
        }
    }
    QStringList result(trail.cbegin(), trail.cend());
    std::sort(result.begin(), result.end(), [this](const QString &a, const QString &b) {
        const ItemKind ka = kindOf(a), kb = kindOf(b);
        return ka != kb ? int(ka) < int(kb) : rowOf(a) < rowOf(b);
    });
    return result;
}

QString Briefing::kindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Briefing:
        return tr("Briefing");
    case ItemKind::Actor:
        return tr("Actor");
    case ItemKind::Guarantee:
        return tr("Guarantee");
    case ItemKind::Scenario:
        return tr("Scenario");
    case ItemKind::Event:
        return tr("Event");
    case ItemKind::Source:
        return tr("Source");
    case ItemKind::Series:
        return tr("Data series");
    case ItemKind::Faq:
        return tr("FAQ entry");
    case ItemKind::Chart:
        return tr("Chart");
    }
    return {};
}

QString Briefing::kindPluralName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Briefing:
        return tr("Overview");
    case ItemKind::Actor:
        return tr("Actors");
    case ItemKind::Guarantee:
        return tr("Guarantees");
    case ItemKind::Scenario:
        return tr("Scenarios");
    case ItemKind::Event:
        return tr("Events");
    case ItemKind::Source:
        return tr("Sources");
    case ItemKind::Series:
        return tr("Data series");
    case ItemKind::Faq:
        return tr("FAQ");
    case ItemKind::Chart:
        return tr("Charts");
    }
    return {};
}

} // namespace bv
