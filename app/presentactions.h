// SPDX-License-Identifier: MIT
// The Presentation menu: Present (F5, the chosen path from its start, offering to resume at
// the stop shown last time), Present from Current Stop (Shift+F5, PathChoice's current stop),
// Rehearse (the path from its start, each stop's time kept in the user's library and shown
// beside the budget next time), Compare Rehearsals… (the chosen path's rehearsals side by side,
// RehearsalsDialog), and Stage and Console as Windows. The show is a
// PresentationController's; when it ends the stop shown last becomes the path's current stop
// and its item the window's current item, and the library keeps it (resume) and the rehearsal.
#pragma once

#include <QObject>
#include <QMessageBox>
#include <QPointer>

class QAction;
class QMenu;


namespace bv {

class MainWindow;
class PathChoice;
class PresentationController;
class PresentationKeyMap;
class RehearsalsDialog;
class ThemeState;
class WindowMenus;

class PresentActions final : public QObject
{
    Q_OBJECT
public:
    // The menu goes before Help.
    // `theme` gives the stage's look (Edit > Preferences) each show starts with, `keys` the
    // show's keys (Edit > Preferences > Presentation keys; null: the defaults).
    PresentActions(MainWindow *window, WindowMenus *menus, const ThemeState *theme,
                   const PresentationKeyMap *keys = nullptr);

    static constexpr char windowsKey[] = "present/windows";        // both as windows
    static constexpr char notesSizeKey[] = "present/notesPointSize";

    PresentationController *controller() const { return m_controller; }
    PathChoice *pathChoice() const;
    QMenu *menu() const { return m_menu; }
    QAction *presentAction() const { return m_present; }
    QAction *presentFromCurrentAction() const { return m_fromCurrent; }
    QAction *rehearseAction() const { return m_rehearse; }
    QAction *compareRehearsalsAction() const { return m_compare; } // enabled when the path has a rehearsal
    RehearsalsDialog *rehearsalsDialog() const; // once opened, while it is
    QAction *windowsAction() const { return m_windows; }
    QMessageBox *resumeQuestion() const { return m_resume; } // while it is asked
    // Presents as soon as a briefing is shown (the command line's --present).
    void presentWhenShown();

public slots:
    void present();
    void presentFromCurrent();
    void rehearse();
    void compareRehearsals();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // the window's language changed

private:
    void retranslate();
    void update();
    void offerResume(bool rehearsing);
    void begin(int stop, bool rehearsing);
    void ended(int lastShownStop, const QVector<int> &secondsPerStop, bool rehearsing);

    MainWindow *m_window;
    PresentationController *m_controller;
    QMenu *m_menu;
    QAction *m_present;
    QAction *m_fromCurrent;
    QAction *m_rehearse;
    QAction *m_compare;
    QAction *m_windows;
    const ThemeState *m_theme;
    QPointer<QMessageBox> m_resume;
    QPointer<RehearsalsDialog> m_rehearsals;
    QString m_pathId; // of the show under way
};

} // namespace bv
