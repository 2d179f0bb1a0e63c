// SPDX-License-Identifier: MIT
// Round ticks for a value axis of a chart: 1, 2 or 5 times a power of ten.
#pragma once

class QValueAxis;

namespace bv {

// Sets `axis` to [low, high] widened to round ticks, as many as a plot `plotHeight` pixels
// high has room for, labelled with no more decimals than the step needs.
// (QValueAxis::applyNiceNumbers() can recurse without end in Qt 6.4 when the plot area
// changes under it.)
void setRoundTicks(QValueAxis *axis, double low, double high, double plotHeight);

} // namespace bv
