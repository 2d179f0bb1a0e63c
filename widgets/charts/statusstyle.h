// SPDX-License-Identifier: MIT
// How every chart draws a point's status, in one place so that a legend can say what each
// style means: a measured figure solid; provisional hollow (dotted line), an estimate
// hatched one way (dash-dot line), a projection hatched the other way (dashed line), a
// target cross-hatched (dash-dot-dot line); the markers of all but measured points hollow,
// each status its own shape.
#pragma once

#include "content/briefing.h"

#include <QColor>
#include <QGraphicsRectItem>
#include <QScatterSeries>

class QPainter;

namespace bv::StatusStyle {

Qt::PenStyle lineStyle(PointStatus status);
Qt::BrushStyle barPattern(PointStatus status); // Qt::NoBrush: hollow
QScatterSeries::MarkerShape markerShape(PointStatus status);
// Draws a bar of `status` in `colour` over `rect` (a measured bar is a plain fill).
void paintBar(QPainter *painter, const QRectF &rect, PointStatus status, const QColor &colour, const QColor &base);
// Draws a marker of `status` (hollow unless measured) centred on `centre`.
void paintMarker(QPainter *painter, const QPointF &centre, double size, PointStatus status, const QColor &colour,
                 const QColor &base);

} // namespace bv::StatusStyle

namespace bv {

// A bar drawn over QtCharts' own in the style of its status (QtCharts styles a whole set).
// It takes no mouse buttons or hover, so the bar under it still answers both.
class StatusBarItem final : public QGraphicsRectItem
{
public:
    StatusBarItem(PointStatus status, QGraphicsItem *parent);
    PointStatus status() const { return m_status; }
    void setColours(const QColor &colour, const QColor &base);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    PointStatus m_status;
    QColor m_colour, m_base;
};

} // namespace bv
