// SPDX-License-Identifier: MIT
// A chart stop on the stage: the briefing's chart (or a series on a chart of its own) drawn
// by the Charts panel's SeriesChart in its presentation form, redrawn at the stage's size
// with type and lines scaled, its source under it. The charts shown are kept (a few), so
// stepping back to one does not read its series again.
#pragma once

#include "present/stagestyle.h"

#include <QHash>
#include <QWidget>

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
    void resetRange();
    // Forgets the charts kept (another briefing, or the same one read again).
    void clear();
    // The citations of the sources of the chart's series, each once.
    QStringList sources() const;

    static constexpr int kept = 6;

signals:
    void rangeChangedByUser(double from, double to);

private:
    SeriesChart *make(const QString &id);
    void applyStyle(SeriesChart *chart);

    Selection *m_selection;
    std::shared_ptr<const EventTimeIndex> m_events;
    QStackedLayout *m_stack;
    QHash<QString, SeriesChart *> m_charts;
    QStringList m_order; // of use, the latest last
    SeriesChart *m_current = nullptr;
    StageStyle m_style;
};

} // namespace bv
