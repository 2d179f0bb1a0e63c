// SPDX-License-Identifier: MIT
// CategoryBars' layout: the orientation, the room the labels need, and every label, status
// bar, dot join and break mark placed for the plot QtCharts has settled on.
#include "charts/categorybars.h"

#include "charts/statusstyle.h"
#include "charts/valueaxisticks.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bv {

namespace {
constexpr int verticalMostBars = 8; // more categories than this are always horizontal
constexpr int verticalMostPeriods = 40;
constexpr double margin = 6;        // around the chart's own labels
constexpr double labelGap = 8;      // between a label and its bar
} // namespace

void CategoryBars::wrapLabels(double width)
{
    // Greedy word wrap; a word wider than the column stays whole on its line.
    for (int i = 0; i < m_categoryLabels.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_categoryLabels.at(i);
        const QString label = m_table.labels.value(i);
        if (m_labelWidths.at(i) <= width) {
            if (item->text() != label)
                item->setText(label);
            continue;
        }
        const QFontMetricsF metrics(item->font());
        QStringList lines;
        QString line;
        for (const QString &word : label.split(QLatin1Char(' '))) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
                lines << line;
                line = word;
            } else {
                line = candidate;
            }
        }
        lines << line;
        const QString wrapped = lines.join(QLatin1Char('\n'));
        if (item->text() != wrapped)
            item->setText(wrapped);
    }
}

int CategoryBars::layout(int width, int top)
{
    m_width = width;
    m_top = top;
    const int n = m_table.rows();
    if (n == 0 || width <= 0)
        return 0;
    const QFontMetricsF metrics(m_valueAxis->labelsFont());
    if (m_labelWidths.size() != n) {
        // Measured once for the font: each label on one line, its longest word, the values.
        m_labelWidths.resize(n);
        m_longestWords.resize(n);
        for (int i = 0; i < n; ++i) {
            const QFontMetricsF labelMetrics(m_categoryLabels.at(i)->font());
            m_labelWidths[i] = labelMetrics.horizontalAdvance(m_table.labels.value(i));
            double longest = 0;
            for (const QString &word : m_table.labels.value(i).split(QLatin1Char(' ')))
                longest = std::max(longest, labelMetrics.horizontalAdvance(word));
            m_longestWords[i] = longest;
        }
        m_widestValue = 0;
        for (QGraphicsSimpleTextItem *value : std::as_const(m_valueLabels))
            m_widestValue = std::max(m_widestValue, metrics.horizontalAdvance(value->text()));
    }
    const double widest = *std::max_element(m_labelWidths.cbegin(), m_labelWidths.cend());
    const double line = metrics.height();
    // Vertical bars while each label fits under its bar; room left of the plot for the value
    // axis' labels and title. Dots always run in rows.
    const double slot = (width - 4 * line - 2 * margin) / n;
    const bool manyRows = m_table.periods ? n > verticalMostPeriods : n > verticalMostBars;
    const bool horizontal = m_style == Style::Dots || manyRows || widest > slot - labelGap;
    if (horizontal != m_horizontal)
        build(horizontal);
    if (!horizontal) {
        for (int i = 0; i < n; ++i) {
            if (m_categoryLabels.at(i)->text() != m_table.labels.value(i))
                m_categoryLabels.at(i)->setText(m_table.labels.value(i));
        }
        m_chart->setMargins(QMargins(4, int(line + 4) + top, 4, int(line + margin)));
        return 0;
    }
    // A label column of at most 40 % of the width; longer labels wrap, rows grow with them.
    double column = std::min(widest, width * 0.4);
    for (double word : std::as_const(m_longestWords))
        column = std::max(column, std::min(word, width * 0.6));
    wrapLabels(column);
    int lines = 1;
    for (QGraphicsSimpleTextItem *item : std::as_const(m_categoryLabels))
        lines = std::max(lines, int(item->text().count(QLatin1Char('\n'))) + 1);
    // Bars side by side each need a value label's height.
    const int side = m_style == Style::Bars ? m_table.seriesCount() : 1;
    const double rowHeight = std::max({lines * line + 4, line * 1.5, side > 1 ? side * (line + 1) / 0.8 + 2 : 0.0});
    const double right = m_style == Style::Dots ? 12 : m_widestValue + labelGap + margin;
    m_chart->setMargins(QMargins(int(column + labelGap + margin), 4 + top, int(right), 4));
    // What the chart takes besides its rows: margins, the value axis' labels and title.
    const QRectF plot = m_chart->plotArea();
    const double overhead = plot.height() > 0 && m_chart->size().height() > plot.height()
                                ? m_chart->size().height() - plot.height()
                                : 2 * line + 30 + top;
    if (m_fitHeight > 0) {
        // A stage's rows share the height it has, each at least its labels' lines high.
        const int labelsRow = int(std::ceil(lines * line)); // labels may touch, never overlap
        m_rowHeight = std::max(labelsRow, int(std::floor(std::min(rowHeight, (m_fitHeight - overhead) / n))));
    } else {
        m_rowHeight = int(std::ceil(rowHeight));
    }
    return int(std::ceil(n * m_rowHeight + overhead));
}

QRectF CategoryBars::barRect(int series, int row) const
{
    // As QtCharts lays its bars out: a row's bars share the bar width, side by side or
    // stacked (positive values up from zero, negative ones down).
    const double at = position(row);
    const double width = m_bars ? m_bars->barWidth() : 0.6;
    const int count = m_table.seriesCount();
    const double y = m_table.y(series, row);
    double from = at - width / 2, to = at + width / 2, base = 0;
    if (m_style == Style::Stacked) {
        for (int s = 0; s < series; ++s) {
            const double other = m_table.y(s, row);
            if (!std::isnan(other) && (other < 0) == (y < 0))
                base += other;
        }
    } else {
        const int set = setOf(series);
        from = at - width / 2 + set * width / count;
        to = at - width / 2 + (set + 1) * width / count;
    }
    const double end = base + (std::isnan(y) ? 0 : y);
    // In (category, value) terms; the caller maps them for the orientation.
    return QRectF(QPointF(from, std::min(base, end)), QPointF(to, std::max(base, end)));
}

QPointF CategoryBars::chartPoint(int series, int row) const
{
    if (series < 0 || series >= m_table.seriesCount() || row < 0 || row >= m_table.rows())
        return {};
    double along = position(row), value = m_table.y(series, row);
    if (m_style != Style::Dots) {
        const QRectF bar = barRect(series, row);
        along = bar.center().x();
        value = value < 0 ? bar.top() : bar.bottom();
    }
    return m_horizontal ? QPointF(value, along) : QPointF(along, value);
}

void CategoryBars::placeLabels()
{
    const int n = m_table.rows();
    const QRectF plot = m_chart->plotArea();
    QAbstractSeries *anchor = m_chart->series().value(0);
    if (!anchor || n == 0 || plot.width() < 1 || plot.height() < 1)
        return;
    const double length = m_horizontal ? plot.width() * 35 / 90 : plot.height();
    if (std::abs(length - m_tickedLength) >= 8) {
        m_tickedLength = length; // not for a few pixels: the labels' own size moves the plot
        setRoundTicks(m_valueAxis, m_low, m_high, length);
    }
    if (!m_horizontal) {
        // The unit, also in the chart's title, along a plot too low for it would be elided.
        const double title = QFontMetricsF(m_valueAxis->titleFont()).horizontalAdvance(m_unit);
        const bool titleFits = plot.height() >= title + 8;
        if (m_valueAxis->isTitleVisible() != titleFits)
            m_valueAxis->setTitleVisible(titleFits);
    }
    auto map = [&](double along, double value) {
        return m_chart->mapToPosition(m_horizontal ? QPointF(value, along) : QPointF(along, value), anchor);
    };
    const double right = m_chart->size().width() - 2;
    const double slot = (m_horizontal ? plot.height() : plot.width()) / n;
    for (int at = 0; at < n; ++at) {
        const int row = rowAt(at);
        QGraphicsSimpleTextItem *label = m_categoryLabels.at(row);
        const QRectF labelSize = label->boundingRect();
        if (m_horizontal) {
            const double centre = map(at, 0).y();
            label->setPos(plot.left() - labelGap - labelSize.width(), centre - labelSize.height() / 2);
        } else {
            const double centre = map(at, 0).x();
            label->setPos(centre - labelSize.width() / 2, plot.bottom() + 4);
        }
    }
    // Value labels at the ends of the bars (or of each row's stack), where they fit.
    const int count = m_table.seriesCount();
    for (int i = 0; i < m_valueLabels.size(); ++i) {
        const int series = m_style == Style::Stacked ? count - 1 : i / n;
        const int row = m_style == Style::Stacked ? i : i % n;
        QGraphicsSimpleTextItem *value = m_valueLabels.at(i);
        const QRectF valueSize = value->boundingRect();
        double y = m_table.y(series, row), along = position(row), thickness = slot;
        if (m_style == Style::Stacked) {
            y = 0;
            bool any = false;
            for (int s = 0; s < count; ++s) {
                const double v = m_table.y(s, row);
                if (!std::isnan(v)) {
                    y += v;
                    any = true;
                }
            }
            if (!any)
                y = std::nan("");
        } else if (count > 1) {
            const QRectF bar = barRect(series, row);
            along = bar.center().x();
            thickness = slot * bar.width();
        }
        const double v = std::isnan(y) ? 0 : y;
        bool fits = !std::isnan(y) && !value->text().isEmpty();
        if (m_horizontal) {
            const double centre = map(along, 0).y();
            const double end = map(along, v).x();
            const double x = v >= 0 ? end + 4 : end - 4 - valueSize.width();
            fits = fits && valueSize.height() <= thickness + 1 && x >= plot.left() && x + valueSize.width() <= right;
            value->setPos(x, centre - valueSize.height() / 2);
        } else {
            const double centre = map(along, 0).x();
            const QPointF end = map(along, v);
            const double top = v >= 0 ? end.y() - 2 - valueSize.height() : end.y() + 2;
            fits = fits && valueSize.width() <= thickness - 2 && top >= 0 && (v >= 0 || top + valueSize.height() <= plot.bottom());
            value->setPos(centre - valueSize.width() / 2, top);
        }
        value->setVisible(fits);
    }
    placeOverlays();
}

void CategoryBars::placeOverlays()
{
    QAbstractSeries *anchor = m_chart->series().value(0);
    if (!anchor)
        return;
    auto scene = [&](double along, double value) {
        return m_chart->mapToPosition(m_horizontal ? QPointF(value, along) : QPointF(along, value), anchor);
    };
    for (const StatusBar &bar : std::as_const(m_statusBars)) {
        const QRectF r = barRect(bar.series, bar.row);
        const QRectF drawn = QRectF(scene(r.left(), r.top()), scene(r.right(), r.bottom())).normalized();
        bar.item->setRect(drawn);
        bar.item->setVisible(drawn.width() >= 1 && drawn.height() >= 1);
    }
    for (int row = 0; row < m_connectors.size(); ++row) {
        double low = HUGE_VAL, high = -HUGE_VAL;
        for (int s = 0; s < m_table.seriesCount(); ++s) {
            const double y = m_table.y(s, row);
            if (!std::isnan(y)) {
                low = std::min(low, y);
                high = std::max(high, y);
            }
        }
        QGraphicsLineItem *join = m_connectors.at(row);
        join->setVisible(high > low);
        if (high > low)
            join->setLine(QLineF(scene(position(row), low), scene(position(row), high)));
    }
    // A break before a period: between its bar and the one before (periods stay in order).
    const QRectF plot = m_chart->plotArea();
    m_breaks.place(plot, !m_horizontal, [&](double row) {
        const double between = position(int(row)) + (m_horizontal ? 0.5 : -0.5);
        const QPointF at = scene(between, 0);
        return m_horizontal ? at.y() : at.x();
    });
}

} // namespace bv
