// SPDX-License-Identifier: MIT
// Which briefing path the presenter has chosen, and which of its stops is current (where
// Shift+F5 starts, and where the path editor stands). Shared, like Selection, by the path
// editor, the presentation and the menus; none of them calls another. When a briefing opens
// the choice falls back to the briefing's first own path, else its default path, unless it is
// the same briefing opened again.
#pragma once

#include "content/briefingpath.h"

#include <QObject>

namespace bv {

class Selection;

class PathChoice final : public QObject
{
    Q_OBJECT
public:
    explicit PathChoice(Selection *selection, QObject *parent = nullptr);

    const BriefingPath &path() const { return m_path; }
    // The stop current in the path (0 for an empty path), always within it.
    int currentStop() const { return m_current; }

public slots:
    // Chooses `path` (its stops as given); the current stop is kept when the path is the same
    // path (same id and origin) and still has it, else 0.
    void setPath(const BriefingPath &path);
    // Makes `stop` current; out-of-range values are ignored.
    void setCurrentStop(int stop);
    // The choice made when a briefing opens: its first own path, else its default path (an
    // empty path when no briefing is open). The same briefing opened again (its id; a change
    // of content language reopens it) keeps the path chosen and its current stop.
    void reset();

signals:
    void pathChanged();
    void currentStopChanged(int stop);

private:
    Selection *m_selection;
    BriefingPath m_path;
    int m_current = 0;
    QString m_briefingId; // of the briefing the path was chosen in
};

} // namespace bv
