// SPDX-License-Identifier: MIT
// For the benchmark suite: notes when a window has painted for the first time, prints
// "first-paint-ns <CLOCK_MONOTONIC ns>" and the peak RSS, then quits (after an optional
// delay, so that more can happen before the RSS is read).
#pragma once

#include <QObject>

class QWidget;

namespace bv {

class FirstPaintProbe final : public QObject
{
    Q_OBJECT
public:
    FirstPaintProbe(QWidget *window, int quitAfterMs = 0);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();
    QWidget *m_window;
    int m_quitAfterMs;
    bool m_seen = false;
};

qint64 monotonicNanoseconds();
qint64 peakResidentKilobytes(); // VmHWM of this process

} // namespace bv
