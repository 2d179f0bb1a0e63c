// SPDX-License-Identifier: MIT
#include "content/briefingpath.h"

#include "content/briefing.h"

#include <QSet>

#include <iterator>

namespace bv {

namespace {

constexpr const char *kindKeys[] = {"overview", "item", "chart", "timeline", "compare"};

PathStop itemStop(const QString &id, const QString &title)
{
    PathStop stop;
    stop.kind = PathStop::Kind::Item;
    stop.itemId = id;
    stop.title = title;
    return stop;
}

} // namespace

QLatin1String PathStop::kindKey(Kind kind)
{
    return QLatin1String(kindKeys[int(kind)]);
}

bool PathStop::parseKind(const QString &text, Kind *kind)
{
    for (int i = 0; i < int(std::size(kindKeys)); ++i) {
        if (text == QLatin1String(kindKeys[i])) {
            *kind = Kind(i);
            return true;
        }
    }
    return false;
}

bool PathStop::operator==(const PathStop &other) const
{
    return kind == other.kind && title == other.title && notes == other.notes && budgetSeconds == other.budgetSeconds
        && itemId == other.itemId && itemIds == other.itemIds && lanesByActor == other.lanesByActor
        && from == other.from && to == other.to && highlightId == other.highlightId;
}

BriefingPath BriefingPath::defaultPath(const Briefing &briefing)
{
    BriefingPath path;
    path.id = QStringLiteral("default");
    path.title = tr("All of the briefing");
    path.origin = Origin::Default;

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
