// SPDX-License-Identifier: MIT
#include "content/plaintext.h"
#include "content/textlimits.h"
#include "timeline/timelineview.h"

#include "file/briefingdatabase.h"
#include "models/itemmarks.h"
#include "models/selection.h"
#include "models/timerange.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace bv {

namespace {
constexpr double minimumSpanDays = 3;
constexpr double wheelStep = 1.0015; // zoom factor per wheel angle unit (1/8 degree)
} // namespace

TimelineView::TimelineView(Selection *selection, TimeRange *timeRange, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_timeRange(timeRange)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    setAccessibleName(tr("Timeline"));
    announce();
    setLayoutDirection(Qt::LeftToRight); // time and numeric axes run left to right in every language
    connect(selection, &Selection::databaseChanged, this, &TimelineView::rebuild);
    connect(selection, &Selection::currentChanged, this, &TimelineView::followSelection);
    connect(timeRange, &TimeRange::rangeChanged, this, [this](double from, double to, const QObject *origin) {
        if (origin != this && m_timeRange->isSynced())
            setVisibleRange(from, to);
    });
    rebuild();
}

const Briefing *TimelineView::briefing() const
{
    return m_database ? &m_database->briefing() : nullptr;
}

void TimelineView::rebuild()
{
    m_database = m_selection->database();
    m_index = m_database ? m_database->timeIndex(m_lanes) : std::make_shared<const EventTimeIndex>();
    m_highlight = TimelineHighlight();
    updateMarks();
    m_labelWidths.clear();
    emit indexRebuilt();
    fitAll();
    followSelection();
}

void TimelineView::setLanes(EventTimeIndex::Lanes lanes)
{
    if (lanes == m_lanes)
        return;
    m_lanes = lanes;
    if (m_database)
        m_index = m_database->timeIndex(m_lanes);
    emit indexRebuilt();
    invalidate();
}

void TimelineView::invalidate()
{
    m_sceneStale = true;
    update();
}

const TimelineScene &TimelineView::scene()
{
    if (m_sceneStale && briefing()) {
        m_scene = TimelinePainter::scene(*m_index, *briefing(), QRectF(rect()), m_from, m_to, font(), locale(), QString(),
                                         &m_labelWidths);
        m_sceneStale = false;
    }
    return m_scene;
}

void TimelineView::setVisibleRange(double from, double to)
{
    if (!(to > from))
        return;
    if (to - from < minimumSpanDays) {
        const double centre = (from + to) / 2;
        from = centre - minimumSpanDays / 2;
        to = centre + minimumSpanDays / 2;
    }
    const double limit = 1000 * 366.0; // a millennium either way is enough
    from = std::max(from, -limit);
    to = std::min(to, limit);
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidate();
    emit visibleRangeChanged(from, to);
    if (m_timeRange->isSynced())
        m_timeRange->setRange(from, to, this);
}

void TimelineView::fitAll()
{
    if (m_index->isEmpty()) {
        const double today = EventTimeIndex::dayNumber(QDate::currentDate());
        setVisibleRange(today - 365, today + 365);
        return;
    }
    const double span = std::max(m_index->last() - m_index->first(), 30.0);
    setVisibleRange(m_index->first() - span * 0.04, m_index->last() + span * 0.04);
}

void TimelineView::zoomBy(double factor, double anchorDay)
{
    const double from = anchorDay - (anchorDay - m_from) / factor;
    const double to = anchorDay + (m_to - anchorDay) / factor;
    setVisibleRange(from, to);
}

void TimelineView::panBy(double fractionOfWidth)
{
    const double shift = (m_to - m_from) * fractionOfWidth;
    setVisibleRange(m_from + shift, m_to + shift);
}

QString TimelineView::describe(int eventRow) const
{
    const Briefing *b = briefing();
    if (!b || eventRow < 0 || eventRow >= b->events.size())
        return {};
    const Event &event = b->events.at(eventRow);
    QString date = event.start.toDisplayString();
    if (event.end)
        date = tr("%1 to %2").arg(date, event.end->toDisplayString());
    return tr("%1 — %2").arg(date, shownTitle(event.title));
}

void TimelineView::announce()
{
    // The event the keys are on, with its place among the events, for screen readers.
    const int row = m_highlight.focusEvent;
    const int position = row >= 0 && m_index && briefing() ? m_index->positionOf(row) : -1;
    if (position < 0) {
        setAccessibleDescription(tr("No event chosen. Ctrl+Left and Ctrl+Right move from event to event, "
                                    "Enter selects it; + and - zoom."));
        return;
    }
    QString text = tr("Event %1 of %2: %3.").arg(position + 1).arg(m_index->eventCount()).arg(describe(row));
    const Event &event = briefing()->events.at(row);
    if (!event.category.isEmpty())
        text += QLatin1Char(' ') + tr("Category: %1").arg(event.category);
    setAccessibleDescription(text);
}

QVector<int> TimelineView::visibleEvents() const
{
    QVector<int> positions;
    for (int lane = 0; lane < m_index->laneCount(); ++lane) {
        for (const EventTimeIndex::Entry &entry : m_index->runningAt(lane, m_from))
            positions.append(m_index->positionOf(entry.event));
    }
    // Everything starting in the window, once, in time order.
    const int total = m_index->eventCount();
    auto lower = [this](double value) {
        int low = 0, high = m_index->eventCount();
        while (low < high) {
            const int mid = (low + high) / 2;
            if (m_index->entryAt(mid).start < value)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    };
    for (int position = lower(m_from); position < total && m_index->entryAt(position).start < m_to; ++position)
        positions.append(position);
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    QVector<int> rows;
    rows.reserve(positions.size());
    for (int position : std::as_const(positions))
        rows.append(m_index->eventAt(position));
    return rows;
}

void TimelineView::followSelection()
{
    m_highlight.currentEvent = -1;
    m_highlight.linkedEvents.clear();
    m_highlight.fadeOthers = false;
    const Briefing *b = briefing();
    if (b) {
        const QString id = m_selection->currentId();
        const auto ref = b->find(id);
        for (const QString &linked : m_selection->linkedIds()) {
            const auto other = b->find(linked);
            if (other && other->kind == ItemKind::Event)
                m_highlight.linkedEvents.insert(other->index);
        }
        if (ref && ref->kind == ItemKind::Event) {
            m_highlight.currentEvent = ref->index;
            setFocusEvent(ref->index);
            ensureVisible(ref->index);
        } else if (ref) {
            m_highlight.fadeOthers = !m_highlight.linkedEvents.isEmpty();
        }
    }
    invalidate();
}

void TimelineView::ensureVisible(int eventRow)
{
    const int position = m_index->positionOf(eventRow);
    if (position < 0)
        return;
    const EventTimeIndex::Entry &entry = m_index->entryAt(position);
    if (entry.end > m_from && entry.start < m_to)
        return;
    const double span = m_to - m_from;
    const double centre = (entry.start + entry.end) / 2;
    setVisibleRange(centre - span / 2, centre + span / 2);
}

void TimelineView::setFocusEvent(int eventRow)
{
    if (eventRow == m_highlight.focusEvent)
        return;
    m_highlight.focusEvent = eventRow;
    setAccessibleName(eventRow >= 0 ? describe(eventRow) : tr("Timeline"));
    announce();
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
        QAccessibleEvent described(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&described);
    }
    emit focusEventChanged(eventRow);
    invalidate();
}

void TimelineView::stepFocus(int direction)
{
    if (m_index->isEmpty())
        return;
    int position = m_index->positionOf(m_highlight.focusEvent);
    if (position < 0) {
        const QVector<int> visible = visibleEvents();
        position = visible.isEmpty() ? (direction > 0 ? 0 : m_index->eventCount() - 1)
                                     : m_index->positionOf(direction > 0 ? visible.first() : visible.last());
    } else {
        position = std::clamp(position + direction, 0, m_index->eventCount() - 1);
    }
    const int row = m_index->eventAt(position);
    setFocusEvent(row);
    ensureVisible(row);
}

int TimelineView::itemAt(const QPointF &point)
{
    const QVector<TimelineItem> &items = scene().items;
    // Later items are drawn on top: search from the end.
    for (int i = int(items.size()) - 1; i >= 0; --i) {
        const TimelineItem &item = items.at(i);
        if (item.rect.adjusted(-3, -3, 3, 3).contains(point) || item.labelRect.contains(point))
            return i;
    }
    return -1;
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = itemAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const TimelineItem &item = m_scene.items.at(i);
        QString text;
        if (item.type == TimelineItem::Type::Cluster) {
            text = tr("%n events here; click or zoom in to see them", nullptr, item.count);
        } else {
            const Event &e = briefing()->events.at(item.event);
            text = describe(item.event);
            if (!e.category.isEmpty())
                text += QLatin1Char('\n') + tr("Category: %1").arg(e.category);
        }
        QToolTip::showText(help->globalPos(), plainToolTip(text), this);
        return true;
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Keys the timeline uses itself win over window shortcuts; Alt+Left/Right and Tab do not.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrlArrow = key->modifiers() == Qt::ControlModifier
                               && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right || key->key() == Qt::Key_0);
        const bool plain = key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier;
        const bool zoomKey = key->key() == Qt::Key_Plus || key->key() == Qt::Key_Minus || key->key() == Qt::Key_Equal;
        if (ctrlArrow || (zoomKey && (plain || key->modifiers() == Qt::ShiftModifier))) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!briefing()) {
        painter.fillRect(rect(), palette().color(QPalette::Base));
        return;
    }
    TimelinePainter::paint(painter, scene(), *m_index, *briefing(), m_highlight, palette());
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineView::resizeEvent(QResizeEvent *)
{
    m_sceneStale = true;
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange) {
        if (event->type() == QEvent::FontChange)
            m_labelWidths.clear();
        if (event->type() == QEvent::LanguageChange) {
            setAccessibleName(m_highlight.focusEvent >= 0 ? describe(m_highlight.focusEvent) : tr("Timeline"));
            announce();
        }
        invalidate();
    }
    QWidget::changeEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (delta == 0)
        return;
    const double anchor = scene().geometry.day(event->position().x());
    zoomBy(std::pow(wheelStep, delta), anchor);
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    const int i = itemAt(event->position());
    if (i >= 0) {
        const TimelineItem item = m_scene.items.at(i);
        if (item.type == TimelineItem::Type::Cluster) {
            const double centre = (item.from + item.to) / 2;
            zoomBy(4, centre);
        } else {
            setFocusEvent(item.event);
            m_selection->select(briefing()->events.id(item.event));
        }
        return;
    }
    m_dragging = true;
    m_dragOrigin = event->position();
    m_dragFrom = m_from;
    setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const double daysPerPixel = (m_to - m_from) / std::max(1.0, scene().geometry.plot.width());
    const double shift = -(event->position().x() - m_dragOrigin.x()) * daysPerPixel;
    const double span = m_to - m_from;
    setVisibleRange(m_dragFrom + shift, m_dragFrom + shift + span);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    unsetCursor();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const double centre = (m_from + m_to) / 2;
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5, centre);
        break;
    case Qt::Key_0:
        if (!ctrl)
            return QWidget::keyPressEvent(event);
        fitAll();
        break;
    case Qt::Key_Left:
        if (event->modifiers().testFlag(Qt::AltModifier))
            return QWidget::keyPressEvent(event);
        ctrl ? stepFocus(-1) : panBy(-0.1);
        break;
    case Qt::Key_Right:
        if (event->modifiers().testFlag(Qt::AltModifier))
            return QWidget::keyPressEvent(event);
        ctrl ? stepFocus(+1) : panBy(0.1);
        break;
    case Qt::Key_Home:
        if (!m_index->isEmpty()) {
            setFocusEvent(m_index->eventAt(0));
            ensureVisible(m_highlight.focusEvent);
        }
        break;
    case Qt::Key_End:
        if (!m_index->isEmpty()) {
            setFocusEvent(m_index->eventAt(m_index->eventCount() - 1));
            ensureVisible(m_highlight.focusEvent);
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_highlight.focusEvent >= 0 && briefing())
            m_selection->select(briefing()->events.id(m_highlight.focusEvent));
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void TimelineView::setMarks(const ItemMarks *marks)
{
    m_marks = marks;
    connect(marks, &ItemMarks::changed, this, [this] {
        updateMarks();
        update();
    });
    updateMarks();
    update();
}

void TimelineView::updateMarks()
{
    m_highlight.markedEvents.clear();
    const Briefing *b = briefing();
    if (!m_marks || !b)
        return;
    for (const QString &id : m_marks->markedIds()) {
        const int row = b->events.rowOf(id);
        if (row >= 0)
            m_highlight.markedEvents.insert(row);
    }
}

} // namespace bv
