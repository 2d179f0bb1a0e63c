// SPDX-License-Identifier: MIT
// The legend of a chart, above its plot: a swatch and a name for each series (when there are
// several), and one entry for each status its points have, drawn as the chart draws that
// status ("Projection", dashed or hatched). Plain-text scene items of ours (QtCharts' own
// legend renders names as rich text and knows nothing of statuses), laid out in rows that
// wrap at the chart's width; exports draw them as they are.
#pragma once

#include "content/briefing.h"

#include <QColor>
#include <QObject>
#include <QVector>

class QChart;
class QGraphicsItem;
class QGraphicsSimpleTextItem;
class QPalette;

namespace bv {

class LegendSwatch;

class ChartLegend final : public QObject
{
    Q_OBJECT
public:
    // What a swatch shows: a bar, a line with its marker, a marker alone, a break's sign, the
    // tick an event of the briefing leaves on the time axis.
    enum class Shape { Bar, Line, Marker, Break, EventTick };
    struct Entry
    {
        QString text;
        Shape shape = Shape::Bar;
        PointStatus status = PointStatus::Measured;
        int series = -1; // the series it names, -1 for a status entry (drawn in the text colour)
    };

    explicit ChartLegend(QChart *chart, QObject *parent = nullptr);
    ~ChartLegend() override;
    void setEntries(const QVector<Entry> &entries);
    const QVector<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // Places the entries in rows from the chart's top left, within `width`; returns the
    // height they take (0 when empty).
    int layout(double width);
    void setColours(const QVector<QColor> &seriesColours, const QPalette &palette);
    const QVector<QGraphicsSimpleTextItem *> &texts() const { return m_texts; }

private:
    QChart *m_chart;
    QVector<Entry> m_entries;
    QVector<QGraphicsSimpleTextItem *> m_texts;
    QVector<LegendSwatch *> m_swatches;
    int m_height = 0;
};

} // namespace bv
