// SPDX-License-Identifier: MIT
#include "eventtimeindex.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bv {

namespace {
constexpr qint64 unixEpochJulianDay = 2440588;
constexpr double longSpan = 4 * 366; // events longer than this are kept apart (few, scanned whole)

bool byStart(const EventTimeIndex::Entry &a, const EventTimeIndex::Entry &b)
{
    return a.start < b.start || (a.start == b.start && a.event < b.event);
}
} // namespace

double EventTimeIndex::dayNumber(const QDate &date)
{
    return double(date.toJulianDay() - unixEpochJulianDay);
}

QDate EventTimeIndex::dateOf(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day)) + unixEpochJulianDay);
}

EventTimeIndex::Entry EventTimeIndex::entryFor(const Event &event, int row)
{
    Entry entry;
    entry.event = row;
    entry.start = dayNumber(event.start.first());
    const QDate last = event.end ? event.end->last() : event.start.last();
    entry.end = dayNumber(last) + 1;
    return entry;
}

void EventTimeIndex::build(const Briefing &briefing, Lanes lanes)
{
    m_lanes = lanes;
    m_laneNames.clear();
    m_entries.clear();
    m_longEntries.clear();
    m_maxShortSpan.clear();
    m_byStart.clear();
    m_undated = 0;
    QHash<QString, int> laneOf;
    auto lane = [&](const QString &name) {
        auto it = laneOf.constFind(name);
        if (it != laneOf.constEnd())
            return *it;
        const int index = int(m_laneNames.size());
        laneOf.insert(name, index);
        m_laneNames << name;
        m_entries.append(QVector<Entry>());
        return index;
    };
    m_positionOfEvent.fill(-1, briefing.events.size());
    m_byStart.reserve(briefing.events.size());
    for (int row = 0; row < briefing.events.size(); ++row) {
        const Event &event = briefing.events.at(row);
        if (!event.start.isValid()) {
            ++m_undated;
            continue;
        }
        const Entry entry = entryFor(event, row);
        m_byStart.append(entry);
        if (lanes == Lanes::ByCategory) {
            m_entries[lane(event.category.isEmpty() ? tr("No category") : event.category)].append(entry);
        } else if (event.actors.isEmpty()) {
            m_entries[lane(tr("No actor"))].append(entry);
        } else {
            for (const QString &actor : event.actors)
                m_entries[lane(briefing.title(actor))].append(entry);
        }
    }
    // Lanes in alphabetical order, their entries by start; long events apart.
    QVector<int> order(m_laneNames.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return m_laneNames.at(a).localeAwareCompare(m_laneNames.at(b)) < 0;
    });
    QStringList names;
    QVector<QVector<Entry>> entries;
    for (int index : order) {
        names << m_laneNames.at(index);
        QVector<Entry> all = std::move(m_entries[index]);
        QVector<Entry> shortOnes, longOnes;
        double maxSpan = 0;
        for (const Entry &entry : std::as_const(all)) {
            const double span = entry.end - entry.start;
            if (span > longSpan) {
                longOnes.append(entry);
            } else {
                shortOnes.append(entry);
                maxSpan = std::max(maxSpan, span);
            }
        }
        std::sort(longOnes.begin(), longOnes.end(), byStart);
        m_longEntries.append(longOnes);
        m_maxShortSpan.append(maxSpan);
        std::sort(all.begin(), all.end(), byStart);
        entries.append(std::move(all));
    }
    m_laneNames = names;
    m_entries = std::move(entries);
    std::sort(m_byStart.begin(), m_byStart.end(), byStart);
    for (int position = 0; position < m_byStart.size(); ++position)
        m_positionOfEvent[m_byStart.at(position).event] = position;
    m_first = m_byStart.isEmpty() ? 0 : m_byStart.first().start;
    m_last = m_first;
    for (const Entry &entry : std::as_const(m_byStart))
        m_last = std::max(m_last, entry.end);
}

QPair<int, int> EventTimeIndex::startingIn(int lane, double from, double to) const
{
    const QVector<Entry> &list = m_entries.at(lane);
    auto lower = [](const Entry &entry, double value) { return entry.start < value; };
    const auto begin = std::lower_bound(list.cbegin(), list.cend(), from, lower);
    const auto end = std::lower_bound(begin, list.cend(), to, lower);
    return {int(begin - list.cbegin()), int(end - list.cbegin())};
}

QVector<EventTimeIndex::Entry> EventTimeIndex::runningAt(int lane, double from) const
{
    QVector<Entry> result;
    // Short events: only those starting within the longest short span before `from`.
    const QVector<Entry> &list = m_entries.at(lane);
    const auto window = startingIn(lane, from - m_maxShortSpan.at(lane), from);
    for (int i = window.first; i < window.second; ++i) {
        const Entry &entry = list.at(i);
        if (entry.end > from && entry.end - entry.start <= longSpan)
            result.append(entry);
    }
    for (const Entry &entry : m_longEntries.at(lane)) {
        if (entry.start >= from)
            break;
        if (entry.end > from)
            result.append(entry);
    }
    return result;
}

bool EventTimeIndex::isInLane(const Briefing &briefing, int eventRow, int lane) const
{
    const Event &event = briefing.events.at(eventRow);
    const QString name = laneName(lane);
    if (m_lanes == Lanes::ByCategory)
        return event.category.isEmpty() ? name == tr("No category") : event.category == name;
    if (event.actors.isEmpty())
        return name == tr("No actor");
    for (const QString &actor : event.actors) {
        if (briefing.title(actor) == name)
            return true;
    }
    return false;
}

int EventTimeIndex::positionOf(int eventRow) const
{
    return eventRow >= 0 && eventRow < m_positionOfEvent.size() ? m_positionOfEvent.at(eventRow) : -1;
}

qint64 EventTimeIndex::memoryBytes() const
{
    qint64 bytes = m_byStart.capacity() * qint64(sizeof(Entry)) + m_positionOfEvent.capacity() * qint64(sizeof(int));
    for (const QVector<Entry> &lane : m_entries)
        bytes += lane.capacity() * qint64(sizeof(Entry));
    for (const QVector<Entry> &lane : m_longEntries)
        bytes += lane.capacity() * qint64(sizeof(Entry));
    return bytes;
}

int EventTimeIndex::firstPositionFrom(double day) const
{
    auto lower = [](const Entry &entry, double value) { return entry.start < value; };
    return int(std::lower_bound(m_byStart.cbegin(), m_byStart.cend(), day, lower) - m_byStart.cbegin());
}

int EventTimeIndex::countStartingIn(double from, double to) const
{
    auto lower = [](const Entry &entry, double value) { return entry.start < value; };
    const auto begin = std::lower_bound(m_byStart.cbegin(), m_byStart.cend(), from, lower);
    const auto end = std::lower_bound(begin, m_byStart.cend(), to, lower);
    return int(end - begin);
}

} // namespace bv
