// SPDX-License-Identifier: MIT
#include "present/presentationcontroller.h"

#include "models/presentationkeymap.h"
#include "models/presentationstate.h"
#include "present/audiencewindow.h"
#include "present/presentationkeys.h"
#include "present/presenterconsole.h"

#include <QGuiApplication>
#include <QScreen>
#include <QTimer>

namespace bv {

namespace {

void putOn(QWidget *window, QScreen *screen, const QRect &geometry, bool fullScreen)
{
    if (!window || !screen)
        return;
    if (window->screen() != screen && window->isFullScreen())
        window->showNormal(); // leave full screen on the old screen first
    window->setScreen(screen);
    window->setGeometry(geometry);
    if (fullScreen) {
        window->showFullScreen();
    } else {
        window->showNormal();
        window->setGeometry(geometry);
    }
}

} // namespace

PresentationController::PresentationController(Selection *selection, QObject *parent)
    : QObject(parent)
    , m_selection(selection)
    , m_state(new PresentationState(this))
{
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &PresentationController::screensChanged);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &PresentationController::screensChanged);
}

PresentationController::~PresentationController()
{
    m_keys.reset();
    delete m_audience;
    delete m_console;
}

bool PresentationController::isRunning() const
{
    return m_state->isRunning();
}

void PresentationController::setChosenScreen(const QString &name)
{
    m_chosenScreen = name;
    if (isRunning())
        place();
}

void PresentationController::setMode(ScreenPlacement::Mode mode)
{
    m_mode = mode;
    if (isRunning())
        place();
}

void PresentationController::setLook(StageView::Look look)
{
    m_look = look;
    if (m_audience)
        m_audience->setLook(look);
    if (m_console) {
        // The console shows the stops as the stage draws them: in the projector's colours too.
        m_console->currentView()->setLook(look);
        m_console->nextView()->setLook(look);
    }
}

void PresentationController::setKeyMap(const PresentationKeyMap *keys)
{
    m_keyMap = keys;
}

void PresentationController::setRehearsals(const QVector<QVector<int>> &newestFirst)
{
    m_rehearsals = newestFirst;
    if (m_console)
        m_console->setRehearsals(newestFirst);
}

bool PresentationController::start(const BriefingPath &path, int stop, bool rehearsing)
{
    if (isRunning() || path.stops.isEmpty())
        return false;
    m_state->start(path, stop, rehearsing);
    m_swapped = false;
    m_audience = new AudienceWindow(m_selection, m_state);
    m_audience->setAttribute(Qt::WA_DeleteOnClose, false);
    m_audience->setLook(m_look);
    m_console = new PresenterConsole(m_selection, m_state);
    m_console->setNotesPointSize(m_notesPoints);
    m_console->setRehearsals(m_rehearsals);
    m_console->currentView()->setLook(m_look);
    m_console->nextView()->setLook(m_look);
    connect(m_console, &PresenterConsole::notesPointSizeChanged, this, [this](int points) {
        m_notesPoints = points;
        emit notesPointSizeChanged(points);
    });
    m_keys = std::make_unique<PresentationKeys>(m_state, m_audience, m_console, m_keyMap);
    connect(m_keys.get(), &PresentationKeys::endWanted, this, &PresentationController::end, Qt::QueuedConnection);
    connect(m_keys.get(), &PresentationKeys::swapScreensWanted, this, &PresentationController::swapScreens);
    connect(m_console, &PresenterConsole::endWanted, this, &PresentationController::end, Qt::QueuedConnection);
    followConsoleView();
    place();
    // The console takes the keys; the stage is in front of it when they share a screen.
    m_console->activateWindow();
    m_console->setFocus();
    if (placement().audienceScreen == placement().consoleScreen && m_mode == ScreenPlacement::Mode::FullScreen)
        m_audience->raise();
    return true;
}

void PresentationController::followConsoleView()
{
    // A chart or timeline moved on the console moves on the stage, when both show that stop.
    StageView *view = m_console->currentView();
    connect(view, &StageView::viewRangeChanged, this, [this](double from, double to) {
        if (m_audience && m_state->shownStop() == m_state->currentStop())
            m_audience->stage()->setViewRange(from, to);
    });
    connect(view, &StageView::highlightChanged, this, [this](const QString &id) {
        if (m_audience && m_state->shownStop() == m_state->currentStop())
            m_audience->stage()->setHighlight(id);
    });
}

ScreenPlacement PresentationController::placement() const
{
    return planned(m_swapped);
}

ScreenPlacement PresentationController::planned(bool swap) const
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QVector<QRect> geometries;
    QStringList names;
    for (QScreen *screen : screens) {
        geometries.append(screen->geometry());
        names.append(screen->name());
    }
    const int main = m_mainWindow ? int(screens.indexOf(m_mainWindow->screen())) : -1;
    return ScreenPlacement::plan(geometries, names, main, m_chosenScreen, m_mode, swap);
}

void PresentationController::swapScreens()
{
    if (!isRunning() || !m_console)
        return;
    if (!planned(true).swapped) { // one screen, the stage full screen: nothing to trade
        m_console->showNotice(tr("One screen: the stage and the console have no places to trade."));
        return;
    }
    m_swapped = !m_swapped;
    place();
    m_console->activateWindow(); // the keys stay the console's
    m_console->showNotice(m_swapped ? tr("The stage and the console traded places.")
                                    : tr("The stage and the console are back in their places."));
}

void PresentationController::place()
{
    m_placePending = false;
    if (!isRunning() || !m_audience || !m_console)
        return;
    const ScreenPlacement p = placement();
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (p.audienceScreen < 0)
        return;
    putOn(m_console, screens.value(p.consoleScreen), p.consoleGeometry, p.consoleFullScreen);
    putOn(m_audience, screens.value(p.audienceScreen), p.audienceGeometry, p.audienceFullScreen);
}

void PresentationController::screensChanged()
{
    if (!isRunning() || m_placePending)
        return;
    // Once Qt has moved the windows off a screen that went: the stop shown stays.
    m_placePending = true;
    QTimer::singleShot(0, this, &PresentationController::place);
}

void PresentationController::end()
{
    if (!isRunning())
        return;
    const int last = m_state->shownStop();
    m_state->finish();
    m_keys.reset();
    if (m_audience) {
        m_audience->hide();
        m_audience->deleteLater();
    }
    if (m_console) {
        m_console->hide();
        m_console->deleteLater();
    }
    emit ended(last, m_state->secondsPerStop(), m_state->isRehearsing());
}

} // namespace bv
