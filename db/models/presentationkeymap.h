// SPDX-License-Identifier: MIT
// The keys of a show, as the user chose them: each of the show's actions (next, previous,
// first, last, black, white, freeze, pause, swap screens, the Go to field, the notes' size)
// has one or more keys, today's clicker keys by default. A key does one thing only: giving an
// action a key another action has is refused with a message naming both. A few keys are the
// show's own and never bound: Esc (ends the show when pressed twice; empties the Go to field),
// F5 and Shift+F5 (ignored during a show, for clickers' "present" button) and the digits (go
// to a stop by number). Kept in QSettings under present/keys/ (load, save). Shared state: the
// show's keys (PresentationKeys), Edit > Preferences and Help > Keyboard Shortcuts read it.
#pragma once

#include <QKeySequence>
#include <QList>
#include <QMap>
#include <QObject>
#include <QVector>

#include <optional>

class QSettings;

namespace bv {

class PresentationKeyMap final : public QObject
{
    Q_OBJECT
public:
    enum class Action {
        Next,
        Previous,
        First,
        Last,
        Black,
        White,
        Freeze,
        Pause,
        SwapScreens,
        GoTo,        // focus the console's Go to field
        LargerNotes,
        SmallerNotes,
    };
    Q_ENUM(Action)

    explicit PresentationKeyMap(QObject *parent = nullptr); // the defaults

    static QVector<Action> actions();          // in the order lists show them
    static QString name(Action action);        // "Next stop", in the language in use
    static QString settingsKey(Action action); // "next", "swap-screens" … (under present/keys/)
    static QList<QKeySequence> defaultKeys(Action action);
    // Why `key` can never be bound (Esc, F5, Shift+F5, a digit, more than one key at once);
    // empty when it can.
    static QString reservedReason(const QKeySequence &key);

    QList<QKeySequence> keys(Action action) const { return m_keys.value(action); }
    bool isDefault() const;
    // The action `key` (its first key, with its modifiers) does; Keypad is ignored, and Shift
    // when nothing is bound with it (Shift+Space steps as Space does; '/' is Shift+7 on some
    // keyboards).
    std::optional<Action> actionFor(const QKeyCombination &key) const;
    // The action other than `except` that has `key`, if any.
    std::optional<Action> holder(const QKeySequence &key, std::optional<Action> except = std::nullopt) const;

    // Adds `key` to `action`'s keys; false, with the reason in `problem` (naming both actions
    // when another has it), when it cannot be.
    bool addKey(Action action, const QKeySequence &key, QString *problem = nullptr);
    void removeKey(Action action, const QKeySequence &key);
    // All of `action`'s keys at once; refused as a whole (false, `problem`) when one cannot be.
    bool setKeys(Action action, const QList<QKeySequence> &keys, QString *problem = nullptr);
    void restoreDefaults();

    // From `settings` (present/keys/<action>, a list of keys in portable text, "" for no key); what is missing
    // is the default, what cannot be bound (unreadable, reserved, another action's key) is
    // left out and said in the list returned.
    QStringList load(const QSettings &settings);
    // Only the actions whose keys differ from the defaults are written; the others removed.
    void save(QSettings &settings) const;

    // "Right, Down, Page Down" in the platform's words.
    static QString text(const QList<QKeySequence> &keys);

signals:
    void changed();

private:
    static QKeySequence single(const QKeySequence &key); // its first key only
    static QString taken(const QKeySequence &key, Action holder, Action wanted); // the refusal
    QMap<Action, QList<QKeySequence>> m_keys;
};

} // namespace bv
