// SPDX-License-Identifier: MIT
// The window's docks around its central pages: which view sits where, their default
// proportions and titles, and the user's own layout, kept between runs.
#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace bv {

class DockLayout final : public QObject
{
    Q_OBJECT
public:
    enum Dock { Navigator, Details, Faq, Search, Translator, Timeline, Charts, Notes, Paths, DockCount };
    // The view each dock holds, in the order of Dock; null for one made when first shown
    // (makeWhenShown).
    using Views = QWidget *[DockCount];

    DockLayout(QMainWindow *window, const Views &views);

    QDockWidget *dock(Dock which) const { return m_docks[which]; }
    // Shown, and in front of the docks tabbed with it; the path editor with room (makeRoomForPaths).
    void bringForward(Dock which);
    QList<QAction *> toggleActions() const; // for the View menu, in the order of Dock
    void retranslate();
    // The default proportions, then the user's layout of the last run over them.
    void restore();
    void save() const;
    // The view of a dock left empty in Views, made the first time the dock is shown in front
    // (View > Translation, its tab chosen, or the user's layout restored): a window that opens
    // with it hidden, or tabbed behind another dock, does not make it before its first paint.
    void makeWhenShown(Dock which, std::function<QWidget *()> make);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The path editor docked and in front but short (tabbed with the FAQ, as it starts): the
    // details above it and the timeline under it give it room for its stops and fields.
    void makeRoomForPaths();
    bool makeIfInFront(Dock which); // made now if shown and not a tab behind another

    QMainWindow *m_window;
    QDockWidget *m_docks[DockCount];
    std::function<QWidget *()> m_makers[DockCount]; // of the views made when first shown
};

} // namespace bv
