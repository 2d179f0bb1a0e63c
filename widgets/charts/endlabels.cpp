// SPDX-License-Identifier: MIT
#include "charts/endlabels.h"

#include <QBrush>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bv {

namespace {
constexpr int gap = 6; // between a line's end and its name
} // namespace

EndLabels::EndLabels(QChart *chart)
    : m_chart(chart)
{
}

EndLabels::~EndLabels()
{
    qDeleteAll(m_items);
}

void EndLabels::setNames(const QStringList &names)
{
    if (names == m_names)
        return;
    m_names = names;
    qDeleteAll(m_items);
    m_items.clear();
    for (const QString &name : names) {
        auto *item = new QGraphicsSimpleTextItem(name, m_chart); // plain text: briefing content
        item->setFont(m_font);
        item->setZValue(20);
        item->setVisible(false);
        m_items.append(item);
    }
    m_shown = false;
}

void EndLabels::setFont(const QFont &font)
{
    m_font = font;
    for (QGraphicsSimpleTextItem *item : std::as_const(m_items))
        item->setFont(font);
}

int EndLabels::width() const
{
    const QFontMetricsF metrics(m_font);
    double widest = 0;
    for (const QString &name : m_names)
        widest = std::max(widest, metrics.horizontalAdvance(name));
    return int(std::ceil(widest)) + gap + 2;
}

bool EndLabels::place(const QVector<double> &wanted, double lineHeight, double top, double bottom, QVector<double> *placed)
{
    const int n = int(wanted.size());
    placed->resize(n);
    if (n == 0)
        return true;
    if (n * lineHeight > bottom - top)
        return false;
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&wanted](int a, int b) { return wanted.at(a) < wanted.at(b); });
    QVector<double> y(n);
    for (int k = 0; k < n; ++k)
        y[k] = std::clamp(wanted.at(order.at(k)), top + lineHeight / 2, bottom - lineHeight / 2);
    // Downwards, each at least a line below the one above; then upwards from the bottom.
    for (int k = 1; k < n; ++k)
        y[k] = std::max(y.at(k), y.at(k - 1) + lineHeight);
    y[n - 1] = std::min(y.at(n - 1), bottom - lineHeight / 2);
    for (int k = n - 2; k >= 0; --k)
        y[k] = std::min(y.at(k), y.at(k + 1) - lineHeight);
    bool fits = true;
    for (int k = 0; k < n; ++k) {
        (*placed)[order.at(k)] = y.at(k);
        fits = fits && std::abs(y.at(k) - wanted.at(order.at(k))) <= lineHeight;
    }
    return fits;
}

bool EndLabels::show(const QVector<std::optional<QPointF>> &ends, const QRectF &plot, const QVector<QColor> &colours)
{
    QVector<double> wanted;
    QVector<int> which;
    for (int i = 0; i < ends.size() && i < m_items.size(); ++i) {
        if (ends.at(i)) {
            wanted.append(ends.at(i)->y());
            which.append(i);
        }
    }
    const double lineHeight = QFontMetricsF(m_font).height();
    QVector<double> placed;
    if (wanted.isEmpty() || !place(wanted, lineHeight, plot.top(), plot.bottom(), &placed)) {
        hide();
        return false;
    }
    for (QGraphicsSimpleTextItem *item : std::as_const(m_items))
        item->setVisible(false);
    for (int k = 0; k < which.size(); ++k) {
        QGraphicsSimpleTextItem *item = m_items.at(which.at(k));
        item->setBrush(colours.value(which.at(k)));
        item->setPos(plot.right() + gap, placed.at(k) - lineHeight / 2);
        item->setVisible(true);
    }
    m_shown = true;
    return true;
}

void EndLabels::hide()
{
    for (QGraphicsSimpleTextItem *item : std::as_const(m_items))
        item->setVisible(false);
    m_shown = false;
}

} // namespace bv
