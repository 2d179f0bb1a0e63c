// SPDX-License-Identifier: MIT
#include "present/stagetimeline.h"

#include "file/briefingdatabase.h"
#include "models/selection.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace bv {

namespace {
constexpr double minimumSpanDays = 3;
} // namespace

StageTimeline::StageTimeline(Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_index(std::make_shared<const EventTimeIndex>())
{
    setObjectName(QStringLiteral("stageTimeline"));
    setLayoutDirection(Qt::LeftToRight); // time runs left to right in every language
    m_style = StageStyle::of(540, StageStyle::Look::Normal, palette());
    connect(selection, &Selection::currentChanged, this, &StageTimeline::followSelection);
}

void StageTimeline::showLanes(bool byActor, const QStringList &lanes)
{
    m_byActor = byActor;
    m_lanes = lanes;
    refresh();
}

void StageTimeline::refresh()
{
    const auto database = m_selection->database();
    const auto kind = m_byActor ? EventTimeIndex::Lanes::ByActor : EventTimeIndex::Lanes::ByCategory;
    if (!database) {
        m_index = std::make_shared<const EventTimeIndex>();
    } else if (m_lanes.isEmpty()) {
        m_index = database->timeIndex(kind); // shared with the window's timeline
    } else {
        auto index = std::make_shared<EventTimeIndex>();
        index->build(database->briefing(), kind, m_lanes);
        if (index->laneCount() == 0)
            m_index = database->timeIndex(kind); // none of them is left: every lane
        else
            m_index = index;
    }
    m_widths.clear();
    followSelection();
}

void StageTimeline::setStageStyle(const StageStyle &style)
{
    m_style = style;
    m_widths.clear();
    m_stale = true;
    update();
}

void StageTimeline::setRange(double from, double to)
{
    if (!(to > from))
        return;
    if (to - from < minimumSpanDays) {
        const double centre = (from + to) / 2;
        from = centre - minimumSpanDays / 2;
        to = centre + minimumSpanDays / 2;
    }
    const double limit = 1000 * 366.0;
    m_from = std::max(from, -limit);
    m_to = std::min(to, limit);
    m_stale = true;
    update();
}

void StageTimeline::fitAll()
{
    if (m_index->isEmpty()) {
        const double today = EventTimeIndex::dayNumber(QDate::currentDate());
        setRange(today - 365, today + 365);
        return;
    }
    const double span = std::max(m_index->last() - m_index->first(), 30.0);
    setRange(m_index->first() - span * 0.04, m_index->last() + span * 0.04);
}

void StageTimeline::followSelection()
{
    // The stage's current item and what is linked to it stand out, the rest fades.
    m_highlight = TimelineHighlight();
    if (const auto database = m_selection->database()) {
        const Briefing &b = database->briefing();
        const auto ref = b.find(m_selection->currentId());
        for (const QString &linked : m_selection->linkedIds()) {
            const auto other = b.find(linked);
            if (other && other->kind == ItemKind::Event)
                m_highlight.linkedEvents.insert(other->index);
        }
        if (ref && ref->kind == ItemKind::Event)
            m_highlight.currentEvent = ref->index;
        else if (ref && ref->kind != ItemKind::Briefing)
            m_highlight.fadeOthers = !m_highlight.linkedEvents.isEmpty();
    }
    m_stale = true;
    update();
}


const TimelineScene &StageTimeline::scene()
{
    const auto database = m_selection->database();
    if (m_stale && database) {
        const qreal scale = m_style.figureScale;
        const QRectF bounds(0, 0, width() / scale, height() / scale);
        // The lane names' gutter as wide as the longest name, up to 30 % of the stage: names
        // wrap (and end in "…") only where they must.
        const QFontMetricsF metrics(QApplication::font());
        double widest = 0;
        for (int lane = 0; lane < m_index->laneCount(); ++lane)
            widest = std::max(widest, metrics.horizontalAdvance(m_index->laneName(lane)));
        const double names = std::clamp(widest + 13, TimelinePainter::laneNameWidth,
                                        std::max(TimelinePainter::laneNameWidth, bounds.width() * 0.3));
        m_scene = TimelinePainter::scene(*m_index, database->briefing(), bounds, m_from, m_to, QApplication::font(), locale(),
                                         QString(), &m_widths, names);
        m_stale = false;
    }
    return m_scene;
}

void StageTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const auto database = m_selection->database();
    if (!database) {
        painter.fillRect(rect(), m_style.palette.color(QPalette::Base));
        return;
    }
    const TimelineScene &shown = scene();
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.scale(m_style.figureScale, m_style.figureScale);
    painter.setFont(QApplication::font());
    TimelinePainter::paint(painter, shown, *m_index, database->briefing(), m_highlight, m_style.palette);
}

void StageTimeline::resizeEvent(QResizeEvent *)
{
    m_stale = true;
}

void StageTimeline::userRange(double from, double to)
{
    setRange(from, to);
    emit rangeChangedByUser(m_from, m_to);
}

void StageTimeline::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (delta == 0)
        return;
    const double anchor = scene().geometry.day(event->position().x() / m_style.figureScale);
    const double factor = std::pow(1.0015, delta);
    userRange(anchor - (anchor - m_from) / factor, anchor + (m_to - anchor) / factor);
    event->accept();
}

void StageTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragX = event->position().x();
    m_dragFrom = m_from;
    setCursor(Qt::ClosedHandCursor);
}

void StageTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const double plotWidth = std::max(1.0, scene().geometry.plot.width() * m_style.figureScale);
    const double shift = -(event->position().x() - m_dragX) * (m_to - m_from) / plotWidth;
    const double span = m_to - m_from;
    userRange(m_dragFrom + shift, m_dragFrom + shift + span);
}

void StageTimeline::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    unsetCursor();
}

} // namespace bv
