// SPDX-License-Identifier: MIT
// A timeline stop on the stage: the events over the stop's period in the lanes it chose
// (by category or by actor), painted by the timeline's own painter at the stage's scale:
// labels, marks and lines redrawn larger, never a bitmap enlarged. The wheel zooms and a
// drag pans, as on the timeline; the stage's current item stands out.
#pragma once

#include "content/eventtimeindex.h"
#include "present/stagestyle.h"
#include "timeline/timelinepainter.h"

#include <QWidget>

#include <memory>

namespace bv {

class Selection;

class StageTimeline final : public QWidget
{
    Q_OBJECT
public:
    // `selection` is the stage's own (its current item is the highlight).
    explicit StageTimeline(Selection *selection, QWidget *parent = nullptr);

    // The lanes shown: category names, or actor ids when `byActor`; all when empty (or when
    // the briefing has none of them).
    void showLanes(bool byActor, const QStringList &lanes);
    const EventTimeIndex &index() const { return *m_index; }
    void setStageStyle(const StageStyle &style);
    void setRange(double from, double to);
    void fitAll(); // the whole span of the events shown
    double from() const { return m_from; }
    double to() const { return m_to; }
    // The scene as painted, in the timeline's own units (the widget's size / scale()).
    const TimelineScene &scene();
    qreal scale() const { return m_style.figureScale; }
    void refresh(); // the briefing was read again

signals:
    void rangeChangedByUser(double from, double to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void followSelection();
    void userRange(double from, double to);

    Selection *m_selection;
    std::shared_ptr<const EventTimeIndex> m_index;
    bool m_byActor = false;
    QStringList m_lanes;
    StageStyle m_style;
    double m_from = 0, m_to = 1;
    TimelineHighlight m_highlight;
    TimelineScene m_scene;
    TimelineLayout::WidthCache m_widths;
    bool m_stale = true;
    bool m_dragging = false;
    double m_dragX = 0, m_dragFrom = 0;
};

} // namespace bv
