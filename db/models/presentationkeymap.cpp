// SPDX-License-Identifier: MIT
#include "models/presentationkeymap.h"

#include <QSettings>
#include <QVariant>

namespace bv {

namespace {

const QString group = QStringLiteral("present/keys/");

QKeySequence key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    return QKeySequence(QKeyCombination(modifiers, k));
}

} // namespace

PresentationKeyMap::PresentationKeyMap(QObject *parent)
    : QObject(parent)
{
    for (Action action : actions())
        m_keys.insert(action, defaultKeys(action));
}

QVector<PresentationKeyMap::Action> PresentationKeyMap::actions()
{
    return {Action::Next,   Action::Previous,    Action::First, Action::Last,
            Action::Black,  Action::White,       Action::Freeze, Action::Pause,
            Action::SwapScreens, Action::GoTo,   Action::LargerNotes, Action::SmallerNotes};
}

QString PresentationKeyMap::name(Action action)
{
    switch (action) {
    case Action::Next:
        return tr("Next stop");
    case Action::Previous:
        return tr("Previous stop");
    case Action::First:
        return tr("First stop");
    case Action::Last:
        return tr("Last stop");
    case Action::Black:
        return tr("Black screen");
    case Action::White:
        return tr("White screen");
    case Action::Freeze:
        return tr("Freeze the stage");
    case Action::Pause:
        return tr("Pause the clock");
    case Action::SwapScreens:
        return tr("Swap the screens");
    case Action::GoTo:
        return tr("Type into Go to");
    case Action::LargerNotes:
        return tr("Larger notes");
    case Action::SmallerNotes:
        return tr("Smaller notes");
    }
    return {};
}

QString PresentationKeyMap::settingsKey(Action action)
{
    switch (action) {
    case Action::Next:
        return QStringLiteral("next");
    case Action::Previous:
        return QStringLiteral("previous");
    case Action::First:
        return QStringLiteral("first");
    case Action::Last:
        return QStringLiteral("last");
    case Action::Black:
        return QStringLiteral("black");
    case Action::White:
        return QStringLiteral("white");
    case Action::Freeze:
        return QStringLiteral("freeze");
    case Action::Pause:
        return QStringLiteral("pause");
    case Action::SwapScreens:
        return QStringLiteral("swap-screens");
    case Action::GoTo:
        return QStringLiteral("go-to");
    case Action::LargerNotes:
        return QStringLiteral("larger-notes");
    case Action::SmallerNotes:
        return QStringLiteral("smaller-notes");
    }
    return {};
}

QList<QKeySequence> PresentationKeyMap::defaultKeys(Action action)
{
    switch (action) {
    case Action::Next:
        return {key(Qt::Key_Right), key(Qt::Key_Down), key(Qt::Key_PageDown), key(Qt::Key_Space),
                key(Qt::Key_Return), key(Qt::Key_Enter)};
    case Action::Previous:
        return {key(Qt::Key_Left), key(Qt::Key_Up), key(Qt::Key_PageUp), key(Qt::Key_Backspace)};
    case Action::First:
        return {key(Qt::Key_Home)};
    case Action::Last:
        return {key(Qt::Key_End)};
    case Action::Black:
        return {key(Qt::Key_B), key(Qt::Key_Period)};
    case Action::White:
        return {key(Qt::Key_W), key(Qt::Key_Comma)};
    case Action::Freeze:
        return {key(Qt::Key_F)};
    case Action::Pause:
        return {key(Qt::Key_P)};
    case Action::SwapScreens:
        return {key(Qt::Key_S)};
    case Action::GoTo:
        return {key(Qt::Key_Slash)};
    case Action::LargerNotes:
        return {key(Qt::Key_Plus, Qt::ControlModifier), key(Qt::Key_Equal, Qt::ControlModifier)};
    case Action::SmallerNotes:
        return {key(Qt::Key_Minus, Qt::ControlModifier)};
    }
    return {};
}

QString PresentationKeyMap::reservedReason(const QKeySequence &sequence)
{
    if (sequence.isEmpty())
        return tr("No key was pressed.");
    if (sequence.count() > 1)
        return tr("“%1” is several keys one after another; a show’s key is one key, with or without "
                  "Ctrl, Alt or Shift.").arg(sequence.toString(QKeySequence::NativeText));
    const QKeyCombination combination = sequence[0];
    const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers() & ~Qt::KeypadModifier;
    const Qt::Key k = combination.key();
    if (k == Qt::Key_Escape)
        return tr("Esc is kept for ending the show (pressed twice) and for emptying the Go to field.");
    if (k == Qt::Key_F5 && (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier))
        return tr("F5 and Shift+F5 do nothing during a show, so that a clicker’s “present” button "
                  "cannot end or restart it.");
    if (k >= Qt::Key_0 && k <= Qt::Key_9 && modifiers == Qt::NoModifier)
        return tr("The digits are kept for going to a stop by its number.");
    if (k == Qt::Key_unknown || k == Qt::Key_Shift || k == Qt::Key_Control || k == Qt::Key_Alt
        || k == Qt::Key_Meta)
        return tr("“%1” is not a key of its own.").arg(sequence.toString(QKeySequence::NativeText));
    return {};
}

QKeySequence PresentationKeyMap::single(const QKeySequence &sequence)
{
    if (sequence.isEmpty())
        return {};
    const QKeyCombination combination = sequence[0];
    return QKeySequence(QKeyCombination(combination.keyboardModifiers() & ~Qt::KeypadModifier, combination.key()));
}

bool PresentationKeyMap::isDefault() const
{
    for (Action action : actions()) {
        if (m_keys.value(action) != defaultKeys(action))
            return false;
    }
    return true;
}

std::optional<PresentationKeyMap::Action> PresentationKeyMap::holder(const QKeySequence &sequence,
                                                                       std::optional<Action> except) const
{
    const QKeySequence wanted = single(sequence);
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (except && it.key() == *except)
            continue;
        if (it.value().contains(wanted))
            return it.key();
    }
    return std::nullopt;
}

std::optional<PresentationKeyMap::Action> PresentationKeyMap::actionFor(const QKeyCombination &combination) const
{
    const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers() & ~Qt::KeypadModifier;
    if (auto action = holder(QKeySequence(QKeyCombination(modifiers, combination.key()))))
        return action;
    if (modifiers & Qt::ShiftModifier)
        return holder(QKeySequence(QKeyCombination(modifiers & ~Qt::ShiftModifier, combination.key())));
    return std::nullopt;
}

QString PresentationKeyMap::taken(const QKeySequence &key, Action holder, Action wanted)
{
    return tr("“%1” is already the key of “%2”, so it cannot also be a key of “%3”. Remove it from “%2” "
              "first, or choose another key.")
        .arg(key.toString(QKeySequence::NativeText), name(holder), name(wanted));
}

bool PresentationKeyMap::addKey(Action action, const QKeySequence &sequence, QString *problem)
{
    QString reason = reservedReason(sequence);
    const QKeySequence wanted = single(sequence);
    if (reason.isEmpty()) {
        if (const auto other = holder(wanted, action))
            reason = taken(wanted, *other, action);
    }
    if (!reason.isEmpty()) {
        if (problem)
            *problem = reason;
        return false;
    }
    if (!m_keys[action].contains(wanted)) {
        m_keys[action].append(wanted);
        emit changed();
    }
    return true;
}

void PresentationKeyMap::removeKey(Action action, const QKeySequence &sequence)
{
    if (m_keys[action].removeAll(single(sequence)) > 0)
        emit changed();
}

bool PresentationKeyMap::setKeys(Action action, const QList<QKeySequence> &keys, QString *problem)
{
    QList<QKeySequence> wanted;
    for (const QKeySequence &sequence : keys) {
        QString reason = reservedReason(sequence);
        if (reason.isEmpty()) {
            if (const auto other = holder(sequence, action))
                reason = taken(single(sequence), *other, action);
        }
        if (!reason.isEmpty()) {
            if (problem)
                *problem = reason;
            return false;
        }
        if (!wanted.contains(single(sequence)))
            wanted.append(single(sequence));
    }
    if (m_keys.value(action) != wanted) {
        m_keys[action] = wanted;
        emit changed();
    }
    return true;
}

void PresentationKeyMap::restoreDefaults()
{
    if (isDefault())
        return;
    for (Action action : actions())
        m_keys[action] = defaultKeys(action);
    emit changed();
}

QStringList PresentationKeyMap::load(const QSettings &settings)
{
    QStringList problems;
    QMap<Action, QList<QKeySequence>> loaded;
    for (Action action : actions())
        loaded.insert(action, {});
    // Every stored choice first, then the defaults of the rest, each key only where it is free.
    auto bound = [&loaded](const QKeySequence &sequence) {
        for (const QList<QKeySequence> &keys : std::as_const(loaded)) {
            if (keys.contains(sequence))
                return true;
        }
        return false;
    };
    QVector<Action> fromDefaults;
    for (Action action : actions()) {
        const QString name = group + settingsKey(action);
        if (!settings.contains(name)) {
            fromDefaults.append(action);
            continue;
        }
        const QStringList stored = settings.value(name).toStringList();
        for (const QString &part : stored) {
            if (part.isEmpty())
                continue;
            const QKeySequence sequence = QKeySequence::fromString(part, QKeySequence::PortableText);
            const QString reason = sequence.isEmpty() || sequence[0].key() == Qt::Key_unknown
                                       ? tr("“%1” is not a key.").arg(part)
                                       : reservedReason(sequence);
            if (!reason.isEmpty()) {
                problems << tr("%1: %2").arg(PresentationKeyMap::name(action), reason);
                continue;
            }
            if (bound(single(sequence))) {
                problems << tr("%1: “%2” is another action’s key.")
                                .arg(PresentationKeyMap::name(action), single(sequence).toString(QKeySequence::NativeText));
                continue;
            }
            loaded[action].append(single(sequence));
        }
    }
    for (Action action : fromDefaults) {
        for (const QKeySequence &sequence : defaultKeys(action)) {
            if (!bound(sequence))
                loaded[action].append(sequence);
        }
    }
    if (loaded != m_keys) {
        m_keys = loaded;
        emit changed();
    }
    return problems;
}

void PresentationKeyMap::save(QSettings &settings) const
{
    for (Action action : actions()) {
        const QString name = group + settingsKey(action);
        const QList<QKeySequence> keys = m_keys.value(action);
        if (keys == defaultKeys(action)) {
            settings.remove(name);
            continue;
        }
        QStringList parts;
        for (const QKeySequence &sequence : keys)
            parts << sequence.toString(QKeySequence::PortableText);
        // A list, not one string: "," and "Ctrl+," are keys too. No key at all is kept as "".
        settings.setValue(name, parts.isEmpty() ? QVariant(QString()) : QVariant(parts));
    }
}

QString PresentationKeyMap::text(const QList<QKeySequence> &keys)
{
    QStringList parts;
    for (const QKeySequence &sequence : keys)
        parts << sequence.toString(QKeySequence::NativeText);
    return parts.join(QStringLiteral(", "));
}

} // namespace bv
