// SPDX-License-Identifier: MIT
#include "charts/chartcanvas.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace bv {

ChartCanvas::ChartCanvas(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing, false); // straight lines of 4 points per column need none
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setFocusProxy(this); // the focus, and screen readers, go to the chart by its name
    setRubberBand(QChartView::NoRubberBand);
    setLayoutDirection(Qt::LeftToRight); // time and numeric axes run left to right in every language

}

void ChartCanvas::setMarkers(const QVector<Marker> &markers)
{
    m_markers = markers;
    scene()->update();
    viewport()->update();
}

void ChartCanvas::setCurrentPoint(std::optional<QPointF> point)
{
    if (point == m_currentPoint)
        return;
    m_currentPoint = point;
    scene()->update();
    viewport()->update();
}

void ChartCanvas::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!chart())
        return;
    const QRectF plot = chart()->plotArea();
    painter->save();
    painter->setClipRect(plot.adjusted(-1, -1, 1, 1));
    drawMarkers(painter, plot);
    drawItemMarks(painter, plot);
    drawCurrentPoint(painter, plot);
    painter->restore();
    if (!m_statusText.isEmpty()) {
        painter->save();
        painter->setPen(palette().color(QPalette::PlaceholderText));
        painter->drawText(chart()->geometry(), Qt::AlignCenter | Qt::TextWordWrap, m_statusText);
        painter->restore();
    }
}

void ChartCanvas::setStatusText(const QString &text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    scene()->update();
    viewport()->update();
}

void ChartCanvas::setItemMarks(const QVector<ItemMark> &marks)
{
    m_itemMarks = marks;
    scene()->update();
    viewport()->update();
}

QRectF ChartCanvas::itemMarkRect(const ItemMark &mark) const
{
    const QFontMetricsF metrics(font());
    const QSizeF size(metrics.horizontalAdvance(mark.glyphs) + 4, metrics.height());
    const QPointF centre = chart()->mapToPosition(mark.point) + mark.offset;
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

void ChartCanvas::drawItemMarks(QPainter *painter, const QRectF &plot) const
{
    if (m_itemMarks.isEmpty() || chart()->series().isEmpty())
        return;
    const QPalette pal = palette();
    painter->setFont(font());
    for (const ItemMark &mark : m_itemMarks) {
        const QRectF box = itemMarkRect(mark);
        if (!plot.contains(box.center()))
            continue; // a point out of view
        painter->setPen(QPen(pal.color(QPalette::Mid), 1));
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(pal.color(QPalette::Text));
        painter->drawText(box, Qt::AlignCenter, mark.glyphs);
    }
    painter->setBrush(Qt::NoBrush);
}

void ChartCanvas::drawMarkers(QPainter *painter, const QRectF &plot) const
{
    // Only the current event gets a strong full-height line. Linked events are thin translucent
    // lines with a tick at the axis, other events a short tick only: hundreds of them must
    // not merge into a band that hides the data.
    const QPalette pal = palette();
    QColor plainTick = pal.color(QPalette::Text);
    plainTick.setAlpha(90);
    QColor linkedLine = pal.color(QPalette::Text);
    linkedLine.setAlpha(60);
    QColor linkedTick = pal.color(QPalette::Text);
    linkedTick.setAlpha(200);
    const QPen current(pal.color(QPalette::Highlight), 3);
    for (auto kind : {Marker::Kind::Plain, Marker::Kind::Linked, Marker::Kind::Current}) { // current on top
        for (const Marker &marker : m_markers) {
            if (marker.kind != kind)
                continue;
            const double x = std::round(chart()->mapToPosition(QPointF(marker.x, 0)).x()) + 0.5;
            if (x < plot.left() || x > plot.right())
                continue;
            switch (kind) {
            case Marker::Kind::Plain:
                painter->setPen(QPen(plainTick, 1));
                painter->drawLine(QPointF(x, plot.bottom() - 5), QPointF(x, plot.bottom()));
                break;
            case Marker::Kind::Linked:
                painter->setPen(QPen(linkedLine, 1));
                painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
                painter->setPen(QPen(linkedTick, 1));
                painter->drawLine(QPointF(x, plot.bottom() - 8), QPointF(x, plot.bottom()));
                break;
            case Marker::Kind::Current:
                painter->setPen(current);
                painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
                break;
            }
        }
    }
}

void ChartCanvas::drawCurrentPoint(QPainter *painter, const QRectF &plot) const
{
    if (!m_currentPoint || chart()->series().isEmpty())
        return;
    const QPointF centre = chart()->mapToPosition(*m_currentPoint);
    if (!plot.adjusted(-1, -1, 1, 1).contains(centre))
        return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(palette().color(QPalette::Base), 5));
    painter->drawEllipse(centre, 7, 7);
    painter->setPen(QPen(palette().color(QPalette::Highlight), 3));
    painter->drawEllipse(centre, 7, 7);
}

void ChartCanvas::wheelEvent(QWheelEvent *event)
{
    // A plain wheel scrolls the panel the chart sits in (the event goes on to the parents);
    // Ctrl+wheel zooms a time axis at the pointer.
    const int delta = event->angleDelta().y();
    if (!m_interactive || !(event->modifiers() & Qt::ControlModifier) || delta == 0) {
        event->ignore();
        return;
    }
    const QPointF value = chart()->mapToValue(toChart(event->position()));
    emit zoomRequested(std::pow(1.0015, delta), value.x());
    event->accept();
}

void ChartCanvas::mousePressEvent(QMouseEvent *event)
{
    QChartView::mousePressEvent(event); // series get their clicks first
    if (m_interactive && event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragLast = toChart(event->position());
    }
}

void ChartCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const double before = chart()->mapToValue(m_dragLast).x();
        const QPointF now = toChart(event->position());
        const double after = chart()->mapToValue(now).x();
        m_dragLast = now;
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

void ChartCanvas::setScale(qreal scale)
{
    scale = std::clamp(scale, 0.25, 16.0);
    if (scale == m_scale)
        return;
    m_scale = scale;
    applyScale();
    emit resized();
}

void ChartCanvas::applyScale()
{
    // QChartView gives the chart the view's size; a scaled view gives it that size divided
    // by the scale and draws the scene through the scale.
    setTransform(QTransform::fromScale(m_scale, m_scale));
    if (!chart())
        return;
    chart()->resize(QSizeF(size()) / m_scale);
    setSceneRect(chart()->geometry());
}

void ChartCanvas::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (m_scale != 1)
        applyScale();
    emit resized();
}

bool ChartCanvas::event(QEvent *event)
{
    // A time chart's own keys win over the window's shortcuts (Ctrl+0 resets the text size
    // elsewhere; here it resets the chart's zoom).
    if (event->type() == QEvent::ShortcutOverride && m_interactive) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier
                           || key->modifiers() == Qt::ShiftModifier;
        const bool zoomKey = key->key() == Qt::Key_Plus || key->key() == Qt::Key_Minus || key->key() == Qt::Key_Equal;
        if ((zoomKey && plain) || (key->key() == Qt::Key_0 && key->modifiers() == Qt::ControlModifier)) {
            event->accept();
            return true;
        }
    }
    return QChartView::event(event);
}

void ChartCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    emit contextMenuRequested(event->globalPos());
    event->accept();
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
