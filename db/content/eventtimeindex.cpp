// SPDX-License-Identifier: MIT
#include "content/eventtimeindex.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bv {

namespace {
constexpr qint64 unixEpochJulianDay = 2440588;
constexpr double longSpan = 4 * 366; // events longer than this are kept apart (few, scanned whole)

} // namespace

int EventTimeIndex::compareLaneNames(const QString &a, const QString &b)
{
    // Runs of digits compare by their value, the text between them as the locale sorts it.
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool digitsA = a.at(i).isDigit(), digitsB = b.at(j).isDigit();
        qsizetype endA = i, endB = j;
        while (endA < a.size() && a.at(endA).isDigit() == digitsA)
            ++endA;
        while (endB < b.size() && b.at(endB).isDigit() == digitsB)
            ++endB;
        QStringView runA = QStringView(a).mid(i, endA - i), runB = QStringView(b).mid(j, endB - j);
        int order = 0;
        if (digitsA && digitsB) {
            while (runA.size() > 1 && runA.front() == u'0')
                runA = runA.mid(1);
            while (runB.size() > 1 && runB.front() == u'0')
                runB = runB.mid(1);
            order = runA.size() != runB.size() ? (runA.size() < runB.size() ? -1 : 1) : runA.compare(runB);
        } else {
            order = QString::localeAwareCompare(runA, runB);
        }
        if (order != 0)
            return order;
        i = endA;
        j = endB;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return QString::localeAwareCompare(a, b); // "Lane 01" and "Lane 1"
}

double EventTimeIndex::dayNumber(const QDate &date)
{
    return double(date.toJulianDay() - unixEpochJulianDay);
}

QDate EventTimeIndex::dateOf(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day)) + unixEpochJulianDay);
}

EventTimeIndex::Entry EventTimeIndex::entryFor(const EventTable &events, int row)
{
    Entry entry;
    entry.event = row;
    const PartialDate start = events.startDate(row);
    const std::optional<PartialDate> end = events.endDate(row);
    entry.start = float(dayNumber(start.first()));
    const QDate last = end ? end->last() : start.last();
    entry.end = float(dayNumber(last) + 1);
    return entry;
}

void EventTimeIndex::build(const Briefing &briefing, Lanes lanes)
{
    build(briefing, lanes, QStringList());
}

void EventTimeIndex::build(const Briefing &briefing, Lanes lanes, const QStringList &onlyLanes)
{
    const QSet<QString> only(onlyLanes.cbegin(), onlyLanes.cend());
    auto wantedActor = [&only](const QString &actor) { return only.isEmpty() || only.contains(actor); };
    auto wanted = [&](int row) {
        if (only.isEmpty())
            return true;
        if (lanes == Lanes::ByCategory)
            return only.contains(briefing.events.category(row));
        const QStringList &actors = briefing.events.actors(row);
        return std::any_of(actors.cbegin(), actors.cend(), wantedActor);
    };
    m_lanes = lanes;
    m_laneNames.clear();
    m_entries.clear();
    m_longEntries.clear();
    m_maxShortSpan.clear();
    m_byStart.clear();
    m_undated = 0;
    m_positionOfEvent.fill(-1, briefing.events.size());
    m_byStart.reserve(briefing.events.size());
    for (int row = 0; row < briefing.events.size(); ++row) {
        if (!wanted(row))
            continue;
        if (briefing.events.startDate(row).isValid())
            m_byStart.append(entryFor(briefing.events, row));
        else
            ++m_undated;
    }
    // One sort; lanes are then filled in time order and need none of their own.
    std::sort(m_byStart.begin(), m_byStart.end(), [](const Entry &a, const Entry &b) {
        return a.start < b.start || (a.start == b.start && a.event < b.event);
    });
    QHash<QString, int> laneOf;
    QStringList names;
    auto lane = [&](const QString &name) {
        auto it = laneOf.constFind(name);
        if (it != laneOf.constEnd())
            return *it;
        const int index = int(names.size());
        laneOf.insert(name, index);
        names << name;
        return index;
    };
    QVector<QVector<Entry>> entries, longEntries;
    QVector<double> maxShortSpan;
    auto place = [&](int index, const Entry &entry) {
        while (entries.size() <= index) {
            entries.append(QVector<Entry>());
            longEntries.append(QVector<Entry>());
            maxShortSpan.append(0);
        }
        entries[index].append(entry);
        const double span = entry.end - entry.start;
        if (span > longSpan)
            longEntries[index].append(entry);
        else
            maxShortSpan[index] = std::max(maxShortSpan.at(index), span);
    };
    // Lanes without a category or actor are named when asked (in the language of that moment).
    const QString noActor;
    // First the size of every lane, so that each is allocated once, exactly.
    QVector<int> laneSizes;
    auto count = [&](const QString &name) {
        const int index = lane(name);
        if (laneSizes.size() <= index)
            laneSizes.resize(index + 1);
        ++laneSizes[index];
    };
    for (const Entry &entry : std::as_const(m_byStart)) {
        const QStringList &actors = briefing.events.actors(entry.event);
        if (lanes == Lanes::ByCategory)
            count(briefing.events.category(entry.event));
        else if (actors.isEmpty())
            count(noActor);
        else
            for (const QString &actor : actors) {
                if (wantedActor(actor))
                    count(briefing.title(actor));
            }
    }
    for (int index = 0; index < laneSizes.size(); ++index) {
        entries.append(QVector<Entry>());
        entries.last().reserve(laneSizes.at(index));
        longEntries.append(QVector<Entry>());
        maxShortSpan.append(0);
    }
    for (int position = 0; position < m_byStart.size(); ++position) {
        const Entry &entry = m_byStart.at(position);
        m_positionOfEvent[entry.event] = position;
        const QStringList &actors = briefing.events.actors(entry.event);
        if (lanes == Lanes::ByCategory) {
            place(lane(briefing.events.category(entry.event)), entry);
        } else if (actors.isEmpty()) {
            place(lane(noActor), entry);
        } else {
            for (const QString &actor : actors) {
                if (wantedActor(actor))
                    place(lane(briefing.title(actor)), entry);
            }
        }
    }
    // Lanes in alphabetical order of their names, numbers in them by their value ("Lane 2"
    // before "Lane 10").
    QVector<int> order(names.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return compareLaneNames(names.at(a), names.at(b)) < 0; });
    for (int index : std::as_const(order)) {
        m_laneNames << names.at(index);
        m_entries.append(std::move(entries[index]));
        m_longEntries.append(std::move(longEntries[index]));
        m_maxShortSpan.append(maxShortSpan.at(index));
    }
    m_first = m_byStart.isEmpty() ? 0 : m_byStart.first().start;
    m_last = m_first;
    for (const Entry &entry : std::as_const(m_byStart))
        m_last = std::max(m_last, double(entry.end));
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

QString EventTimeIndex::laneName(int lane) const
{
    const QString name = m_laneNames.value(lane);
    if (!name.isEmpty() || lane < 0 || lane >= m_laneNames.size())
        return name;
    return m_lanes == Lanes::ByCategory ? tr("No category") : tr("No actor");
}

bool EventTimeIndex::isInLane(const Briefing &briefing, int eventRow, int lane) const
{
    const QString name = m_laneNames.value(lane); // empty: the lane of events without one
    if (m_lanes == Lanes::ByCategory)
        return briefing.events.category(eventRow) == name;
    const QStringList &actors = briefing.events.actors(eventRow);
    if (actors.isEmpty())
        return name.isEmpty();
    for (const QString &actor : actors) {
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
