// SPDX-License-Identifier: MIT
#include "chartcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace bv {

ChartCanvas::ChartCanvas(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing, false); // straight lines of 4 points per column need none
    setFocusPolicy(Qt::StrongFocus);
    setRubberBand(QChartView::NoRubberBand);
    setLayoutDirection(Qt::LeftToRight); // time and numeric axes run left to right in every language

}

void ChartCanvas::setMarkers(const QVector<Marker> &markers)
{
    m_markers = markers;
    scene()->update();
    viewport()->update();
}

void ChartCanvas::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_markers.isEmpty() || !chart())
        return;
    const QRectF plot = chart()->plotArea();
    const QPalette pal = palette();
    painter->save();
    painter->setClipRect(plot);
    for (const Marker &marker : m_markers) {
        const double x = chart()->mapToPosition(QPointF(marker.x, 0)).x();
        if (x < plot.left() || x > plot.right())
            continue;
        QPen pen;
        switch (marker.kind) {
        case Marker::Kind::Plain: {
            QColor colour = pal.color(QPalette::Mid);
            colour.setAlpha(140);
            pen = QPen(colour, 1, Qt::DashLine);
            break;
        }
        case Marker::Kind::Linked:
            pen = QPen(pal.color(QPalette::Text), 2, Qt::DashLine);
            break;
        case Marker::Kind::Current:
            pen = QPen(pal.color(QPalette::Highlight), 3);
            break;
        }
        painter->setPen(pen);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter->restore();
}

void ChartCanvas::wheelEvent(QWheelEvent *event)
{
    if (!m_interactive)
        return QChartView::wheelEvent(event);
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    const QPointF value = chart()->mapToValue(event->position());
    emit zoomRequested(std::pow(1.0015, delta), value.x());
    event->accept();
}

void ChartCanvas::mousePressEvent(QMouseEvent *event)
{
    QChartView::mousePressEvent(event); // series get their clicks first
    if (m_interactive && event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragLast = event->position();
    }
}

void ChartCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const double before = chart()->mapToValue(m_dragLast).x();
        const double after = chart()->mapToValue(event->position()).x();
        m_dragLast = event->position();
        if (before != after)
            emit panRequested(before - after);
    }
    QChartView::mouseMoveEvent(event);
}

void ChartCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    QChartView::mouseReleaseEvent(event);
}

void ChartCanvas::keyPressEvent(QKeyEvent *event)
{
    if (!m_interactive)
        return QChartView::keyPressEvent(event);
    const QRectF plot = chart()->plotArea();
    const double left = chart()->mapToValue(plot.topLeft()).x();
    const double right = chart()->mapToValue(plot.topRight()).x();
    const double centre = (left + right) / 2;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        emit zoomRequested(1.5, centre);
        break;
    case Qt::Key_Minus:
        emit zoomRequested(1 / 1.5, centre);
        break;
    case Qt::Key_Left:
        if (event->modifiers() & Qt::AltModifier)
            return QChartView::keyPressEvent(event);
        emit panRequested(-(right - left) * 0.1);
        break;
    case Qt::Key_Right:
        if (event->modifiers() & Qt::AltModifier)
            return QChartView::keyPressEvent(event);
        emit panRequested((right - left) * 0.1);
        break;
    case Qt::Key_0:
        if (!(event->modifiers() & Qt::ControlModifier))
            return QChartView::keyPressEvent(event);
        emit resetRequested();
        break;
    default:
        return QChartView::keyPressEvent(event);
    }
    event->accept();
}

} // namespace bv
