// SPDX-License-Identifier: MIT
// SeriesChart's points: the current one ringed (and its row standing out), hover texts,
// clicks, sources and CSV.
#include "charts/serieschart.h"

#include "charts/categorybars.h"
#include "charts/categorytable.h"
#include "charts/slopechart.h"
#include "file/briefingdatabase.h"
#include "models/pointtablemodel.h"
#include "models/selection.h"

#include <QLocale>

#include <cmath>

namespace bv {

void SeriesChart::updateCurrentPoint()
{
    // A ring on the current data point, when it is one of this chart's.
    std::optional<QPointF> ring;
    int currentSeries = -1, currentIndex = -1;
    const auto database = m_selection->database();
    if (m_loaded && m_shown && database) {
        const Briefing &b = database->briefing();
        QString label;
        const QString current = m_selection->currentId();
        const int row = b.seriesOfPointId(current, &label);
        const int series = row >= 0 ? indexOfSeries(b.series.at(row).id) : -1;
        int index = -1;
        if (series >= 0) {
            const SeriesValues &values = m_values.at(series);
            if (m_series.at(series).kind == Series::Kind::Categories) {
                // Its source-language label names it: the shown one may be translated.
                if (const auto point = database->point(m_series.at(series).id, label))
                    index = int(values.positions.indexOf(point->position));
            } else {
                const double x = SeriesValues::dayOfLabel(label);
                index = nearestPoint(x, series);
                if (index >= 0 && values.x.at(index) != x)
                    index = -1;
            }
        }
        const int categoryRow = m_categories && index >= 0 ? m_categories->rowOfPoint(series, index) : -1;
        if (index >= 0 && !std::isnan(m_values.at(series).y.at(index))) {
            currentSeries = series;
            currentIndex = index;
            if (isTime())
                ring = QPointF(drawnDay(series, m_values.at(series).x.at(index)) * msPerDay, m_values.at(series).y.at(index));
            else if (m_bars)
                ring = m_bars->chartPoint(series, categoryRow);
            else if (m_slope)
                ring = m_slope->chartPoint(series, categoryRow);
        }
        // The row of the current point stands out, else that of the category standing for
        // the current item (a country's bar while its actor is current).
        const int highlighted = categoryRow >= 0 ? categoryRow
                                : series < 0 && m_categories ? m_categories->rowOfItem(current)
                                                             : -1;
        if (m_bars)
            m_bars->setHighlighted(highlighted);
        if (m_slope)
            m_slope->setHighlighted(highlighted);
    }
    m_canvas->setCurrentPoint(ring);
    m_currentPointText = ring && currentSeries >= 0
                             ? describePoint(currentSeries, currentIndex).replace(QLatin1Char('\n'), QStringLiteral("; "))
                             : QString();
    updateCanvasDescription();
    updateItemMarks(); // the bars may have moved
}

int SeriesChart::nearestPoint(double x, int series) const
{
    const SeriesValues &values = m_values.at(series);
    if (values.x.isEmpty())
        return -1;
    if (m_series.at(series).kind == Series::Kind::Categories)
        return std::clamp(int(std::lround(x)), 0, values.size() - 1);
    const auto it = std::lower_bound(values.x.cbegin(), values.x.cend(), x);
    int index = int(it - values.x.cbegin());
    if (index >= values.size())
        index = values.size() - 1;
    if (index > 0 && std::abs(values.x.at(index - 1) - x) < std::abs(values.x.at(index) - x))
        --index;
    return index;
}

QString SeriesChart::pointText(int series, int index) const
{
    const SeriesValues &values = m_values.at(series);
    const double y = values.y.at(index);
    QString value = std::isnan(y) ? tr("no value") : QLocale().toString(y, 'g', 12);
    if (!std::isnan(y) && !m_series.at(series).unit.isEmpty())
        value = tr("%1 %2").arg(value, m_series.at(series).unit);
    QString text = tr("%1: %2").arg(values.periodText(index), value);
    if (values.statusAt(index) != PointStatus::Measured)
        text += QLatin1Char('\n') + tr("Status: %1").arg(Point::statusName(values.statusAt(index)));
    const QString note = values.breakAt(index);
    if (!note.isEmpty())
        text += QLatin1Char('\n') + tr("Break in the series: %1").arg(note);
    return text;
}

QString SeriesChart::describePoint(int series, int index) const
{
    if (series < 0 || series >= m_values.size() || index < 0 || index >= m_values.at(series).size())
        return {};
    const QString text = pointText(series, index);
    if (m_series.size() == 1)
        return tr("%1\nSource: %2").arg(text, sourceText(series));
    return tr("%1\n%2\nSource: %3").arg(m_series.at(series).name, text, sourceText(series));
}

void SeriesChart::selectPoint(int series, int index)
{
    ensureLoaded();
    if (series < 0 || series >= m_values.size() || index < 0 || index >= m_values.at(series).size())
        return;
    const QString id = m_series.at(series).id;
    const QString label = pointLabel(*m_selection->database(), id, m_values.at(series).positions.at(index));
    m_selection->select(Briefing::pointId(id, label));
}

QString SeriesChart::sourceText(int series) const
{
    // The series' sources are known without reading its points.
    const Briefing &b = m_selection->database()->briefing();
    QStringList sources;
    for (const QString &id : m_series.at(series).sourceIds)
        sources << b.citation(id);
    return sources.join(QStringLiteral("; "));
}

QString SeriesChart::sourceText() const
{
    const Briefing &b = m_selection->database()->briefing();
    QStringList sources;
    for (const Series &series : m_series) {
        for (const QString &id : series.sourceIds) {
            const QString citation = b.citation(id);
            if (!sources.contains(citation))
                sources << citation;
        }
    }
    return sources.join(QStringLiteral("; "));
}

QString SeriesChart::csv() const
{
    ensureLoaded();
    QStringList sources;
    for (int i = 0; i < m_series.size(); ++i)
        sources << sourceText(i);
    return m_tableModel->csv(sources);
}

} // namespace bv
