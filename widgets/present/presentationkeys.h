// SPDX-License-Identifier: MIT
// The keys of a show, on the audience window and the presenter console alike (whichever has
// the focus): each action's keys are the PresentationKeyMap's (by default the ones clickers
// send: Right, Down, Page Down, Space, Enter next; Left, Up, Page Up, Backspace previous; Home,
// End; B or '.' black, W or ',' white; F freeze; P pause; S swap screens; '/' the jump field);
// digits, and letters no action has, start a jump (a number, or part of a title; Enter goes).
// These are not rebindable: Esc ends the show only when pressed twice within escWindowMs (the
// first press says so on the console), and F5 or Shift+F5 during the show does nothing but
// cancel such a first Esc, so a clicker's "present" button, which sends F5 and Esc in turn,
// never ends a show by accident (docs/presenting.md).
#pragma once

#include <QObject>
#include <QPointer>

class QKeyEvent;
class QTimer;
class QWidget;

namespace bv {

class PresentationKeyMap;
class PresentationState;
class PresenterConsole;

class PresentationKeys final : public QObject
{
    Q_OBJECT
public:
    static constexpr int escWindowMs = 3000;

    // Watches the key presses of `audience` and `console` (installed on the application, so
    // the focused child's own handling of arrows or Space comes after the show's).
    // `keys`: the keys of each action (the defaults when null; followed as it changes).
    PresentationKeys(PresentationState *state, QWidget *audience, PresenterConsole *console,
                     const PresentationKeyMap *keys = nullptr, QObject *parent = nullptr);
    ~PresentationKeys() override;
    bool isEscArmed() const { return m_escArmed; }

signals:
    void endWanted();
    void swapScreensWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handle(QKeyEvent *key);
    bool handleComposing(QKeyEvent *key, bool fieldFocused);
    bool handleBound(QKeyEvent *key);
    void armEsc(bool armed);

    PresentationState *m_state;
    QPointer<const PresentationKeyMap> m_keys; // the one given
    PresentationKeyMap *m_defaults;            // while none is (or it is gone)
    QPointer<QWidget> m_audience;
    QPointer<PresenterConsole> m_console;
    QTimer *m_escTimer;
    bool m_escArmed = false;
};

} // namespace bv
