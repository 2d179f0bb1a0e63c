// SPDX-License-Identifier: MIT
// SeriesChart, the time-series half: a line over a date axis, sliced and decimated for the
// visible range on every zoom, pan and resize, with the events as markers.
#include "charts/serieschart.h"

#include "file/briefingdatabase.h"
#include "content/eventtimeindex.h"
#include "content/plaintext.h"
#include "models/selection.h"
#include "charts/valueaxisticks.h"
#include "common/timeaxis.h"

#include <QChart>
#include <QCursor>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace bv {

namespace {
constexpr int maximumSegments = 64;
} // namespace

void SeriesChart::buildLine()
{
    // Ticks on calendar boundaries (QDateTimeAxis spreads them evenly), in milliseconds.
    auto *axis = new QCategoryAxis(m_chart);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_xAxis = axis;
    m_yAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    m_canvas->setInteractive(true);
    connect(m_canvas, &ChartCanvas::zoomRequested, this, [this](double factor, double anchorMs) {
        const double anchor = anchorMs / msPerDay;
        setRange(anchor - (anchor - m_from) / factor, anchor + (m_to - anchor) / factor);
        emit rangeChangedByUser(m_from, m_to);
    });
    connect(m_canvas, &ChartCanvas::panRequested, this, [this](double deltaMs) {
        const double delta = deltaMs / msPerDay;
        setRange(m_from + delta, m_to + delta);
        emit rangeChangedByUser(m_from, m_to);
    });
    connect(m_canvas, &ChartCanvas::resetRequested, this, [this] {
        resetRange();
        emit rangeChangedByUser(m_from, m_to);
    });
    connect(m_chart, &QChart::plotAreaChanged, this, [this, tickedHeight = -1.0](const QRectF &area) mutable {
        // A new width needs a new decimation (but not for every pixel of a resize drag), a
        // new height new ticks (not for a few pixels: the labels' own size moves it).
        const bool wider = std::abs(area.width() - m_decimatedWidth) >= 1;
        const bool taller = std::abs(area.height() - tickedHeight) >= 8;
        if (wider || taller) {
            tickedHeight = area.height();
            redecimate();
        }
    });
    if (m_rangeSet)
        setRange(m_from, m_to);
    else
        resetRange();
}

void SeriesChart::resetRange()
{
    ensureLoaded();
    if (m_values.x.isEmpty() || !isTime())
        return;
    // The whole of the first and last periods.
    const double first = m_values.x.first(), last = 2 * drawnDay(m_values.x.last()) - m_values.x.last();
    const double margin = std::max(1.0, (last - first) * 0.02);
    setRange(first - margin, last + margin);
}

void SeriesChart::setRange(double from, double to)
{
    if (!m_loaded) {
        // Remembered for when the chart is first seen; following the timeline loads nothing.
        if (isTime() && to > from) {
            m_from = from;
            m_to = to;
            m_rangeSet = true;
        }
        return;
    }
    if (!isTime() || !(to > from) || !m_shown)
        return;
    if (to - from < 2) {
        const double centre = (from + to) / 2;
        from = centre - 1;
        to = centre + 1;
    }
    m_from = from;
    m_to = to;
    redecimate();
}

void SeriesChart::redecimate()
{
    if (!isTime() || !m_shown)
        return;
    const int columns = plotWidth();
    m_decimatedWidth = columns;
    m_decimated = Decimator::decimate(m_values.x.constData(), m_values.y.constData(), m_values.size(), m_from, m_to, columns);
    // One line per stretch between gaps; a pool of series, reused.
    QVector<int> starts = m_decimated.segmentStarts;
    while (starts.size() > maximumSegments)
        starts.removeLast(); // beyond this many gaps in view, the last ones are bridged
    while (m_segments.size() < starts.size()) {
        auto *line = new QLineSeries(m_chart);
        m_chart->addSeries(line);
        line->attachAxis(m_xAxis);
        line->attachAxis(m_yAxis);
        connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), plainToolTip(describePoint(pointDrawnAt(point.x()))), m_canvas);
            else
                QToolTip::hideText();
        });
        connect(line, &QLineSeries::clicked, this,
                [this](const QPointF &point) { selectPoint(pointDrawnAt(point.x())); });
        line->setMarkerSize(7);
        m_segments.append(line);
        applyPalette();
    }
    // Points far enough apart to be told apart are marked (three points nine years apart
    // are not yearly data); a stretch of one or two points draws no line, only its points.
    double closest = HUGE_VAL;
    for (int i = 1; i < m_decimated.points.size(); ++i)
        closest = std::min(closest, m_decimated.points.at(i).x() - m_decimated.points.at(i - 1).x());
    const bool sparse = closest * columns / (m_to - m_from) >= 12;
    double low = HUGE_VAL, high = -HUGE_VAL;
    for (int s = 0; s < m_segments.size(); ++s) {
        QList<QPointF> points;
        if (s < starts.size()) {
            const int begin = starts.at(s);
            const int end = s + 1 < starts.size() ? starts.at(s + 1) : int(m_decimated.points.size());
            points.reserve(end - begin);
            for (int i = begin; i < end; ++i) {
                const QPointF &p = m_decimated.points.at(i);
                points.append(QPointF(drawnDay(p.x()) * msPerDay, p.y()));
                low = std::min(low, p.y());
                high = std::max(high, p.y());
            }
        }
        m_segments.at(s)->setPointsVisible(sparse || points.size() < 3);
        m_segments.at(s)->replace(points); // all at once, never point by point
    }
    updateTimeTicks(columns);
    if (low <= high) {
        const double pad = std::max((high - low) * 0.02, std::abs(high) * 0.01 + 1e-9);
        setRoundTicks(m_yAxis, low - pad, high + pad, m_chart->plotArea().height());
    }
    updateMarkers();
}

double SeriesChart::drawnDay(double x) const
{
    switch (m_values.period) {
    case SeriesValues::Period::Year:
        return x + EventTimeIndex::dateOf(x).daysInYear() / 2.0;
    case SeriesValues::Period::Month:
        return x + EventTimeIndex::dateOf(x).daysInMonth() / 2.0;
    case SeriesValues::Period::Day:
        break;
    }
    return x;
}

int SeriesChart::pointDrawnAt(double ms) const
{
    const double day = ms / msPerDay;
    const double half = m_values.period == SeriesValues::Period::Year ? 182.5
                        : m_values.period == SeriesValues::Period::Month ? 15.2 : 0;
    return nearestPoint(day - half);
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

int SeriesChart::pointsInChart() const
{
    ensureLoaded();
    int total = 0;
    for (const QLineSeries *line : m_segments)
        total += int(line->count());
    return isTime() ? total : m_values.size();
}

void SeriesChart::updateMarkers()
{
    const auto database = m_selection->database();
    if (!isTime() || !m_events || !database)
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
