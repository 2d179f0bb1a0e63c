// SPDX-License-Identifier: MIT
// A slope chart inside a SeriesChart's QChart: one column a series (2021, 2023), one line a
// category across them, the category's name and value beside its first and last point.
// Labels that would overlap are moved apart (a thin line leads back to the point), and the
// chart takes the height they need: every name is drawn whole. A line into a point that is
// not measured takes that status' style, and its marker is hollow.
#pragma once

#include "charts/categorytable.h"

#include <QColor>
#include <QObject>
#include <QVector>

class QChart;
class QGraphicsLineItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QPalette;
class QScatterSeries;
class QValueAxis;

namespace bv {

class SlopeChart final : public QObject
{
    Q_OBJECT
public:
    // `table` must outlive the chart; `columns` names each series' column.
    SlopeChart(QChart *chart, const CategoryTable &table, const QStringList &columns, QObject *parent = nullptr);
    ~SlopeChart() override;

    // Lays the chart out for a canvas `width` pixels wide with `top` kept free above it;
    // returns the canvas height its labels need.
    int layout(int width, int top = 0);
    void placeLabels();
    void setHighlighted(int row);
    int highlighted() const { return m_highlighted; }
    QPointF chartPoint(int series, int row) const; // (column, value)
    void applyPalette(const QPalette &palette, const QColor &line, bool emphasised);
    void setUnit(const QString &unit);
    QValueAxis *valueAxis() const { return m_valueAxis; }
    // By row: the label beside its first point and beside its last (null where none).
    const QVector<QGraphicsSimpleTextItem *> &startLabels() const { return m_start; }
    const QVector<QGraphicsSimpleTextItem *> &endLabels() const { return m_end; }
    const QVector<QGraphicsSimpleTextItem *> &columnLabels() const { return m_columns; }
    QLineSeries *line(int row) const { return m_lines.value(row); }

signals:
    void hovered(bool state, int series, int point);
    void clicked(int series, int point);

private:
    void spread(QVector<QGraphicsSimpleTextItem *> &labels, const QVector<double> &wanted, const QRectF &plot);
    void wrap(QGraphicsSimpleTextItem *item, const QString &text, double width) const;
    int rowNear(int series, double value) const;
    PointStatus rowStatus(int row) const;

    QChart *m_chart;
    const CategoryTable &m_table;
    QStringList m_columnNames;
    QValueAxis *m_columnAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QVector<QLineSeries *> m_lines; // by row
    QVector<QScatterSeries *> m_markers;
    QVector<PointStatus> m_markerStatus;
    QVector<QGraphicsSimpleTextItem *> m_start, m_end, m_columns;
    QVector<QGraphicsLineItem *> m_startLeaders, m_endLeaders;
    QVector<int> m_firstColumn, m_lastColumn; // by row, -1 when the row has no value
    QColor m_line, m_highlight, m_text, m_base;
    bool m_emphasised = false;
    int m_highlighted = -1;
    int m_width = 0, m_top = 0;
    double m_low = 0, m_high = 1;
    double m_tickedLength = -1;
    double m_labelColumn = 100;
};

} // namespace bv
