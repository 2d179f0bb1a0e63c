// SPDX-License-Identifier: MIT
// Waits until a chart shown in a chart panel stops changing size: its rows take their height
// once its width is known. Returns after five looks 10 ms apart found the same size, or after
// a second.
#pragma once

#include "charts/chartcanvas.h"
#include "charts/serieschart.h"

#include <QSize>
#include <QTest>

namespace bv::test {

inline void waitUntilChartSettles(SeriesChart *chart)
{
    int still = 0;
    QSize last;
    for (int i = 0; i < 100 && still < 5; ++i) {
        QTest::qWait(10);
        still = chart->canvas()->size() == last ? still + 1 : 0;
        last = chart->canvas()->size();
    }
}

} // namespace bv::test
