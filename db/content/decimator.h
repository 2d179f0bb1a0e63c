// SPDX-License-Identifier: MIT
// Reduces the visible slice of a large series to at most two points per pixel column: the
// lowest and the highest point of each column, in x order. Every spike that exists in the
// data is still drawn, and no chart is handed more than 2 x width points (plus one more
// stretch per gap).
#pragma once

#include <QPointF>
#include <QVector>

namespace bv {

struct DecimatedSeries
{
    QVector<QPointF> points;
    QVector<int> segmentStarts; // indexes into points where a line starts again after a gap
};

class Decimator
{
public:
    // `x` ascending (equal values allowed); NaN in `y` is a gap. Points in [from, to] and
    // one neighbour on each side (so lines reach the edges) are kept.
    static DecimatedSeries decimate(const double *x, const double *y, int count, double from, double to, int columns);
    // The index range [begin, end) of points with from <= x <= to, widened by one each side.
    static QPair<int, int> slice(const double *x, int count, double from, double to);
};

} // namespace bv
