// SPDX-License-Identifier: MIT
// The names of a time chart's series written at the ends of their lines, in the series'
// colours, as Our World in Data's grapher labels them: the eye goes from a line to its name,
// not to a legend and back. Where two names would collide even when nudged apart, or the
// longest would take too much of the width, the chart keeps its legend instead
// (SeriesChart::updateEndLabels). Plain-text scene items of ours, drawn in exports too.
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QStringList>
#include <QVector>

#include <optional>

class QChart;
class QGraphicsSimpleTextItem;

namespace bv {

class EndLabels final
{
public:
    explicit EndLabels(QChart *chart);
    ~EndLabels();
    EndLabels(const EndLabels &) = delete;
    EndLabels &operator=(const EndLabels &) = delete;

    void setNames(const QStringList &names);
    void setFont(const QFont &font);
    // The width the names take to the right of the plot (the chart's right margin for them).
    int width() const;
    // The centres `wanted` (scene y) moved apart so that names of `lineHeight` do not overlap,
    // within [top, bottom], in the order given; false when a name would then sit more than
    // `lineHeight` from its line's end (the lines are too close to tell which name is whose).
    static bool place(const QVector<double> &wanted, double lineHeight, double top, double bottom, QVector<double> *placed);
    // Writes each name beside its line's end (scene coordinates; none for a series not in
    // view) to the right of `plot`; false (and nothing shown) when they do not fit.
    bool show(const QVector<std::optional<QPointF>> &ends, const QRectF &plot, const QVector<QColor> &colours);
    void hide();
    bool isShown() const { return m_shown; }
    const QVector<QGraphicsSimpleTextItem *> &items() const { return m_items; }

private:
    QChart *m_chart;
    QStringList m_names;
    QFont m_font;
    QVector<QGraphicsSimpleTextItem *> m_items;
    bool m_shown = false;
};

} // namespace bv
