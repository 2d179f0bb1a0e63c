// SPDX-License-Identifier: MIT
#include "pathactions.h"

#include "charts/chartpanel.h"
#include "charts/serieschart.h"
#include "content/eventtimeindex.h"
#include "file/briefingdatabase.h"
#include "library/userlibrary.h"
#include "models/pathchoice.h"
#include "models/selection.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"
#include "windowmenus.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <cmath>

namespace bv {

namespace {

// A period bound of a stop from a day of the view (days since 1970, as TimeRange counts).
QString dayText(double day)
{
    return EventTimeIndex::dateOf(day).toString(Qt::ISODate);
}

} // namespace

PathActions::PathActions(QMainWindow *window, WindowMenus *menus, const Views &views)
    : QObject(window)
    , m_window(window)
    , m_views(views)
    , m_menu(window->findChild<QMenu *>(QStringLiteral("presentationMenu"))) // PresentActions' menu
    , m_addView(new QAction(this))
    , m_addCompare(new QAction(this))
    , m_deleteStop(new QAction(this))
    , m_editor(new QAction(this))
{
    setObjectName(QStringLiteral("pathActions"));
    if (!m_menu) { // no Presentation menu yet: this one is it
        m_menu = new QMenu(window->menuBar());
        m_menu->setObjectName(QStringLiteral("presentationMenu"));
        window->menuBar()->insertMenu(menus->helpMenu()->menuAction(), m_menu);
        m_ownMenu = true;
    } else {
        m_menu->addSeparator();
    }
    m_addView->setObjectName(QStringLiteral("addViewAsStopAction"));
    m_addView->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_addCompare->setObjectName(QStringLiteral("addComparisonStopAction"));
    m_deleteStop->setObjectName(QStringLiteral("deleteCurrentStopAction"));
    m_editor->setObjectName(QStringLiteral("showPathEditorAction"));
    m_menu->addAction(m_addView);
    m_menu->addAction(m_addCompare);
    m_menu->addAction(m_deleteStop);
    m_menu->addSeparator();
    m_menu->addAction(m_editor);
    connect(m_addView, &QAction::triggered, this, &PathActions::addCurrentView);
    connect(m_addCompare, &QAction::triggered, this, &PathActions::addComparison);
    connect(m_deleteStop, &QAction::triggered, this, &PathActions::askDeleteStop);
    connect(m_editor, &QAction::triggered, this, &PathActions::editorWanted);
    connect(views.selection, &Selection::databaseChanged, this, &PathActions::update);
    connect(views.choice, &PathChoice::pathChanged, this, &PathActions::update);
    window->installEventFilter(this);
    retranslate();
    update();
}

QMessageBox *PathActions::question() const
{
    return m_question;
}

bool PathActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PathActions::retranslate()
{
    if (m_ownMenu)
        m_menu->setTitle(tr("&Presentation"));
    m_addView->setText(tr("&Add This View as a Stop"));
    m_addView->setToolTip(tr("Add what is on screen (the chart or timeline you are in, the current item, the overview) "
                             "to your path after its current stop"));
    m_addCompare->setText(tr("Add &Scenarios Side by Side"));
    m_addCompare->setToolTip(tr("Add a stop that compares two or three scenarios (the current one and the next; "
                                "check others in the path editor)"));
    m_deleteStop->setText(tr("&Delete Current Stop"));
    m_deleteStop->setToolTip(tr("Remove the current stop from your path"));
    m_editor->setText(tr("Path &Editor"));
    m_editor->setToolTip(tr("Show the path editor: the stops of the chosen path, their notes and budgets"));
}

void PathActions::update()
{
    const bool open = m_views.selection->database() != nullptr;
    const BriefingPath &path = m_views.choice->path();
    m_addView->setEnabled(open);
    m_addCompare->setEnabled(open && m_views.selection->database()->briefing().scenarios.size() >= 2);
    m_deleteStop->setEnabled(open && path.origin == BriefingPath::Origin::User && !path.stops.isEmpty());
}

PathStop PathActions::chartStop(const SeriesChart &chart) const
{
    PathStop stop;
    stop.kind = PathStop::Kind::Chart;
    stop.itemId = chart.chartId();
    stop.title = chart.spec().title;
    if (chart.isTime() && std::isfinite(chart.from()) && std::isfinite(chart.to()) && chart.to() > chart.from()) {
        // The period shown, as whole days: the stage shows from the first to the last.
        stop.from = dayText(std::floor(chart.from()));
        stop.to = dayText(std::max(std::floor(chart.from()), std::ceil(chart.to()) - 1));
    }
    // The current point, when it is one of the chart's, or the item a category stands for.
    const QString current = m_views.selection->currentId();
    if (current != chart.chartId())
        stop.highlightId = current;
    return stop;
}

PathStop PathActions::timelineStop() const
{
    const TimelineView *view = m_views.timeline->view();
    PathStop stop;
    stop.kind = PathStop::Kind::Timeline;
    stop.lanesByActor = view->index().lanes() == EventTimeIndex::Lanes::ByActor;
    if (view->to() > view->from()) {
        stop.from = dayText(std::floor(view->from()));
        stop.to = dayText(std::max(std::floor(view->from()), std::ceil(view->to()) - 1));
        stop.title = tr("Timeline, %1 to %2")
                         .arg(QLocale().toString(EventTimeIndex::dateOf(view->from()), QLocale::ShortFormat),
                              QLocale().toString(EventTimeIndex::dateOf(view->to()), QLocale::ShortFormat));
    } else {
        stop.title = tr("Timeline");
    }
    return stop;
}

std::optional<PathStop> PathActions::currentView() const
{
    const auto database = m_views.selection->database();
    if (!database)
        return std::nullopt;
    const Briefing &briefing = database->briefing();
    const QString current = m_views.selection->currentId();
    PathStop stop;
    QWidget *focus = QApplication::focusWidget();
    const SeriesChart *focusedChart = nullptr;
    for (QWidget *w = focus; w && !focusedChart; w = w->parentWidget())
        focusedChart = qobject_cast<const SeriesChart *>(w);
    if (focusedChart && m_views.charts->isAncestorOf(focusedChart)) {
        stop = chartStop(*focusedChart);
    } else if (focus && m_views.timeline->isAncestorOf(focus)) {
        stop = timelineStop();
    } else {
        const ItemKind kind = briefing.kindOf(current);
        QString chartOf = current;
        if (kind == ItemKind::Briefing && briefing.seriesOfPointId(current) >= 0)
            chartOf = briefing.series.at(briefing.seriesOfPointId(current)).id; // a data point: its chart
        const SeriesChart *chart = chartOf.isEmpty() ? nullptr : m_views.charts->chart(chartOf);
        if (chart && (kind == ItemKind::Chart || kind == ItemKind::Series || chartOf != current)) {
            stop = chartStop(*chart);
        } else if (current.isEmpty() || current == briefing.metadata.id) {
            stop.kind = PathStop::Kind::Overview;
            stop.title = briefing.metadata.title;
        } else {
            stop.kind = kind == ItemKind::Chart || kind == ItemKind::Series ? PathStop::Kind::Chart : PathStop::Kind::Item;
            stop.itemId = current;
            stop.title = briefing.title(current);
        }
    }
    // What the briefing cannot show (a highlight not on the chart, a period it lacks) is left out.
    BriefingPath one;
    one.stops << stop;
    BriefingPath usable;
    one.check(briefing, &usable);
    if (usable.stops.isEmpty())
        return std::nullopt;
    stop = usable.stops.first();
    stop.title = stop.title.left(BriefingPath::maxTitleLength);
    return stop;
}

bool PathActions::savePath(BriefingPath path, int current)
{
    if (!m_views.library->savePath(&path)) {
        emit problem(tr("Path not saved"), m_views.library->store().problem());
        return false;
    }
    m_views.choice->setPath(path);
    m_views.choice->setCurrentStop(current);
    return true;
}

bool PathActions::addCurrentView()
{
    const std::optional<PathStop> stop = currentView();
    if (!stop) {
        emit problem(tr("Add This View as a Stop"), tr("There is nothing on screen that a stop can show."));
        return false;
    }
    return addStop(*stop, tr("Add This View as a Stop"));
}

bool PathActions::addComparison()
{
    const auto database = m_views.selection->database();
    if (!database)
        return false;
    const QVector<Scenario> &scenarios = database->briefing().scenarios;
    if (scenarios.size() < 2) {
        emit problem(tr("Add Scenarios Side by Side"), tr("The briefing has fewer than two scenarios to compare."));
        return false;
    }
    // The current scenario and the one after it (the first after the last), else the first two.
    int first = 0;
    for (int i = 0; i < scenarios.size(); ++i) {
        if (scenarios.at(i).id == m_views.selection->currentId())
            first = i;
    }
    PathStop stop;
    stop.kind = PathStop::Kind::Compare;
    stop.itemIds = {scenarios.at(first).id, scenarios.at((first + 1) % scenarios.size()).id};
    stop.title = tr("Scenarios side by side");
    if (!addStop(stop, tr("Add Scenarios Side by Side")))
        return false;
    emit editorWanted(); // where the scenarios compared are checked
    return true;
}

bool PathActions::addStop(const PathStop &stop, const QString &command)
{
    BriefingPath path = m_views.choice->path();
    int at = path.stops.isEmpty() ? 0 : m_views.choice->currentStop() + 1;
    if (path.origin != BriefingPath::Origin::User) {
        // The briefing's paths are never changed: the stop goes into the user's "My path".
        const QString mine = tr("My path");
        path = BriefingPath();
        path.title = mine;
        path.origin = BriefingPath::Origin::User;
        for (const BriefingPath &own : m_views.library->userPaths()) {
            if (own.title == mine)
                path = own;
        }
        at = int(path.stops.size());
    }
    if (path.stops.size() >= BriefingPath::maxStops) {
        emit problem(command, tr("“%1” has %2 stops, as many as a path can have.").arg(path.title).arg(BriefingPath::maxStops));
        return false;
    }
    path.stops.insert(at, stop);
    if (!savePath(path, at))
        return false;
    m_window->statusBar()->showMessage(
        tr("Added “%1” to “%2” as stop %3.").arg(stop.title, m_views.choice->path().title).arg(at + 1), 8000);
    return true;
}

bool PathActions::deleteCurrentStop()
{
    BriefingPath path = m_views.choice->path();
    const int current = m_views.choice->currentStop();
    if (path.origin != BriefingPath::Origin::User || current < 0 || current >= path.stops.size())
        return false;
    const QString title = path.stops.at(current).title;
    path.stops.removeAt(current);
    if (!savePath(path, std::min(current, int(path.stops.size()) - 1)))
        return false;
    m_window->statusBar()->showMessage(tr("Deleted the stop “%1”.").arg(title), 8000);
    return true;
}

void PathActions::askDeleteStop()
{
    const BriefingPath &path = m_views.choice->path();
    const int current = m_views.choice->currentStop();
    if (path.origin != BriefingPath::Origin::User || current >= path.stops.size())
        return;
    const PathStop &stop = path.stops.at(current);
    if (stop.notes.trimmed().isEmpty()) {
        deleteCurrentStop(); // nothing typed is lost
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Stop"),
                                tr("Delete the stop “%1” and its speaker notes? This cannot be undone.").arg(stop.title),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("deleteCurrentStopQuestion"));
    box->setTextFormat(Qt::PlainText);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const PathStop asked = stop;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, asked](QAbstractButton *button) {
        const BriefingPath &now = m_views.choice->path();
        if (button == remove && now.stops.value(m_views.choice->currentStop()) == asked)
            deleteCurrentStop();
    });
    m_question = box;
    box->open();
}

} // namespace bv
