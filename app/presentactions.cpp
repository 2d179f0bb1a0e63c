// SPDX-License-Identifier: MIT
#include "presentactions.h"

#include "currentbriefing.h"
#include "desktopactions.h"
#include "file/briefingdatabase.h"
#include "library/userlibrary.h"
#include "mainwindow.h"
#include "models/pathchoice.h"
#include "models/presentationstate.h"
#include "models/selection.h"
#include "models/themestate.h"
#include "present/presentationcontroller.h"
#include "present/rehearsalsdialog.h"
#include "windowmenus.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <memory>

namespace bv {

PresentActions::PresentActions(MainWindow *window, WindowMenus *menus, const ThemeState *theme,
                               const PresentationKeyMap *keys)
    : QObject(window)
    , m_window(window)
    , m_controller(new PresentationController(window->selection(), this))
    , m_menu(new QMenu(window))
    , m_present(new QAction(this))
    , m_fromCurrent(new QAction(this))
    , m_rehearse(new QAction(this))
    , m_compare(new QAction(this))
    , m_windows(new QAction(this))
    , m_theme(theme)
{
    setObjectName(QStringLiteral("presentActions"));
    m_menu->setObjectName(QStringLiteral("presentationMenu"));
    m_present->setObjectName(QStringLiteral("presentAction"));
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_fromCurrent->setObjectName(QStringLiteral("presentFromCurrentAction"));
    m_fromCurrent->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_rehearse->setObjectName(QStringLiteral("rehearseAction"));
    m_compare->setObjectName(QStringLiteral("compareRehearsalsAction"));
    m_windows->setObjectName(QStringLiteral("presentWindowsAction"));
    m_windows->setCheckable(true);
    m_windows->setChecked(QSettings().value(QLatin1String(windowsKey), false).toBool());
    m_menu->addAction(m_present);
    m_menu->addAction(m_fromCurrent);
    m_menu->addAction(m_rehearse);
    m_menu->addAction(m_compare);
    m_menu->addSeparator();
    m_menu->addAction(m_windows);
    window->menuBar()->insertMenu(menus->helpMenu()->menuAction(), m_menu);

    m_controller->setMainWindow(window);
    m_controller->setKeyMap(keys);
    m_controller->setNotesPointSize(QSettings().value(QLatin1String(notesSizeKey), 16).toInt());
    connect(m_present, &QAction::triggered, this, &PresentActions::present);
    connect(m_fromCurrent, &QAction::triggered, this, &PresentActions::presentFromCurrent);
    connect(m_rehearse, &QAction::triggered, this, &PresentActions::rehearse);
    connect(m_compare, &QAction::triggered, this, &PresentActions::compareRehearsals);
    connect(m_windows, &QAction::toggled, this, [this](bool windows) {
        QSettings().setValue(QLatin1String(windowsKey), windows);
        m_controller->setMode(windows ? ScreenPlacement::Mode::Windows : ScreenPlacement::Mode::FullScreen);
    });
    connect(m_controller, &PresentationController::ended, this, &PresentActions::ended);
    connect(m_controller, &PresentationController::notesPointSizeChanged, this,
            [](int points) { QSettings().setValue(QLatin1String(notesSizeKey), points); });
    connect(window->selection(), &Selection::databaseChanged, this, &PresentActions::update);
    connect(window->pathChoice(), &PathChoice::pathChanged, this, &PresentActions::update);
    connect(window->userLibrary(), &UserLibrary::rehearsalsChanged, this, &PresentActions::update);
    connect(window->userLibrary(), &UserLibrary::pathsChanged, this, &PresentActions::update); // another briefing's
    window->installEventFilter(this);
    retranslate();
    update();
}

PathChoice *PresentActions::pathChoice() const
{
    return m_window->pathChoice(); // the window's one, shared with the path editor and the export
}

bool PresentActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    if (watched == m_window && event->type() == QEvent::Close)
        m_controller->end(); // the window closes: so does a show under way
    return QObject::eventFilter(watched, event);
}

void PresentActions::retranslate()
{
    m_menu->setTitle(tr("&Presentation"));
    m_present->setText(tr("&Present"));
    m_present->setToolTip(tr("Show the chosen path to an audience from its first stop (F5)"));
    m_fromCurrent->setText(tr("Present from &Current Stop"));
    m_rehearse->setText(tr("&Rehearse"));
    m_rehearse->setToolTip(tr("Present the path from its start and keep the time spent on each stop"));
    m_compare->setText(tr("Co&mpare Rehearsals…"));
    m_compare->setToolTip(tr("The chosen path's rehearsals side by side: each stop's time against its budget"));
    m_windows->setText(tr("Stage and Console as &Windows"));
    m_windows->setToolTip(tr("Show the stage and the console as ordinary windows, for sharing one in a call"));
}

void PresentActions::update()
{
    // A briefing open has a path to show (its default path has the overview at least).
    const bool can = m_window->selection()->database() != nullptr;
    for (QAction *action : {m_present, m_fromCurrent, m_rehearse})
        action->setEnabled(can);
    m_compare->setEnabled(can && !m_window->userLibrary()->rehearsals(pathChoice()->path().id).isEmpty());
}

void PresentActions::presentWhenShown()
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_window->currentBriefing(), &CurrentBriefing::shown, this, [this, connection] {
        disconnect(*connection);
        QMetaObject::invokeMethod(this, &PresentActions::present, Qt::QueuedConnection);
    });
}

void PresentActions::present()
{
    offerResume(false);
}

void PresentActions::presentFromCurrent()
{
    begin(pathChoice()->currentStop(), false);
}

void PresentActions::rehearse()
{
    begin(0, true);
}

RehearsalsDialog *PresentActions::rehearsalsDialog() const
{
    return m_rehearsals;
}

void PresentActions::compareRehearsals()
{
    if (!m_rehearsals) {
        m_rehearsals = new RehearsalsDialog(m_window->selection(), pathChoice(), m_window->userLibrary(), m_window);
        m_rehearsals->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_rehearsals->show();
    m_rehearsals->raise();
    m_rehearsals->activateWindow();
}

void PresentActions::offerResume(bool rehearsing)
{
    if (m_controller->isRunning() || m_resume)
        return; // F5 during a show, or while asked, changes nothing
    const BriefingPath &path = pathChoice()->path();
    const std::optional<int> last = m_window->userLibrary()->lastStop(path.id);
    if (!last || *last <= 0 || *last >= path.stops.size()) {
        begin(0, rehearsing);
        return;
    }
    const int stop = *last;
    m_resume = new QMessageBox(QMessageBox::Question, tr("Present"),
                               tr("Last time this path was left at stop %1, “%2”. Resume there?")
                                   .arg(stop + 1).arg(path.stops.at(stop).title.left(200)),
                               QMessageBox::NoButton, m_window);
    m_resume->setObjectName(QStringLiteral("resumeQuestion"));
    m_resume->setTextFormat(Qt::PlainText);
    QPushButton *resume = m_resume->addButton(tr("Resume at Stop %1").arg(stop + 1), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resumeButton"));
    QPushButton *fromStart = m_resume->addButton(tr("From the Start"), QMessageBox::RejectRole);
    fromStart->setObjectName(QStringLiteral("fromStartButton"));
    m_resume->setDefaultButton(resume);
    m_resume->setEscapeButton(fromStart);
    m_resume->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_resume, &QMessageBox::buttonClicked, this, [this, resume, stop, rehearsing](QAbstractButton *button) {
        begin(button == resume ? stop : 0, rehearsing);
    });
    m_resume->open();
}

void PresentActions::begin(int stop, bool rehearsing)
{
    const BriefingPath &path = pathChoice()->path();
    if (m_controller->isRunning() || !m_window->selection()->database() || path.stops.isEmpty())
        return;
    QSettings settings;
    m_controller->setChosenScreen(settings.value(QLatin1String(DesktopActions::presentScreenKey)).toString());
    const bool projector = m_theme->stageLook() == ThemeState::StageLook::Projector;
    m_controller->setLook(projector ? StageView::Look::Projector : StageView::Look::Normal);
    m_controller->setMode(m_windows->isChecked() ? ScreenPlacement::Mode::Windows : ScreenPlacement::Mode::FullScreen);
    QVector<QVector<int>> rehearsals; // the newest two: the console shows the last and its trend
    for (const PathRehearsal &rehearsal : m_window->userLibrary()->rehearsals(path.id).mid(0, 2))
        rehearsals << rehearsal.secondsPerStop;
    m_controller->setRehearsals(rehearsals);
    m_pathId = path.id;
    m_controller->start(path, stop, rehearsing);
}

void PresentActions::ended(int lastShownStop, const QVector<int> &secondsPerStop, bool rehearsing)
{
    UserLibrary *library = m_window->userLibrary();
    library->saveLastStop(m_pathId, lastShownStop);
    if (rehearsing)
        library->saveRehearsal(m_pathId, secondsPerStop);
    PathChoice *choice = pathChoice();
    if (choice->path().id == m_pathId)
        choice->setCurrentStop(lastShownStop);
    const PresentationState *state = m_controller->state();
    if (const auto database = m_window->selection()->database(); database && lastShownStop < state->stopCount()) {
        const QString item = PresentationState::itemOf(state->path().stops.at(lastShownStop), database->briefing());
        if (!item.isEmpty())
            m_window->selection()->select(item);
    }
    m_window->raise();
    m_window->activateWindow();
}

} // namespace bv
