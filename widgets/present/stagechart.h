// SPDX-License-Identifier: MIT
// A chart stop on the stage: the briefing's chart (or a series on a chart of its own) drawn
// by the Charts panel's SeriesChart in its presentation form, redrawn at the stage's size
// with type and lines scaled, its source under it. The charts shown are kept (a few), so
// stepping back to one does not even look at its series again; their values come from the
// briefing's SeriesCache, which the console's views, the Charts panel and the thumbnails
// share. A stage that reads in the background (the console's next stop) shows a chart
// whose series are not yet read once they are, and never makes the window's thread wait.
#pragma once

#include "present/stagestyle.h"

#include <QHash>
#include <QWidget>

#include <cmath>
#include <memory>

class QStackedLayout;

namespace bv {

class EventTimeIndex;
class Selection;
class SeriesChart;

class StageChart final : public QWidget
{
    Q_OBJECT
public:
    // `selection` is the stage's own (its current item is the highlight).
    explicit StageChart(Selection *selection, QWidget *parent = nullptr);
    ~StageChart() override;

    // Shows the chart (or series) `id`; false when the briefing has none of that id.
    bool showChart(const QString &id);
    SeriesChart *chart() const { return m_current; }
    void setStageStyle(const StageStyle &style);
    // The period shown of a time chart, in days; the chart's own when not given.
    void setRange(double from, double to);
    // A stop's period (days; NaN for a bound it leaves open: the chart's own), once the
    // chart's series are read; the chart's own where the period is empty.
    void showStopRange(double from, double to);
    // Reads the series of a chart to show in the background (SeriesCache::prefetch) rather
    // than at once; the chart is built, and loaded() emitted, once they are read.
    void setReadsInBackground(bool inBackground) { m_inBackground = inBackground; }
    bool readsInBackground() const { return m_inBackground; }
    // The chart shown waits for its series (read in the background).
    bool isWaiting() const { return m_waiting; }
    void resetRange();
    // Forgets the charts kept (another briefing, or the same one read again).
    void clear();
    // The citations of the sources of the chart's series, each once.
    QStringList sources() const;

    static constexpr int kept = 6;

signals:
    void rangeChangedByUser(double from, double to);
    void loaded(); // the chart shown, which waited for its series, has them and is drawn

private:
    SeriesChart *make(const QString &id);
    void applyStyle(SeriesChart *chart);
    bool seriesRead(const SeriesChart *chart) const; // every series of it in the cache
    void seriesReady();
    void applyStopRange();

    Selection *m_selection;
    std::shared_ptr<const EventTimeIndex> m_events;
    QStackedLayout *m_stack;
    QHash<QString, SeriesChart *> m_charts;
    QStringList m_order; // of use, the latest last
    SeriesChart *m_current = nullptr;
    StageStyle m_style;
    bool m_inBackground = false;
    bool m_waiting = false;
    double m_stopFrom = std::nan(""), m_stopTo = std::nan(""); // the stop's period, NaN: open
    QMetaObject::Connection m_cacheReady;
};

} // namespace bv
