// SPDX-License-Identifier: MIT
#include "timeline/timelinelayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bv {

namespace {

constexpr double labelGap = 6;
// Marks up to this wide are in the way of labels beside the marks; longer bars and spans
// run under them.
constexpr double maximumObstacleWidth = 40;
constexpr double markRowHeight = 16;

TimelineItem itemFor(const EventTimeIndex::Entry &entry, int lane, const TimelineGeometry &g,
                     const std::function<bool(int)> &isPartialDate)
{
    TimelineItem item;
    item.lane = lane;
    item.event = entry.event;
    item.from = entry.start;
    item.to = entry.end;
    const double top = g.laneTop(lane) + 3;
    const double left = g.x(entry.start);
    const double right = g.x(entry.end);
    const bool partial = isPartialDate(entry.event);
    if (right - left >= TimelineLayout::markSize && (partial || entry.end - entry.start > 1)) {
        item.type = partial ? TimelineItem::Type::Span : TimelineItem::Type::Bar;
        item.rect = QRectF(QPointF(left, top), QPointF(right, top + TimelineLayout::markSize));
    } else {
        item.type = partial ? TimelineItem::Type::Span : TimelineItem::Type::Marker;
        const double centre = (left + right) / 2;
        item.rect = QRectF(centre - TimelineLayout::markSize / 2, top, TimelineLayout::markSize, TimelineLayout::markSize);
    }
    return item;
}

} // namespace

QVector<TimelineItem> TimelineLayout::layout(const EventTimeIndex &index, const TimelineGeometry &g,
                                             const QFont &font, const std::function<QString(int)> &titles,
                                             const std::function<bool(int)> &isPartialDate, WidthCache *widths)
{
    QVector<TimelineItem> items;
    const QFontMetrics metrics(font);
    const double digitWidth = metrics.horizontalAdvance(QLatin1Char('8'));
    if (!(g.to > g.from) || g.plot.width() <= 0)
        return items;
    const double daysPerPixel = (g.to - g.from) / g.plot.width();
    const double cellDays = clusterCellPixels * daysPerPixel;
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        const int firstOfLane = int(items.size());
        // Events that began before the window and still run: drawn from the left edge.
        for (const EventTimeIndex::Entry &entry : index.runningAt(lane, g.from)) {
            items.append(itemFor(entry, lane, g, isPartialDate));
            items.last().label = titles(entry.event);
        }
        // Events starting in the window, cell by cell; cells are aligned to absolute time so
        // clusters do not flicker while panning.
        const QVector<EventTimeIndex::Entry> &entries = index.entries(lane);
        double lastBadgeRight = -1e9;
        int lastBadge = -1;
        const auto range = index.startingIn(lane, g.from, g.to);
        int i = range.first;
        while (i < range.second) {
            const double cell = std::floor(entries.at(i).start / cellDays);
            const double cellEnd = (cell + 1) * cellDays;
            auto lower = [](const EventTimeIndex::Entry &entry, double value) { return entry.start < value; };
            const int next = int(std::lower_bound(entries.cbegin() + i, entries.cbegin() + range.second, cellEnd, lower)
                                 - entries.cbegin());
            if (next - i == 1) {
                items.append(itemFor(entries.at(i), lane, g, isPartialDate));
                items.last().label = titles(entries.at(i).event);
                lastBadge = -1; // a badge never counts across a single event
            } else {
                TimelineItem cluster;
                cluster.type = TimelineItem::Type::Cluster;
                cluster.lane = lane;
                cluster.count = next - i;
                cluster.from = cell * cellDays;
                cluster.to = cellEnd;
                const double centre = g.x(entries.at(i).start);
                // A badge with its count where there is room; packed clusters are compact bars.
                const int digits = cluster.count < 10 ? 1 : cluster.count < 100 ? 2 : cluster.count < 1000 ? 3 : 4;
                const double width = std::max<double>(markSize + 4, digitWidth * digits + 8);
                const QRectF badge(centre - width / 2, g.laneTop(lane) + 1, width, markSize + 4);
                if (badge.left() >= lastBadgeRight + 2) {
                    cluster.rect = badge;
                    cluster.showCount = true;
                    lastBadgeRight = badge.right();
                    lastBadge = int(items.size());
                } else if (lastBadge >= 0) {
                    // No room for a badge of its own: the badge before it counts these events too.
                    TimelineItem &previous = items[lastBadge];
                    previous.count += cluster.count;
                    previous.to = cellEnd;
                    i = next;
                    continue;
                } else {
                    const double left = std::max(centre - clusterCellPixels / 2 + 1, lastBadgeRight + 1);
                    const double right = std::max(left, centre + clusterCellPixels / 2 - 1);
                    cluster.rect = QRectF(left, g.laneTop(lane) + 3, right - left, markSize);
                }
                items.append(cluster);
            }
            i = next;
        }
        placeLabels(items, firstOfLane, g, lane, font, widths);
    }
    return items;
}

void TimelineLayout::placeLabels(QVector<TimelineItem> &items, int firstOfLane, const TimelineGeometry &g, int lane,
                                 const QFont &font, WidthCache *widths)
{
    const QFontMetrics metrics(font);
    const double lineHeight = metrics.height() + 2;
    double labelTop = g.laneTop(lane) + markRowHeight + 2;
    int rows = int(std::floor((g.laneHeight() - markRowHeight - 2) / lineHeight));
    // A lane too low for a row of labels under its marks gets them beside the marks.
    const bool inlineLabels = rows <= 0 && g.laneHeight() >= lineHeight;
    if (inlineLabels) {
        rows = 1;
        labelTop = g.laneTop(lane) + 1;
    }
    if (rows <= 0)
        return;
    // Greedy, left to right: the first row where the whole label fits; else the row where at
    // least a short elided label fits (its neighbour on the left gets elided to make room).
    QVector<double> fullEnd(rows, -1e9), minimumEnd(rows, -1e9);
    QVector<QVector<int>> rowItems(rows);
    // Labels of the current and linked items are drawn bold: measure them so.
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    struct Wanted
    {
        double x, width;
        int item;
    };
    QVector<Wanted> wanted;
    QVector<double> widthOf(items.size(), 0), fullWidthOf(items.size(), 0);
    // Beside the marks, a label must not run over the other marks and badges of its row.
    QVector<double> roomOf(items.size(), std::numeric_limits<double>::max());
    QVector<int> obstacles;
    if (inlineLabels) {
        for (int i = firstOfLane; i < items.size(); ++i) {
            const TimelineItem &item = items.at(i);
            if (item.type == TimelineItem::Type::Cluster || item.rect.width() <= maximumObstacleWidth)
                obstacles.append(i);
        }
    }
    for (int i = firstOfLane; i < items.size(); ++i) {
        const TimelineItem &item = items.at(i);
        if (item.type == TimelineItem::Type::Cluster || item.label.isEmpty())
            continue;
        double full = -1;
        if (widths) {
            const auto cached = widths->constFind(item.event);
            if (cached != widths->constEnd())
                full = *cached;
        }
        if (full < 0) {
            full = bold.horizontalAdvance(item.label) + 2;
            if (widths)
                widths->insert(item.event, float(full));
        }
        const double width = std::min<double>(full, maximumLabelWidth);
        // Start under the marker (or just after it, inline); near the right edge, end there instead.
        double x;
        if (inlineLabels) {
            // Beside the mark: after it, or before it when the plot ends too soon.
            x = item.rect.right() + 4 + width <= g.plot.right() ? item.rect.right() + 4 : item.rect.left() - 4 - width;
            x = std::max(g.plot.left(), x);
        } else {
            x = std::max(g.plot.left(), std::min(item.rect.left(), g.plot.right() - width));
        }
        double room = std::numeric_limits<double>::max();
        for (const int o : std::as_const(obstacles)) {
            const QRectF &mark = items.at(o).rect;
            if (o == i || mark.right() + labelGap / 2 <= x)
                continue;
            room = std::min(room, mark.left() - labelGap / 2 - x);
        }
        roomOf[i] = room;
        if (x < g.plot.right() - minimumLabelWidth && room >= minimumLabelWidth)
            wanted.append(Wanted{x, std::min(width, room), i});
        widthOf[i] = width;
        fullWidthOf[i] = full;
    }
    std::sort(wanted.begin(), wanted.end(), [](const Wanted &a, const Wanted &b) { return a.x < b.x; });
    for (const Wanted &w : std::as_const(wanted)) {
        int row = -1;
        for (int r = 0; r < rows && row < 0; ++r) {
            if (fullEnd.at(r) + labelGap <= w.x)
                row = r;
        }
        for (int r = 0; r < rows && row < 0; ++r) {
            if (minimumEnd.at(r) + labelGap <= w.x)
                row = r;
        }
        if (row < 0)
            continue; // no room: the marker stays, the label is left out (tooltip and list have it)
        rowItems[row].append(w.item);
        fullEnd[row] = w.x + w.width;
        minimumEnd[row] = w.x + std::min(w.width, minimumLabelWidth);
        items[w.item].labelRect = QRectF(w.x, labelTop + row * lineHeight, w.width, metrics.height());
    }
    // Each label ends before the next label of its row begins, and inside the plot.
    for (const QVector<int> &row : std::as_const(rowItems)) {
        for (int k = 0; k < row.size(); ++k) {
            TimelineItem &item = items[row.at(k)];
            double limit = std::min(g.plot.right() - item.labelRect.left(), roomOf.at(row.at(k)));
            if (k + 1 < row.size())
                limit = std::min(limit, items.at(row.at(k + 1)).labelRect.left() - labelGap - item.labelRect.left());
            const double width = std::min(widthOf.at(row.at(k)), limit);
            item.labelRect.setWidth(width);
            if (width < fullWidthOf.at(row.at(k))) // only a label that does not fit is elided
                item.label = bold.elidedText(item.label, Qt::ElideRight, int(std::floor(width)));
            if (item.label.isEmpty())
                item.labelRect = QRectF();
        }
    }
}

} // namespace bv
