// SPDX-License-Identifier: MIT
// The bars of a category series inside a SeriesChart's QChart: vertical bars while every
// label fits under its bar, horizontal bars (one row per category, labels beside them,
// wrapped but never elided) otherwise. Category and value labels are plain-text scene items
// of ours, placed for the plot QtCharts lays out; a value label is shown only where it fits.
#pragma once

#include <QColor>
#include <QObject>
#include <QStringList>
#include <QVector>

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QGraphicsSimpleTextItem;
class QPalette;
class QValueAxis;

namespace bv {

struct SeriesValues;

class CategoryBars final : public QObject
{
    Q_OBJECT
public:
    enum class Order { File, Value };

    CategoryBars(QChart *chart, const SeriesValues &values, QObject *parent = nullptr);
    ~CategoryBars() override;

    // Lays the bars out for a canvas `width` pixels wide: chooses the orientation, the
    // margins for the labels, and places them. Returns the canvas height horizontal bars
    // need (one row per category), or 0 when the bars are vertical (any height will do).
    int layout(int width);
    // Places the labels for the plot area QtCharts has settled on.
    void placeLabels();
    bool isHorizontal() const { return m_horizontal; }
    void setOrder(Order order);
    Order order() const { return m_order; }
    // The point (data index) whose bar stands out, -1 for none.
    void setHighlighted(int index);
    int highlighted() const { return m_highlighted; }
    // The bar's position on the category axis and its value, in chart values, for a ring.
    QPointF chartPoint(int index) const;
    void applyPalette(const QPalette &palette, const QColor &bar, const QColor &border);
    void setUnit(const QString &unit);
    QValueAxis *valueAxis() const { return m_valueAxis; }
    const QVector<QGraphicsSimpleTextItem *> &categoryLabels() const { return m_categoryLabels; }
    const QVector<QGraphicsSimpleTextItem *> &valueLabels() const { return m_valueLabels; }

signals:
    void hovered(bool state, int index); // data index
    void clicked(int index);

private:
    void build(bool horizontal);
    void fill();
    void wrapLabels(double width);
    int dataIndex(int setIndex) const;
    int setIndex(int dataIndex) const;

    QChart *m_chart;
    const SeriesValues &m_values;
    QAbstractBarSeries *m_bars = nullptr;
    QBarSet *m_set = nullptr;
    QValueAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QVector<QGraphicsSimpleTextItem *> m_categoryLabels; // by data index
    QVector<QGraphicsSimpleTextItem *> m_valueLabels;    // by data index
    QVector<double> m_labelWidths;                      // each label on one line
    QVector<double> m_longestWords;                     // each label's longest word
    double m_widestValue = 0;
    QVector<int> m_displayed;                           // data index by place, first on top or left
    QVector<QColor> m_colours; // bar, border, highlighted bar
    QString m_unit;
    Order m_order = Order::File;
    bool m_horizontal = false;
    int m_highlighted = -1;
    int m_rowHeight = 20;
    int m_width = 0;
    double m_low = 0, m_high = 1;
    double m_tickedLength = -1;
};

} // namespace bv
