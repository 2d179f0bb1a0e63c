// SPDX-License-Identifier: MIT
#include "charts/breakmarks.h"

#include "content/plaintext.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainter>

namespace bv {

class BreakMarkItem final : public QGraphicsItem
{
public:
    explicit BreakMarkItem(QGraphicsItem *parent)
        : QGraphicsItem(parent)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(8);
    }
    void setGeometry(double length, bool alongX)
    {
        prepareGeometryChange();
        m_length = length;
        m_alongX = alongX;
    }
    void setColours(const QColor &line, const QColor &base)
    {
        m_line = line;
        m_base = base;
        update();
    }
    // The item's origin is where the mark meets the axis; it runs up the plot (alongX) or
    // right across it.
    QRectF boundingRect() const override
    {
        return m_alongX ? QRectF(-6, -m_length, 12, m_length + 6) : QRectF(-6, -6, m_length + 6, 12);
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        QPen dashed(m_line, 1, Qt::DashLine);
        painter->setPen(dashed);
        if (m_alongX)
            painter->drawLine(QPointF(0, 0), QPointF(0, -m_length));
        else
            painter->drawLine(QPointF(0, 0), QPointF(m_length, 0));
        // The axis-break sign: a gap in the axis between two slashes.
        painter->rotate(m_alongX ? 0 : 90);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_base);
        painter->drawPolygon(QPolygonF({QPointF(-4, 5), QPointF(0, -5), QPointF(4, -5), QPointF(0, 5)}));
        painter->setPen(QPen(m_line, 1.5));
        painter->drawLine(QPointF(-4, 5), QPointF(0, -5));
        painter->drawLine(QPointF(0, 5), QPointF(4, -5));
        painter->restore();
    }

private:
    double m_length = 0;
    bool m_alongX = true;
    QColor m_line, m_base;
};

BreakMarks::BreakMarks(QChart *chart)
    : m_chart(chart)
{
}

BreakMarks::~BreakMarks()
{
    qDeleteAll(m_items);
}

void BreakMarks::setMarks(const QVector<Mark> &marks)
{
    m_marks = marks;
    while (m_items.size() > marks.size())
        delete m_items.takeLast();
    while (m_items.size() < marks.size()) {
        auto *item = new BreakMarkItem(m_chart);
        item->setColours(m_line, m_base);
        item->setVisible(false);
        m_items.append(item);
    }
    for (int i = 0; i < marks.size(); ++i) {
        const QString tip = QCoreApplication::translate("bv::SeriesChart", "Break in the series: %1").arg(marks.at(i).note);
        m_items.at(i)->setToolTip(plainToolTip(tip));
    }
}

void BreakMarks::place(const QRectF &plot, bool alongX, const std::function<double(double)> &toScene)
{
    for (int i = 0; i < m_marks.size(); ++i) {
        BreakMarkItem *item = m_items.at(i);
        const double at = toScene(m_marks.at(i).value);
        const bool inside = alongX ? at >= plot.left() - 0.5 && at <= plot.right() + 0.5
                                   : at >= plot.top() - 0.5 && at <= plot.bottom() + 0.5;
        item->setVisible(inside);
        if (!inside)
            continue;
        item->setGeometry(alongX ? plot.height() : plot.width(), alongX);
        item->setPos(alongX ? QPointF(at, plot.bottom()) : QPointF(plot.left(), at));
    }
}

QVector<QGraphicsItem *> BreakMarks::items() const
{
    QVector<QGraphicsItem *> items;
    for (BreakMarkItem *item : m_items)
        items.append(item);
    return items;
}

void BreakMarks::setColours(const QColor &line, const QColor &base)
{
    m_line = line;
    m_base = base;
    for (BreakMarkItem *item : std::as_const(m_items))
        item->setColours(line, base);
}

} // namespace bv
