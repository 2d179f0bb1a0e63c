// SPDX-License-Identifier: MIT
#include "charts/slopechart.h"

#include "charts/statusstyle.h"
#include "charts/valueaxisticks.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bv {

namespace {
constexpr double labelGap = 8;  // between a point and its label
constexpr double edge = 0.04;   // the columns' room at the plot's ends, in columns
} // namespace

SlopeChart::SlopeChart(QChart *chart, const CategoryTable &table, const QStringList &columns, QObject *parent)
    : QObject(parent)
    , m_chart(chart)
    , m_table(table)
    , m_columnNames(columns)
{
    const int rows = m_table.rows(), count = m_table.seriesCount();
    double low = HUGE_VAL, high = -HUGE_VAL;
    m_firstColumn.fill(-1, rows);
    m_lastColumn.fill(-1, rows);
    for (int row = 0; row < rows; ++row) {
        for (int s = 0; s < count; ++s) {
            const double y = m_table.y(s, row);
            if (std::isnan(y))
                continue;
            low = std::min(low, y);
            high = std::max(high, y);
            if (m_firstColumn.at(row) < 0)
                m_firstColumn[row] = s;
            m_lastColumn[row] = s;
        }
    }
    if (!(low <= high))
        low = high = 0;
    const double pad = std::max((high - low) * 0.04, std::abs(high) * 0.01 + 1e-9);
    m_low = low >= 0 && low - pad <= (high - low) * 0.5 ? 0 : low - pad;
    m_high = high + pad;
    m_columnAxis = new QValueAxis(m_chart);
    m_columnAxis->setRange(-edge, count - 1 + edge);
    m_columnAxis->setLabelsVisible(false);
    m_columnAxis->setTickCount(std::max(2, count));
    m_columnAxis->setLineVisible(false);
    // The values stand beside the points: an axis of numbers would only compete with them.
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setLabelsVisible(false);
    m_valueAxis->setTitleVisible(false);
    m_valueAxis->setLineVisible(false);
    m_chart->addAxis(m_columnAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    const QFont font = m_valueAxis->labelsFont();
    const QLocale locale;
    // A line a category; markers by status, over every line.
    QVector<PointStatus> statuses{PointStatus::Measured};
    for (int row = 0; row < rows; ++row) {
        auto *line = new QLineSeries(m_chart);
        QList<QPointF> points;
        for (int s = 0; s < count; ++s) {
            const double y = m_table.y(s, row);
            if (!std::isnan(y))
                points.append(QPointF(s, y));
            if (!statuses.contains(m_table.status(s, row)))
                statuses.append(m_table.status(s, row));
        }
        line->replace(points);
        m_chart->addSeries(line);
        connect(line, &QLineSeries::hovered, this, [this, row](const QPointF &point, bool state) {
            const int series = std::clamp(int(std::lround(point.x())), 0, m_table.seriesCount() - 1);
            emit hovered(state, series, m_table.point(series, row));
        });
        connect(line, &QLineSeries::clicked, this, [this, row](const QPointF &point) {
            const int series = std::clamp(int(std::lround(point.x())), 0, m_table.seriesCount() - 1);
            if (m_table.point(series, row) >= 0)
                emit clicked(series, m_table.point(series, row));
        });
        m_lines.append(line);
    }
    for (PointStatus status : std::as_const(statuses)) {
        auto *markers = new QScatterSeries(m_chart);
        markers->setMarkerShape(StatusStyle::markerShape(status));
        markers->setMarkerSize(status == PointStatus::Measured ? 8 : 10);
        QList<QPointF> points;
        for (int row = 0; row < rows; ++row) {
            for (int s = 0; s < count; ++s) {
                const double y = m_table.y(s, row);
                if (!std::isnan(y) && m_table.status(s, row) == status)
                    points.append(QPointF(s, y));
            }
        }
        markers->replace(points);
        m_chart->addSeries(markers);
        connect(markers, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
            const int series = std::clamp(int(std::lround(point.x())), 0, m_table.seriesCount() - 1);
            const int row = rowNear(series, point.y());
            emit hovered(state, series, row < 0 ? -1 : m_table.point(series, row));
        });
        connect(markers, &QScatterSeries::clicked, this, [this](const QPointF &point) {
            const int series = std::clamp(int(std::lround(point.x())), 0, m_table.seriesCount() - 1);
            const int row = rowNear(series, point.y());
            if (row >= 0)
                emit clicked(series, m_table.point(series, row));
        });
        m_markers.append(markers);
        m_markerStatus.append(status);
    }
    for (QAbstractSeries *series : m_chart->series()) {
        series->attachAxis(m_columnAxis);
        series->attachAxis(m_valueAxis);
    }
    setRoundTicks(m_valueAxis, m_low, m_high, 220);
    // Plain-text labels: the name and value beside a row's first and last point.
    auto label = [&](const QString &text) {
        auto *item = new QGraphicsSimpleTextItem(m_chart);
        item->setFont(font);
        item->setText(text);
        item->setZValue(10);
        return item;
    };
    auto leader = [&] {
        auto *item = new QGraphicsLineItem(m_chart);
        item->setZValue(9);
        item->setAcceptedMouseButtons(Qt::NoButton);
        item->setVisible(false);
        return item;
    };
    for (int row = 0; row < rows; ++row) {
        const int first = m_firstColumn.at(row), last = m_lastColumn.at(row);
        const QString name = m_table.labels.value(row);
        m_start.append(first >= 0 && (first == 0 || first != last)
                           ? label(name + QStringLiteral("  ") + locale.toString(m_table.y(first, row), 'g', 12))
                           : nullptr);
        m_end.append(last >= 0 && (last > 0 || first != last)
                         ? label(locale.toString(m_table.y(last, row), 'g', 12) + QStringLiteral("  ") + name)
                         : nullptr);
        m_startLeaders.append(leader());
        m_endLeaders.append(leader());
    }
    for (const QString &column : std::as_const(m_columnNames)) {
        QGraphicsSimpleTextItem *item = label(column);
        QFont bold = font;
        bold.setBold(true);
        item->setFont(bold);
        m_columns.append(item);
    }
    connect(m_chart, &QChart::plotAreaChanged, this, &SlopeChart::placeLabels);
}

SlopeChart::~SlopeChart()
{
    for (auto *items : {&m_start, &m_end, &m_columns})
        qDeleteAll(*items);
    qDeleteAll(m_startLeaders);
    qDeleteAll(m_endLeaders);
}

int SlopeChart::rowNear(int series, double value) const
{
    int best = -1;
    double distance = HUGE_VAL;
    for (int row = 0; row < m_table.rows(); ++row) {
        const double y = m_table.y(series, row);
        if (!std::isnan(y) && std::abs(y - value) < distance) {
            distance = std::abs(y - value);
            best = row;
        }
    }
    return best;
}

PointStatus SlopeChart::rowStatus(int row) const
{
    for (int s = 0; s < m_table.seriesCount(); ++s) {
        if (!std::isnan(m_table.y(s, row)) && m_table.status(s, row) != PointStatus::Measured)
            return m_table.status(s, row);
    }
    return PointStatus::Measured;
}

void SlopeChart::wrap(QGraphicsSimpleTextItem *item, const QString &text, double width) const
{
    const QFontMetricsF metrics(item->font());
    if (metrics.horizontalAdvance(text) <= width) {
        if (item->text() != text)
            item->setText(text);
        return;
    }
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
            lines << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    lines << line;
    item->setText(lines.join(QLatin1Char('\n')));
}

int SlopeChart::layout(int width, int top)
{
    m_width = width;
    m_top = top;
    const QFontMetricsF metrics(m_valueAxis->labelsFont());
    const double line = metrics.height();
    // A label column each side of at most 30 % of the width; longer names wrap.
    double widest = 0;
    for (auto *labels : {&m_start, &m_end}) {
        for (QGraphicsSimpleTextItem *item : *labels) {
            if (item)
                widest = std::max(widest, QFontMetricsF(item->font()).horizontalAdvance(item->text().replace(QLatin1Char('\n'), QLatin1Char(' '))));
        }
    }
    m_labelColumn = std::min(widest, width * 0.3);
    const QLocale locale;
    for (int row = 0; row < m_table.rows(); ++row) {
        const QString name = m_table.labels.value(row);
        if (QGraphicsSimpleTextItem *item = m_start.at(row))
            wrap(item, name + QStringLiteral("  ") + locale.toString(m_table.y(m_firstColumn.at(row), row), 'g', 12), m_labelColumn);
        if (QGraphicsSimpleTextItem *item = m_end.at(row))
            wrap(item, locale.toString(m_table.y(m_lastColumn.at(row), row), 'g', 12) + QStringLiteral("  ") + name, m_labelColumn);
    }
    const int count = std::max(1, m_table.seriesCount());
    int headerLines = 1;
    for (int s = 0; s < m_columns.size(); ++s) {
        wrap(m_columns.at(s), m_columnNames.at(s), std::max(60.0, (width - 2 * m_labelColumn) / count * 0.9));
        headerLines = std::max(headerLines, int(m_columns.at(s)->text().count(QLatin1Char('\n'))) + 1);
    }
    const double header = headerLines * line + 6;
    const double axisRoom = 4;
    m_chart->setMargins(QMargins(int(m_labelColumn + labelGap + axisRoom), int(top + header + 4),
                                 int(m_labelColumn + labelGap + 4), 4));
    // Each side's labels stacked without overlap, whatever the values.
    double stacked[2] = {0, 0};
    for (int side = 0; side < 2; ++side) {
        for (QGraphicsSimpleTextItem *item : side == 0 ? m_start : m_end) {
            if (item)
                stacked[side] += item->boundingRect().height() + 1;
        }
    }
    const double plotNeeded = std::max({stacked[0], stacked[1], 180.0});
    return int(std::ceil(plotNeeded + top + header + 4 + 2 * line + 16));
}

void SlopeChart::spread(QVector<QGraphicsSimpleTextItem *> &labels, const QVector<double> &wanted, const QRectF &plot)
{
    // Labels in the order of their points, each at least its height below the one above,
    // then moved up together where the last ones would leave the plot.
    QVector<int> order;
    for (int i = 0; i < labels.size(); ++i) {
        if (labels.at(i))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return wanted.at(a) < wanted.at(b); });
    QVector<double> top(labels.size());
    double next = plot.top() - 4;
    for (int i : std::as_const(order)) {
        const double height = labels.at(i)->boundingRect().height();
        top[i] = std::max(wanted.at(i) - height / 2, next);
        next = top.at(i) + height + 1;
    }
    double limit = plot.bottom() + 4;
    for (int k = int(order.size()) - 1; k >= 0; --k) {
        const int i = order.at(k);
        const double height = labels.at(i)->boundingRect().height();
        top[i] = std::min(top.at(i), limit - height);
        limit = top.at(i) - 1;
    }
    for (int i : std::as_const(order))
        labels.at(i)->setY(top.at(i));
}

void SlopeChart::placeLabels()
{
    const QRectF plot = m_chart->plotArea();
    QAbstractSeries *anchor = m_chart->series().value(0);
    if (!anchor || plot.width() < 1 || plot.height() < 1)
        return;
    if (std::abs(plot.height() - m_tickedLength) >= 8) {
        m_tickedLength = plot.height();
        setRoundTicks(m_valueAxis, m_low, m_high, plot.height());
    }
    const int rows = m_table.rows();
    QVector<double> wantedStart(rows), wantedEnd(rows);
    for (int row = 0; row < rows; ++row) {
        if (m_start.at(row))
            wantedStart[row] = m_chart->mapToPosition(chartPoint(m_firstColumn.at(row), row), anchor).y();
        if (m_end.at(row))
            wantedEnd[row] = m_chart->mapToPosition(chartPoint(m_lastColumn.at(row), row), anchor).y();
    }
    spread(m_start, wantedStart, plot);
    spread(m_end, wantedEnd, plot);
    for (int row = 0; row < rows; ++row) {
        for (int side = 0; side < 2; ++side) {
            QGraphicsSimpleTextItem *item = side == 0 ? m_start.at(row) : m_end.at(row);
            QGraphicsLineItem *leader = side == 0 ? m_startLeaders.at(row) : m_endLeaders.at(row);
            if (!item) {
                leader->setVisible(false);
                continue;
            }
            const int column = side == 0 ? m_firstColumn.at(row) : m_lastColumn.at(row);
            const QPointF point = m_chart->mapToPosition(chartPoint(column, row), anchor);
            const QRectF size = item->boundingRect();
            // Beside the plot's edge for the first and last column, beside the point for others.
            const double x = side == 0 ? std::min(point.x(), plot.left()) - labelGap - size.width()
                                       : std::max(point.x(), plot.right()) + labelGap;
            item->setX(x);
            const double centre = item->y() + size.height() / 2;
            const bool moved = std::abs(centre - point.y()) > 2 || std::abs(point.x() - (side == 0 ? plot.left() : plot.right())) > 4;
            leader->setVisible(moved);
            if (moved)
                leader->setLine(QLineF(point, QPointF(side == 0 ? x + size.width() + 2 : x - 2, centre)));
        }
    }
    for (int s = 0; s < m_columns.size(); ++s) {
        QGraphicsSimpleTextItem *item = m_columns.at(s);
        const QRectF size = item->boundingRect();
        const double x = m_chart->mapToPosition(QPointF(s, m_high), anchor).x();
        const double left = std::clamp(x - size.width() / 2, 2.0, m_chart->size().width() - size.width() - 2);
        item->setPos(s == 0 && m_columns.size() > 1 ? std::max(2.0, x - size.width() + 20)
                     : s == m_columns.size() - 1 && m_columns.size() > 1 ? std::min(x - 20, m_chart->size().width() - size.width() - 2)
                                                                         : left,
                     plot.top() - size.height() - 6);
    }
}

QPointF SlopeChart::chartPoint(int series, int row) const
{
    if (series < 0 || row < 0 || row >= m_table.rows())
        return {};
    return QPointF(series, m_table.y(series, row));
}

void SlopeChart::setHighlighted(int row)
{
    if (row == m_highlighted)
        return;
    m_highlighted = row;
    QPalette palette;
    palette.setColor(QPalette::Highlight, m_highlight);
    palette.setColor(QPalette::Text, m_text);
    palette.setColor(QPalette::Base, m_base);
    applyPalette(palette, m_line, m_emphasised);
    if (m_width > 0)
        layout(m_width, m_top); // a bold label is wider
}

void SlopeChart::applyPalette(const QPalette &palette, const QColor &line, bool emphasised)
{
    m_line = line;
    m_emphasised = emphasised;
    m_highlight = palette.color(QPalette::Highlight);
    m_text = palette.color(QPalette::Text);
    m_base = palette.color(QPalette::Base);
    for (int row = 0; row < m_lines.size(); ++row) {
        const bool current = row == m_highlighted;
        QPen pen(current ? m_highlight : line, current ? 3 : emphasised ? 2 : 1.5, StatusStyle::lineStyle(rowStatus(row)));
        m_lines.at(row)->setPen(pen);
    }
    for (int i = 0; i < m_markers.size(); ++i) {
        const bool measured = m_markerStatus.at(i) == PointStatus::Measured;
        m_markers.at(i)->setColor(measured ? line : m_base);
        m_markers.at(i)->setBorderColor(line);
        m_markers.at(i)->setPen(QPen(line, measured ? 1 : 2));
    }
    const QFont font = m_valueAxis->labelsFont();
    QColor leaderColour = m_text;
    leaderColour.setAlpha(110);
    for (int row = 0; row < m_table.rows(); ++row) {
        for (QGraphicsSimpleTextItem *item : {m_start.at(row), m_end.at(row)}) {
            if (!item)
                continue;
            QFont itemFont = font;
            itemFont.setBold(row == m_highlighted);
            if (item->font() != itemFont)
                item->setFont(itemFont);
            item->setBrush(row == m_highlighted ? m_highlight : m_text);
        }
        m_startLeaders.at(row)->setPen(QPen(leaderColour, 1));
        m_endLeaders.at(row)->setPen(QPen(leaderColour, 1));
    }
    for (QGraphicsSimpleTextItem *item : std::as_const(m_columns))
        item->setBrush(m_text);
}

void SlopeChart::setUnit(const QString &unit)
{
    m_valueAxis->setTitleText(unit.toHtmlEscaped()); // QtCharts renders it as rich text
}

} // namespace bv
