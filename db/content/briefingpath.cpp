// SPDX-License-Identifier: MIT
#include "content/briefingpath.h"

#include "content/briefing.h"

#include <QSet>
#include <QStringList>

#include <iterator>

namespace bv {

namespace {

constexpr const char *kindKeyList[] = {"overview", "item", "chart", "timeline", "compare"};

PathStop itemStop(const QString &id, const QString &title)
{
    PathStop stop;
    stop.kind = PathStop::Kind::Item;
    stop.itemId = id;
    stop.title = title;
    return stop;
}

// A period bound of a chart or timeline stop: 'YYYY', 'YYYY-Qn', 'YYYY-MM' or 'YYYY-MM-DD'.
PartialDate boundOf(const QString &text)
{
    PartialDate::Precision precision;
    if (!PartialDate::precisionOfText(text, &precision))
        return {};
    return PartialDate::parse(text, precision);
}

QString quoted(const QString &text)
{
    return QStringLiteral("“") + text + QStringLiteral("”");
}

} // namespace

QLatin1String PathStop::kindKey(Kind kind)
{
    return QLatin1String(kindKeyList[int(kind)]);
}

bool PathStop::parseKind(const QString &text, Kind *kind)
{
    for (int i = 0; i < int(std::size(kindKeyList)); ++i) {
        if (text == QLatin1String(kindKeyList[i])) {
            *kind = Kind(i);
            return true;
        }
    }
    return false;
}

QString PathStop::kindKeys()
{
    QStringList keys;
    for (const char *key : kindKeyList)
        keys << QLatin1String(key);
    return keys.join(QStringLiteral(", "));
}

bool PathStop::isPeriodBound(const QString &text)
{
    return boundOf(text).isValid();
}

bool PathStop::operator==(const PathStop &other) const
{
    return kind == other.kind && title == other.title && notes == other.notes && budgetSeconds == other.budgetSeconds
        && itemId == other.itemId && itemIds == other.itemIds && lanesByActor == other.lanesByActor
        && from == other.from && to == other.to && highlightId == other.highlightId;
}

QStringList BriefingPath::check(const Briefing &briefing, BriefingPath *usable, const QVector<int> &stopNumbers) const
{
    QStringList problems;
    BriefingPath result = *this;
    result.stops.clear();
    QSet<QString> categories; // of the events, when a timeline stop names lanes by category
    bool categoriesRead = false;
    const auto isItem = [&briefing](const QString &id) {
        return briefing.find(id).has_value() || briefing.seriesOfPointId(id) >= 0;
    };
    for (int i = 0; i < stops.size(); ++i) {
        PathStop stop = stops.at(i);
        const QString number = QString::number(i < stopNumbers.size() ? stopNumbers.at(i) : i + 1);
        // What is wrong, and (when repairing) what becomes of it.
        auto problem = [&](const QString &text, const QString &consequence = QString()) {
            problems << tr("stop %1: %2").arg(number, usable && !consequence.isEmpty()
                                                          ? tr("%1; %2").arg(text, consequence) : text);
        };
        const QString leftOut = tr("the stop is left out");
        bool shown = true;
        switch (stop.kind) {
        case PathStop::Kind::Overview:
            break;
        case PathStop::Kind::Item:
            if (stop.itemId.isEmpty()) {
                problem(tr("an item stop names no item"), leftOut);
                shown = false;
            } else if (!isItem(stop.itemId)) {
                problem(tr("the briefing has no item %1").arg(quoted(stop.itemId)), leftOut);
                shown = false;
            }
            break;
        case PathStop::Kind::Chart: {
            const ItemKind kind = briefing.kindOf(stop.itemId);
            if (kind != ItemKind::Chart && kind != ItemKind::Series) {
                problem(stop.itemId.isEmpty() ? tr("a chart stop names no chart or data series")
                                              : tr("%1 is not a chart or data series of the briefing").arg(quoted(stop.itemId)),
                        leftOut);
                shown = false;
            } else if (!stop.highlightId.isEmpty() && !isItem(stop.highlightId)) {
                problem(tr("%1 is not an item or data point of the briefing").arg(quoted(stop.highlightId)),
                        tr("nothing is highlighted"));
                stop.highlightId.clear();
            }
            break;
        }
        case PathStop::Kind::Timeline: {
            QStringList lanes;
            for (const QString &lane : std::as_const(stop.itemIds)) {
                if (stop.lanesByActor) {
                    if (briefing.kindOf(lane) == ItemKind::Actor) {
                        lanes << lane;
                        continue;
                    }
                    problem(tr("%1 is not an actor of the briefing").arg(quoted(lane)), tr("its lane is left out"));
                    continue;
                }
                if (!categoriesRead) {
                    for (int row = 0; row < briefing.events.size(); ++row)
                        categories.insert(briefing.events.category(row));
                    categoriesRead = true;
                }
                if (categories.contains(lane))
                    lanes << lane;
                else
                    problem(tr("no event of the briefing has the category %1").arg(quoted(lane)), tr("its lane is left out"));
            }
            stop.itemIds = lanes;
            break;
        }
        case PathStop::Kind::Compare: {
            QStringList scenarios;
            for (const QString &id : std::as_const(stop.itemIds)) {
                if (briefing.kindOf(id) != ItemKind::Scenario)
                    problem(tr("%1 is not a scenario of the briefing").arg(quoted(id)), tr("it is left out of the comparison"));
                else if (scenarios.size() == 3)
                    problem(tr("a comparison shows at most three scenarios, and %1 is a fourth").arg(quoted(id)),
                            tr("it is left out"));
                else if (!scenarios.contains(id))
                    scenarios << id;
            }
            stop.itemIds = scenarios;
            if (scenarios.size() < 2) {
                problem(tr("a comparison needs two or three scenarios of the briefing"), leftOut);
                shown = false;
            }
            break;
        }
        }
        if (shown && (stop.kind == PathStop::Kind::Chart || stop.kind == PathStop::Kind::Timeline)) {
            PartialDate bounds[2];
            QString *texts[2] = {&stop.from, &stop.to};
            for (int b = 0; b < 2; ++b) {
                if (texts[b]->isEmpty())
                    continue;
                bounds[b] = boundOf(*texts[b]);
                if (!bounds[b].isValid()) {
                    problem(tr("%1 is not a date (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)").arg(quoted(*texts[b])),
                            tr("the period is open on that side"));
                    texts[b]->clear();
                }
            }
            if (bounds[0].isValid() && bounds[1].isValid() && bounds[1].last() < bounds[0].first()) {
                problem(tr("the period ends (%1) before it starts (%2)").arg(stop.to, stop.from), tr("the whole span is shown"));
                stop.from.clear();
                stop.to.clear();
            }
        }
        if (shown)
            result.stops.append(stop);
    }
    if (usable)
        *usable = result;
    return problems;
}

QStringList BriefingPath::limitProblems() const
{
    QStringList problems;
    if (id.size() > maxIdLength)
        problems << tr("the id is %1 characters long; at most %2").arg(id.size()).arg(maxIdLength);
    if (title.size() > maxTitleLength)
        problems << tr("the title is %1 characters long; at most %2").arg(title.size()).arg(maxTitleLength);
    if (stops.size() > maxStops)
        problems << tr("it has %1 stops; at most %2").arg(stops.size()).arg(maxStops);
    for (int i = 0; i < stops.size() && i < maxStops; ++i) {
        const PathStop &stop = stops.at(i);
        const QString number = QString::number(i + 1);
        auto problem = [&](const QString &text) { problems << tr("stop %1: %2").arg(number, text); };
        if (stop.title.size() > maxTitleLength)
            problem(tr("the title is %1 characters long; at most %2").arg(stop.title.size()).arg(maxTitleLength));
        if (stop.notes.size() > maxNotesLength)
            problem(tr("the notes are %1 characters long; at most %2").arg(stop.notes.size()).arg(maxNotesLength));
        if (stop.itemIds.size() > maxItemIds)
            problem(tr("it names %1 items; at most %2").arg(stop.itemIds.size()).arg(maxItemIds));
        if (stop.budgetSeconds && (*stop.budgetSeconds < 1 || *stop.budgetSeconds > maxBudgetSeconds))
            problem(tr("the budget is %1 seconds; it must be from 1 to %2").arg(*stop.budgetSeconds).arg(maxBudgetSeconds));
        for (const QString *text : {&stop.itemId, &stop.highlightId, &stop.from, &stop.to}) {
            if (text->size() > maxIdLength)
                problem(tr("an id or date is %1 characters long; at most %2").arg(text->size()).arg(maxIdLength));
        }
        for (const QString &item : stop.itemIds) {
            if (item.size() > maxIdLength)
                problem(tr("an id or lane is %1 characters long; at most %2").arg(item.size()).arg(maxIdLength));
        }
    }
    return problems;
}

void BriefingPath::makeDefaultPath(Briefing *briefing)
{
    briefing->madeDefaultPath = BriefingPath();
    briefing->madeDefaultPath = defaultPath(*briefing);
}

BriefingPath BriefingPath::defaultPath(const Briefing &briefing)
{
    if (!briefing.madeDefaultPath.stops.isEmpty()) {
        BriefingPath made = briefing.madeDefaultPath;
        made.title = tr("All of the briefing"); // in the interface's language of now
        if (briefing.metadata.title.isEmpty() && made.stops.first().title != tr("Overview"))
            made.stops.first().title = tr("Overview");
        return made;
    }
    BriefingPath path;
    path.id = QStringLiteral("default");
    path.title = tr("All of the briefing");
    path.origin = Origin::Default;

    path.stops.reserve(1 + briefing.guarantees.size() + briefing.scenarios.size() + briefing.charts.size()
                       + briefing.series.size() + briefing.faq.size());
    PathStop overview;
    overview.kind = PathStop::Kind::Overview;
    overview.title = briefing.metadata.title.isEmpty() ? tr("Overview") : briefing.metadata.title;
    path.stops.append(overview);

    for (const Guarantee &guarantee : briefing.guarantees)
        path.stops.append(itemStop(guarantee.id, guarantee.title));
    for (const Scenario &scenario : briefing.scenarios)
        path.stops.append(itemStop(scenario.id, scenario.title));

    QSet<QString> charted;
    for (const Chart &chart : briefing.charts) {
        PathStop stop;
        stop.kind = PathStop::Kind::Chart;
        stop.itemId = chart.id;
        stop.title = chart.title;
        path.stops.append(stop);
        for (const QString &seriesId : chart.seriesIds)
            charted.insert(seriesId);
    }
    for (const Series &series : briefing.series) {
        if (charted.contains(series.id))
            continue;
        PathStop stop;
        stop.kind = PathStop::Kind::Chart;
        stop.itemId = series.id;
        stop.title = series.name;
        path.stops.append(stop);
    }
    for (const FaqEntry &entry : briefing.faq)
        path.stops.append(itemStop(entry.id, entry.question));
    return path;
}

} // namespace bv
