// SPDX-License-Identifier: MIT
#include "panelcycler.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

#include <algorithm>

namespace bv {

namespace {

// The first widget in the focus chain inside `panel` that takes the focus by Tab.
QWidget *firstFocusable(QWidget *panel)
{
    if (panel->isVisible() && (panel->focusPolicy() & Qt::TabFocus) && panel->isEnabled())
        return panel;
    QWidget *w = panel;
    for (int guard = 0; guard < 5000; ++guard) {
        w = w->nextInFocusChain();
        if (!w || w == panel)
            break;
        if (panel->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return nullptr;
}

} // namespace

PanelCycler::PanelCycler(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_next(new QAction(this))
    , m_previous(new QAction(this))
{
    m_next->setObjectName(QStringLiteral("nextPanelAction"));
    m_previous->setObjectName(QStringLiteral("previousPanelAction"));
    m_next->setShortcut(QKeySequence(Qt::Key_F6));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    // Also where a text field would take Ctrl+Tab: F6 works from any widget of the window.
    m_next->setShortcutContext(Qt::WindowShortcut);
    m_previous->setShortcutContext(Qt::WindowShortcut);
    connect(m_next, &QAction::triggered, this, [this] { move(1); });
    connect(m_previous, &QAction::triggered, this, [this] { move(-1); });
    retranslate();
}

QList<QWidget *> PanelCycler::panels() const
{
    // In the order View lists them (navigator, details, timeline, charts, then the tabbed
    // ones): raise() reorders the window's children, so theirs is no order to move through.
    QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    const auto *view = m_window->findChild<QMenu *>(QStringLiteral("viewMenu"));
    const QList<QAction *> listed = view ? view->actions() : QList<QAction *>();
    auto place = [&listed](const QDockWidget *dock) {
        const qsizetype at = listed.indexOf(dock->toggleViewAction());
        return at < 0 ? listed.size() : at;
    };
    std::stable_sort(docks.begin(), docks.end(),
                     [&place](const QDockWidget *a, const QDockWidget *b) { return place(a) < place(b); });
    QList<QWidget *> panels;
    if (m_window->centralWidget())
        panels << m_window->centralWidget();
    for (QDockWidget *dock : std::as_const(docks)) {
        if (dock->toggleViewAction()->isChecked() && dock->widget())
            panels << dock;
    }
    return panels;
}

void PanelCycler::move(int step)
{
    const QList<QWidget *> all = panels();
    if (all.isEmpty())
        return;
    QWidget *focus = QApplication::focusWidget();
    int at = -1;
    for (int i = 0; i < all.size(); ++i) {
        if (focus && (all.at(i) == focus || all.at(i)->isAncestorOf(focus)))
            at = i;
    }
    for (int tried = 0; tried < all.size(); ++tried) {
        at = at < 0 ? (step > 0 ? 0 : int(all.size()) - 1) : (at + step + int(all.size())) % int(all.size());
        QWidget *panel = all.at(at);
        if (auto *dock = qobject_cast<QDockWidget *>(panel))
            dock->raise(); // in front of the docks tabbed with it
        if (QWidget *target = firstFocusable(panel)) {
            target->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void PanelCycler::retranslate()
{
    m_next->setText(tr("Next &Panel"));
    m_next->setToolTip(tr("Move the keyboard to the next panel (F6)"));
    m_previous->setText(tr("Pre&vious Panel"));
    m_previous->setToolTip(tr("Move the keyboard to the previous panel (Shift+F6)"));
}

} // namespace bv
