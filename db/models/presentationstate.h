// SPDX-License-Identifier: MIT
// The state of a show in progress, shared by the audience's stage, the presenter's console
// and the keys that drive them (none of which calls another): the path shown, the stop the
// presenter is at and the stop the audience sees (they differ while the stage is frozen), a
// black or white screen, the elapsed time (a pause that survives stepping), the time spent
// on each stop, and whether this run is a rehearsal. No widgets: the clock is injectable so
// the timing can be tested without waiting.
#pragma once

#include "content/briefingpath.h"

#include <QObject>
#include <QVector>

#include <functional>

namespace bv {

class Briefing;

class PresentationState final : public QObject
{
    Q_OBJECT
public:
    enum class Screen { Stop, Black, White };
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit PresentationState(QObject *parent = nullptr);

    // A clock of one's own (tests); the default is a monotonic timer.
    void setClock(Clock clock);

    // Starts showing `path` at `stop` (clamped into the path): not paused, not frozen, the
    // stop on screen, every time at zero.
    void start(const BriefingPath &path, int stop = 0, bool rehearsing = false);
    // Ends the show: the times are kept for reading (secondsPerStop), stepping does nothing.
    void finish();
    bool isRunning() const { return m_running; }
    bool isRehearsing() const { return m_rehearsing; }

    const BriefingPath &path() const { return m_path; }
    int stopCount() const { return int(m_path.stops.size()); }
    int currentStop() const { return m_current; }  // where the presenter (console) is
    int shownStop() const { return m_shown; }      // what the audience sees
    // The stop after the current one, -1 at the end.
    int nextStop() const { return m_current + 1 < stopCount() ? m_current + 1 : -1; }
    Screen screen() const { return m_screen; }
    bool isFrozen() const { return m_frozen; }
    bool isPaused() const { return m_paused; }

    // Time shown, pauses left out: since start, and on the current stop this visit and all.
    qint64 elapsedMs() const;
    qint64 currentStopMs() const;   // this visit of the current stop
    qint64 timeSpentMs(int stop) const; // all visits of `stop`, the one under way included
    // One per stop, whole seconds rounded, -1 for a stop never shown (for saveRehearsal).
    QVector<int> secondsPerStop() const;

    // The stops whose title holds `text` (case and accents of the letters as typed ignored),
    // in path order.
    QVector<int> stopsNamed(const QString &text) const;
    // The item a stop is about, to make current in the window when the show ends there: the
    // briefing itself for the overview, the item or chart shown, the first scenario compared,
    // a timeline's highlight (empty when it has none).
    static QString itemOf(const PathStop &stop, const Briefing &briefing);

public slots:
    void next();
    void previous();
    void first();
    void last();
    // Goes to `stop` (from 0); out of range is ignored. Moving clears a black or white screen.
    void jump(int stop);
    // The first stop after the current one (wrapping round) whose title holds `text`; false
    // when none does.
    bool jumpByName(const QString &text);
    void setScreen(Screen screen);
    void toggleBlack();
    void toggleWhite();
    // Frozen: the audience keeps the stop it sees while the presenter moves; unfrozen, it
    // sees the current stop again.
    void setFrozen(bool frozen);
    void toggleFrozen();
    void setPaused(bool paused);
    void togglePaused();

signals:
    void started();
    void finished();
    void currentStopChanged(int stop);
    void shownStopChanged(int stop);
    void screenChanged(PresentationState::Screen screen);
    void frozenChanged(bool frozen);
    void pausedChanged(bool paused);

private:
    qint64 now() const;
    void closeVisit();
    void setShown(int stop);

    Clock m_clock;
    BriefingPath m_path;
    bool m_running = false;
    bool m_rehearsing = false;
    int m_current = 0;
    int m_shown = 0;
    Screen m_screen = Screen::Stop;
    bool m_frozen = false;
    bool m_paused = false;
    qint64 m_startedAt = 0;     // clock reading at start
    qint64 m_visitAt = 0;       // clock reading when the current visit began
    qint64 m_pausedTotal = 0;   // paused time since start, ended pauses
    qint64 m_pausedAt = 0;      // clock reading when the pause under way began
    qint64 m_visitPaused = 0;   // paused time during this visit, ended pauses
    qint64 m_finishedAt = -1;   // clock reading at finish
    QVector<qint64> m_spent;    // per stop, closed visits
    QVector<bool> m_visited;
};

} // namespace bv
