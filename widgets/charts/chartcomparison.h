// SPDX-License-Identifier: MIT
// "Compare with…": another series of the briefing drawn on a chart for the moment, like the
// chart's own series, without changing the file or the briefing's chart. Only a series of the
// chart's kind (time series to a time chart, categories to a category chart) and unit can
// share its axis; a stacked chart takes none (an added series would change its totals). The
// added series are named so in the legend, the table, the caption and every export.
#pragma once

#include "charts/chartspec.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QMenu;

namespace bv {

class ChartComparison
{
    Q_DECLARE_TR_FUNCTIONS(ChartComparison)
public:
    // The rows of the series that could be added to `spec`, in the briefing's order.
    static QVector<int> candidates(const Briefing &briefing, const ChartSpec &spec);
    // Why none can be, for the menu; empty when some can.
    static QString whyNone(const Briefing &briefing, const ChartSpec &spec);
    // `base` with the series of these ids added (those that can be, in this order).
    static ChartSpec with(const Briefing &briefing, const ChartSpec &base, const QStringList &seriesIds);
    // The name an added series goes by on the chart: "Russia (added for comparison)".
    static QString addedName(const QString &name);
    // One line for the caption and exports naming the added series; empty when none is.
    static QString captionLine(const QStringList &addedNames);
    // Fills `menu` with what can be added (by name, with unit) or why nothing can, and a
    // "Remove comparison" for each series added; the choices call `add` and `remove` with a
    // series id (`remove` with an empty id: every added series).
    static void fillMenu(QMenu *menu, const Briefing &briefing, const ChartSpec &spec,
                         const std::function<void(const QString &)> &add,
                         const std::function<void(const QString &)> &remove);
};

} // namespace bv
