// SPDX-License-Identifier: MIT
#include "charts/statusstyle.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace bv::StatusStyle {

Qt::PenStyle lineStyle(PointStatus status)
{
    switch (status) {
    case PointStatus::Measured:
        break;
    case PointStatus::Provisional:
        return Qt::DotLine;
    case PointStatus::Estimate:
        return Qt::DashDotLine;
    case PointStatus::Projection:
        return Qt::DashLine;
    case PointStatus::Target:
        return Qt::DashDotDotLine;
    }
    return Qt::SolidLine;
}

Qt::BrushStyle barPattern(PointStatus status)
{
    switch (status) {
    case PointStatus::Measured:
        break;
    case PointStatus::Provisional:
        return Qt::NoBrush;
    case PointStatus::Estimate:
        return Qt::FDiagPattern;
    case PointStatus::Projection:
        return Qt::BDiagPattern;
    case PointStatus::Target:
        return Qt::DiagCrossPattern;
    }
    return Qt::SolidPattern;
}

QScatterSeries::MarkerShape markerShape(PointStatus status)
{
    switch (status) {
    case PointStatus::Measured:
    case PointStatus::Provisional:
        break;
    case PointStatus::Estimate:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case PointStatus::Projection:
        return QScatterSeries::MarkerShapeTriangle;
    case PointStatus::Target:
        return QScatterSeries::MarkerShapeStar;
    }
    return QScatterSeries::MarkerShapeCircle;
}

void paintBar(QPainter *painter, const QRectF &rect, PointStatus status, const QColor &colour, const QColor &base)
{
    painter->save();
    if (status == PointStatus::Measured) {
        painter->fillRect(rect, colour);
        painter->restore();
        return;
    }
    // A pale fill, the pattern over it, the outline: the bar's extent stays readable.
    QColor pale = colour;
    pale.setAlpha(50);
    painter->fillRect(rect, base);
    painter->fillRect(rect, pale);
    const Qt::BrushStyle pattern = barPattern(status);
    if (pattern != Qt::NoBrush) {
        QBrush brush(colour, pattern);
        // Patterns are drawn in device pixels: scaled exports keep them fine, not coarse.
        brush.setTransform(QTransform::fromScale(1.4, 1.4));
        painter->fillRect(rect, brush);
    }
    painter->setPen(QPen(colour, 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect.adjusted(0.75, 0.75, -0.75, -0.75));
    painter->restore();
}

void paintMarker(QPainter *painter, const QPointF &centre, double size, PointStatus status, const QColor &colour,
                 const QColor &base)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const bool measured = status == PointStatus::Measured;
    painter->setPen(QPen(colour, measured ? 1 : 1.6));
    painter->setBrush(measured ? colour : base);
    const double r = size / 2;
    QPainterPath path;
    switch (markerShape(status)) {
    case QScatterSeries::MarkerShapeRotatedRectangle:
        path.moveTo(centre + QPointF(0, -r));
        path.lineTo(centre + QPointF(r, 0));
        path.lineTo(centre + QPointF(0, r));
        path.lineTo(centre + QPointF(-r, 0));
        path.closeSubpath();
        break;
    case QScatterSeries::MarkerShapeTriangle:
        path.moveTo(centre + QPointF(0, -r));
        path.lineTo(centre + QPointF(r, r * 0.8));
        path.lineTo(centre + QPointF(-r, r * 0.8));
        path.closeSubpath();
        break;
    case QScatterSeries::MarkerShapeStar:
        for (int i = 0; i < 10; ++i) {
            const double angle = M_PI / 2 + i * M_PI / 5;
            const double radius = i % 2 == 0 ? r : r * 0.45;
            const QPointF p = centre + QPointF(radius * std::cos(angle), -radius * std::sin(angle));
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        path.closeSubpath();
        break;
    default:
        path.addEllipse(centre, r, r);
        break;
    }
    painter->drawPath(path);
    painter->restore();
}

} // namespace bv::StatusStyle

namespace bv {

StatusBarItem::StatusBarItem(PointStatus status, QGraphicsItem *parent)
    : QGraphicsRectItem(parent)
    , m_status(status)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void StatusBarItem::setColours(const QColor &colour, const QColor &base)
{
    m_colour = colour;
    m_base = base;
    update();
}

void StatusBarItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    StatusStyle::paintBar(painter, rect(), m_status, m_colour, m_base);
}

} // namespace bv
