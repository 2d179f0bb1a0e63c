// SPDX-License-Identifier: MIT
#include "charts/categorytable.h"

#include <QHash>

#include <cmath>
#include <limits>
#include <map>

namespace bv {

double CategoryTable::y(int series, int row) const
{
    const int p = point(series, row);
    return p < 0 ? std::numeric_limits<double>::quiet_NaN() : values->at(series).y.at(p);
}

PointStatus CategoryTable::status(int series, int row) const
{
    const int p = point(series, row);
    return p < 0 ? PointStatus::Measured : values->at(series).statusAt(p);
}

QString CategoryTable::breakNote(int series, int row) const
{
    const int p = point(series, row);
    return p < 0 ? QString() : values->at(series).breakAt(p);
}

int CategoryTable::rowOfPoint(int series, int point) const
{
    if (series < 0 || series >= seriesCount() || point < 0)
        return -1;
    return int(cells.at(series).indexOf(point));
}

int CategoryTable::rowOfItem(const QString &itemId) const
{
    return itemId.isEmpty() ? -1 : int(itemIds.indexOf(itemId));
}

CategoryTable CategoryTable::make(const QVector<SeriesValues> &values, bool periods)
{
    CategoryTable table;
    table.values = &values;
    table.periods = periods;
    table.cells.resize(values.size());
    if (periods) {
        // Periods in time order: a key of start day and precision.
        std::map<std::pair<double, int>, int> rows;
        for (const SeriesValues &v : values) {
            for (int i = 0; i < v.size(); ++i)
                rows.emplace(std::make_pair(v.x.at(i), int(v.periodAt(i))), 0);
        }
        int row = 0;
        for (auto &[key, index] : rows)
            index = row++;
        table.labels.resize(row);
        table.itemIds.resize(row);
        for (int s = 0; s < values.size(); ++s) {
            const SeriesValues &v = values.at(s);
            table.cells[s].fill(-1, row);
            for (int i = 0; i < v.size(); ++i) {
                const int at = rows.at(std::make_pair(v.x.at(i), int(v.periodAt(i))));
                table.cells[s][at] = i;
                table.labels[at] = v.periodText(i);
            }
        }
        return table;
    }
    QHash<QString, int> rowOf;
    for (int s = 0; s < values.size(); ++s) {
        const SeriesValues &v = values.at(s);
        for (int i = 0; i < v.size(); ++i) {
            const QString key = v.labels.value(i).trimmed();
            if (rowOf.contains(key))
                continue;
            rowOf.insert(key, table.rows());
            table.labels << v.labels.value(i);
            table.itemIds << QString();
        }
    }
    for (int s = 0; s < values.size(); ++s) {
        const SeriesValues &v = values.at(s);
        table.cells[s].fill(-1, table.rows());
        for (int i = 0; i < v.size(); ++i) {
            const int row = rowOf.value(v.labels.value(i).trimmed());
            if (table.cells[s][row] < 0) // a name twice in one series: its first point
                table.cells[s][row] = i;
            if (table.itemIds.at(row).isEmpty())
                table.itemIds[row] = v.itemIdAt(i);
        }
    }
    return table;
}

} // namespace bv
