// SPDX-License-Identifier: MIT
#include "charts/serieslines.h"

#include "charts/statusstyle.h"

#include <QChart>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bv {

namespace {
constexpr qreal dotRadius = 5; // a marked point, as QtCharts drew a line's points of marker size 5
constexpr qreal seriesZ = 4;   // QtCharts' own series' (ChartPresenter::SeriesZValue): under markers and legend

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length = QPointF::dotProduct(ab, ab);
    const double t = length > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

double distance(const QPointF &a, const QPointF &b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}
} // namespace

SeriesLines::SeriesLines(QChart *chart, QAbstractSeries *anchor, QValueAxis *xAxis, QValueAxis *yAxis)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_anchor(anchor)
    , m_xAxis(xAxis)
    , m_yAxis(yAxis)
{
    setZValue(seriesZ);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    place();
}

void SeriesLines::setSeriesCount(int count)
{
    m_lines.resize(count);
    m_sorted.resize(count);
    m_pens.resize(count, qMakePair(QColor(Qt::black), qreal(1.5)));
}

void SeriesLines::setLines(int series, QVector<ChartLine> lines)
{
    if (series < 0 || series >= m_lines.size())
        return;
    QVector<bool> sorted(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        ChartLine &line = lines[i];
        line.series = series;
        line.pen = QPen(m_pens.at(series).first, m_pens.at(series).second, StatusStyle::lineStyle(line.status));
        // Periods of different lengths may draw a point before the one ahead of it.
        sorted[i] = std::is_sorted(line.points.cbegin(), line.points.cend(),
                                   [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    }
    m_lines[series] = std::move(lines);
    m_sorted[series] = std::move(sorted);
    if (m_hovered && m_hovered->series == series)
        m_hovered.reset(); // the point under the pointer is found again at its next move
    m_pressed.reset();
    update();
}

const QVector<ChartLine> &SeriesLines::lines(int series) const
{
    static const QVector<ChartLine> none;
    return series >= 0 && series < m_lines.size() ? m_lines.at(series) : none;
}

void SeriesLines::setPen(int series, const QColor &colour, qreal width)
{
    if (series < 0 || series >= m_lines.size())
        return;
    m_pens[series] = qMakePair(colour, width);
    bool changed = false;
    for (ChartLine &line : m_lines[series]) {
        const QPen pen(colour, width, StatusStyle::lineStyle(line.status));
        if (line.pen != pen) {
            line.pen = pen;
            changed = true;
        }
    }
    if (changed)
        update();
}

int SeriesLines::pointCount() const
{
    int total = 0;
    for (const QVector<ChartLine> &lines : m_lines) {
        for (const ChartLine &line : lines)
            total += line.count();
    }
    return total;
}

void SeriesLines::place()
{
    const QRectF plot = m_chart->plotArea();
    if (plot != m_plot) {
        prepareGeometryChange();
        m_plot = plot;
    }
    update();
}

QRectF SeriesLines::boundingRect() const
{
    return m_plot.adjusted(-dotRadius - 4, -dotRadius - 4, dotRadius + 4, dotRadius + 4);
}

SeriesLines::Mapping SeriesLines::mapping() const
{
    // QtCharts' own mapping of two corners of the axes' ranges: linear in between.
    Mapping m;
    const double minX = m_xAxis->min(), maxX = m_xAxis->max(), minY = m_yAxis->min(), maxY = m_yAxis->max();
    if (!(maxX > minX) || !(maxY > minY))
        return m;
    const QPointF low = m_chart->mapToPosition(QPointF(minX, minY), m_anchor);
    const QPointF high = m_chart->mapToPosition(QPointF(maxX, maxY), m_anchor);
    if (low == high)
        return m;
    m.minX = minX;
    m.minY = minY;
    m.x0 = low.x();
    m.y0 = low.y();
    m.sx = (high.x() - low.x()) / (maxX - minX);
    m.sy = (high.y() - low.y()) / (maxY - minY);
    m.valid = std::isfinite(m.sx) && std::isfinite(m.sy) && m.sx != 0 && m.sy != 0;
    return m;
}

QPointF SeriesLines::toChart(const QPointF &value) const
{
    const Mapping m = mapping();
    return m.valid ? m.map(value) : QPointF();
}

void SeriesLines::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const Mapping m = mapping();
    if (!m.valid)
        return;
    painter->save();
    // The plot, and half a pixel more so that a line along its edge stays whole (as QtCharts).
    painter->setClipRect(m_plot.adjusted(-0.5, -0.5, 0.5, 0.5));
    painter->setBrush(Qt::NoBrush);
    // Solid lines as separate segments on screen (the raster engine's fast path for lines
    // wider than a pixel, as QtCharts drew them); as one polyline each in SVG and PDF, and
    // wherever a dash pattern must run on along the line. A dense solid line (more points
    // than half the plot's pixel columns) at 1× on screen or in a 1× PNG: one polyline in a
    // cosmetic pen of one pixel, the engine's fastest (about a third of the time of
    // 1.5-pixel segments, which ten series of them take on every zoom step); its spikes look
    // the same, its width is a pixel instead of one or two. Emphasised lines, a stage's
    // scaled ones and sparse lines keep their pen.
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    const bool atOne = painter->deviceTransform().type() <= QTransform::TxTranslate;
    QPen thin;
    thin.setWidth(1);
    thin.setCosmetic(true);
    for (const QVector<ChartLine> &lines : std::as_const(m_lines)) {
        for (const ChartLine &line : lines) {
            const int n = line.count();
            if (n == 0)
                continue;
            m_buffer.resize(n);
            for (int i = 0; i < n; ++i)
                m_buffer[i] = m.map(line.points.at(i));
            const bool solid = line.pen.style() == Qt::SolidLine;
            if (n >= 2 && raster && atOne && solid && line.pen.widthF() <= 1.5 && n > m_plot.width() / 2) {
                thin.setColor(line.pen.color());
                painter->setPen(thin);
                painter->drawPolyline(m_buffer);
            } else if (n >= 2) {
                painter->setPen(line.pen);
                if (raster && solid) {
                    m_segments.resize(n - 1);
                    for (int i = 1; i < n; ++i)
                        m_segments[i - 1] = QLineF(m_buffer.at(i - 1), m_buffer.at(i));
                    painter->drawLines(m_segments);
                } else {
                    painter->drawPolyline(m_buffer);
                }
            }
            if (line.pointsVisible) {
                painter->setPen(Qt::NoPen);
                painter->setBrush(line.pen.color());
                for (const QPointF &point : std::as_const(m_buffer))
                    painter->drawEllipse(point, dotRadius, dotRadius);
                painter->setBrush(Qt::NoBrush);
            }
        }
    }
    painter->restore();
}

std::optional<SeriesLines::Hit> SeriesLines::hitAt(const QPointF &at, qreal tolerance) const
{
    if (!m_plot.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(at))
        return std::nullopt;
    const Mapping m = mapping();
    if (!m.valid)
        return std::nullopt;
    // Only the points within reach along x: a binary search in each line's x order.
    const double value = m.minX + (at.x() - m.x0) / m.sx;
    const double reach = (tolerance + dotRadius) / std::abs(m.sx);
    std::optional<Hit> best;
    double bestDistance = HUGE_VAL;
    auto consider = [&](double d, int series, int line, int point) {
        if (d < bestDistance) {
            bestDistance = d;
            best = Hit{series, line, point, m_lines.at(series).at(line).points.at(point)};
        }
    };
    for (int s = 0; s < m_lines.size(); ++s) {
        for (int l = 0; l < m_lines.at(s).size(); ++l) {
            const ChartLine &line = m_lines.at(s).at(l);
            const QList<QPointF> &points = line.points;
            const int n = int(points.size());
            int begin = 0, end = n;
            if (m_sorted.at(s).at(l)) {
                auto byX = [](const QPointF &p, double x) { return p.x() < x; };
                begin = int(std::lower_bound(points.cbegin(), points.cend(), value - reach, byX) - points.cbegin());
                end = int(std::upper_bound(points.cbegin(), points.cend(), value + reach,
                                           [](double x, const QPointF &p) { return x < p.x(); })
                          - points.cbegin());
                begin = std::max(0, begin - 1); // the segments reaching into the window
                end = std::min(n, end + 1);
            }
            const bool dots = line.pointsVisible;
            QPointF previous;
            for (int i = begin; i < end; ++i) {
                const QPointF here = m.map(points.at(i));
                const double toPoint = distance(at, here);
                if (toPoint <= tolerance + (dots ? dotRadius : 0))
                    consider(std::max(0.0, toPoint - (dots ? dotRadius : 0)), s, l, i);
                if (i > begin) {
                    const double toSegment = distanceToSegment(at, previous, here);
                    if (toSegment <= tolerance) // the segment's end nearer the pointer
                        consider(toSegment, s, l, distance(at, previous) <= toPoint ? i - 1 : i);
                }
                previous = here;
            }
        }
    }
    return best;
}

void SeriesLines::hover(std::optional<Hit> hit)
{
    const auto same = [](const std::optional<Hit> &a, const std::optional<Hit> &b) {
        return a.has_value() == b.has_value()
               && (!a || (a->series == b->series && a->line == b->line && a->point == b->point));
    };
    if (same(hit, m_hovered))
        return;
    const std::optional<Hit> before = m_hovered;
    m_hovered = hit;
    if (hit)
        emit hovered(hit->series, hit->value, true);
    else if (before)
        emit hovered(before->series, before->value, false);
}

void SeriesLines::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    hover(hitAt(event->pos()));
}

void SeriesLines::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    hover(std::nullopt);
}

void SeriesLines::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // A press on no line goes on to what lies under it (and the canvas drags the plot).
    m_pressed = event->button() == Qt::LeftButton ? hitAt(event->pos()) : std::nullopt;
    if (!m_pressed) {
        event->ignore();
        return;
    }
    m_pressedAt = event->pos();
    event->accept();
}

void SeriesLines::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    // A click, not the end of a drag (as QtCharts' lines).
    const std::optional<Hit> pressed = m_pressed;
    m_pressed.reset();
    if (pressed && (event->pos() - m_pressedAt).manhattanLength() <= 2)
        emit clicked(pressed->series, pressed->value);
}

} // namespace bv
