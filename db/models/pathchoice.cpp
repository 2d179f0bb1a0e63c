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
    int current = 0;
    if (database) {
        const Briefing &briefing = database->briefing();
        const QString briefingId = briefing.metadata.id;
        // The same briefing opened again (in another content language, say): the path
        // chosen stays, with the stop the presenter was at; another briefing starts afresh.
        const bool again = !m_briefingId.isEmpty() && briefingId == m_briefingId && !m_path.isEmpty();
        bool kept = false;
        if (again && m_path.origin == BriefingPath::Origin::Default) {
            path = BriefingPath::defaultPath(briefing); // its titles in the new language
            kept = true;
        } else if (again && m_path.origin == BriefingPath::Origin::Briefing) {
            for (const BriefingPath &own : briefing.paths) {
                if (own.id == m_path.id) {
                    path = own;
                    kept = true;
                }
            }
        } else if (again && m_path.origin == BriefingPath::Origin::User) {
            path = m_path; // the user's own, the same in any language
            kept = true;
        }
        if (kept && m_current < path.stops.size())
            current = m_current;
        if (!kept)
            path = briefing.paths.isEmpty() ? BriefingPath::defaultPath(briefing) : briefing.paths.first();
        m_briefingId = briefingId;
    } else {
        m_briefingId.clear();
    }
    const int oldCurrent = m_current;
    m_path = std::move(path);
    m_current = current;
    emit pathChanged();
    if (oldCurrent != m_current)
        emit currentStopChanged(m_current);
}

} // namespace bv
