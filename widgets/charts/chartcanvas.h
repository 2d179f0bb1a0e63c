// SPDX-License-Identifier: MIT
// The QChartView of one series chart: Ctrl+wheel, drag and keys report zoom and pan to its
// owner (which slices and decimates); a plain wheel scrolls the panel the chart sits in.
// Events are drawn as markers over the plot, and the current data point as a ring.
#pragma once

#include <QChartView>
#include <QVector>

#include <optional>

namespace bv {

class ChartCanvas final : public QChartView
{
    Q_OBJECT
public:
    struct Marker
    {
        double x = 0; // in the chart's x value (milliseconds for a time axis)
        enum class Kind { Plain, Linked, Current } kind = Kind::Plain;
    };

    explicit ChartCanvas(QChart *chart, QWidget *parent = nullptr);
    void setMarkers(const QVector<Marker> &markers);
    const QVector<Marker> &markers() const { return m_markers; }
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // The current data point in chart values (ms or category position, value), if on this chart.
    void setCurrentPoint(std::optional<QPointF> point);
    std::optional<QPointF> currentPoint() const { return m_currentPoint; }
    // The user's marks on data points (✎ a note, ★ a bookmark), as in the lists: the glyphs
    // in a small box of the base colour at a point (chart values) moved by `offset` pixels.
    struct ItemMark
    {
        QPointF point;
        QPointF offset;
        QString glyphs;
    };
    void setItemMarks(const QVector<ItemMark> &marks);
    // A line in the middle of the plot while it has nothing to draw yet ("Reading the
    // figures…"); empty for none.
    void setStatusText(const QString &text);
    QString statusText() const { return m_statusText; }
    const QVector<ItemMark> &itemMarks() const { return m_itemMarks; }
    QRectF itemMarkRect(const ItemMark &mark) const; // in scene coordinates
    // The chart drawn `scale` times its size (a presentation's stage): every line, mark and
    // text of the scene redrawn larger, as vectors; the chart lays itself out for the view's
    // size divided by `scale`. 1: as on screen.
    void setScale(qreal scale);
    qreal scale() const { return m_scale; }
    int chartWidth() const { return int(width() / m_scale); } // in the chart's own units

signals:
    void zoomRequested(double factor, double anchorX); // anchor in chart x values
    void panRequested(double deltaX);                  // in chart x values
    void resetRequested();
    void resized(); // after the chart has taken the new size
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void drawMarkers(QPainter *painter, const QRectF &plot) const;
    void drawCurrentPoint(QPainter *painter, const QRectF &plot) const;
    void drawItemMarks(QPainter *painter, const QRectF &plot) const;
    void applyScale();
    QPointF toChart(const QPointF &viewPoint) const { return viewPoint / m_scale; }

    QVector<Marker> m_markers;
    QVector<ItemMark> m_itemMarks;
    std::optional<QPointF> m_currentPoint;
    QString m_statusText;
    qreal m_scale = 1;
    bool m_interactive = false;
    bool m_dragging = false;
    QPointF m_dragLast;
};

} // namespace bv
