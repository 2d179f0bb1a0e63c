// SPDX-License-Identifier: MIT
#include "charts/chartcomparison.h"

#include <QMenu>

namespace bv {

QVector<int> ChartComparison::candidates(const Briefing &briefing, const ChartSpec &spec)
{
    QVector<int> rows;
    if (spec.seriesRows.isEmpty() || spec.drawing == ChartSpec::Drawing::Stacked)
        return rows;
    const Series &first = briefing.series.at(spec.seriesRows.first());
    for (int row = 0; row < briefing.series.size(); ++row) {
        const Series &series = briefing.series.at(row);
        if (!spec.seriesRows.contains(row) && series.kind == first.kind && series.unit == first.unit)
            rows.append(row);
    }
    return rows;
}

QString ChartComparison::whyNone(const Briefing &briefing, const ChartSpec &spec)
{
    if (spec.seriesRows.isEmpty() || !candidates(briefing, spec).isEmpty())
        return {};
    if (spec.drawing == ChartSpec::Drawing::Stacked)
        return tr("A stacked chart adds its series up: another series would change its totals.");
    const Series &first = briefing.series.at(spec.seriesRows.first());
    int otherUnits = 0;
    for (int row = 0; row < briefing.series.size(); ++row) {
        if (!spec.seriesRows.contains(row) && briefing.series.at(row).kind == first.kind)
            ++otherUnits;
    }
    const QString unit = first.unit.isEmpty() ? tr("no unit") : first.unit;
    QString why = first.kind == Series::Kind::Time
                      ? tr("No other time series in “%1”: only a series of the same unit can share this chart's axis.")
                            .arg(unit)
                      : tr("No other category series in “%1”: only a series of the same unit can share this chart's axis.")
                            .arg(unit);
    if (otherUnits > 0)
        why += QLatin1Char(' ') + tr("%n series in other units are not offered.", nullptr, otherUnits);
    return why;
}

ChartSpec ChartComparison::with(const Briefing &briefing, const ChartSpec &base, const QStringList &seriesIds)
{
    ChartSpec spec = base;
    for (const QString &id : seriesIds) {
        for (int row : candidates(briefing, spec)) {
            if (briefing.series.at(row).id != id)
                continue;
            spec.seriesRows.append(row);
            spec.comparedRows.append(row);
            break;
        }
    }
    if (!spec.comparedRows.isEmpty()) {
        const bool time = briefing.series.at(spec.seriesRows.first()).kind == Series::Kind::Time;
        spec.drawing = ChartSpec::drawingFor(spec.kind, time, int(spec.seriesRows.size()));
    }
    return spec;
}

QString ChartComparison::addedName(const QString &name)
{
    return tr("%1 (added for comparison)").arg(name);
}

QString ChartComparison::captionLine(const QStringList &addedNames)
{
    if (addedNames.isEmpty())
        return {};
    return tr("Added for comparison, not part of this chart in the briefing: %1.", nullptr, int(addedNames.size()))
        .arg(addedNames.join(QStringLiteral("; ")));
}

void ChartComparison::fillMenu(QMenu *menu, const Briefing &briefing, const ChartSpec &spec,
                               const std::function<void(const QString &)> &add,
                               const std::function<void(const QString &)> &remove)
{
    menu->clear();
    menu->addSection(tr("Compare with"));
    const QVector<int> rows = candidates(briefing, spec);
    for (int row : rows) {
        const Series &series = briefing.series.at(row);
        const QString text = series.unit.isEmpty() ? series.name : tr("%1 — %2").arg(series.name, series.unit);
        QAction *action = menu->addAction(text, menu, [add, id = series.id] { add(id); });
        action->setObjectName(QStringLiteral("compare:") + series.id);
        action->setToolTip(series.description);
    }
    if (rows.isEmpty()) {
        QAction *none = menu->addAction(whyNone(briefing, spec));
        none->setObjectName(QStringLiteral("compare:none"));
        none->setEnabled(false);
    }
    if (spec.comparedRows.isEmpty())
        return;
    menu->addSeparator();
    for (int row : spec.comparedRows) {
        const Series &series = briefing.series.at(row);
        QAction *action = menu->addAction(tr("Remove comparison: %1").arg(series.name), menu,
                                          [remove, id = series.id] { remove(id); });
        action->setObjectName(QStringLiteral("uncompare:") + series.id);
    }
    if (spec.comparedRows.size() > 1) {
        QAction *all = menu->addAction(tr("Remove every comparison"), menu, [remove] { remove(QString()); });
        all->setObjectName(QStringLiteral("uncompare:all"));
    }
}

} // namespace bv
