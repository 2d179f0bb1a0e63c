// SPDX-License-Identifier: MIT
#include "timeline/timelineoverview.h"

#include "timeline/timelinepainter.h"
#include "timeline/timelineview.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace bv {

namespace {
constexpr double edgeGrip = 5;
}

TimelineOverview::TimelineOverview(TimelineView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("timelineOverview"));
    setLayoutDirection(Qt::LeftToRight); // time and numeric axes run left to right in every language
    retranslate();
    connect(view, &TimelineView::visibleRangeChanged, this, [this] {
        // The whole range changes only with the data; the histogram is recounted then.
        update();
    });
    connect(view, &TimelineView::indexRebuilt, this, [this] {
        m_counts.clear();
        update();
    });
    setMouseTracking(true);
}

void TimelineOverview::retranslate()
{
    setAccessibleName(tr("Overview of the whole timeline"));
    setToolTip(tr("Drag the window to move through time; drag its edges to zoom"));
}

void TimelineOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        update();
    }
    QWidget::changeEvent(event);
}

double TimelineOverview::fullFrom() const
{
    const EventTimeIndex &index = m_view->index();
    if (index.isEmpty())
        return m_view->from();
    const double span = std::max(index.last() - index.first(), 30.0);
    return index.first() - span * 0.02;
}

double TimelineOverview::fullTo() const
{
    const EventTimeIndex &index = m_view->index();
    if (index.isEmpty())
        return m_view->to();
    const double span = std::max(index.last() - index.first(), 30.0);
    return index.last() + span * 0.02;
}

double TimelineOverview::xOf(double day) const
{
    const double from = fullFrom(), to = fullTo();
    return TimelinePainter::laneNameWidth + (day - from) * (width() - TimelinePainter::laneNameWidth - 8) / (to - from);
}

double TimelineOverview::dayAt(double x) const
{
    const double from = fullFrom(), to = fullTo();
    return from + (x - TimelinePainter::laneNameWidth) * (to - from) / std::max(1.0, width() - TimelinePainter::laneNameWidth - 8);
}

QRectF TimelineOverview::windowRect() const
{
    const double minimum = TimelinePainter::laneNameWidth, maximum = width() - 8;
    const double left = std::clamp(xOf(m_view->from()), minimum, maximum - 3);
    const double right = std::clamp(xOf(m_view->to()), left + 3, maximum);
    return QRectF(QPointF(left, 1), QPointF(right, height() - 2));
}

void TimelineOverview::recount()
{
    const int columns = std::max(0, int(width() - TimelinePainter::laneNameWidth - 8));
    m_counts.fill(0, columns);
    m_maximum = 0;
    for (int c = 0; c < columns; ++c) {
        const double x = TimelinePainter::laneNameWidth + c;
        m_counts[c] = m_view->index().countStartingIn(dayAt(x), dayAt(x + 1));
        m_maximum = std::max(m_maximum, m_counts.at(c));
    }
}

void TimelineOverview::resizeEvent(QResizeEvent *)
{
    m_counts.clear();
}

void TimelineOverview::paintEvent(QPaintEvent *)
{
    if (m_counts.isEmpty())
        recount();
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::AlternateBase));
    const QColor bars = palette().color(QPalette::Mid);
    const double plotHeight = height() - 6;
    for (int c = 0; c < m_counts.size(); ++c) {
        if (m_counts.at(c) == 0)
            continue;
        // Square root, so one lone event is still visible beside a dense decade.
        const double h = std::max(2.0, plotHeight * std::sqrt(double(m_counts.at(c)) / m_maximum));
        painter.fillRect(QRectF(TimelinePainter::laneNameWidth + c, height() - 3 - h, 1, h), bars);
    }
    QColor window = palette().color(QPalette::Highlight);
    window.setAlpha(60);
    const QRectF w = windowRect();
    painter.fillRect(w, window);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(w);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(4, 0, TimelinePainter::laneNameWidth - 8, height()), Qt::AlignVCenter | Qt::AlignLeft,
                     tr("Whole range"));
}

void TimelineOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QRectF w = windowRect();
    const double x = event->position().x();
    m_pressX = x;
    m_pressFrom = m_view->from();
    m_pressTo = m_view->to();
    if (std::abs(x - w.left()) <= edgeGrip) {
        m_drag = Drag::Left;
    } else if (std::abs(x - w.right()) <= edgeGrip) {
        m_drag = Drag::Right;
    } else if (w.contains(event->position())) {
        m_drag = Drag::Move;
    } else {
        // A click outside the window centres it there.
        const double span = m_pressTo - m_pressFrom;
        const double centre = dayAt(x);
        m_view->setVisibleRange(centre - span / 2, centre + span / 2);
        m_pressFrom = m_view->from();
        m_pressTo = m_view->to();
        m_drag = Drag::Move;
    }
}

void TimelineOverview::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_drag == Drag::None) {
        const QRectF w = windowRect();
        const bool onEdge = std::abs(x - w.left()) <= edgeGrip || std::abs(x - w.right()) <= edgeGrip;
        setCursor(onEdge ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    const double shift = dayAt(x) - dayAt(m_pressX);
    switch (m_drag) {
    case Drag::Move:
        m_view->setVisibleRange(m_pressFrom + shift, m_pressTo + shift);
        break;
    case Drag::Left:
        m_view->setVisibleRange(std::min(m_pressFrom + shift, m_pressTo - 1), m_pressTo);
        break;
    case Drag::Right:
        m_view->setVisibleRange(m_pressFrom, std::max(m_pressTo + shift, m_pressFrom + 1));
        break;
    case Drag::None:
        break;
    }
}

void TimelineOverview::mouseReleaseEvent(QMouseEvent *)
{
    m_drag = Drag::None;
}

} // namespace bv
