// SPDX-License-Identifier: MIT
// The keys of a show as a key map, without widgets: the defaults are the keys a show always
// had (and S swaps the screens); Shift and the keypad are looked through as before; a key
// another action has is refused with both actions named, and so are the keys the show keeps
// (Esc, F5, Shift+F5, the digits) and sequences of several keys; keys move from one action to
// another; the map is written to a settings file and read back the same (',' and Ctrl+','
// included, an action left without keys too), only what differs from the defaults written;
// settings edited by hand (unreadable keys, reserved keys, one key given twice) are read as
// far as they can be, each problem said.
#include "models/presentationkeymap.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;
using Action = PresentationKeyMap::Action;

class tst_PresentationKeyMap : public QObject
{
    Q_OBJECT
private slots:
    void theDefaultsAreTheShowsKeys_data();
    void theDefaultsAreTheShowsKeys();
    void shiftAndKeypadAreLookedThrough();
    void aKeyOfAnotherActionIsRefused();
    void keysTheShowKeepsAreRefused();
    void aKeyMovesToAnotherAction();
    void savedAndReadBack();
    void handEditedSettingsAreReadAsFarAsTheyCanBe();

private:
    static QKeyCombination k(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        return QKeyCombination(modifiers, key);
    }
    // The action a key does, -1 for none.
    static int does(const PresentationKeyMap &keys, QKeyCombination key)
    {
        const auto action = keys.actionFor(key);
        return action ? int(*action) : -1;
    }
    QTemporaryDir m_dir;
};

void tst_PresentationKeyMap::theDefaultsAreTheShowsKeys_data()
{
    QTest::addColumn<int>("key"); // QKeyCombination::toCombined()
    QTest::addColumn<int>("action");
    const auto row = [](const char *name, QKeyCombination key, Action action) {
        QTest::newRow(name) << key.toCombined() << int(action);
    };
    for (Qt::Key key : {Qt::Key_Right, Qt::Key_Down, Qt::Key_PageDown, Qt::Key_Space, Qt::Key_Return, Qt::Key_Enter})
        row(qPrintable(QKeySequence(key).toString()), k(key), Action::Next);
    for (Qt::Key key : {Qt::Key_Left, Qt::Key_Up, Qt::Key_PageUp, Qt::Key_Backspace})
        row(qPrintable(QKeySequence(key).toString()), k(key), Action::Previous);
    row("Home", k(Qt::Key_Home), Action::First);
    row("End", k(Qt::Key_End), Action::Last);
    row("B", k(Qt::Key_B), Action::Black);
    row(".", k(Qt::Key_Period), Action::Black);
    row("W", k(Qt::Key_W), Action::White);
    row(",", k(Qt::Key_Comma), Action::White);
    row("F", k(Qt::Key_F), Action::Freeze);
    row("P", k(Qt::Key_P), Action::Pause);
    row("S", k(Qt::Key_S), Action::SwapScreens);
    row("/", k(Qt::Key_Slash), Action::GoTo);
    row("Ctrl++", k(Qt::Key_Plus, Qt::ControlModifier), Action::LargerNotes);
    row("Ctrl+=", k(Qt::Key_Equal, Qt::ControlModifier), Action::LargerNotes);
    row("Ctrl+-", k(Qt::Key_Minus, Qt::ControlModifier), Action::SmallerNotes);
}

void tst_PresentationKeyMap::theDefaultsAreTheShowsKeys()
{
    QFETCH(int, key);
    QFETCH(int, action);
    const PresentationKeyMap keys;
    QVERIFY(keys.isDefault());
    const auto found = keys.actionFor(QKeyCombination::fromCombined(key));
    QVERIFY(found);
    QCOMPARE(int(*found), action);
}

void tst_PresentationKeyMap::shiftAndKeypadAreLookedThrough()
{
    const PresentationKeyMap keys;
    QCOMPARE(does(keys, k(Qt::Key_Space, Qt::ShiftModifier)), int(Action::Next));
    QCOMPARE(does(keys, k(Qt::Key_Enter, Qt::KeypadModifier)), int(Action::Next));
    QCOMPARE(does(keys, k(Qt::Key_Period, Qt::KeypadModifier)), int(Action::Black));
    QCOMPARE(does(keys, k(Qt::Key_Slash, Qt::ShiftModifier)), int(Action::GoTo)); // Shift+7 on a German keyboard
    QCOMPARE(does(keys, k(Qt::Key_Plus, Qt::ControlModifier | Qt::ShiftModifier)), int(Action::LargerNotes));
    // Ctrl or Alt with a key of its own is another key: nothing.
    QVERIFY(!keys.actionFor(k(Qt::Key_Right, Qt::ControlModifier)));
    QVERIFY(!keys.actionFor(k(Qt::Key_B, Qt::AltModifier)));
    // Keys no action has: a letter (a title's start), a digit, Esc, F5.
    QVERIFY(!keys.actionFor(k(Qt::Key_A)));
    QVERIFY(!keys.actionFor(k(Qt::Key_3)));
    QVERIFY(!keys.actionFor(k(Qt::Key_Escape)));
    QVERIFY(!keys.actionFor(k(Qt::Key_F5)));
}

void tst_PresentationKeyMap::aKeyOfAnotherActionIsRefused()
{
    PresentationKeyMap keys;
    QSignalSpy changed(&keys, &PresentationKeyMap::changed);
    QString problem;
    QVERIFY(!keys.addKey(Action::White, QKeySequence(Qt::Key_B), &problem));
    QVERIFY2(problem.contains(QStringLiteral("“Black screen”")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("“White screen”")), qPrintable(problem));
    QVERIFY(problem.contains(QStringLiteral("“B”")));
    QCOMPARE(does(keys, k(Qt::Key_B)), int(Action::Black));
    QVERIFY(!keys.keys(Action::White).contains(QKeySequence(Qt::Key_B)));
    // Set as a whole: refused as a whole.
    QVERIFY(!keys.setKeys(Action::Freeze, {QKeySequence(Qt::Key_F), QKeySequence(Qt::Key_S)}, &problem));
    QVERIFY(problem.contains(QStringLiteral("“Swap the screens”")) && problem.contains(QStringLiteral("“Freeze the stage”")));
    QCOMPARE(keys.keys(Action::Freeze), QList<QKeySequence>{QKeySequence(Qt::Key_F)});
    QCOMPARE(changed.count(), 0);
    QVERIFY(keys.isDefault());
    // A key an action has already: nothing changes, nothing refused.
    QVERIFY(keys.addKey(Action::Black, QKeySequence(Qt::Key_B)));
    QCOMPARE(changed.count(), 0);
}

void tst_PresentationKeyMap::keysTheShowKeepsAreRefused()
{
    PresentationKeyMap keys;
    QString problem;
    QVERIFY(!keys.addKey(Action::Next, QKeySequence(Qt::Key_Escape), &problem));
    QVERIFY(problem.contains(QStringLiteral("Esc")));
    QVERIFY(!keys.addKey(Action::Next, QKeySequence(Qt::Key_F5), &problem));
    QVERIFY(problem.contains(QStringLiteral("F5")));
    QVERIFY(!keys.addKey(Action::Next, QKeySequence(Qt::SHIFT | Qt::Key_F5), &problem));
    QVERIFY(!keys.addKey(Action::Next, QKeySequence(Qt::Key_7), &problem));
    QVERIFY(problem.contains(QStringLiteral("digits")));
    QVERIFY(!keys.addKey(Action::Next, QKeySequence(Qt::Key_N, Qt::Key_X), &problem));
    QVERIFY(!keys.addKey(Action::Next, QKeySequence(), &problem));
    QVERIFY(keys.isDefault());
    // With Ctrl a digit is free, and so is Ctrl+F5.
    QVERIFY(keys.addKey(Action::First, QKeySequence(Qt::CTRL | Qt::Key_1)));
    QVERIFY(keys.addKey(Action::Last, QKeySequence(Qt::CTRL | Qt::Key_F5)));
    QCOMPARE(does(keys, k(Qt::Key_1, Qt::ControlModifier)), int(Action::First));
}

void tst_PresentationKeyMap::aKeyMovesToAnotherAction()
{
    PresentationKeyMap keys;
    QSignalSpy changed(&keys, &PresentationKeyMap::changed);
    keys.removeKey(Action::Black, QKeySequence(Qt::Key_B));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!keys.actionFor(k(Qt::Key_B)));
    QVERIFY(keys.addKey(Action::White, QKeySequence(Qt::Key_B)));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(does(keys, k(Qt::Key_B)), int(Action::White));
    QCOMPARE(does(keys, k(Qt::Key_Period)), int(Action::Black));
    QVERIFY(!keys.isDefault());
    // An action may have no key at all.
    QVERIFY(keys.setKeys(Action::Pause, {}));
    QVERIFY(!keys.actionFor(k(Qt::Key_P)));
    keys.restoreDefaults();
    QVERIFY(keys.isDefault());
    QCOMPARE(does(keys, k(Qt::Key_B)), int(Action::Black));
    QCOMPARE(changed.count(), 4);
}

void tst_PresentationKeyMap::savedAndReadBack()
{
    const QString file = m_dir.filePath(QStringLiteral("keys.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        PresentationKeyMap keys;
        keys.save(settings);
        settings.sync();
        QVERIFY(settings.allKeys().isEmpty()); // the defaults: nothing written
        keys.removeKey(Action::White, QKeySequence(Qt::Key_Comma));
        QVERIFY(keys.addKey(Action::Black, QKeySequence(Qt::Key_Comma)));
        QVERIFY(keys.addKey(Action::SwapScreens, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        QVERIFY(keys.setKeys(Action::Pause, {}));
        QVERIFY(keys.setKeys(Action::Next, {QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_PageDown)}));
        keys.save(settings);
    }
    QSettings settings(file, QSettings::IniFormat);
    QCOMPARE(settings.allKeys().size(), 5); // next, black, white, pause, swap-screens
    PresentationKeyMap read;
    QSignalSpy changed(&read, &PresentationKeyMap::changed);
    QCOMPARE(read.load(settings), QStringList());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(read.keys(Action::Black), (QList<QKeySequence>{QKeySequence(Qt::Key_B), QKeySequence(Qt::Key_Period),
                                                            QKeySequence(Qt::Key_Comma)}));
    QCOMPARE(read.keys(Action::White), QList<QKeySequence>{QKeySequence(Qt::Key_W)});
    QCOMPARE(read.keys(Action::SwapScreens), (QList<QKeySequence>{QKeySequence(Qt::Key_S), QKeySequence(Qt::CTRL | Qt::Key_Comma)}));
    QVERIFY(read.keys(Action::Pause).isEmpty());
    QCOMPARE(read.keys(Action::Next), (QList<QKeySequence>{QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_PageDown)}));
    QCOMPARE(read.keys(Action::Previous), PresentationKeyMap::defaultKeys(Action::Previous));
    QVERIFY(!read.actionFor(k(Qt::Key_Right)));
    // Defaults again: the stored choices removed.
    read.restoreDefaults();
    read.save(settings);
    QVERIFY(settings.allKeys().isEmpty());
}

void tst_PresentationKeyMap::handEditedSettingsAreReadAsFarAsTheyCanBe()
{
    QSettings settings(m_dir.filePath(QStringLiteral("edited.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("present/keys/white"), QStringList{QStringLiteral("B"), QStringLiteral("Frobnicate+")});
    settings.setValue(QStringLiteral("present/keys/next"), QStringList{QStringLiteral("Esc"), QStringLiteral("N")});
    settings.setValue(QStringLiteral("present/keys/pause"), QStringLiteral("N")); // next's already
    settings.setValue(QStringLiteral("present/keys/nonsense"), QStringLiteral("X"));
    PresentationKeyMap keys;
    const QStringList problems = keys.load(settings);
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).contains(QStringLiteral("Esc")), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(problems.at(1).contains(QStringLiteral("Frobnicate")), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).contains(QStringLiteral("Pause the clock")), qPrintable(problems.at(2)));
    QCOMPARE(keys.keys(Action::Next), QList<QKeySequence>{QKeySequence(Qt::Key_N)});
    QVERIFY(keys.keys(Action::Pause).isEmpty());
    // A stored choice comes before another action's default: B is white's, black keeps '.'.
    QCOMPARE(does(keys, k(Qt::Key_B)), int(Action::White));
    QCOMPARE(keys.keys(Action::Black), QList<QKeySequence>{QKeySequence(Qt::Key_Period)});
    QVERIFY(!keys.actionFor(k(Qt::Key_Comma))); // white's stored keys are B alone
}

QTEST_MAIN(tst_PresentationKeyMap)
#include "tst_presentationkeymap.moc"
