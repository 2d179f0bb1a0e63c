// SPDX-License-Identifier: MIT
#include "charts/valueaxisticks.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bv {

namespace {
// 1, 2 or 5 times a power of ten, the nearest at or above `value`.
double niceStep(double value)
{
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (double mantissa : {1.0, 2.0, 5.0}) {
        if (mantissa * power >= value * (1 - 1e-9))
            return mantissa * power;
    }
    return 10 * power;
}

} // namespace

void setRoundTicks(QValueAxis *axis, double low, double high, double plotHeight)
{
    if (!(high > low))
        high = low + 1;
    // The smallest round step that needs no more intervals than the height has room for.
    const int intervals = std::clamp(int(plotHeight / 35), 2, 6);
    double step = niceStep((high - low) / intervals);
    double first = 0, last = 0;
    for (int attempt = 0; attempt < 4; ++attempt) {
        first = std::floor(low / step + 1e-9);
        last = std::ceil(high / step - 1e-9);
        if (last - first <= intervals)
            break;
        step = niceStep(step * 1.01); // rounding out took more: the next round step
    }
    const int decimals = std::clamp(int(std::ceil(-std::log10(step) - 1e-9)), 0, 9);
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f'));
    axis->setTickCount(int(last - first) + 1);
    axis->setRange(first * step, last * step);
}


} // namespace bv
