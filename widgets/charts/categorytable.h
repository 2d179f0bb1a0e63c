// SPDX-License-Identifier: MIT
// The series of a category chart side by side: one row a category (or, for bars over
// time, a period), one column a series, each cell the point's index in its series' values
// (-1 where a series has no such category). Categories match by name, in the order they
// first appear; periods by their start and precision, in time order.
#pragma once

#include "content/seriesvalues.h"

#include <QStringList>
#include <QVector>

namespace bv {

struct CategoryTable
{
    QStringList labels;         // the rows' names, as shown
    QStringList itemIds;        // the item each row stands for, '' for none
    QVector<QVector<int>> cells; // [series][row]: the point's index, -1 for none
    const QVector<SeriesValues> *values = nullptr;
    bool periods = false;       // rows are the periods of time series

    int rows() const { return int(labels.size()); }
    int seriesCount() const { return int(cells.size()); }
    int point(int series, int row) const { return cells.at(series).at(row); }
    double y(int series, int row) const;               // NaN where none
    PointStatus status(int series, int row) const;
    QString breakNote(int series, int row) const;
    // The row of a series' point, -1 when it has none.
    int rowOfPoint(int series, int point) const;
    int rowOfItem(const QString &itemId) const;

    static CategoryTable make(const QVector<SeriesValues> &values, bool periods);
};

} // namespace bv
