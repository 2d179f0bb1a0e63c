// SPDX-License-Identifier: MIT
// Every chart of the briefing (format 2) as one chart of its series, and every series in no
// chart as a chart of its own, one under the other. Charts linked to the current item stand
// out and the rest fade; time-axis charts follow "Sync time".
#pragma once

#include "charts/chartspec.h"
#include "content/eventtimeindex.h"

#include <QHash>

#include <QWidget>

#include <memory>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace bv {

class ItemMarks;
class Selection;
class SeriesChart;
class TimeRange;

class ChartPanel final : public QWidget
{
    Q_OBJECT
public:
    ChartPanel(Selection *selection, TimeRange *timeRange, QWidget *parent = nullptr);
    QVector<SeriesChart *> charts() const { return m_charts; }
    // The chart of this id (a chart's, or a series' on a chart of its own), else the first
    // chart that shows the series of this id.
    SeriesChart *chart(const QString &id) const;
    // Builds the charts now (they are otherwise built when the panel is first shown).
    void ensureBuilt();
    // Every chart marks its points (and itself) with the user's notes and bookmarks.
    void setMarks(const ItemMarks *marks);
    // "Compare with…" (chartcomparison.h): the series added to the chart `chartId` for the
    // moment, in the order added; kept while the same briefing is open (a change of content
    // language reopens it), never written anywhere.
    void compare(const QString &chartId, const QString &seriesId);
    void removeComparison(const QString &chartId, const QString &seriesId); // empty: every one
    QStringList compared(const QString &chartId) const { return m_compared.value(chartId); }
    // Charts in view are still to be drawn: their series are being read in the background
    // (the window paints meanwhile), or they are built one a turn of the event loop.
    bool isLoading() const { return m_loadScheduled || m_waitingInView; }

signals:
    // Every chart in view is drawn with its figures (after isLoading() was true).
    void visibleChartsLoaded();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    SeriesChart *makeChart(const ChartSpec &spec);
    // The same chart of the briefing open now, when it was never drawn (SeriesChart::reuse).
    bool reuse(SeriesChart *chart, const ChartSpec &spec);
    void replace(int index, SeriesChart *chart); // in its place in the list, the old one deleted
    void setCompared(const QString &chartId, const QStringList &seriesIds);
    void loadVisible();
    void scheduleLoad(); // loadVisible() at the next turn of the event loop, once
    void prefetchFirst();
    void fitCharts();
    void followSelection();
    void updateEmphasis();
    bool followsTimeline() const;
    void scrollToFollowed();
    void retranslate();

    Selection *m_selection;
    TimeRange *m_timeRange;
    const ItemMarks *m_marks = nullptr;
    std::shared_ptr<const EventTimeIndex> m_events;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QVBoxLayout *m_list;
    QLabel *m_note;
    QVector<SeriesChart *> m_charts;
    QVector<ChartSpec> m_specs;           // each chart as the briefing has it, without comparisons
    QHash<QString, QStringList> m_compared; // chart id → series ids added
    QString m_comparedIn;                  // the briefing they were added in (file and id)
    bool m_built = false;
    QString m_followedId; // the chart scrolled to for the current item, kept in view
    bool m_loadScheduled = false;
    bool m_waitingInView = false; // a chart in view waits for its series
    QMetaObject::Connection m_cacheReady;
};

} // namespace bv
