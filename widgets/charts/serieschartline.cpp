// SPDX-License-Identifier: MIT
// SeriesChart, the time half: a line a series over a date axis, sliced and decimated for the
// visible range on every zoom, pan and resize, with the events as markers. A series is drawn
// in stretches of one status (a projection dashed from the last measured point), broken
// where its coverage changes; a range that holds none of the chart's points says so. The
// lines are ours (SeriesLines): QtCharts holds one empty series for the axes' mapping and
// the few hollow markers of points that are not measured.
#include "charts/serieschart.h"
#include "charts/endlabels.h"

#include "charts/breakmarks.h"
#include "charts/categorybars.h"
#include "charts/statusstyle.h"
#include "charts/valueaxisticks.h"
#include "common/timeaxis.h"
#include "content/eventtimeindex.h"
#include "content/plaintext.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

namespace bv {

namespace {
constexpr int maximumSegments = 64; // lines of one series in view; beyond, the last gaps are bridged
constexpr int maximumRuns = 256;    // stretches of one status; beyond, a series is drawn as measured
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
    // The chart's first series, empty: the axes map values through it (markers, rings,
    // breaks, marks and our lines).
    m_anchor = new QLineSeries(m_chart);
    m_chart->addSeries(m_anchor);
    m_anchor->attachAxis(m_xAxis);
    m_anchor->attachAxis(m_yAxis);
    m_seriesLines = new SeriesLines(m_chart, m_anchor, axis, m_yAxis);
    m_seriesLines->setSeriesCount(int(m_series.size()));
    if (m_series.size() > 1) {
        QStringList names;
        for (const Series &series : std::as_const(m_series))
            names << series.name;
        m_endLabels = std::make_unique<EndLabels>(m_chart);
        m_endLabels->setFont(font());
        m_endLabels->setNames(names);
    }
    connect(m_seriesLines, &SeriesLines::hovered, this, [this](int series, const QPointF &point, bool state) {
        // Shown at once, and kept by the item for the scene's own tool tip event, which
        // would hide it otherwise once the pointer rests.
        const QString tip = state ? plainToolTip(describePoint(series, pointDrawnAt(series, point.x()))) : QString();
        m_seriesLines->setToolTip(tip);
        if (state)
            QToolTip::showText(QCursor::pos(), tip, m_canvas);
        else
            QToolTip::hideText();
    });
    connect(m_seriesLines, &SeriesLines::clicked, this,
            [this](int series, const QPointF &point) { selectPoint(series, pointDrawnAt(series, point.x())); });
    m_lines.resize(m_series.size());
    for (int s = 0; s < m_series.size(); ++s)
        styleLines(s);
    QVector<BreakMarks::Mark> breaks;
    for (int s = 0; s < m_series.size(); ++s) {
        const SeriesValues &values = m_values.at(s);
        m_lines[s].runs = runsOf(values);
        for (const SeriesValues::Break &b : values.breaks) {
            // At the start of the period where the series changes.
            const QString note = m_series.size() > 1 ? tr("%1: %2").arg(m_series.at(s).name, b.note) : b.note;
            breaks.append({values.x.at(b.index) * msPerDay, note});
        }
    }
    if (!breaks.isEmpty()) {
        m_breaks = std::make_unique<BreakMarks>(m_chart);
        m_breaks->setMarks(breaks);
    }
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
        m_seriesLines->place();
        updateBreakMarks();
    });
    // A unit too long for the axis' height would be cut ("% of total general gov…"): the
    // title above the plot names it whole. Judged from the canvas (the plot is what is left
    // of it once laid out), after the resize.
    connect(
        m_canvas, &ChartCanvas::resized, this,
        [this] {
            const double plotHeight = m_canvas->height() - 60 - m_legendHeight;
            const bool fits = QFontMetricsF(m_yAxis->titleFont()).horizontalAdvance(m_series.first().unit) <= plotHeight;
            if (m_yAxis->isTitleVisible() != fits)
                m_yAxis->setTitleVisible(fits);
        },
        Qt::QueuedConnection);
    if (m_rangeSet)
        setRange(m_from, m_to);
    else
        resetRange();
}

QVector<SeriesChart::Run> SeriesChart::runsOf(const SeriesValues &values) const
{
    const int n = values.size();
    if (!values.hasStatuses() && values.breaks.isEmpty())
        return {Run{0, n, 0, n, PointStatus::Measured}}; // the usual case: one stretch
    QVector<Run> runs;
    int b = 0;
    for (int i = 1; i <= n; ++i) {
        if (i < n && values.statusAt(i) == values.statusAt(b) && values.breakAt(i).isEmpty())
            continue;
        runs.append(Run{b, i, b, i, values.statusAt(b)});
        b = i;
    }
    if (runs.size() > maximumRuns) {
        // Too many to draw apart: one line broken only where the series is; markers and the
        // table still tell the statuses.
        QVector<Run> broken;
        int start = 0;
        for (const SeriesValues::Break &br : values.breaks) {
            broken.append(Run{start, br.index, start, br.index, PointStatus::Measured});
            start = br.index;
        }
        broken.append(Run{start, n, start, n, PointStatus::Measured});
        return broken;
    }
    // A stretch that is not measured reaches its measured neighbours (a projection is drawn
    // dashed from the last measured point), never across a break.
    for (int r = 0; r < runs.size(); ++r) {
        Run &run = runs[r];
        if (run.status == PointStatus::Measured)
            continue;
        if (run.begin > 0 && values.breakAt(run.begin).isEmpty())
            run.from = run.begin - 1;
        if (run.end < n && values.breakAt(run.end).isEmpty() && runs.value(r + 1).status == PointStatus::Measured)
            run.to = run.end + 1;
    }
    return runs;
}

void SeriesChart::resetRange()
{
    ensureLoaded();
    if (!isTime())
        return;
    if (const auto own = ownRange())
        setRange(own->first, own->second);
}

std::optional<std::pair<double, double>> SeriesChart::ownRange() const
{
    ensureLoaded();
    if (!isTime())
        return std::nullopt;
    // The whole of the first and last periods of every series.
    double first = HUGE_VAL, last = -HUGE_VAL;
    for (int s = 0; s < m_values.size(); ++s) {
        const SeriesValues &values = m_values.at(s);
        if (values.x.isEmpty())
            continue;
        first = std::min(first, values.x.first());
        last = std::max(last, SeriesValues::periodEnd(values.x.last(), values.periodAt(values.size() - 1)));
    }
    if (!(first <= last))
        return std::nullopt;
    const double margin = std::max(1.0, (last - first) * 0.02);
    return std::pair(first - margin, last + margin);
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

QScatterSeries *SeriesChart::addMarkers(int series, PointStatus status)
{
    auto *markers = new QScatterSeries(m_chart);
    markers->setMarkerShape(StatusStyle::markerShape(status));
    markers->setMarkerSize(8);
    m_chart->addSeries(markers);
    markers->attachAxis(m_xAxis);
    markers->attachAxis(m_yAxis);
    connect(markers, &QScatterSeries::hovered, this, [this, series](const QPointF &point, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), plainToolTip(describePoint(series, pointDrawnAt(series, point.x()))), m_canvas);
        else
            QToolTip::hideText();
    });
    connect(markers, &QScatterSeries::clicked, this,
            [this, series](const QPointF &point) { selectPoint(series, pointDrawnAt(series, point.x())); });
    return markers;
}

void SeriesChart::styleLines(int series)
{
    const QColor colour = seriesColour(series);
    const QColor base = palette().color(QPalette::Base);
    const Lines &lines = m_lines.at(series);
    m_seriesLines->setPen(series, colour, m_highlighted ? 2.5 : 1.5);
    for (QScatterSeries *markers : std::as_const(lines.markers)) {
        markers->setMarkerSize(8);
        markers->setColor(base);
        markers->setBorderColor(colour);
        markers->setPen(QPen(colour, 2));
    }
}

void SeriesChart::redecimate()
{
    if (!isTime() || !m_shown)
        return;
    const int columns = plotWidth();
    m_decimatedWidth = columns;
    double low = HUGE_VAL, high = -HUGE_VAL;
    bool inView = false;
    for (int s = 0; s < m_series.size(); ++s) {
        const SeriesValues &values = m_values.at(s);
        Lines &lines = m_lines[s];
        const auto [sliceBegin, sliceEnd] = Decimator::slice(values.x.constData(), values.size(), m_from, m_to);
        // In view: a point inside the range (where it is drawn, in its period), or a line across it.
        const int n = values.size();
        const int inside = int(std::lower_bound(values.x.cbegin(), values.x.cend(), m_from) - values.x.cbegin());
        const int after = int(std::upper_bound(values.x.cbegin(), values.x.cend(), m_to) - values.x.cbegin());
        inView = inView || after > inside || (inside > 0 && drawnDay(s, values.x.at(inside - 1)) >= m_from)
                 || (inside > 0 && inside < n);
        // Each stretch of one status, decimated apart: its lines (between gaps), and its
        // points as hollow markers when it is not measured.
        QVector<ChartLine> drawn;
        QVector<QList<QPointF>> hollow(lines.markers.size());
        int segments = 0;
        for (const Run &run : std::as_const(lines.runs)) {
            const int from = std::max(run.from, sliceBegin), to = std::min(run.to, sliceEnd);
            if (from >= to || segments >= maximumSegments)
                continue;
            const DecimatedSeries decimated = Decimator::decimate(values.x.constData() + from, values.y.constData() + from,
                                                                  to - from, m_from, m_to, columns);
            const QVector<int> &starts = decimated.segmentStarts;
            for (int k = 0; k < starts.size() && segments < maximumSegments; ++k, ++segments) {
                // The last line allowed bridges what gaps are left.
                const bool last = segments == maximumSegments - 1 || k + 1 == starts.size();
                const int begin = starts.at(k);
                const int end = last ? int(decimated.points.size()) : starts.at(k + 1);
                ChartLine line;
                line.status = run.status;
                line.points.reserve(end - begin);
                for (int i = begin; i < end; ++i) {
                    const QPointF &p = decimated.points.at(i);
                    line.points.append(QPointF(drawnDay(s, p.x()) * msPerDay, p.y()));
                    low = std::min(low, p.y());
                    high = std::max(high, p.y());
                }
                drawn.append(std::move(line));
            }
            if (run.status != PointStatus::Measured) {
                int marker = int(lines.markerStatus.indexOf(run.status));
                if (marker < 0) {
                    lines.markers.append(addMarkers(s, run.status));
                    lines.markerStatus.append(run.status);
                    hollow.append(QList<QPointF>());
                    marker = int(lines.markers.size()) - 1;
                    styleLines(s);
                }
                // Its own points only, not the measured neighbours its line reaches.
                for (int i = std::max(run.begin, sliceBegin); i < std::min(run.end, sliceEnd); ++i) {
                    if (!std::isnan(values.y.at(i)))
                        hollow[marker].append(QPointF(drawnDay(s, values.x.at(i)) * msPerDay, values.y.at(i)));
                }
            }
        }
        // Points far enough apart to be told apart are marked (three points nine years apart
        // are not yearly data); a stretch of one or two points draws no line, only its points.
        double closest = HUGE_VAL;
        for (const ChartLine &line : std::as_const(drawn)) {
            for (int i = 1; i < line.points.size(); ++i)
                closest = std::min(closest, line.points.at(i).x() - line.points.at(i - 1).x());
        }
        const bool sparse = closest / msPerDay * columns / (m_to - m_from) >= 12;
        // Where the line ends in view: its name goes there (EndLabels).
        std::optional<QPointF> end;
        for (const ChartLine &line : std::as_const(drawn)) {
            for (const QPointF &p : line.points) {
                if (p.x() >= m_from * msPerDay && p.x() <= m_to * msPerDay && !std::isnan(p.y()))
                    end = p;
            }
        }
        m_lineEnds.resize(m_series.size());
        m_lineEnds[s] = end;
        for (ChartLine &line : drawn)
            line.pointsVisible = line.status == PointStatus::Measured && (sparse || line.count() < 3);
        m_seriesLines->setLines(s, std::move(drawn));
        for (int m = 0; m < lines.markers.size(); ++m)
            lines.markers.at(m)->replace(sparse || hollow.at(m).size() < 3 ? hollow.at(m) : QList<QPointF>());
    }
    updateOutOfRange(!inView);
    updateTimeTicks(columns);
    if (low <= high) {
        const double pad = std::max((high - low) * 0.02, std::abs(high) * 0.01 + 1e-9);
        setRoundTicks(m_yAxis, low - pad, high + pad, m_chart->plotArea().height());
    }
    m_seriesLines->place();
    updateBreakMarks();
    updateMarkers();
    updateEndLabels();
}

void SeriesChart::updateBreakMarks()
{
    if (!m_breaks)
        return;
    QAbstractSeries *anchor = m_chart->series().value(0);
    if (!anchor)
        return;
    m_breaks->place(m_chart->plotArea(), true,
                    [this, anchor](double ms) { return m_chart->mapToPosition(QPointF(ms, 0), anchor).x(); });
}

const BreakMarks *SeriesChart::breakMarks() const
{
    return m_breaks ? m_breaks.get() : (m_bars ? &m_bars->breakMarks() : nullptr);
}

QVector<ChartLine> SeriesChart::lines(int series) const
{
    return m_seriesLines ? m_seriesLines->lines(series) : QVector<ChartLine>();
}

QVector<QScatterSeries *> SeriesChart::statusMarkers(int series) const
{
    return series >= 0 && series < m_lines.size() ? m_lines.at(series).markers : QVector<QScatterSeries *>();
}

QString SeriesChart::outOfRangeText() const
{
    // The range as years when it spans some, else as dates.
    const QDate from = EventTimeIndex::dateOf(m_from), to = EventTimeIndex::dateOf(m_to);
    const QLocale locale = this->locale();
    const bool years = m_to - m_from > 2 * 366;
    const QString start = years ? QString::number(from.year()) : locale.toString(from, QLocale::ShortFormat);
    const QString end = years ? QString::number(to.year()) : locale.toString(to, QLocale::ShortFormat);
    return tr("No points between %1 and %2 (the period the timeline shows).").arg(start, end);
}

void SeriesChart::updateOutOfRange(bool outOfRange)
{
    if (outOfRange == m_outOfRange && (!outOfRange || !m_outOfRangeLabel->text().isEmpty())) {
        if (outOfRange)
            m_outOfRangeLabel->setText(outOfRangeText());
        return;
    }
    m_outOfRange = outOfRange;
    // Not an empty plot on an axis that means nothing here: what there is, and the way to it.
    m_outOfRangeLabel->setText(outOfRange ? outOfRangeText() : QString());
    m_outOfRangeBox->setVisible(outOfRange);
    m_canvas->setVisible(!outOfRange);
}

int SeriesChart::pointsInChart() const
{
    ensureLoaded();
    if (!isTime()) {
        int total = 0;
        for (const SeriesValues &values : m_values)
            total += values.size();
        return total;
    }
    return m_seriesLines ? m_seriesLines->pointCount() : 0;
}

} // namespace bv
