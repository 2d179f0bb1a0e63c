// SPDX-License-Identifier: MIT
// The zoomable, linked timeline of a briefing's events. It paints what is visible itself
// (no item per event), follows the shared Selection and, with "Sync time" on, the shared
// TimeRange.
#pragma once

#include "content/eventtimeindex.h"
#include "timeline/timelinepainter.h"

#include <QWidget>

#include <memory>

namespace bv {

class BriefingDatabase;
class ItemMarks;
class Selection;
class TimeRange;

class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    TimelineView(Selection *selection, TimeRange *timeRange, QWidget *parent = nullptr);

    void setLanes(EventTimeIndex::Lanes lanes);
    // Draws a mark on events with the user's note or bookmark.
    void setMarks(const ItemMarks *marks);
    QSet<int> markedEvents() const { return m_highlight.markedEvents; }
    const EventTimeIndex &index() const { return *m_index; }
    double from() const { return m_from; }
    double to() const { return m_to; }
    int focusEvent() const { return m_highlight.focusEvent; }
    const TimelineHighlight &highlight() const { return m_highlight; }
    // The scene as last laid out for the widget's size (laid out now when stale).
    const TimelineScene &scene();
    // Index into scene().items of the item under `point`, or -1.
    int itemAt(const QPointF &point);
    // Events overlapping the visible range, in time order.
    QVector<int> visibleEvents() const;
    QString describe(int eventRow) const; // "date — title"

public slots:
    void setVisibleRange(double from, double to);
    void fitAll();
    void zoomBy(double factor, double anchorDay);
    void panBy(double fractionOfWidth);
    void stepFocus(int direction); // +1 next event in time, -1 previous

signals:
    void visibleRangeChanged(double from, double to);
    void focusEventChanged(int eventRow);
    void indexRebuilt();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    QSize sizeHint() const override { return {900, 320}; }
    QSize minimumSizeHint() const override { return {300, 140}; }

private:
    void rebuild();
    void followSelection();
    void setFocusEvent(int eventRow);
    void announce(); // the accessible description: the focused event, or how to reach one
    void ensureVisible(int eventRow);
    void invalidate();
    void updateMarks();
    const Briefing *briefing() const;

    Selection *m_selection;
    TimeRange *m_timeRange;
    std::shared_ptr<const BriefingDatabase> m_database;
    std::shared_ptr<const EventTimeIndex> m_index;
    EventTimeIndex::Lanes m_lanes = EventTimeIndex::Lanes::ByCategory;
    double m_from = 0, m_to = 1;
    TimelineHighlight m_highlight;
    const ItemMarks *m_marks = nullptr;
    TimelineScene m_scene;
    TimelineLayout::WidthCache m_labelWidths;
    bool m_sceneStale = true;
    QPointF m_dragOrigin;
    double m_dragFrom = 0;
    bool m_dragging = false;
};

} // namespace bv
