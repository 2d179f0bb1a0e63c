// SPDX-License-Identifier: MIT
// Small helpers of the benchmark programs: timing and order statistics. Each program
// prints "key value" lines that scripts/bench collects.
#pragma once

#include <QElapsedTimer>
#include <QVector>

#include <algorithm>
#include <cstdio>

namespace bv::bench {

inline double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * (values.size() - 1) + 0.5));
    return values.at(index);
}

template<typename F>
double milliseconds(F &&work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

inline void report(const char *key, double value)
{
    std::printf("%s %.4f\n", key, value);
    std::fflush(stdout);
}

} // namespace bv::bench
