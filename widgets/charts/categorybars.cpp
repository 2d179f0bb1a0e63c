// SPDX-License-Identifier: MIT
#include "charts/categorybars.h"

#include "charts/valueaxisticks.h"
#include "content/seriesvalues.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bv {

namespace {
constexpr int verticalMostBars = 8; // more bars than this are always horizontal
constexpr double margin = 6;         // around the chart's own labels
constexpr double labelGap = 8;       // between a label and its bar
} // namespace

CategoryBars::CategoryBars(QChart *chart, const SeriesValues &values, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
    , m_values(values)
{
    const int n = m_values.size();
    m_displayed.resize(n);
    std::iota(m_displayed.begin(), m_displayed.end(), 0);
    for (int i = 0; i < n; ++i) {
        const double y = m_values.y.at(i);
        if (!std::isnan(y)) {
            m_low = std::min(m_low, y);
            m_high = std::max(m_high, y);
        }
    }
    m_low = std::min(m_low, 0.0); // bars start at zero
    m_high = std::max(m_high, 0.0);
    if (!(m_high > m_low))
        m_high = m_low + 1;
    build(n > verticalMostBars); // many bars are horizontal at any width: built once
    // Plain-text items (briefing text shows as the characters it is), made in the axis font
    // so that each is laid out once.
    const QFont font = m_valueAxis->labelsFont();
    const QLocale locale;
    m_categoryLabels.reserve(n);
    m_valueLabels.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double y = m_values.y.at(i);
        auto *label = new QGraphicsSimpleTextItem(m_chart);
        label->setFont(font);
        label->setText(m_values.labels.value(i));
        label->setZValue(10);
        m_categoryLabels.append(label);
        auto *value = new QGraphicsSimpleTextItem(m_chart);
        value->setFont(font);
        value->setText(std::isnan(y) ? QString() : locale.toString(y, 'g', 12));
        value->setZValue(10);
        value->setVisible(false);
        m_valueLabels.append(value);
    }
    connect(m_chart, &QChart::plotAreaChanged, this, &CategoryBars::placeLabels);
}

CategoryBars::~CategoryBars() = default;

void CategoryBars::build(bool horizontal)
{
    if (m_bars) {
        QAbstractBarSeries *old = m_bars;
        m_bars = nullptr; // nothing is placed while the chart changes
        m_set = nullptr;
        m_chart->removeSeries(old);
        delete old;
        for (QAbstractAxis *axis : m_chart->axes()) {
            m_chart->removeAxis(axis);
            delete axis;
        }
        m_categoryAxis = nullptr;
        m_valueAxis = nullptr;
    }
    m_horizontal = horizontal;
    auto *bars = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries(m_chart))
                            : static_cast<QAbstractBarSeries *>(new QBarSeries(m_chart));
    // QtCharts draws series names and category labels as rich text: escaped. Its category
    // labels stay hidden (ours are drawn whole), but its axis lays the bars out.
    auto *set = new QBarSet(QStringLiteral("bars"));
    bars->append(set);
    bars->setBarWidth(horizontal ? 0.72 : 0.6);
    m_chart->addSeries(bars);
    // Places, not names, on the category axis: its labels would be measured as rich text,
    // one document each (200 ms for 300 bars), though ours are the ones drawn.
    auto *categoryAxis = new QValueAxis(m_chart);
    categoryAxis->setRange(-0.5, m_values.size() - 0.5);
    categoryAxis->setLabelsVisible(false);
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setTickCount(2);
    auto *valueAxis = new QValueAxis(m_chart);
    m_chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    m_bars = bars;
    m_set = set;
    m_categoryAxis = categoryAxis;
    m_valueAxis = valueAxis;
    if (m_colours.size() == 3) {
        set->setColor(m_colours.at(0));
        set->setBorderColor(m_colours.at(1));
        set->setSelectedColor(m_colours.at(2));
    }
    m_valueAxis->setTitleText(m_unit.toHtmlEscaped());
    m_tickedLength = -1;
    setRoundTicks(m_valueAxis, m_low, m_high, 220);
    connect(m_set, &QBarSet::hovered, this, [this](bool state, int index) { emit hovered(state, dataIndex(index)); });
    connect(m_set, &QBarSet::clicked, this, [this](int index) { emit clicked(dataIndex(index)); });
    fill();
}

void CategoryBars::setUnit(const QString &unit)
{
    m_unit = unit;
    if (m_valueAxis)
        m_valueAxis->setTitleText(unit.toHtmlEscaped()); // QtCharts renders it as rich text
}

void CategoryBars::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    fill();
    placeLabels();
}

void CategoryBars::fill()
{
    std::iota(m_displayed.begin(), m_displayed.end(), 0);
    if (m_order == Order::Value) {
        // Largest first; gaps last.
        std::stable_sort(m_displayed.begin(), m_displayed.end(), [this](int a, int b) {
            const double ya = m_values.y.at(a), yb = m_values.y.at(b);
            if (std::isnan(yb))
                return !std::isnan(ya);
            return !std::isnan(ya) && ya > yb;
        });
    }
    const int n = m_values.size();
    QList<qreal> bars; // all at once: one relayout, not one a bar
    bars.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double y = m_values.y.at(dataIndex(i));
        bars << (std::isnan(y) ? 0.0 : y);
    }
    m_set->remove(0, int(m_set->count()));
    m_set->append(bars);
    const int highlighted = m_highlighted;
    m_highlighted = -1;
    setHighlighted(highlighted);
}

int CategoryBars::dataIndex(int setIndex) const
{
    // Horizontal bars count from the bottom: the first place is the last set index.
    const int place = m_horizontal ? m_values.size() - 1 - setIndex : setIndex;
    return m_displayed.value(place, -1);
}

int CategoryBars::setIndex(int dataIndex) const
{
    const int place = int(m_displayed.indexOf(dataIndex));
    if (place < 0)
        return -1;
    return m_horizontal ? m_values.size() - 1 - place : place;
}

void CategoryBars::setHighlighted(int index)
{
    if (index == m_highlighted)
        return;
    if (m_highlighted >= 0 && m_highlighted < m_categoryLabels.size()) {
        QFont font = m_categoryLabels.at(m_highlighted)->font();
        font.setBold(false);
        m_categoryLabels.at(m_highlighted)->setFont(font);
    }
    m_highlighted = index;
    if (!m_set)
        return;
    m_set->deselectAllBars();
    if (index < 0 || index >= m_values.size())
        return;
    m_set->selectBar(setIndex(index));
    QFont font = m_categoryLabels.at(index)->font();
    font.setBold(true);
    m_categoryLabels.at(index)->setFont(font);
    m_labelWidths.clear(); // a bold label is wider
    if (m_width > 0)
        layout(m_width);
}

QPointF CategoryBars::chartPoint(int index) const
{
    const double y = m_values.y.value(index);
    const int at = setIndex(index);
    return m_horizontal ? QPointF(y, at) : QPointF(at, y);
}

void CategoryBars::applyPalette(const QPalette &palette, const QColor &bar, const QColor &border)
{
    m_colours = {bar, border, palette.color(QPalette::Highlight)};
    m_set->setColor(bar);
    m_set->setBorderColor(border);
    m_set->setSelectedColor(m_colours.at(2));
    const QFont font = m_valueAxis->labelsFont();
    const QBrush text = palette.color(QPalette::Text);
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
        layout(m_width);
}

void CategoryBars::wrapLabels(double width)
{
    // Greedy word wrap; a word wider than the column stays whole on its line.
    for (int i = 0; i < m_categoryLabels.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_categoryLabels.at(i);
        const QString label = m_values.labels.value(i);
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

int CategoryBars::layout(int width)
{
    m_width = width;
    const int n = m_values.size();
    if (n == 0 || width <= 0)
        return 0;
    const QFontMetricsF metrics(m_valueAxis->labelsFont());
    if (m_labelWidths.size() != n) {
        // Measured once for the font: each label on one line, its longest word, the values.
        m_labelWidths.resize(n);
        m_longestWords.resize(n);
        m_widestValue = 0;
        for (int i = 0; i < n; ++i) {
            const QFontMetricsF labelMetrics(m_categoryLabels.at(i)->font());
            m_labelWidths[i] = labelMetrics.horizontalAdvance(m_values.labels.value(i));
            double longest = 0;
            for (const QString &word : m_values.labels.value(i).split(QLatin1Char(' ')))
                longest = std::max(longest, labelMetrics.horizontalAdvance(word));
            m_longestWords[i] = longest;
            m_widestValue = std::max(m_widestValue, metrics.horizontalAdvance(m_valueLabels.at(i)->text()));
        }
    }
    const double widest = *std::max_element(m_labelWidths.cbegin(), m_labelWidths.cend());
    const double widestValue = m_widestValue;
    const double line = metrics.height();
    // Vertical bars while each label fits under its bar; room left of the plot for the value
    // axis' labels and title.
    const double slot = (width - 4 * line - 2 * margin) / n;
    const bool horizontal = n > verticalMostBars || widest > slot - labelGap;
    if (horizontal != m_horizontal)
        build(horizontal);
    if (!horizontal) {
        for (int i = 0; i < n; ++i) {
            if (m_categoryLabels.at(i)->text() != m_values.labels.value(i))
                m_categoryLabels.at(i)->setText(m_values.labels.value(i));
        }
        m_chart->setMargins(QMargins(4, int(line + 4), 4, int(line + margin)));
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
    m_rowHeight = int(std::ceil(std::max(lines * line + 4, line * 1.5)));
    m_chart->setMargins(QMargins(int(column + labelGap + margin), 4, int(widestValue + labelGap + margin), 4));
    // What the chart takes besides its rows: margins, the value axis' labels and title.
    const QRectF plot = m_chart->plotArea();
    const double overhead = plot.height() > 0 && m_chart->size().height() > plot.height()
                                ? m_chart->size().height() - plot.height()
                                : 2 * line + 30;
    return int(std::ceil(n * m_rowHeight + overhead));
}

void CategoryBars::placeLabels()
{
    const int n = m_values.size();
    const QRectF plot = m_chart->plotArea();
    if (!m_bars || n == 0 || plot.width() < 1 || plot.height() < 1)
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
    const double right = m_chart->size().width() - 2;
    const double slot = (m_horizontal ? plot.height() : plot.width()) / n;
    for (int at = 0; at < n; ++at) {
        const int index = dataIndex(at);
        QGraphicsSimpleTextItem *label = m_categoryLabels.at(index);
        QGraphicsSimpleTextItem *value = m_valueLabels.at(index);
        const QRectF labelSize = label->boundingRect(), valueSize = value->boundingRect();
        const double y = m_values.y.at(index);
        const double v = std::isnan(y) ? 0 : y;
        bool fits = !std::isnan(y);
        if (m_horizontal) {
            const double centre = m_chart->mapToPosition(QPointF(0, at), m_bars).y();
            label->setPos(plot.left() - labelGap - labelSize.width(), centre - labelSize.height() / 2);
            const double end = m_chart->mapToPosition(QPointF(v, at), m_bars).x();
            const double x = v >= 0 ? end + 4 : end - 4 - valueSize.width();
            fits = fits && valueSize.height() <= slot && x >= plot.left() && x + valueSize.width() <= right;
            value->setPos(x, centre - valueSize.height() / 2);
        } else {
            const double centre = m_chart->mapToPosition(QPointF(at, 0), m_bars).x();
            label->setPos(centre - labelSize.width() / 2, plot.bottom() + 4);
            const QPointF end = m_chart->mapToPosition(QPointF(at, v), m_bars);
            const double top = v >= 0 ? end.y() - 2 - valueSize.height() : end.y() + 2;
            fits = fits && valueSize.width() <= slot - 2 && top >= 0 && (v >= 0 || top + valueSize.height() <= plot.bottom());
            value->setPos(centre - valueSize.width() / 2, top);
        }
        value->setVisible(fits);
    }
}

} // namespace bv
