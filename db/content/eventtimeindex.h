// SPDX-License-Identifier: MIT
// The events of a briefing indexed by time, in lanes (by category or by actor), so a view can
// ask what lies in a time window without looking at every event. Times are days since
// 1970-01-01 (fractions allowed); an event covers [start, end): a year-precision date
// covers its whole year.
#pragma once

#include "content/briefing.h"

#include <QVector>

namespace bv {

class EventTimeIndex
{
    Q_DECLARE_TR_FUNCTIONS(EventTimeIndex)
public:
    enum class Lanes { ByCategory, ByActor };

    // Entries hold whole days. A float holds every day of a four-digit year exactly (and
    // their sums and halves), in half the room of a double: there is one entry per event.
    struct Entry
    {
        float start = 0;
        float end = 0;
        int event = -1; // row in Briefing::events
    };

    static double dayNumber(const QDate &date);
    static QDate dateOf(double day);

    void build(const Briefing &briefing, Lanes lanes);
    // Only the lanes named (category names, or actor ids by actor), and the events in them;
    // every lane when `onlyLanes` is empty.
    void build(const Briefing &briefing, Lanes lanes, const QStringList &onlyLanes);
    Lanes lanes() const { return m_lanes; }
    // Lanes are in this order of their names: alphabetical, the numbers in them by their
    // value ("Actor 2" before "Actor 10"). Negative, 0 or positive, as QString::compare.
    static int compareLaneNames(const QString &a, const QString &b);
    int laneCount() const { return int(m_laneNames.size()); }
    QString laneName(int lane) const;
    bool isEmpty() const { return m_byStart.isEmpty(); }
    double first() const { return m_first; } // earliest start
    double last() const { return m_last; }   // latest end
    int undatedCount() const { return m_undated; }

    // Entries of `lane` whose start lies in [from, to), sorted by start: [begin, end) indexes
    // into entries(lane).
    QPair<int, int> startingIn(int lane, double from, double to) const;
    const QVector<Entry> &entries(int lane) const { return m_entries.at(lane); }
    // Entries of `lane` that start before `from` and are still running at `from`.
    QVector<Entry> runningAt(int lane, double from) const;

    // All dated events in time order (ties by row), for stepping from one to the next.
    int eventCount() const { return int(m_byStart.size()); }
    int eventAt(int position) const { return m_byStart.at(position).event; }
    const Entry &entryAt(int position) const { return m_byStart.at(position); }
    int positionOf(int eventRow) const; // -1 when the event has no valid date
    // Number of events (all lanes, counted once) whose start lies in [from, to).
    int countStartingIn(double from, double to) const;
    // The first position (time order) whose start is at or after `day`.
    int firstPositionFrom(double day) const;

    static Entry entryFor(const EventTable &events, int row);
    // Bytes held by the index (its arrays' capacity), for the benchmark's bytes per event.
    qint64 memoryBytes() const;
    // Whether the event is drawn in `lane` (an event with several actors is in several lanes).
    bool isInLane(const Briefing &briefing, int eventRow, int lane) const;

private:
    Lanes m_lanes = Lanes::ByCategory;
    QStringList m_laneNames;
    QVector<QVector<Entry>> m_entries;    // per lane, sorted by start
    QVector<QVector<Entry>> m_longEntries; // per lane: entries longer than longSpan, sorted by start
    QVector<double> m_maxShortSpan;       // per lane
    QVector<Entry> m_byStart;
    QVector<int> m_positionOfEvent;       // event row -> index in m_byStart, -1 when undated
    double m_first = 0, m_last = 0;
    int m_undated = 0;
};

} // namespace bv
