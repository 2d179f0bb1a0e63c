// SPDX-License-Identifier: MIT
// SeriesChart's time axis: calendar ticks, where a point of a period is drawn, and the
// events of the briefing as markers over the plot.
#include "charts/serieschart.h"

#include "common/timeaxis.h"
#include "content/eventtimeindex.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"

#include <QCategoryAxis>
#include <QChart>

#include <cmath>

namespace bv {

double SeriesChart::drawnDay(int series, double x) const
{
    const SeriesValues &values = m_values.at(series);
    SeriesValues::Period period = values.period;
    if (!values.periods.isEmpty()) {
        const auto it = std::lower_bound(values.x.cbegin(), values.x.cend(), x);
        period = values.periodAt(std::clamp(int(it - values.x.cbegin()), 0, values.size() - 1));
    }
    // The middle of its period: a year's value over its year.
    return (x + SeriesValues::periodEnd(x, period)) / 2 - (period == SeriesValues::Period::Day ? 0.5 : 0);
}

int SeriesChart::pointDrawnAt(int series, double ms) const
{
    // The point whose drawn place is nearest: periods may differ from point to point.
    const SeriesValues &values = m_values.at(series);
    const double day = ms / msPerDay;
    int index = nearestPoint(day, series);
    if (index < 0)
        return -1;
    double best = std::abs(drawnDay(series, values.x.at(index)) - day);
    for (int other : {index - 1, index + 1}) {
        if (other < 0 || other >= values.size())
            continue;
        const double distance = std::abs(drawnDay(series, values.x.at(other)) - day);
        if (distance < best) {
            best = distance;
            index = other;
        }
    }
    return index;
}

void SeriesChart::updateTimeTicks(int columns)
{
    // The timeline's calendar ticks (years on 1 January, quarters, months, weeks, days: the
    // finest whose labels fit). A single period (a year, quarter, month, day) is labelled in
    // its middle, where its points are drawn, from the first boundary in view; a step of
    // several years or a week at its boundary, from the axis' start (never labelled). Only
    // boundaries in view end a category: QtCharts pins one beyond the range to the axis' end,
    // over its neighbour's label.
    auto *axis = static_cast<QCategoryAxis *>(m_xAxis);
    const TimeAxis::Ticks ticks = TimeAxis::ticks(m_from, m_to, columns, locale(), QFontMetrics(axis->labelsFont()));
    const bool centred = ticks.unit == TimeAxis::Unit::Year || ticks.unit == TimeAxis::Unit::Quarter
                         || ticks.unit == TimeAxis::Unit::Month || ticks.unit == TimeAxis::Unit::Day;
    QVector<double> boundaries;
    QStringList labels;
    for (int i = centred ? 1 : 0; i < ticks.ticks.size(); ++i) {
        boundaries.append(ticks.ticks.at(i).day * msPerDay);
        labels.append(ticks.ticks.at(centred ? i - 1 : i).label);
    }
    // The last period, when it ends where the view does (a stop over 2018 to 2024 ends on
    // 1 January 2025): its closing boundary is the axis' end, in view, so it is labelled too.
    // TimeAxis gives only the ticks before the end, and without it 2024 went unnamed.
    if (centred && !ticks.ticks.isEmpty()) {
        const double end = TimeAxis::nextBoundary(ticks.ticks.last().day, ticks.unit);
        if (end > ticks.ticks.last().day && end <= m_to + 1e-6) {
            boundaries.append(end * msPerDay);
            labels.append(ticks.ticks.last().label);
        }
    }
    // The start: the first boundary for centred labels; else one step before the first
    // boundary, outside the view and the same while a pan keeps the ticks.
    double start = m_from * msPerDay;
    if (centred && !ticks.ticks.isEmpty())
        start = ticks.ticks.first().day * msPerDay;
    else if (boundaries.size() >= 2)
        start = 2 * boundaries.at(0) - boundaries.at(1);
    if (boundaries != m_tickBoundaries || labels != axis->categoriesLabels() || start != axis->startValue()) {
        m_tickBoundaries = boundaries;
        for (const QString &label : axis->categoriesLabels())
            axis->remove(label);
        axis->setStartValue(start);
        for (int i = 0; i < boundaries.size(); ++i)
            axis->append(labels.at(i), boundaries.at(i));
        axis->setLabelsPosition(centred ? QCategoryAxis::AxisLabelsPositionCenter : QCategoryAxis::AxisLabelsPositionOnValue);
    }
    axis->setRange(m_from * msPerDay, m_to * msPerDay);
}

void SeriesChart::updateMarkers()
{
    const auto database = m_selection->database();
    // Made for one briefing: while another is being handed to the views (the timeline may move
    // the shared range before this chart is replaced), its event rows mean nothing in it.
    if (!isTime() || !m_events || !database || database != m_madeFor.lock())
        return;
    const Briefing &b = database->briefing();
    QVector<ChartCanvas::Marker> markers;
    const QString current = m_selection->currentId();
    auto kindOf = [&](int row) {
        const QString id = b.events.id(row);
        return id == current ? ChartCanvas::Marker::Kind::Current
               : m_selection->isLinked(id) ? ChartCanvas::Marker::Kind::Linked : ChartCanvas::Marker::Kind::Plain;
    };
    // Every event in view when there is room for them; else only the current and linked ones.
    const int first = m_events->firstPositionFrom(m_from);
    const int end = m_events->firstPositionFrom(m_to);
    if (end - first <= plotWidth() / 6) {
        for (int position = first; position < end; ++position) {
            const int row = m_events->eventAt(position);
            markers.append({m_events->entryAt(position).start * msPerDay, kindOf(row)});
        }
    } else {
        QSet<QString> wanted = m_selection->linkedIds();
        wanted.insert(current);
        for (const QString &id : std::as_const(wanted)) {
            const auto ref = b.find(id);
            if (!ref || ref->kind != ItemKind::Event)
                continue;
            const int position = m_events->positionOf(ref->index);
            if (position >= 0)
                markers.append({m_events->entryAt(position).start * msPerDay, kindOf(ref->index)});
        }
    }
    m_canvas->setMarkers(markers);
}

} // namespace bv
