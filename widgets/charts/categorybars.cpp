// SPDX-License-Identifier: MIT
// CategoryBars: the QtCharts series, their values in the chosen order, the row that stands
// out, colours. (Layout and labels: categorybarslayout.cpp.)
#include "charts/categorybars.h"

#include "charts/statusstyle.h"
#include "charts/valueaxisticks.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QPalette>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bv {

namespace {
constexpr int verticalMostBars = 8;   // more categories than this are always horizontal
constexpr int verticalMostPeriods = 40; // periods read left to right while their labels fit
} // namespace

CategoryBars::CategoryBars(QChart *chart, const CategoryTable &table, Style style, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
    , m_table(table)
    , m_style(style)
    , m_breaks(chart)
{
    const int n = m_table.rows(), seriesCount = m_table.seriesCount();
    m_displayed.resize(n);
    std::iota(m_displayed.begin(), m_displayed.end(), 0);
    double low = HUGE_VAL, high = -HUGE_VAL;
    for (int row = 0; row < n; ++row) {
        double positive = 0, negative = 0;
        for (int s = 0; s < seriesCount; ++s) {
            const double y = m_table.y(s, row);
            if (std::isnan(y))
                continue;
            low = std::min(low, y);
            high = std::max(high, y);
            (y < 0 ? negative : positive) += y;
        }
        if (m_style == Style::Stacked) {
            low = std::min(low, negative);
            high = std::max(high, positive);
        }
    }
    if (!(low <= high))
        low = high = 0;
    if (m_style == Style::Dots) {
        // Dots need no zero: a little room around them, zero kept when it is near.
        const double pad = std::max((high - low) * 0.05, std::abs(high) * 0.02 + 1e-9);
        m_low = low >= 0 && low - pad <= (high - low) * 0.5 ? 0 : low - pad;
        m_high = high + pad;
    } else {
        m_low = std::min(low, 0.0); // bars start at zero
        m_high = std::max(high, 0.0);
    }
    if (!(m_high > m_low))
        m_high = m_low + 1;
    const bool manyRows = m_table.periods ? n > verticalMostPeriods : n > verticalMostBars;
    build(m_style == Style::Dots || manyRows); // many rows are horizontal at any width: built once
    // Plain-text items (briefing text shows as the characters it is), made in the axis font
    // so that each is laid out once.
    const QFont font = m_valueAxis->labelsFont();
    const QLocale locale;
    m_categoryLabels.reserve(n);
    for (int row = 0; row < n; ++row) {
        auto *label = new QGraphicsSimpleTextItem(m_chart);
        label->setFont(font);
        label->setText(m_table.labels.value(row));
        label->setZValue(10);
        m_categoryLabels.append(label);
    }
    auto addValueLabel = [&](double y) {
        auto *value = new QGraphicsSimpleTextItem(m_chart);
        value->setFont(font);
        value->setText(std::isnan(y) ? QString() : locale.toString(y, 'g', 12));
        value->setZValue(10);
        value->setVisible(false);
        m_valueLabels.append(value);
    };
    if (m_style == Style::Bars) {
        for (int s = 0; s < seriesCount; ++s) {
            for (int row = 0; row < n; ++row)
                addValueLabel(m_table.y(s, row));
        }
    } else if (m_style == Style::Stacked) {
        for (int row = 0; row < n; ++row) {
            double total = 0;
            bool any = false;
            for (int s = 0; s < seriesCount; ++s) {
                const double y = m_table.y(s, row);
                if (!std::isnan(y)) {
                    total += y;
                    any = true;
                }
            }
            addValueLabel(any ? total : std::nan(""));
        }
    }
    // Statuses drawn over the bars; joins between a row's dots.
    if (m_style != Style::Dots) {
        for (int s = 0; s < seriesCount; ++s) {
            for (int row = 0; row < n; ++row) {
                const PointStatus status = m_table.status(s, row);
                if (status == PointStatus::Measured || std::isnan(m_table.y(s, row)))
                    continue;
                auto *item = new StatusBarItem(status, m_chart);
                item->setZValue(5);
                item->setVisible(false);
                m_statusBars.append({s, row, item});
            }
        }
    } else if (seriesCount > 1) {
        for (int row = 0; row < n; ++row) {
            auto *line = new QGraphicsLineItem(m_chart);
            line->setZValue(1);
            line->setAcceptedMouseButtons(Qt::NoButton);
            line->setVisible(false);
            m_connectors.append(line);
        }
    }
    // Breaks between periods: a mark before the period where a series changes.
    if (m_table.periods) {
        QVector<BreakMarks::Mark> marks;
        for (int s = 0; s < seriesCount; ++s) {
            for (int row = 1; row < n; ++row) {
                const QString note = m_table.breakNote(s, row);
                if (!note.isEmpty())
                    marks.append({double(row), note});
            }
        }
        m_breaks.setMarks(marks);
    }
    connect(m_chart, &QChart::plotAreaChanged, this, &CategoryBars::placeLabels);
}

CategoryBars::~CategoryBars()
{
    for (const StatusBar &bar : std::as_const(m_statusBars))
        delete bar.item;
    qDeleteAll(m_connectors);
}

int CategoryBars::setOf(int series) const
{
    // Horizontal bars side by side count from the bottom: the first series on top.
    const int count = m_table.seriesCount();
    return m_horizontal && m_style == Style::Bars ? count - 1 - series : series;
}

void CategoryBars::build(bool horizontal)
{
    if (m_bars || !m_dots.isEmpty()) {
        // Nothing is placed while the chart changes.
        QAbstractBarSeries *old = m_bars;
        m_bars = nullptr;
        m_sets.clear();
        if (old) {
            m_chart->removeSeries(old);
            delete old;
        }
        for (const DotSet &set : std::as_const(m_dots)) {
            m_chart->removeSeries(set.dots);
            delete set.dots;
        }
        m_dots.clear();
        for (QAbstractAxis *axis : m_chart->axes()) {
            m_chart->removeAxis(axis);
            delete axis;
        }
        m_categoryAxis = nullptr;
        m_valueAxis = nullptr;
    }
    m_horizontal = horizontal;
    // Places, not names, on the category axis: its labels would be measured as rich text,
    // one document each (200 ms for 300 bars), though ours are the ones drawn.
    auto *categoryAxis = new QValueAxis(m_chart);
    categoryAxis->setRange(-0.5, m_table.rows() - 0.5);
    categoryAxis->setLabelsVisible(false);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setTickCount(2);
    auto *valueAxis = new QValueAxis(m_chart);
    m_categoryAxis = categoryAxis;
    m_valueAxis = valueAxis;
    if (m_style == Style::Dots) {
        buildDots();
    } else {
        QAbstractBarSeries *bars = nullptr;
        if (m_style == Style::Stacked)
            bars = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries(m_chart))
                              : static_cast<QAbstractBarSeries *>(new QStackedBarSeries(m_chart));
        else
            bars = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries(m_chart))
                              : static_cast<QAbstractBarSeries *>(new QBarSeries(m_chart));
        // QtCharts draws series names and category labels as rich text: never ours. Its
        // category labels stay hidden (ours are drawn whole), but its axis lays the bars out.
        const int count = m_table.seriesCount();
        m_sets.resize(count);
        for (int set = 0; set < count; ++set) {
            auto *barSet = new QBarSet(QStringLiteral("bars"));
            m_sets[set] = barSet;
            bars->append(barSet);
        }
        const bool side = m_style == Style::Bars && count > 1;
        bars->setBarWidth(side ? 0.8 : horizontal ? 0.72 : 0.6);
        m_chart->addSeries(bars);
        m_bars = bars;
        for (int set = 0; set < count; ++set) {
            const int series = setOf(set); // setOf is its own inverse
            connect(m_sets.at(set), &QBarSet::hovered, this,
                    [this, series](bool state, int index) { emitHovered(state, series, index); });
            connect(m_sets.at(set), &QBarSet::clicked, this, [this, series](int index) { emitClicked(series, index); });
        }
    }
    m_chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
    }
    m_valueAxis->setTitleText(m_unit.toHtmlEscaped());
    m_tickedLength = -1;
    setRoundTicks(m_valueAxis, m_low, m_high, 220);
    if (!m_colours.isEmpty()) {
        QPalette palette;
        palette.setColor(QPalette::Highlight, m_highlight);
        palette.setColor(QPalette::Base, m_base);
        palette.setColor(QPalette::Text, m_text);
        applyPalette(palette, m_colours, m_border);
    }
    fill();
}

void CategoryBars::buildDots()
{
    // A scatter per series for its measured points, and one per status it has (hollow, in
    // the status' shape).
    for (int s = 0; s < m_table.seriesCount(); ++s) {
        QVector<PointStatus> statuses{PointStatus::Measured};
        for (int row = 0; row < m_table.rows(); ++row) {
            if (!statuses.contains(m_table.status(s, row)))
                statuses.append(m_table.status(s, row));
        }
        for (PointStatus status : std::as_const(statuses)) {
            auto *dots = new QScatterSeries(m_chart);
            dots->setMarkerShape(StatusStyle::markerShape(status));
            dots->setMarkerSize(status == PointStatus::Measured ? 10 : 11);
            m_chart->addSeries(dots);
            connect(dots, &QScatterSeries::hovered, this,
                    [this, s](const QPointF &point, bool state) { emitHovered(state, s, int(std::lround(point.y()))); });
            connect(dots, &QScatterSeries::clicked, this,
                    [this, s](const QPointF &point) { emitClicked(s, int(std::lround(point.y()))); });
            m_dots.append({s, status, dots});
        }
    }
}

void CategoryBars::emitHovered(bool state, int series, int position)
{
    const int row = rowAt(position);
    emit hovered(state, series, row < 0 ? -1 : m_table.point(series, row));
}

void CategoryBars::emitClicked(int series, int position)
{
    const int row = rowAt(position);
    const int point = row < 0 ? -1 : m_table.point(series, row);
    if (point >= 0)
        emit clicked(series, point);
}

void CategoryBars::setUnit(const QString &unit)
{
    m_unit = unit;
    if (m_valueAxis)
        m_valueAxis->setTitleText(unit.toHtmlEscaped()); // QtCharts renders it as rich text
}

void CategoryBars::setOrder(Order order)
{
    if (m_table.periods)
        order = Order::File; // periods stay in time order
    if (order == m_order)
        return;
    m_order = order;
    fill();
    placeLabels();
}

double CategoryBars::sortValue(int row) const
{
    if (m_style != Style::Stacked)
        return m_table.y(0, row);
    double total = 0;
    bool any = false;
    for (int s = 0; s < m_table.seriesCount(); ++s) {
        const double y = m_table.y(s, row);
        if (!std::isnan(y)) {
            total += y;
            any = true;
        }
    }
    return any ? total : std::nan("");
}

void CategoryBars::fill()
{
    std::iota(m_displayed.begin(), m_displayed.end(), 0);
    if (m_order == Order::Value) {
        // Largest first (the first series', or the stack's total); gaps last.
        std::stable_sort(m_displayed.begin(), m_displayed.end(), [this](int a, int b) {
            const double ya = sortValue(a), yb = sortValue(b);
            if (std::isnan(yb))
                return !std::isnan(ya);
            return !std::isnan(ya) && ya > yb;
        });
    }
    const int n = m_table.rows();
    for (int set = 0; set < m_sets.size(); ++set) {
        const int series = setOf(set);
        QList<qreal> bars; // all at once: one relayout, not one a bar
        bars.reserve(n);
        for (int position = 0; position < n; ++position) {
            const double y = m_table.y(series, rowAt(position));
            bars << (std::isnan(y) ? 0.0 : y);
        }
        m_sets.at(set)->remove(0, int(m_sets.at(set)->count()));
        m_sets.at(set)->append(bars);
    }
    for (const DotSet &set : std::as_const(m_dots)) {
        QList<QPointF> points;
        for (int row = 0; row < n; ++row) {
            const double y = m_table.y(set.series, row);
            if (!std::isnan(y) && m_table.status(set.series, row) == set.status)
                points.append(QPointF(y, position(row)));
        }
        set.dots->replace(points);
    }
    const int highlighted = m_highlighted;
    m_highlighted = -1;
    setHighlighted(highlighted);
}

int CategoryBars::rowAt(int position) const
{
    // Horizontal rows count from the bottom: the first place is the last position.
    const int place = m_horizontal ? m_table.rows() - 1 - position : position;
    return m_displayed.value(place, -1);
}

int CategoryBars::position(int row) const
{
    const int place = int(m_displayed.indexOf(row));
    if (place < 0)
        return -1;
    return m_horizontal ? m_table.rows() - 1 - place : place;
}

void CategoryBars::setHighlighted(int row)
{
    if (row == m_highlighted)
        return;
    if (m_highlighted >= 0 && m_highlighted < m_categoryLabels.size()) {
        QFont font = m_categoryLabels.at(m_highlighted)->font();
        font.setBold(false);
        m_categoryLabels.at(m_highlighted)->setFont(font);
    }
    m_highlighted = row;
    for (QBarSet *set : std::as_const(m_sets))
        set->deselectAllBars();
    if (row >= 0 && row < m_table.rows()) {
        for (QBarSet *set : std::as_const(m_sets))
            set->selectBar(position(row));
        QFont font = m_categoryLabels.at(row)->font();
        font.setBold(true);
        m_categoryLabels.at(row)->setFont(font);
    }
    colourConnectors();
    m_labelWidths.clear(); // a bold label is wider
    if (m_width > 0)
        layout(m_width, m_top);
}

void CategoryBars::colourConnectors()
{
    QColor join = m_text;
    join.setAlpha(90);
    for (int row = 0; row < m_connectors.size(); ++row)
        m_connectors.at(row)->setPen(QPen(row == m_highlighted ? m_highlight : join, row == m_highlighted ? 3 : 2));
}

void CategoryBars::applyPalette(const QPalette &palette, const QVector<QColor> &colours, const QColor &border)
{
    m_colours = colours;
    m_border = border;
    m_highlight = palette.color(QPalette::Highlight);
    m_base = palette.color(QPalette::Base);
    m_text = palette.color(QPalette::Text);
    for (int set = 0; set < m_sets.size(); ++set) {
        const QColor colour = colours.value(setOf(set), colours.value(0));
        m_sets.at(set)->setColor(colour);
        m_sets.at(set)->setBorderColor(border.isValid() ? border : colour);
        m_sets.at(set)->setSelectedColor(m_highlight);
    }
    for (const DotSet &set : std::as_const(m_dots)) {
        const QColor colour = colours.value(set.series, colours.value(0));
        const bool measured = set.status == PointStatus::Measured;
        set.dots->setColor(measured ? colour : m_base);
        set.dots->setBorderColor(colour);
        QPen pen(colour, measured ? 1 : 2);
        set.dots->setPen(pen);
    }
    for (const StatusBar &bar : std::as_const(m_statusBars))
        bar.item->setColours(colours.value(bar.series, colours.value(0)), m_base);
    colourConnectors();
    QColor breakLine = m_text;
    breakLine.setAlpha(150);
    m_breaks.setColours(breakLine, m_base);
    const QFont font = m_valueAxis->labelsFont();
    const QBrush text = m_text;
    bool fontChanged = false;
    for (auto *labels : {&m_categoryLabels, &m_valueLabels}) {
        for (int i = 0; i < labels->size(); ++i) {
            QGraphicsSimpleTextItem *item = labels->at(i);
            QFont itemFont = font;
            itemFont.setBold(labels == &m_categoryLabels && i == m_highlighted);
            if (item->font() != itemFont) { // each change lays the text out again
                item->setFont(itemFont);
                fontChanged = true;
            }
            if (item->brush() != text)
                item->setBrush(text);
        }
    }
    if (!fontChanged)
        return;
    m_labelWidths.clear(); // measured again for the font
    if (m_width > 0)
        layout(m_width, m_top);
}

} // namespace bv
