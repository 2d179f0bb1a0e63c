// SPDX-License-Identifier: MIT
#include "charts/chartlegend.h"

#include "charts/statusstyle.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QPalette>
#include <QValueAxis>

#include <cmath>

namespace bv {

namespace {
constexpr double swatchWidth = 22, swatchGap = 5, entryGap = 14, inset = 8;
} // namespace

class LegendSwatch final : public QGraphicsItem
{
public:
    LegendSwatch(ChartLegend::Shape shape, PointStatus status, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_shape(shape)
        , m_status(status)
    {
        setAcceptedMouseButtons(Qt::NoButton);
    }
    void setColours(const QColor &colour, const QColor &base)
    {
        m_colour = colour;
        m_base = base;
        update();
    }
    void setHeight(double height)
    {
        prepareGeometryChange();
        m_height = height;
    }
    QRectF boundingRect() const override { return QRectF(0, 0, swatchWidth, m_height); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF box = boundingRect();
        const QPointF centre = box.center();
        switch (m_shape) {
        case ChartLegend::Shape::Bar:
            StatusStyle::paintBar(painter, QRectF(2, box.height() * 0.2, swatchWidth - 4, box.height() * 0.6), m_status,
                                  m_colour, m_base);
            break;
        case ChartLegend::Shape::Line: {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(QPen(m_colour, 2, StatusStyle::lineStyle(m_status), Qt::FlatCap));
            painter->drawLine(QPointF(0, centre.y()), QPointF(swatchWidth, centre.y()));
            painter->restore();
            StatusStyle::paintMarker(painter, centre, 7, m_status, m_colour, m_base);
            break;
        }
        case ChartLegend::Shape::Marker:
            StatusStyle::paintMarker(painter, centre, 8, m_status, m_colour, m_base);
            break;
        case ChartLegend::Shape::EventTick: {
            // As ChartCanvas draws an event: a short tick up from the plot's bottom.
            painter->save();
            QColor tick = m_colour;
            tick.setAlpha(160);
            const double bottom = box.height() - 1, tall = std::max(5.0, box.height() * 0.45);
            painter->setPen(QPen(m_colour, 1));
            painter->drawLine(QPointF(0, bottom), QPointF(swatchWidth, bottom));
            painter->setPen(QPen(tick, 1.5));
            for (double x : {swatchWidth * 0.3, swatchWidth * 0.7})
                painter->drawLine(QPointF(x, bottom - tall), QPointF(x, bottom));
            painter->restore();
            break;
        }
        case ChartLegend::Shape::Break: {
            // As BreakMarks draws it: a dashed line up from the axis' break sign.
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(QPen(m_colour, 1, Qt::DashLine));
            painter->drawLine(QPointF(centre.x(), 0), QPointF(centre.x(), box.height()));
            painter->translate(centre);
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_base);
            painter->drawPolygon(QPolygonF({QPointF(-4, 5), QPointF(0, -5), QPointF(4, -5), QPointF(0, 5)}));
            painter->setPen(QPen(m_colour, 1.5));
            painter->drawLine(QPointF(-4, 5), QPointF(0, -5));
            painter->drawLine(QPointF(0, 5), QPointF(4, -5));
            painter->restore();
            break;
        }
        }
    }

private:
    ChartLegend::Shape m_shape;
    PointStatus m_status;
    QColor m_colour = Qt::black, m_base = Qt::white;
    double m_height = 12;
};

ChartLegend::ChartLegend(QChart *chart, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
{
}

ChartLegend::~ChartLegend()
{
    qDeleteAll(m_texts);
    qDeleteAll(m_swatches);
}

void ChartLegend::setEntries(const QVector<Entry> &entries)
{
    qDeleteAll(m_texts);
    qDeleteAll(m_swatches);
    m_texts.clear();
    m_swatches.clear();
    m_entries = entries;
    for (const Entry &entry : entries) {
        auto *text = new QGraphicsSimpleTextItem(m_chart); // plain text: names as they are written
        text->setText(entry.text);
        text->setZValue(10);
        m_texts.append(text);
        auto *swatch = new LegendSwatch(entry.shape, entry.status, m_chart);
        swatch->setZValue(10);
        m_swatches.append(swatch);
    }
}

void ChartLegend::setColours(const QVector<QColor> &seriesColours, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    for (int i = 0; i < m_entries.size(); ++i) {
        const int series = m_entries.at(i).series;
        m_swatches.at(i)->setColours(series >= 0 ? seriesColours.value(series, text) : text, base);
        if (m_texts.at(i)->brush().color() != text)
            m_texts.at(i)->setBrush(text);
    }
}

int ChartLegend::layout(double width)
{
    if (m_entries.isEmpty())
        return 0;
    double x = inset, y = 4, rowHeight = 0;
    const double right = std::max(width - inset, inset + 1);
    // An entry wider than a row wraps at its words: every name is drawn whole.
    const double widest = std::max(40.0, right - inset - swatchWidth - swatchGap);
    for (int i = 0; i < m_entries.size(); ++i) {
        QGraphicsSimpleTextItem *text = m_texts.at(i);
        const QString whole = m_entries.at(i).text;
        const QFontMetricsF metrics(text->font());
        QString shown = whole;
        if (metrics.horizontalAdvance(whole) > widest) {
            QStringList lines;
            QString line;
            for (const QString &word : whole.split(QLatin1Char(' '))) {
                const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
                if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > widest) {
                    lines << line;
                    line = word;
                } else {
                    line = candidate;
                }
            }
            lines << line;
            shown = lines.join(QLatin1Char('\n'));
        }
        if (text->text() != shown)
            text->setText(shown);
        const QRectF size = text->boundingRect();
        const double entryWidth = swatchWidth + swatchGap + size.width();
        if (x > inset && x + entryWidth > right) { // the next row
            x = inset;
            y += rowHeight + 2;
            rowHeight = 0;
        }
        m_swatches.at(i)->setHeight(std::min(size.height(), metrics.height()));
        m_swatches.at(i)->setPos(x, y);
        text->setPos(x + swatchWidth + swatchGap, y);
        x += entryWidth + entryGap;
        rowHeight = std::max(rowHeight, size.height());
    }
    m_height = int(std::ceil(y + rowHeight + 4));
    return m_height;
}

} // namespace bv
