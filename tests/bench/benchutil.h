// SPDX-License-Identifier: MIT
// Small helpers of the benchmark programs: timing and order statistics. Each program
// prints "key value" lines that scripts/bench collects.
#pragma once

#include <QElapsedTimer>
#include <QPair>
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

// The chart benchmarks' zoom: 12 steps in from [first, last] around a point off-centre, the
// same 12 back out, then the whole range.
inline QVector<QPair<double, double>> zoomSteps(double first, double last)
{
    QVector<QPair<double, double>> steps;
    double from = first, to = last;
    const double anchor = first + (last - first) * 0.37;
    for (int i = 0; i < 12; ++i) {
        from = anchor - (anchor - from) / 1.6;
        to = anchor + (to - anchor) / 1.6;
        steps << qMakePair(from, to);
    }
    for (int i = 11; i >= 0; --i)
        steps << steps.at(i);
    steps << qMakePair(first, last);
    return steps;
}

// Each step timed, four rounds of all steps, the first a warm-up left out.
template<typename F>
QVector<double> timeSteps(const QVector<QPair<double, double>> &steps, F &&step)
{
    QVector<double> times;
    for (int round = 0; round < 4; ++round) {
        for (const auto &range : steps) {
            const double ms = milliseconds([&] { step(range.first, range.second); });
            if (round > 0)
                times << ms;
        }
    }
    return times;
}

inline void report(const char *key, double value)
{
    std::printf("%s %.4f\n", key, value);
    std::fflush(stdout);
}

} // namespace bv::bench
