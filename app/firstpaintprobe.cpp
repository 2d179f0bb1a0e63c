// SPDX-License-Identifier: MIT
#include "firstpaintprobe.h"

#include "charts/chartpanel.h"
#include "charts/serieschart.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace bv {

qint64 monotonicNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

qint64 peakResidentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

FirstPaintProbe::FirstPaintProbe(QWidget *window, int quitAfterMs)
    : QObject(window)
    , m_window(window)
    , m_quitAfterMs(quitAfterMs)
{
    qApp->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window) {
        m_seen = true;
        // The whole window is painted and flushed once control returns to the event loop.
        QTimer::singleShot(0, this, &FirstPaintProbe::report);
    }
    return false;
}

void FirstPaintProbe::report()
{
    std::printf("first-paint-ns %lld\n", static_cast<long long>(monotonicNanoseconds()));
    std::fflush(stdout);
    m_reported = true;
    if (m_contentDone || !m_stillLoading || !m_stillLoading())
        quitLater();
}

void FirstPaintProbe::contentShown()
{
    // Once the window has painted the briefing: the next turn of the event loop, or, while
    // charts in view wait for their figures, once they are drawn.
    QTimer::singleShot(0, this, [this] {
        for (ChartPanel *panel : m_window->findChildren<ChartPanel *>()) {
            if (panel->isLoading()) {
                connect(panel, &ChartPanel::visibleChartsLoaded, this, &FirstPaintProbe::contentShown,
                        Qt::SingleShotConnection);
                return;
            }
        }
        contentReady();
    });
}

void FirstPaintProbe::contentReady()
{
    if (m_contentDone)
        return;
    std::printf("content-ready-ns %lld\n", static_cast<long long>(monotonicNanoseconds()));
    std::fflush(stdout);
    m_contentDone = true;
    if (m_reported)
        quitLater();
}

void FirstPaintProbe::quitLater()
{
    QTimer::singleShot(m_quitAfterMs, this, [this] {
        std::printf("peak-rss-kb %lld\n", static_cast<long long>(peakResidentKilobytes()));
        // What the charts show then: a memory figure means little without them.
        qint64 points = 0;
        for (const SeriesChart *chart : m_window->findChildren<SeriesChart *>())
            points += chart->isLoaded() ? chart->pointsInChart() : 0;
        std::printf("chart-points %lld\n", static_cast<long long>(points));
        std::fflush(stdout);
        QCoreApplication::quit();
    });
}

} // namespace bv
