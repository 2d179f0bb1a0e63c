// SPDX-License-Identifier: MIT
// The rows of a category chart inside a SeriesChart's QChart: bars (side by side when the
// chart has several series), stacked bars, or dots (a dot plot, each row's dots joined).
// Vertical bars while every label fits under its bar, horizontal rows (one a category,
// labels beside them, wrapped but never elided) otherwise; dots always run in rows. Category
// and value labels are plain-text scene items of ours, placed for the plot QtCharts lays
// out; a value label is shown only where it fits. A point that is not measured is drawn in
// its status' style over QtCharts' bar (statusstyle.h); a break in a series of periods is
// marked between its bars.
#pragma once

#include "charts/breakmarks.h"
#include "charts/categorytable.h"

#include <QColor>
#include <QObject>
#include <QStringList>
#include <QVector>

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QPalette;
class QScatterSeries;
class QValueAxis;

namespace bv {

class StatusBarItem;

class CategoryBars final : public QObject
{
    Q_OBJECT
public:
    enum class Order { File, Value };
    enum class Style { Bars, Stacked, Dots };

    // `table` must outlive the bars.
    CategoryBars(QChart *chart, const CategoryTable &table, Style style, QObject *parent = nullptr);
    ~CategoryBars() override;

    // Lays the rows out for a canvas `width` pixels wide, `top` pixels kept free above the
    // plot (the legend): chooses the orientation, the margins for the labels, and places
    // them. Returns the canvas height horizontal rows need (one row per category), or 0
    // when the bars are vertical (any height will do).
    int layout(int width, int top = 0);
    // A stage's rows: as low as their labels' lines allow (no room kept for a value label
    // beside each bar of a group, which then shows only where it fits), so that the canvas
    // holds them in `height` (in the chart's units); never lower than their labels. 0: the
    // panel's rows, a row as high as its labels and values need.
    void setFitHeight(double height) { m_fitHeight = height; }
    double fitHeight() const { return m_fitHeight; }
    int rowHeight() const { return m_rowHeight; }
    // Places the labels for the plot area QtCharts has settled on.
    void placeLabels();
    bool isHorizontal() const { return m_horizontal; }
    Style style() const { return m_style; }
    void setOrder(Order order);
    Order order() const { return m_order; }
    // The row (category) that stands out, -1 for none.
    void setHighlighted(int row);
    int highlighted() const { return m_highlighted; }
    // The end of a series' bar (or its dot) in a row, in chart values, for a ring.
    QPointF chartPoint(int series, int row) const;
    QPointF chartPoint(int row) const { return chartPoint(0, row); }
    // Series colours, and whether the chart stands out (its bars outlined).
    void applyPalette(const QPalette &palette, const QVector<QColor> &colours, const QColor &border);
    void setUnit(const QString &unit);
    QValueAxis *valueAxis() const { return m_valueAxis; }
    const CategoryTable &table() const { return m_table; }
    // By row.
    const QVector<QGraphicsSimpleTextItem *> &categoryLabels() const { return m_categoryLabels; }
    // Bars: by series × rows + row; stacked bars: each row's total, by row; dots: none.
    const QVector<QGraphicsSimpleTextItem *> &valueLabels() const { return m_valueLabels; }
    // The bars drawn in a status' style, with the series and row of each.
    struct StatusBar
    {
        int series = 0, row = 0;
        StatusBarItem *item = nullptr;
    };
    const QVector<StatusBar> &statusBars() const { return m_statusBars; }
    const BreakMarks &breakMarks() const { return m_breaks; }
    // The place of a row along the category axis (0 at the axis' start).
    int position(int row) const;

signals:
    void hovered(bool state, int series, int point); // the point's index in its series' values
    void clicked(int series, int point);

private:
    void build(bool horizontal);
    void buildDots();
    void fill();
    void wrapLabels(double width);
    double sortValue(int row) const;
    int rowAt(int position) const;
    int setOf(int series) const; // the bar set (or stacking place) of a series
    QRectF barRect(int series, int row) const; // in chart values
    void emitHovered(bool state, int series, int position);
    void emitClicked(int series, int position);
    void placeOverlays();
    void colourConnectors();

    QChart *m_chart;
    const CategoryTable &m_table;
    Style m_style;
    QAbstractBarSeries *m_bars = nullptr;
    QVector<QBarSet *> m_sets; // by set
    struct DotSet
    {
        int series = 0;
        PointStatus status = PointStatus::Measured;
        QScatterSeries *dots = nullptr;
    };
    QVector<DotSet> m_dots;
    QValueAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QVector<QGraphicsSimpleTextItem *> m_categoryLabels;
    QVector<QGraphicsSimpleTextItem *> m_valueLabels;
    QVector<StatusBar> m_statusBars;
    QVector<QGraphicsLineItem *> m_connectors; // dots: by row
    BreakMarks m_breaks;
    QVector<double> m_labelWidths;  // each label on one line
    QVector<double> m_longestWords; // each label's longest word
    double m_widestValue = 0;
    QVector<int> m_displayed;       // row by place, first on top or left
    QVector<QColor> m_colours;      // by series
    QColor m_border, m_highlight, m_base, m_text;
    QString m_unit;
    Order m_order = Order::File;
    bool m_horizontal = false;
    int m_highlighted = -1;
    int m_rowHeight = 20;
    double m_fitHeight = 0;
    int m_width = 0, m_top = 0;
    double m_low = 0, m_high = 1;
    double m_tickedLength = -1;
};

} // namespace bv
