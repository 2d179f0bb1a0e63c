// SPDX-License-Identifier: MIT
#include "models/presentationstate.h"

#include "content/briefing.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace bv {

namespace {

// Folded for matching a title: case folded, accents and other marks left out.
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing
            && c.category() != QChar::Mark_SpacingCombining)
            out.append(c);
    }
    return out.toCaseFolded().simplified();
}

} // namespace

PresentationState::PresentationState(QObject *parent)
    : QObject(parent)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
}

void PresentationState::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 PresentationState::now() const
{
    return m_finishedAt >= 0 ? m_finishedAt : m_clock();
}

void PresentationState::start(const BriefingPath &path, int stop, bool rehearsing)
{
    m_path = path;
    m_running = true;
    m_rehearsing = rehearsing;
    m_current = std::clamp(stop, 0, std::max(0, stopCount() - 1));
    m_shown = m_current;
    m_screen = Screen::Stop;
    m_frozen = false;
    m_paused = false;
    m_finishedAt = -1;
    m_startedAt = m_visitAt = m_clock();
    m_pausedTotal = m_pausedAt = m_visitPaused = 0;
    m_spent = QVector<qint64>(stopCount(), 0);
    m_visited = QVector<bool>(stopCount(), false);
    if (stopCount() > 0)
        m_visited[m_current] = true;
    emit started();
    emit currentStopChanged(m_current);
    emit shownStopChanged(m_shown);
    emit screenChanged(m_screen);
    emit frozenChanged(false);
    emit pausedChanged(false);
}

void PresentationState::finish()
{
    if (!m_running)
        return;
    m_finishedAt = m_clock();
    m_running = false;
    emit finished();
}

qint64 PresentationState::elapsedMs() const
{
    if (m_path.stops.isEmpty())
        return 0;
    const qint64 t = now();
    const qint64 paused = m_pausedTotal + (m_paused ? t - m_pausedAt : 0);
    return std::max<qint64>(0, t - m_startedAt - paused);
}

qint64 PresentationState::currentStopMs() const
{
    if (stopCount() == 0)
        return 0;
    // The visit's own pauses (m_visitPaused) are counted against the visit's start.
    const qint64 t = now();
    qint64 paused = m_visitPaused;
    if (m_paused)
        paused += t - std::max(m_pausedAt, m_visitAt);
    return std::max<qint64>(0, t - m_visitAt - paused);
}

qint64 PresentationState::timeSpentMs(int stop) const
{
    if (stop < 0 || stop >= m_spent.size())
        return 0;
    return m_spent.at(stop) + (stop == m_current ? currentStopMs() : 0);
}

QVector<int> PresentationState::secondsPerStop() const
{
    QVector<int> seconds;
    seconds.reserve(stopCount());
    for (int i = 0; i < stopCount(); ++i)
        seconds.append(m_visited.value(i) ? int(std::llround(double(timeSpentMs(i)) / 1000.0)) : -1);
    return seconds;
}

QVector<int> PresentationState::stopsNamed(const QString &text) const
{
    QVector<int> found;
    const QString wanted = folded(text);
    if (wanted.isEmpty())
        return found;
    for (int i = 0; i < stopCount(); ++i) {
        if (folded(m_path.stops.at(i).title).contains(wanted))
            found.append(i);
    }
    return found;
}

QString PresentationState::itemOf(const PathStop &stop, const Briefing &briefing)
{
    switch (stop.kind) {
    case PathStop::Kind::Overview:
        return briefing.metadata.id;
    case PathStop::Kind::Item:
    case PathStop::Kind::Chart:
        return stop.itemId;
    case PathStop::Kind::Compare:
        return stop.itemIds.value(0);
    case PathStop::Kind::Timeline:
        return stop.highlightId;
    }
    return QString();
}

void PresentationState::closeVisit()
{
    const qint64 t = now();
    m_spent[m_current] += currentStopMs();
    m_visitAt = t;
    m_visitPaused = 0;
}

void PresentationState::setShown(int stop)
{
    if (stop == m_shown)
        return;
    m_shown = stop;
    emit shownStopChanged(m_shown);
}

void PresentationState::jump(int stop)
{
    if (!m_running || stop < 0 || stop >= stopCount())
        return;
    if (stop != m_current) {
        closeVisit();
        m_current = stop;
        m_visited[stop] = true;
        emit currentStopChanged(m_current);
    }
    setScreen(Screen::Stop);
    if (!m_frozen)
        setShown(m_current);
}

void PresentationState::next()
{
    jump(m_current + 1);
}

void PresentationState::previous()
{
    jump(m_current - 1);
}

void PresentationState::first()
{
    jump(0);
}

void PresentationState::last()
{
    jump(stopCount() - 1);
}

bool PresentationState::jumpByName(const QString &text)
{
    const QVector<int> found = stopsNamed(text);
    if (found.isEmpty() || !m_running)
        return false;
    const auto after = std::find_if(found.cbegin(), found.cend(), [this](int stop) { return stop > m_current; });
    jump(after != found.cend() ? *after : found.first());
    return true;
}

void PresentationState::setScreen(Screen screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    emit screenChanged(m_screen);
}

void PresentationState::toggleBlack()
{
    setScreen(m_screen == Screen::Black ? Screen::Stop : Screen::Black);
}

void PresentationState::toggleWhite()
{
    setScreen(m_screen == Screen::White ? Screen::Stop : Screen::White);
}

void PresentationState::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return;
    m_frozen = frozen;
    emit frozenChanged(m_frozen);
    if (!m_frozen)
        setShown(m_current);
}

void PresentationState::toggleFrozen()
{
    setFrozen(!m_frozen);
}

void PresentationState::setPaused(bool paused)
{
    if (paused == m_paused || (!m_running && paused))
        return;
    const qint64 t = now();
    if (paused) {
        m_pausedAt = t;
    } else {
        m_pausedTotal += t - m_pausedAt;
        m_visitPaused += t - std::max(m_pausedAt, m_visitAt);
    }
    m_paused = paused;
    emit pausedChanged(m_paused);
}

void PresentationState::togglePaused()
{
    setPaused(!m_paused);
}

} // namespace bv
