// SPDX-License-Identifier: MIT
// For the benchmark suite: notes when a window has painted for the first time, prints
// "first-paint-ns <CLOCK_MONOTONIC ns>" and the peak RSS, then quits (after an optional
// delay, so that more can happen before the RSS is read).
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace bv {

class FirstPaintProbe final : public QObject
{
    Q_OBJECT
public:
    FirstPaintProbe(QWidget *window, int quitAfterMs = 0);

    // While this says a briefing is still being read, the probe waits for contentShown().
    void setStillLoading(std::function<bool()> stillLoading) { m_stillLoading = std::move(stillLoading); }

public slots:
    // The briefing is shown: prints "content-ready-ns" once it is painted with the charts in
    // view drawn (their series are read in the background), and lets the probe quit (a probe
    // that saw contentShown connected waits for it).
    void contentShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();
    void contentReady();
    void quitLater();
    QWidget *m_window;
    int m_quitAfterMs;
    bool m_seen = false;
    bool m_reported = false;
    bool m_contentDone = false;
    std::function<bool()> m_stillLoading;
};

qint64 monotonicNanoseconds();
qint64 peakResidentKilobytes(); // VmHWM of this process

} // namespace bv
