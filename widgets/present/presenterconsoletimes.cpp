// SPDX-License-Identifier: MIT
// PresenterConsole's times: the clock, the elapsed time, the current stop's time against its
// budget with the pace colour, and the last two rehearsals' times (the rest is in
// presenterconsole.cpp).
#include "present/presenterconsole.h"

#include "models/presentationstate.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTime>

#include <algorithm>
#include <climits>

namespace bv {

QString PresenterConsole::duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    const QChar zero(QLatin1Char('0'));
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, zero);
}

PresenterConsole::Pace PresenterConsole::paceOf(qint64 spentMs, int budgetSeconds)
{
    if (budgetSeconds <= 0)
        return Pace::None;
    const qint64 budgetMs = qint64(budgetSeconds) * 1000;
    if (spentMs * 5 <= budgetMs * 4)
        return Pace::Green;
    return spentMs <= budgetMs ? Pace::Amber : Pace::Red;
}

QColor PresenterConsole::paceColour(Pace pace)
{
    switch (pace) { // each with white text at a contrast of 4.5:1 or more
    case Pace::Green:
        return QColor(0x1b, 0x6e, 0x34);
    case Pace::Amber:
        return QColor(0x8a, 0x52, 0x00);
    case Pace::Red:
        return QColor(0xb0, 0x1e, 0x28);
    case Pace::None:
        break;
    }
    return QColor();
}

void PresenterConsole::setRehearsals(const QVector<QVector<int>> &newestFirst)
{
    m_rehearsals = newestFirst;
    updateTimes();
}

void PresenterConsole::updateTimes()
{
    m_clock->setText(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    const int current = m_state->currentStop();
    const BriefingPath &path = m_state->path();
    // The whole show: its time against the sum of its stops' budgets, with the same pace
    // colours as a stop's (a countdown of the talk, as pdfpc's).
    const qint64 elapsed = m_state->elapsedMs();
    qint64 talkBudget = 0;
    for (const PathStop &stop : path.stops)
        talkBudget += stop.budgetSeconds.value_or(0);
    const QString talk = talkBudget > 0 ? tr("%1 of %2").arg(duration(elapsed), duration(talkBudget * 1000)) : duration(elapsed);
    if (m_elapsed->text() != talk) {
        m_elapsed->setText(talk);
        m_elapsed->setToolTip(talkBudget > 0 ? tr("Time since the show started, against the sum of the stops' budgets") : QString());
    }
    const Pace talkPace = talkBudget > 0 ? paceOf(elapsed, int(std::min<qint64>(talkBudget, INT_MAX))) : Pace::None;
    if (talkPace != m_talkPaceNow || !m_talkPaceShown) {
        m_talkPaceNow = talkPace;
        m_talkPaceShown = true;
        QPalette palette = this->palette();
        if (talkPace != Pace::None) {
            palette.setColor(QPalette::Window, paceColour(talkPace));
            palette.setColor(QPalette::WindowText, Qt::white);
        }
        m_elapsed->setPalette(palette);
        m_elapsed->setAutoFillBackground(talkPace != Pace::None);
    }
    if (current < 0 || current >= path.stops.size()) {
        m_pace->clear();
        m_rehearsal->clear();
        return;
    }
    const qint64 spent = m_state->currentStopMs();
    const std::optional<int> budget = path.stops.at(current).budgetSeconds;
    const Pace pace = paceOf(spent, budget.value_or(0));
    const QString text = budget ? tr("%1 of %2").arg(duration(spent), duration(qint64(*budget) * 1000)) : duration(spent);
    if (m_pace->text() != text)
        m_pace->setText(text);
    if (pace != m_paceNow || !m_paceShown) { // the colours only when the pace changes
        m_paceNow = pace;
        m_paceShown = true;
        QPalette palette = this->palette();
        if (pace != Pace::None) {
            palette.setColor(QPalette::Window, paceColour(pace));
            palette.setColor(QPalette::WindowText, Qt::white);
        }
        m_pace->setPalette(palette);
        m_pace->setAutoFillBackground(pace != Pace::None);
    }
    const int last = m_rehearsals.value(0).value(current, -1), before = m_rehearsals.value(1).value(current, -1);
    QString rehearsed;
    if (last >= 0 && before >= 0)
        rehearsed = tr("Last rehearsal: %1, before: %2").arg(duration(qint64(last) * 1000), duration(qint64(before) * 1000));
    else if (last >= 0)
        rehearsed = tr("Last rehearsal: %1").arg(duration(qint64(last) * 1000));
    if (m_rehearsal->text() != rehearsed) {
        m_rehearsal->setText(rehearsed);
        placeRehearsals();
    }
}

void PresenterConsole::placeRehearsals()
{
    const int beside = m_paceCaption->sizeHint().width() + m_pace->sizeHint().width()
                       + m_rehearsal->fontMetrics().horizontalAdvance(m_rehearsal->text()) + 4 * m_paceBox->spacing();
    const bool under = !m_rehearsal->text().isEmpty() && beside > m_rehearsal->parentWidget()->width();
    m_paceBox->setDirection(under ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

} // namespace bv
