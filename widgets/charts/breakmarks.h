// SPDX-License-Identifier: MIT
// Where a series' coverage or definition changes (a point's break note: "From 2018:
// EU-27"): a dashed line across the plot and the axis-break sign on the axis, with the note
// as its tool tip. Scene items of the chart, so exports show them too.
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>
#include <QVector>

#include <functional>

class QChart;
class QGraphicsItem;

namespace bv {

class BreakMarkItem;

class BreakMarks final
{
public:
    struct Mark
    {
        double value = 0; // where along the axis, in the chart's values
        QString note;     // what changes, as the series says it (with its name when several)
    };

    explicit BreakMarks(QChart *chart);
    ~BreakMarks();
    BreakMarks(const BreakMarks &) = delete;
    BreakMarks &operator=(const BreakMarks &) = delete;

    void setMarks(const QVector<Mark> &marks);
    const QVector<Mark> &marks() const { return m_marks; }
    // Places the marks across `plot`: `toScene` gives a value's scene coordinate along the
    // axis, which runs along x (`alongX`) or y. A mark outside the plot is hidden.
    void place(const QRectF &plot, bool alongX, const std::function<double(double)> &toScene);
    void setColours(const QColor &line, const QColor &base);
    // The mark items, each with the note as its tool tip.
    QVector<QGraphicsItem *> items() const;

private:
    QChart *m_chart;
    QVector<Mark> m_marks;
    QVector<BreakMarkItem *> m_items;
    QColor m_line = Qt::darkGray, m_base = Qt::white;
};

} // namespace bv
