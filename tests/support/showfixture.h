// SPDX-License-Identifier: MIT
// A real window with a briefing open, for the tests of a show (tst_presentation,
// tst_presentactions): a library of its own for each test, a clock the test moves, and the
// keys pressed as a presenter does, to the widget with the focus.
#pragma once

#include "mainwindow.h"
#include "presentactions.h"
#include "present/presentationcontroller.h"

#include <QTemporaryDir>

#include <memory>

namespace bv {
class AudienceWindow;
class PresentationState;
class PresenterConsole;
}

namespace bv::test {

class ShowFixture
{
protected:
    // Sample and real-data example files, once.
    bool setUpFiles();
    // A new library folder and clear settings, for each test; and after it.
    bool setUpLibrary();
    void tearDown();
    bool openWindow(const QString &path);
    static bool activate(QWidget *widget);
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier); // to the focus
    void type(const QString &text);
    // The window's shortcut pressed, the show's windows shown, the console active.
    bool startWith(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    bool endShow(); // Esc twice
    PresentationState *state() const { return m_actions->controller()->state(); }
    PresenterConsole *console() const { return m_actions->controller()->console(); }
    AudienceWindow *audience() const { return m_actions->controller()->audience(); }

    QTemporaryDir m_dir;
    QString m_sample, m_defence;
    std::unique_ptr<MainWindow> m_window;
    PresentActions *m_actions = nullptr;
    qint64 m_now = 0;
    int m_libraries = 0;
};

} // namespace bv::test
