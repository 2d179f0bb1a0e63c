// SPDX-License-Identifier: MIT
// Runs a show: makes the audience window and the presenter console for a PresentationState,
// places them on the screens (ScreenPlacement: the audience full screen on the chosen screen,
// the console on another, or both as windows) and places them again when a screen is added
// or removed, without the show losing its place; the keys are PresentationKeys' (with the
// PresentationKeyMap given). The swap key trades the stage's and the console's places for the
// rest of the show (kept when the screens change; with nothing to trade the console says so).
// Ending it
// (Esc twice, End Show) closes both and says which stop the audience saw last and how long
// each stop was shown, for the app to make that stop's item current and keep the rehearsal.
#pragma once

#include "present/audiencewindow.h"
#include "present/presenterconsole.h"
#include "present/screenplacement.h"
#include "present/stageview.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <memory>

class QScreen;

namespace bv {

class PresentationKeyMap;
class PresentationKeys;
class PresentationState;
class Selection;

class PresentationController final : public QObject
{
    Q_OBJECT
public:
    // `selection`: the window's, whose briefing the stage shows (never selected in here).
    explicit PresentationController(Selection *selection, QObject *parent = nullptr);
    ~PresentationController() override;

    PresentationState *state() const { return m_state; }
    AudienceWindow *audience() const { return m_audience; }
    PresenterConsole *console() const { return m_console; }
    PresentationKeys *keys() const { return m_keys.get(); }
    bool isRunning() const;

    // The window the show is started from: its screen is the one the audience avoids.
    void setMainWindow(QWidget *window) { m_mainWindow = window; }
    void setChosenScreen(const QString &name); // empty: automatic
    void setMode(ScreenPlacement::Mode mode);
    ScreenPlacement::Mode mode() const { return m_mode; }
    void setLook(StageView::Look look);
    void setNotesPointSize(int points) { m_notesPoints = points; }
    // The keys of the shows started from now on (null: the defaults); not owned.
    void setKeyMap(const PresentationKeyMap *keys);
    bool isSwapped() const { return m_swapped; } // the show's stage and console traded places
    // The path's rehearsals, newest first, each one's seconds per stop: the console shows the
    // last beside each budget, and the one before it for the trend.
    void setRehearsals(const QVector<QVector<int>> &newestFirst);

    // Shows `path` from `stop`; a show under way is left as it is (false).
    bool start(const BriefingPath &path, int stop, bool rehearsing);
    // The placement now, from the screens connected (as applied by place()).
    ScreenPlacement placement() const;

public slots:
    void end();
    void place();
    // The stage and the console trade places (again: back), when there are two places to trade.
    void swapScreens();

signals:
    // The show ended: the stop the audience saw last, each stop's seconds (-1 not shown).
    void ended(int lastShownStop, const QVector<int> &secondsPerStop, bool rehearsing);
    void notesPointSizeChanged(int points);

private:
    void followConsoleView();
    ScreenPlacement planned(bool swap) const;
    void screensChanged();

    Selection *m_selection;
    PresentationState *m_state;
    QPointer<QWidget> m_mainWindow;
    QPointer<AudienceWindow> m_audience;
    QPointer<PresenterConsole> m_console;
    std::unique_ptr<PresentationKeys> m_keys;
    QString m_chosenScreen;
    ScreenPlacement::Mode m_mode = ScreenPlacement::Mode::FullScreen;
    StageView::Look m_look = StageView::Look::Normal;
    QVector<QVector<int>> m_rehearsals;
    QPointer<const PresentationKeyMap> m_keyMap;
    bool m_swapped = false;
    int m_notesPoints = 16;
    bool m_placePending = false;
};

} // namespace bv
