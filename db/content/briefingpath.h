// SPDX-License-Identifier: MIT
// A briefing path: an ordered list of stops a presenter shows, each one thing of the live
// briefing (the overview, an item card, a chart, the timeline over a range, scenarios side
// by side) with a title, speaker notes and an optional time budget. Paths come from three
// places: the default path made from the content (defaultPath), the briefing's own `path`
// tables (format 2), and the user's library.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace bv {

class Briefing;

struct PathStop
{
    enum class Kind : quint8 { Overview, Item, Chart, Timeline, Compare };

    Kind kind = Kind::Overview;
    QString title;
    QString notes;                     // speaker notes, Markdown
    std::optional<int> budgetSeconds;  // the time the presenter means to spend here
    // Item: the item shown as a card (guarantee, scenario, event, actor, source, FAQ entry).
    // Chart: the series (or format-2 chart) shown. Timeline: unused. Compare: unused.
    QString itemId;
    // Compare: the two or three scenarios side by side. Timeline: the lanes shown (category
    // names, or actor ids when `lanesByActor`), all when empty.
    QStringList itemIds;
    bool lanesByActor = false;
    // Chart and Timeline: the period shown, as partial dates ('2014', '2022-03', '2022-03-01'),
    // empty for the whole span. Category charts ignore them.
    QString from, to;
    // Chart: the item (a point id "series@label", or an item a category stands for) highlighted.
    QString highlightId;

    static QLatin1String kindKey(Kind kind); // 'overview', 'item', 'chart', 'timeline', 'compare'
    static bool parseKind(const QString &text, Kind *kind);
    static QString kindKeys(); // "overview, item, chart, timeline, compare"
    // A bound of a chart's or timeline's period: 'YYYY', 'YYYY-Qn', 'YYYY-MM' or 'YYYY-MM-DD'.
    static bool isPeriodBound(const QString &text);
    bool operator==(const PathStop &other) const;
    bool operator!=(const PathStop &other) const { return !(*this == other); }
};

struct BriefingPath
{
    Q_DECLARE_TR_FUNCTIONS(BriefingPath)
public:
    enum class Origin : quint8 { Default, Briefing, User };

    QString id;    // 'default' for the default path; unique among a briefing's or a user's paths
    QString title;
    Origin origin = Origin::Default;
    QVector<PathStop> stops;

    bool isEmpty() const { return stops.isEmpty(); }
    bool operator==(const BriefingPath &other) const
    {
        return id == other.id && title == other.title && origin == other.origin && stops == other.stops;
    }
    bool operator!=(const BriefingPath &other) const { return !(*this == other); }

    // Limits (docs/format.md, "path"): a briefing's paths, a path's stops, text lengths in
    // characters, a stop's items or lanes, a stop's time budget.
    static constexpr int maxPaths = 100;
    static constexpr int maxStops = 500;
    static constexpr int maxIdLength = 200;
    static constexpr int maxTitleLength = 500;
    static constexpr int maxNotesLength = 100000;
    static constexpr int maxItemIds = 50;
    static constexpr int maxBudgetSeconds = 24 * 3600;
    // The titles and notes of all the stops of a briefing's paths together, in characters.
    static constexpr int maxTotalTextLength = 10000000;

    // What of this path `briefing` cannot show, one message a problem naming the stop by its
    // number from 1 ("stop 3: the briefing has no item “x”"); empty when all of it can be
    // shown. `usable`, when given, receives the path without what cannot be shown (and each
    // message says what became of it: "…; the stop is left out"): a stop whose item, chart or
    // scenarios the briefing lacks is left out; a highlight, lane or date it cannot use is
    // dropped from its stop. Texts and budgets are not checked (see the limits).
    // `stopNumbers`, when given, are the numbers to name the stops by (one per stop).
    QStringList check(const Briefing &briefing, BriefingPath *usable = nullptr,
                      const QVector<int> &stopNumbers = {}) const;
    // What of this path is over the limits above (the id, titles, notes, number of stops and
    // items, budgets), one message a problem naming the stop; empty when nothing is.
    QStringList limitProblems() const;

    // The default path: the overview, each guarantee, each scenario, each chart (a format-2
    // chart, or a series in no chart), the FAQ entries; titles from the content. The
    // briefing's madeDefaultPath when it has one (a copy that shares its stops).
    static BriefingPath defaultPath(const Briefing &briefing);
    // Makes the briefing's madeDefaultPath from its content as it is now.
    static void makeDefaultPath(Briefing *briefing);
};

} // namespace bv
