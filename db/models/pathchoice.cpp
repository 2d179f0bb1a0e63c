// SPDX-License-Identifier: MIT
#include "models/pathchoice.h"

#include "content/briefing.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"

namespace bv {

PathChoice::PathChoice(Selection *selection, QObject *parent)
    : QObject(parent), m_selection(selection)
{
    connect(selection, &Selection::databaseChanged, this, &PathChoice::reset);
    reset();
}

void PathChoice::setPath(const BriefingPath &path)
{
    const bool same = path.id == m_path.id && path.origin == m_path.origin;
    const bool changed = path != m_path;
    m_path = path;
    const int oldCurrent = m_current;
    if (!same || m_current >= m_path.stops.size())
        m_current = 0;
    if (changed)
        emit pathChanged();
    if (m_current != oldCurrent)
        emit currentStopChanged(m_current);
}

void PathChoice::setCurrentStop(int stop)
{
    if (stop < 0 || stop >= m_path.stops.size() || stop == m_current)
        return;
    m_current = stop;
    emit currentStopChanged(m_current);
}

void PathChoice::reset()
{
    const auto database = m_selection->database();
    BriefingPath path;
    if (database) {
        const Briefing &briefing = database->briefing();
        path = briefing.paths.isEmpty() ? BriefingPath::defaultPath(briefing) : briefing.paths.first();
    }
    const int oldCurrent = m_current;
    m_path = std::move(path);
    m_current = 0;
    emit pathChanged();
    if (oldCurrent != 0)
        emit currentStopChanged(0);
}

} // namespace bv
