// SPDX-License-Identifier: MIT
// The lines of a time chart's series, drawn by us on the chart's scene (QtCharts keeps the
// axes, grid and layout): each line a polyline of its decimated points in its status' pen,
// mapped to the plot when painted. Nothing is built per line on a zoom step but the points
// themselves; QtCharts' line items built and stroked a path and a hit-test shape for every
// series on every step (docs/performance.md, "Ten series on one chart"). Hovering and
// clicking search the drawn points near the pointer.
#pragma once

#include "content/briefing.h"

#include <QGraphicsObject>
#include <QList>
#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QVector>

#include <optional>

class QChart;
class QAbstractSeries;
class QValueAxis;

namespace bv {

// One line as drawn: a stretch of one series in one status, between gaps.
struct ChartLine
{
    int series = 0;
    PointStatus status = PointStatus::Measured;
    QPen pen;
    QList<QPointF> points;      // in chart values (milliseconds, value)
    bool pointsVisible = false; // each point marked with a dot (sparse or short lines)
    int count() const { return int(points.size()); }
};

class SeriesLines final : public QGraphicsObject
{
    Q_OBJECT
public:
    // Drawn over `chart`'s plot in the values of `anchor`'s axes (a series attached to both).
    SeriesLines(QChart *chart, QAbstractSeries *anchor, QValueAxis *xAxis, QValueAxis *yAxis);

    void setSeriesCount(int count);
    // The lines of one series, replacing what it had; each takes the series' pen in its
    // status' style.
    void setLines(int series, QVector<ChartLine> lines);
    const QVector<ChartLine> &lines(int series) const;
    // Every line of `series` in this colour and width, each in its status' style.
    void setPen(int series, const QColor &colour, qreal width);
    int pointCount() const;
    // Follows the plot area (call when it moves or the axes' ranges change).
    void place();

    // The drawn point nearest to `at` (in the chart's coordinates, the scene's in a chart
    // view) on the line nearest to it, within `tolerance` pixels of the line or of a point's
    // dot: its series, line, index in the line and value.
    struct Hit
    {
        int series = -1;
        int line = -1;
        int point = -1;
        QPointF value; // the drawn point, in chart values
    };
    std::optional<Hit> hitAt(const QPointF &at, qreal tolerance = 5) const;
    // Where a value is drawn, in the chart's coordinates.
    QPointF toChart(const QPointF &value) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

signals:
    void hovered(int series, const QPointF &value, bool state);
    void clicked(int series, const QPointF &value);

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct Mapping // chart coordinates = origin + (value - min) * scale
    {
        double x0 = 0, sx = 1, y0 = 0, sy = 1;
        double minX = 0, minY = 0;
        bool valid = false;
        QPointF map(const QPointF &value) const { return QPointF(x0 + (value.x() - minX) * sx, y0 + (value.y() - minY) * sy); }
    };
    Mapping mapping() const;
    void hover(std::optional<Hit> hit);

    QChart *m_chart;
    QAbstractSeries *m_anchor;
    QValueAxis *m_xAxis, *m_yAxis;
    QVector<QVector<ChartLine>> m_lines; // by series
    QVector<QVector<bool>> m_sorted;    // by series and line: its points in x order
    QVector<QPair<QColor, qreal>> m_pens; // by series: colour and width
    QRectF m_plot;
    QPolygonF m_buffer; // the points of the line being painted, mapped
    QVector<QLineF> m_segments;
    std::optional<Hit> m_hovered;
    std::optional<Hit> m_pressed;
    QPointF m_pressedAt;
};

} // namespace bv
