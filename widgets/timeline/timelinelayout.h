// SPDX-License-Identifier: MIT
// Where every visible event of the timeline goes: markers, bars, spans of year- or
// month-only dates, clusters where events are too dense to draw apart, and labels stacked
// into rows (or elided) so that no two overlap. Work is proportional to what is visible,
// never to the number of events in the briefing.
#pragma once

#include "content/eventtimeindex.h"

#include <QFontMetrics>
#include <QHash>
#include <QRectF>
#include <QVector>

namespace bv {

struct TimelineItem
{
    enum class Type {
        Marker,  // a day-precision point event
        Span,    // a year- or month-only date, drawn as the span it means
        Bar,     // an event with an end date
        Cluster  // several events too close to draw apart
    };
    Type type = Type::Marker;
    int lane = 0;
    int event = -1;     // row in Briefing::events; -1 for a cluster
    int count = 1;      // events in a cluster
    bool showCount = false; // a cluster badge with room for its count
    double from = 0;    // the time the item covers (a cluster: its cell)
    double to = 0;
    QRectF rect;        // the marker, bar or cluster badge
    QRectF labelRect;   // empty when the item has no label
    QString label;      // elided to fit labelRect
};

struct TimelineGeometry
{
    double from = 0, to = 1; // visible days
    QRectF plot;             // where lanes are drawn (without the lane names and axis)
    int laneCount = 0;

    double x(double day) const { return plot.left() + (day - from) * plot.width() / (to - from); }
    double day(double x) const { return from + (x - plot.left()) * (to - from) / plot.width(); }
    double laneHeight() const { return laneCount > 0 ? plot.height() / laneCount : plot.height(); }
    double laneTop(int lane) const { return plot.top() + lane * laneHeight(); }
};

class TimelineLayout
{
public:
    static constexpr double clusterCellPixels = 12;
    static constexpr double markSize = 10;
    static constexpr double minimumLabelWidth = 36;
    static constexpr double maximumLabelWidth = 280;

    // Bold label widths by event row, kept across frames (measuring text is costly).
    using WidthCache = QHash<int, float>;

    // `titles` gives an event's label by row. `widths` may be null.
    static QVector<TimelineItem> layout(const EventTimeIndex &index, const TimelineGeometry &geometry,
                                        const QFont &font,
                                        const std::function<QString(int)> &titles,
                                        const std::function<bool(int)> &isPartialDate,
                                        WidthCache *widths = nullptr);

private:
    static void placeLabels(QVector<TimelineItem> &items, int firstOfLane, const TimelineGeometry &geometry,
                            int lane, const QFont &font, WidthCache *widths);
};

} // namespace bv
