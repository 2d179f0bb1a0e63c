// SPDX-License-Identifier: MIT
#include "decimator.h"

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
    result.points.reserve(std::min(end - begin, 4 * columns + 4));
    const double columnWidth = (to - from) / columns;
    bool newSegment = true;
    int i = begin;
    while (i < end) {
        if (std::isnan(y[i])) {
            newSegment = true;
            ++i;
            continue;
        }
        // One column (or the stretch of it up to a gap): first, min, max, last.
        // The neighbours outside [from, to] join the first and last columns.
        const double column = std::clamp(std::floor((x[i] - from) / columnWidth), 0.0, double(columns - 1));
        const double columnEnd = column == columns - 1 ? HUGE_VAL : from + (column + 1) * columnWidth;
        int first = i, last = i, low = i, high = i;
        int j = i + 1;
        for (; j < end && x[j] < columnEnd && !std::isnan(y[j]); ++j) {
            last = j;
            if (y[j] < y[low])
                low = j;
            if (y[j] > y[high])
                high = j;
        }
        if (newSegment) {
            result.segmentStarts.append(int(result.points.size()));
            newSegment = false;
        }
        int picks[4] = {first, low, high, last};
        std::sort(picks, picks + 4);
        const int *unique = std::unique(picks, picks + 4);
        for (const int *p = picks; p != unique; ++p)
            result.points.append(QPointF(x[*p], y[*p]));
        i = j;
    }
    return result;
}

} // namespace bv
