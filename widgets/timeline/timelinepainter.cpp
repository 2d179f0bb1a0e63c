// SPDX-License-Identifier: MIT
#include "timeline/timelinepainter.h"
#include "content/textlimits.h"

#include "common/viewcolours.h"
#include "content/briefing.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace bv {

namespace {

QColor faded(QColor colour, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(colour.redF() * 0.3f + base.redF() * 0.7f, colour.greenF() * 0.3f + base.greenF() * 0.7f,
                            colour.blueF() * 0.3f + base.blueF() * 0.7f);
}

} // namespace

TimelineScene TimelinePainter::scene(const EventTimeIndex &index, const Briefing &briefing, const QRectF &bounds,
                                     double from, double to, const QFont &font, const QLocale &locale,
                                     const QString &stamp, TimelineLayout::WidthCache *widths, double nameWidth)
{
    TimelineScene scene;
    scene.bounds = bounds;
    scene.stamp = stamp;
    const QFontMetrics metrics(font);
    double top = bounds.top();
    if (!stamp.isEmpty())
        top += metrics.height() * 2;
    const double axisHeight = metrics.height() + 10;
    scene.laneNames = QRectF(bounds.left(), top, nameWidth, bounds.bottom() - axisHeight - top);
    scene.geometry.from = from;
    scene.geometry.to = to;
    scene.geometry.laneCount = std::max(1, index.laneCount());
    scene.geometry.plot = QRectF(QPointF(bounds.left() + nameWidth, top),
                                 QPointF(bounds.right() - 8, bounds.bottom() - axisHeight));
    scene.axis = QRectF(QPointF(scene.geometry.plot.left(), scene.geometry.plot.bottom()), bounds.bottomRight());
    scene.ticks = TimeAxis::ticks(from, to, int(scene.geometry.plot.width()), locale, metrics);
    scene.items = TimelineLayout::layout(
        index, scene.geometry, font, [&briefing](int row) { return shownTitle(briefing.events.title(row)); },
        [&briefing](int row) {
            return !briefing.events.endDate(row) && briefing.events.startDate(row).precision() != PartialDate::Precision::Day;
        },
        widths);
    return scene;
}

QRectF TimelinePainter::laneNameRect(const TimelineScene &scene, int lane)
{
    const TimelineGeometry &g = scene.geometry;
    return QRectF(scene.laneNames.left() + 6, g.laneTop(lane) + 2, std::max(1.0, scene.laneNames.width() - 12),
                  std::max(1.0, g.laneHeight() - 4));
}

QStringList TimelinePainter::laneNameLines(const QString &name, const QFontMetricsF &metrics, double width, int maxLines)
{
    maxLines = std::max(1, maxLines);
    const QString ellipsis(QChar(0x2026));
    // Greedy wrap at spaces; a word wider than the line is cut to it.
    QStringList lines;
    QString line;
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int word = 0;
    for (; word < words.size(); ++word) {
        const QString candidate = line.isEmpty() ? words.at(word) : line + QLatin1Char(' ') + words.at(word);
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        lines << line;
        line = words.at(word);
        if (lines.size() == maxLines)
            break;
    }
    if (lines.size() < maxLines) {
        if (!line.isEmpty())
            lines << line;
        line.clear();
    }
    // What does not fit: the last line takes as much as it can of the rest, ending in "…".
    const bool cut = lines.size() == maxLines && word < words.size();
    QString &last = lines.isEmpty() ? lines.emplaceBack() : lines.last();
    if (cut)
        last = metrics.elidedText(last + QLatin1Char(' ') + words.mid(word).join(QLatin1Char(' ')) + ellipsis, Qt::ElideRight, width);
    for (QString &shown : lines) {
        if (metrics.horizontalAdvance(shown) > width)
            shown = metrics.elidedText(shown, Qt::ElideRight, width);
    }
    return lines;
}

bool TimelinePainter::clusterIsLinked(const TimelineItem &item, const EventTimeIndex &index, const Briefing &briefing,
                                      const TimelineHighlight &highlight)
{
    for (int row : highlight.linkedEvents) {
        const int position = index.positionOf(row);
        if (position < 0)
            continue;
        const double start = index.entryAt(position).start;
        if (start < item.from || start >= item.to)
            continue;
        if (index.isInLane(briefing, row, item.lane))
            return true;
    }
    return false;
}

void TimelinePainter::paint(QPainter &painter, const TimelineScene &scene, const EventTimeIndex &index,
                            const Briefing &briefing, const TimelineHighlight &highlight, const QPalette &palette)
{
    const TimelineGeometry &g = scene.geometry;
    const QFontMetrics metrics(painter.font());
    painter.fillRect(scene.bounds, palette.color(QPalette::Base));
    if (!scene.stamp.isEmpty()) {
        painter.setPen(palette.color(QPalette::Text));
        QFont bold = painter.font();
        bold.setBold(true);
        painter.save();
        painter.setFont(bold);
        painter.drawText(QRectF(scene.bounds.left() + 8, scene.bounds.top(), scene.bounds.width() - 16, metrics.height() * 2),
                         Qt::AlignVCenter | Qt::AlignLeft, scene.stamp);
        painter.restore();
    }
    // Lanes: alternating stripes and names.
    for (int lane = 0; lane < index.laneCount(); ++lane) {
        const QRectF stripe(scene.laneNames.left(), g.laneTop(lane), scene.bounds.right() - scene.laneNames.left(),
                            g.laneHeight());
        if (lane % 2 == 1)
            painter.fillRect(stripe, palette.color(QPalette::AlternateBase));
        painter.setPen(ViewColours::category(lane, palette));
        const QRectF nameRect = laneNameRect(scene, lane);
        const QFontMetricsF lineMetrics(painter.font());
        const int lines = std::max(1, int((nameRect.height() + lineMetrics.leading()) / lineMetrics.lineSpacing()));
        double y = nameRect.top() + lineMetrics.ascent();
        for (const QString &line : laneNameLines(index.laneName(lane), lineMetrics, nameRect.width(), lines)) {
            painter.drawText(QPointF(nameRect.left(), y), line);
            y += lineMetrics.lineSpacing();
        }
    }
    // Axis and grid.
    const QColor gridColour = palette.color(QPalette::Mid);
    painter.setPen(palette.color(QPalette::Text));
    painter.drawLine(QPointF(g.plot.left(), g.plot.bottom()), QPointF(g.plot.right(), g.plot.bottom()));
    for (const TimeAxis::Tick &tick : scene.ticks.ticks) {
        const double x = g.x(tick.day);
        painter.setPen(QPen(gridColour, 0, Qt::DotLine));
        painter.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
        painter.setPen(palette.color(QPalette::Text));
        painter.drawLine(QPointF(x, g.plot.bottom()), QPointF(x, g.plot.bottom() + 4));
        // A label that would run past the scene's edge is left out (its tick stays).
        if (x + 3 + metrics.horizontalAdvance(tick.label) <= scene.bounds.right())
            painter.drawText(QPointF(x + 3, g.plot.bottom() + 4 + metrics.ascent()), tick.label);
    }
    if (index.isEmpty()) {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(g.plot, Qt::AlignCenter, tr("This briefing has no dated events."));
        return;
    }
    painter.save();
    painter.setClipRect(g.plot.adjusted(-TimelineLayout::markSize, 0, TimelineLayout::markSize, 0));
    const QColor highlightColour = palette.color(QPalette::Highlight);
    for (const TimelineItem &item : scene.items) {
        if (item.rect.width() < 1)
            continue; // a cluster squeezed out by its neighbours' badges (its tooltip still counts it)
        const QColor laneCol = ViewColours::category(item.lane, palette);
        const bool current = item.event >= 0 && item.event == highlight.currentEvent;
        const bool linked = item.event >= 0 ? highlight.linkedEvents.contains(item.event)
                                            : clusterIsLinked(item, index, briefing, highlight);
        const bool dim = highlight.fadeOthers && !linked && !current;
        const QColor fill = current ? highlightColour : dim ? faded(laneCol, palette) : laneCol;
        const QColor outline = linked ? palette.color(QPalette::Text) : fill.darker(130);
        painter.setPen(QPen(outline, linked ? 2 : 1));
        switch (item.type) {
        case TimelineItem::Type::Marker: {
            QPainterPath diamond;
            const QPointF c = item.rect.center();
            const double r = item.rect.width() / 2;
            diamond.moveTo(c.x(), c.y() - r);
            diamond.lineTo(c.x() + r, c.y());
            diamond.lineTo(c.x(), c.y() + r);
            diamond.lineTo(c.x() - r, c.y());
            diamond.closeSubpath();
            painter.setBrush(fill);
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.drawPath(diamond);
            painter.setRenderHint(QPainter::Antialiasing, false);
            break;
        }
        case TimelineItem::Type::Bar:
            painter.setBrush(fill);
            painter.drawRect(item.rect);
            break;
        case TimelineItem::Type::Span: {
            // Only the year or month is known: a light, hatched span, not a false exact day.
            QColor light = fill;
            light.setAlpha(70);
            painter.setBrush(light);
            painter.drawRect(item.rect);
            painter.setBrush(QBrush(fill, Qt::BDiagPattern));
            painter.drawRect(item.rect);
            break;
        }
        case TimelineItem::Type::Cluster:
            painter.setBrush(dim ? faded(laneCol, palette) : laneCol);
            painter.drawRect(item.rect);
            if (item.showCount) {
                painter.setPen(ViewColours::isDark(palette) ? Qt::black : Qt::white);
                painter.drawText(item.rect, Qt::AlignCenter, QString::number(item.count));
            }
            break;
        }
        if (item.event >= 0 && highlight.markedEvents.contains(item.event)) {
            // The user's note or bookmark: a small dot above the event's leading end.
            const double r = 2.5;
            const QPointF at(item.rect.left() + r, item.rect.top() - r - 1);
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette.color(QPalette::Link));
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.drawEllipse(at, r, r);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }
        if (item.event >= 0 && item.event == highlight.focusEvent) {
            painter.setPen(QPen(palette.color(QPalette::Text), 1, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(item.rect.adjusted(-3, -3, 3, 3));
        }
        if (!item.labelRect.isEmpty()) {
            painter.setPen(dim ? palette.color(QPalette::PlaceholderText) : palette.color(QPalette::Text));
            QFont font = painter.font();
            const bool bold = current || linked;
            if (bold != font.bold()) {
                font.setBold(bold);
                painter.setFont(font);
            }
            // Each label in its own direction: in a right-to-left interface a left-to-right
            // title keeps its trailing "%" or "?" at its end.
            painter.setLayoutDirection(item.label.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
            painter.drawText(QPointF(item.labelRect.left(), item.labelRect.top() + metrics.ascent()), item.label);
            if (bold) {
                font.setBold(false);
                painter.setFont(font);
            }
        }
    }
    painter.restore();
}

} // namespace bv
