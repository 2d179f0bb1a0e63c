// SPDX-License-Identifier: MIT
#include "docklayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QEvent>
#include <QSettings>

#include <QTimer>

#include <utility>

namespace bv {

namespace {

const char *const objectNames[] = {"navigatorDock", "detailDock", "faqDock", "searchDock",
                                   "translatorDock", "timelineDock", "chartsDock", "notesDock",
                                   "pathEditorDock"};

} // namespace

DockLayout::DockLayout(QMainWindow *window, const Views &views)
    : QObject(window)
    , m_window(window)
{
    const auto closable = QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable;
    for (int i = 0; i < DockCount; ++i) {
        m_docks[i] = new QDockWidget(window);
        m_docks[i]->setObjectName(QLatin1String(objectNames[i]));
        if (views[i])
            m_docks[i]->setWidget(views[i]);
        m_docks[i]->setFeatures(i == Navigator || i == Details ? closable : closable | QDockWidget::DockWidgetFloatable);
    }
    window->addDockWidget(Qt::LeftDockWidgetArea, m_docks[Navigator]);
    window->addDockWidget(Qt::RightDockWidgetArea, m_docks[Details]);
    window->splitDockWidget(m_docks[Details], m_docks[Faq], Qt::Vertical);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_docks[Timeline]);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_docks[Charts]);
    window->splitDockWidget(m_docks[Timeline], m_docks[Charts], Qt::Horizontal);
    window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window->tabifyDockWidget(m_docks[Faq], m_docks[Search]);
    window->tabifyDockWidget(m_docks[Search], m_docks[Notes]);
    window->tabifyDockWidget(m_docks[Notes], m_docks[Paths]); // the path editor: for presenters
    window->tabifyDockWidget(m_docks[Paths], m_docks[Translator]);
    // A dock turned on in the View menu comes in front of the docks tabbed with it.
    for (QDockWidget *dock : m_docks) {
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool on) {
            if (on)
                dock->raise();
        });
    }
    m_docks[Translator]->hide(); // for translators: View > Translation
    m_docks[Faq]->raise();
    // Tabbed with the FAQ, the editor would have the FAQ's few lines: its tab chosen (or the
    // dock shown again) gives it room as Presentation > Path Editor does, once the tab is in
    // front and laid out.
    connect(m_docks[Paths], &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        QTimer::singleShot(0, this, [this] {
            if (m_window->isVisible() && !m_docks[Paths]->visibleRegion().isEmpty()) // still in front
                makeRoomForPaths();
        });
    });
}

void DockLayout::makeWhenShown(Dock which, std::function<QWidget *()> make)
{
    m_makers[which] = std::move(make);
    if (makeIfInFront(which))
        return;
    // Made in the dock's show, before it paints, or when its tab comes in front: a dock
    // tabbed behind another is shown too, but laid out off the window.
    m_docks[which]->installEventFilter(this);
    connect(m_docks[which], &QDockWidget::visibilityChanged, this, [this, which](bool visible) {
        if (visible)
            makeIfInFront(which);
    });
}

bool DockLayout::makeIfInFront(Dock which)
{
    QDockWidget *dock = m_docks[which];
    if (!m_makers[which] || !dock->isVisible())
        return false;
    const QRect at = dock->geometry();
    if (!dock->isFloating() && (at.right() < 0 || at.bottom() < 0))
        return false; // a tab behind another
    dock->removeEventFilter(this);
    dock->setWidget(std::exchange(m_makers[which], {})());
    return true;
}

bool DockLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        for (int i = 0; i < DockCount; ++i) {
            if (watched == m_docks[i])
                makeIfInFront(Dock(i));
        }
    }
    return QObject::eventFilter(watched, event);
}

void DockLayout::bringForward(Dock which)
{
    m_docks[which]->show();
    m_docks[which]->raise();
    if (which == Paths)
        makeRoomForPaths();
}

void DockLayout::makeRoomForPaths()
{
    QDockWidget *paths = m_docks[Paths];
    if (paths->isFloating() || paths->height() >= 460)
        return;
    // Room for its stops and the current stop's fields: the timeline and charts under it
    // give up some of their height (in a window of ordinary height, 950 lines), the
    // details above it keep a few lines.
    if (!m_docks[Timeline]->isFloating() && m_docks[Timeline]->isVisible() && m_docks[Timeline]->height() > 260)
        m_window->resizeDocks({m_docks[Timeline]}, {260}, Qt::Vertical);
    m_window->resizeDocks({m_docks[Details], paths}, {150, 600}, Qt::Vertical);
}

QList<QAction *> DockLayout::toggleActions() const
{
    QList<QAction *> actions;
    for (Dock which : {Navigator, Details, Timeline, Charts, Faq, Search, Notes, Paths, Translator})
        actions << m_docks[which]->toggleViewAction();
    return actions;
}

void DockLayout::retranslate()
{
    m_docks[Navigator]->setWindowTitle(tr("Navigator"));
    m_docks[Details]->setWindowTitle(tr("Details"));
    m_docks[Timeline]->setWindowTitle(tr("Timeline"));
    m_docks[Charts]->setWindowTitle(tr("Charts"));
    m_docks[Faq]->setWindowTitle(tr("FAQ"));
    m_docks[Search]->setWindowTitle(tr("Search"));
    m_docks[Translator]->setWindowTitle(tr("Translation"));
    m_docks[Notes]->setWindowTitle(tr("Notes"));
    m_docks[Paths]->setWindowTitle(tr("Path Editor"));
}

void DockLayout::restore()
{
    m_window->resizeDocks({m_docks[Navigator], m_docks[Details]}, {220, 460}, Qt::Horizontal);
    m_window->resizeDocks({m_docks[Timeline], m_docks[Details]}, {440, 300}, Qt::Vertical);
    m_window->resizeDocks({m_docks[Timeline], m_docks[Charts]}, {820, 600}, Qt::Horizontal);
    // The details (with the note under them) above the FAQ, Search and Notes tabs.
    m_window->resizeDocks({m_docks[Details], m_docks[Faq]}, {330, 200}, Qt::Vertical);
    QSettings settings;
    m_window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_window->restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void DockLayout::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    settings.setValue(QStringLiteral("window/state"), m_window->saveState());
}

} // namespace bv
