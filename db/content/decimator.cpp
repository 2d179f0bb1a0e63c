// SPDX-License-Identifier: MIT
#include "content/decimator.h"

#include <algorithm>
#include <cmath>

namespace bv {

QPair<int, int> Decimator::slice(const double *x, int count, double from, double to)
{
    const double *begin = std::lower_bound(x, x + count, from);
    const double *end = std::upper_bound(begin, x + count, to);
    int first = int(begin - x), last = int(end - x);
    if (first > 0)
        --first;
    if (last < count)
        ++last;
    return {first, last};
}

DecimatedSeries Decimator::decimate(const double *x, const double *y, int count, double from, double to, int columns)
{
    DecimatedSeries result;
    if (count <= 0 || columns <= 0 || !(to > from))
        return result;
    const auto [begin, end] = slice(x, count, from, to);
    result.points.reserve(std::min(end - begin, 2 * columns + 2));
    const double columnWidth = (to - from) / columns;
    bool newSegment = true;
    int i = begin;
    while (i < end) {
        if (std::isnan(y[i])) {
            newSegment = true;
            ++i;
            continue;
        }
        // The points of this column: found by binary search, then one pass over y only.
        // The neighbours outside [from, to] join the first and last columns.
        const double column = std::clamp(std::floor((x[i] - from) / columnWidth), 0.0, double(columns - 1));
        // At least this point: rounding can put x[i] on the far side of its column's end.
        const int columnEnd = column == columns - 1
                                  ? end
                                  : std::max(i + 1, int(std::lower_bound(x + i, x + end, from + (column + 1) * columnWidth) - x));
        int low = i, high = i;
        double lowValue = y[i], highValue = y[i];
        // Fast path without branches; a NaN anywhere in the column shows in the sum.
        double sum = 0;
        for (int k = i + 1; k < columnEnd; ++k) {
            const double value = y[k];
            sum += value;
            const bool lower = value < lowValue, higher = value > highValue;
            lowValue = lower ? value : lowValue;
            low = lower ? k : low;
            highValue = higher ? value : highValue;
            high = higher ? k : high;
        }
        int j = columnEnd;
        if (std::isnan(sum)) {
            // A gap inside the column: this stretch ends at it (rare, so the slow way).
            low = high = i;
            lowValue = highValue = y[i];
            for (j = i + 1; j < columnEnd && !std::isnan(y[j]); ++j) {
                if (y[j] < lowValue) {
                    lowValue = y[j];
                    low = j;
                } else if (y[j] > highValue) {
                    highValue = y[j];
                    high = j;
                }
            }
        }
        if (newSegment) {
            result.segmentStarts.append(int(result.points.size()));
            newSegment = false;
        }
        // The lowest and highest point, in x order: every spike stays drawn.
        const int first = std::min(low, high), second = std::max(low, high);
        result.points.append(QPointF(x[first], y[first]));
        if (second != first)
            result.points.append(QPointF(x[second], y[second]));
        i = j;
    }
    return result;
}

} // namespace bv
