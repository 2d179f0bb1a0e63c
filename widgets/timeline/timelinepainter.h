// SPDX-License-Identifier: MIT
// Paints a laid-out timeline with any QPainter: the widget, a PNG or an SVG export.
#pragma once

#include "common/timeaxis.h"
#include "timeline/timelinelayout.h"

#include <QPalette>
#include <QSet>

class QFontMetricsF;
class QPainter;

namespace bv {

class Briefing;

struct TimelineHighlight
{
    int currentEvent = -1;
    int focusEvent = -1;   // the keyboard cursor
    QSet<int> linkedEvents;
    bool fadeOthers = false; // the current item has linked events: the rest fade
    QSet<int> markedEvents;  // events with the user's note or bookmark
};

struct TimelineScene
{
    QRectF bounds;
    QRectF laneNames;   // gutter with the lane names
    QRectF axis;        // ticks and labels under the lanes
    QString stamp;      // exports only: title, edition and range
    TimelineGeometry geometry;
    QVector<TimelineItem> items;
    TimeAxis::Ticks ticks;
};

class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    static constexpr double laneNameWidth = 140;

    // Computes the whole scene for a rectangle: lanes, items, axis.
    // `nameWidth`: the gutter of the lane names (laneNameWidth where a view lines up with it).
    static TimelineScene scene(const EventTimeIndex &index, const Briefing &briefing, const QRectF &bounds,
                               double from, double to, const QFont &font, const QLocale &locale,
                               const QString &stamp = QString(), TimelineLayout::WidthCache *widths = nullptr,
                               double nameWidth = laneNameWidth);
    // A lane's name as drawn in its place: wrapped at its words into lines of `width`, at
    // most `maxLines` of them (at least one); the last of them ends in "…" when the rest of
    // the name does not fit.
    static QStringList laneNameLines(const QString &name, const QFontMetricsF &metrics, double width, int maxLines);
    // The rectangle of lane `lane`'s name in `scene`.
    static QRectF laneNameRect(const TimelineScene &scene, int lane);
    static void paint(QPainter &painter, const TimelineScene &scene, const EventTimeIndex &index,
                      const Briefing &briefing, const TimelineHighlight &highlight, const QPalette &palette);

private:
    static bool clusterIsLinked(const TimelineItem &item, const EventTimeIndex &index, const Briefing &briefing,
                                const TimelineHighlight &highlight);
};

} // namespace bv
