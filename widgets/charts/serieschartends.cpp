// SPDX-License-Identifier: MIT
// SeriesChart: a time chart's legend above its plot and its series' names at their lines'
// ends (EndLabels), whichever fits; the rest of the class is in serieschart*.cpp.
#include "charts/serieschart.h"

#include "charts/chartlegend.h"
#include "charts/chartcanvas.h"
#include "charts/endlabels.h"

#include <QChart>
#include <QLineSeries>

namespace bv {

void SeriesChart::layOutLegend()
{
    if (!m_legend || m_bars || m_slope)
        return; // category charts lay their legend out with their rows
    const int height = m_legend->layout(m_canvas->chartWidth());
    const int right = m_namesAtEnds && m_endLabels ? 4 + m_endLabels->width() : 4;
    if (height != m_legendHeight || right != m_rightMargin) {
        const bool taller = height != m_legendHeight;
        m_legendHeight = height;
        m_rightMargin = right;
        m_chart->setMargins(QMargins(4, 4 + height, right, 4));
        if (taller)
            QMetaObject::invokeMethod(this, &SeriesChart::updateCanvasHeight, Qt::QueuedConnection); // not within a resize
    }
    updateEndLabels();
}

void SeriesChart::updateEndLabels()
{
    // Queued: the chart lays itself out for its new margins and size first.
    if (!m_endLabels || m_endLabelsQueued)
        return;
    m_endLabelsQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_endLabelsQueued = false;
            if (!m_endLabels || !m_anchor)
                return;
            QVector<std::optional<QPointF>> ends;
            QVector<QColor> colours;
            for (int s = 0; s < m_series.size(); ++s) {
                const std::optional<QPointF> end = m_lineEnds.value(s);
                ends.append(end ? std::optional<QPointF>(m_chart->mapToPosition(*end, m_anchor)) : std::nullopt);
                colours.append(seriesColour(s));
            }
            // The names at the ends where they fit beside the plot and apart from each other;
            // the legend otherwise. A name longer than a third of the chart's width is never
            // put beside it (the plot would shrink to make room).
            const bool narrowEnough = m_endLabels->width() * 3 <= m_canvas->chartWidth();
            const bool atEnds = narrowEnough && m_endLabels->show(ends, m_chart->plotArea(), colours);
            if (atEnds == m_namesAtEnds)
                return;
            m_namesAtEnds = atEnds;
            if (!atEnds)
                m_endLabels->hide();
            buildLegend(); // with the names, or without; lays the legend and margins out again
        },
        Qt::QueuedConnection);
}

} // namespace bv
