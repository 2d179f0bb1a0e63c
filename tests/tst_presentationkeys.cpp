// SPDX-License-Identifier: MIT
// The show's keys chosen in Edit > Preferences > Presentation keys, every step a real click or
// key press: a key another action has is refused, the message naming both actions, and changes
// nothing; a key added to an action and one moved from an action to another are kept in the
// settings, are listed in Help > Keyboard Shortcuts and drive the next show (the old key then
// does nothing); Esc still needs pressing
// twice; Restore Defaults gives back the clicker keys and empties the settings; keys kept in
// the settings are the show's from the start. The swap key on one screen: with the stage full
// screen the console says there is nothing to trade; with both as windows they trade sides
// (on one 1280×800 screen, tests/data/screens-laptop.json).
#include "desktopactions.h"
#include "models/presentationkeymap.h"
#include "models/presentationstate.h"
#include "present/audiencewindow.h"
#include "present/presentationkeys.h"
#include "present/presenterconsole.h"
#include "settings/presentationkeyseditor.h"
#include "settings/settingsdialog.h"
#include "settings/shortcutsdialog.h"
#include "showfixture.h"

#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTreeWidget>

using namespace bv;
using Action = PresentationKeyMap::Action;

class tst_PresentationKeys : public QObject, public test::ShowFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_presentationkeys"));
        QVERIFY(setUpFiles());
    }
    void init() { QVERIFY(setUpLibrary()); }
    void cleanup() { tearDown(); }
    void keysChosenInPreferencesDriveTheShow();
    void keysKeptInTheSettingsAreTheShowsFromTheStart();
    void swapOnOneScreen();

private:
    PresentationKeysEditor *openEditor();
    void chooseAction(PresentationKeysEditor *editor, Action action);
    void chooseKey(PresentationKeysEditor *editor, const QKeySequence &key);
    void record(PresentationKeysEditor *editor, Qt::Key key);
    PresentationKeyMap *keyMap() const { return m_window->findChild<DesktopActions *>()->presentationKeys(); }
};

PresentationKeysEditor *tst_PresentationKeys::openEditor()
{
    QAction *preferences = m_window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    if (!preferences)
        return nullptr;
    QTest::keySequence(m_window.get(), preferences->shortcut());
    auto *actions = m_window->findChild<DesktopActions *>();
    if (!QTest::qWaitFor([actions] { return actions->settingsDialog() && actions->settingsDialog()->isVisible(); }))
        return nullptr;
    if (!QTest::qWaitForWindowExposed(actions->settingsDialog()))
        return nullptr;
    return actions->settingsDialog()->presentationKeysEditor();
}

void tst_PresentationKeys::chooseAction(PresentationKeysEditor *editor, Action action)
{
    QTreeWidget *list = editor->actionList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = list->topLevelItem(i);
        if (row->data(0, Qt::UserRole).toInt() == int(action)) {
            list->scrollToItem(row);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(row).center());
            return;
        }
    }
}

void tst_PresentationKeys::chooseKey(PresentationKeysEditor *editor, const QKeySequence &key)
{
    QListWidget *list = editor->keyList();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text() == key.toString(QKeySequence::NativeText)) {
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(i)).center());
            return;
        }
    }
}

void tst_PresentationKeys::record(PresentationKeysEditor *editor, Qt::Key key)
{
    editor->keyEdit()->clear();
    QTest::mouseClick(editor->keyEdit(), Qt::LeftButton);
    QTest::keyClick(editor->keyEdit(), key);
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
}

void tst_PresentationKeys::keysChosenInPreferencesDriveTheShow()
{
    QVERIFY(openWindow(m_sample));
    PresentationKeysEditor *editor = openEditor();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->actionList()->topLevelItemCount(), int(PresentationKeyMap::actions().size()));
    QVERIFY(!editor->defaultsButton()->isEnabled()); // the defaults in effect

    // B for White screen: Black screen has it. Refused, both named, nothing changed.
    chooseAction(editor, Action::White);
    QCOMPARE(editor->currentAction(), Action::White);
    QCOMPARE(editor->keyList()->count(), 2); // W and ','
    record(editor, Qt::Key_B);
    QVERIFY(editor->problemLabel()->isVisible());
    const QString problem = editor->problemLabel()->text();
    QVERIFY2(problem.contains(QStringLiteral("“Black screen”")) && problem.contains(QStringLiteral("“White screen”")),
             qPrintable(problem));
    QCOMPARE(keyMap()->keys(Action::White), PresentationKeyMap::defaultKeys(Action::White));
    QVERIFY(!QSettings().contains(QStringLiteral("present/keys/white")));
    // Esc can never be bound.
    chooseAction(editor, Action::Last);
    QVERIFY(!editor->problemLabel()->isVisible()); // another action: the message goes
    record(editor, Qt::Key_Escape);
    QVERIFY(editor->problemLabel()->text().contains(QStringLiteral("Esc")));
    QCOMPARE(keyMap()->keys(Action::Last), PresentationKeyMap::defaultKeys(Action::Last));

    // Add Key with no key pressed: said so.
    editor->keyEdit()->clear();
    QTest::mouseClick(editor->addButton(), Qt::LeftButton);
    QVERIFY(editor->problemLabel()->text().contains(QStringLiteral("No key")));

    // N for Next stop: added, shown, kept.
    chooseAction(editor, Action::Next);
    record(editor, Qt::Key_N);
    QVERIFY(!editor->problemLabel()->isVisible());
    QVERIFY(keyMap()->keys(Action::Next).contains(QKeySequence(Qt::Key_N)));
    QVERIFY(editor->actionList()->currentItem()->text(1).contains(QStringLiteral("N")));
    QVERIFY(QSettings().value(QStringLiteral("present/keys/next")).toStringList().contains(QStringLiteral("N")));
    QVERIFY(editor->defaultsButton()->isEnabled());
    // B moved from Black screen to White screen: removed there first, then added.
    chooseAction(editor, Action::Black);
    chooseKey(editor, QKeySequence(Qt::Key_B));
    QVERIFY(editor->removeButton()->isEnabled());
    QTest::mouseClick(editor->removeButton(), Qt::LeftButton);
    QCOMPARE(keyMap()->keys(Action::Black), QList<QKeySequence>{QKeySequence(Qt::Key_Period)});
    chooseAction(editor, Action::White);
    record(editor, Qt::Key_B);
    QVERIFY(!editor->problemLabel()->isVisible());
    QVERIFY(keyMap()->keys(Action::White).contains(QKeySequence(Qt::Key_B)));
    editor->window()->close();

    // Help > Keyboard Shortcuts lists the keys in effect.
    QVERIFY(activate(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F1, Qt::ControlModifier);
    auto *actions = m_window->findChild<DesktopActions *>();
    QTRY_VERIFY(actions->shortcutsDialog() && actions->shortcutsDialog()->isVisible());
    QTreeWidget *shortcuts = actions->shortcutsDialog()->tree();
    const auto shown = [shortcuts](const QString &name) {
        const QList<QTreeWidgetItem *> rows = shortcuts->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
        return rows.isEmpty() ? QStringLiteral("(not listed)") : rows.first()->text(1);
    };
    QCOMPARE(shown(QStringLiteral("Next stop")), QStringLiteral("Right, Down, PgDown, Space, Return, Enter, N"));
    QCOMPARE(shown(QStringLiteral("Black screen")), QStringLiteral("."));
    QCOMPARE(shown(QStringLiteral("White screen")), QStringLiteral("W, ,, B"));
    QCOMPARE(shown(QStringLiteral("Swap the screens")), QStringLiteral("S"));
    QCOMPARE(shown(QStringLiteral("End the show")), QStringLiteral("Esc, Esc"));
    actions->shortcutsDialog()->close();

    // The show: N steps, B whitens, '.' still blackens, Esc still wants a second press.
    QVERIFY(startWith(Qt::Key_F5));
    press(Qt::Key_N);
    QCOMPARE(state()->currentStop(), 1);
    press(Qt::Key_Right);
    QCOMPARE(state()->currentStop(), 2);
    press(Qt::Key_B);
    QCOMPARE(state()->screen(), PresentationState::Screen::White);
    press(Qt::Key_Period);
    QCOMPARE(state()->screen(), PresentationState::Screen::Black);
    press(Qt::Key_Escape);
    QVERIFY(m_actions->controller()->isRunning());
    QVERIFY(m_actions->controller()->keys()->isEscArmed());
    press(Qt::Key_Right); // cancels the first Esc
    QVERIFY(endShow());

    // Restore Defaults: the clicker keys again, nothing left in the settings.
    editor = openEditor();
    QVERIFY(editor && editor->defaultsButton()->isEnabled());
    QTest::mouseClick(editor->defaultsButton(), Qt::LeftButton);
    QVERIFY(keyMap()->isDefault());
    QVERIFY(!editor->defaultsButton()->isEnabled());
    QSettings settings;
    settings.beginGroup(QStringLiteral("present/keys"));
    QVERIFY(settings.childKeys().isEmpty());
    settings.endGroup();
    editor->window()->close();
    QVERIFY(startWith(Qt::Key_F5, Qt::ShiftModifier)); // from the stop left (F5 would ask)
    const int at = state()->currentStop();
    press(Qt::Key_B);
    QCOMPARE(state()->screen(), PresentationState::Screen::Black);
    press(Qt::Key_N); // no action's key: the start of a title in the Go to field
    QCOMPARE(state()->currentStop(), at);
    QCOMPARE(console()->jumpField()->text(), QStringLiteral("n"));
    press(Qt::Key_Escape); // empties the field
    QVERIFY(endShow());
}

void tst_PresentationKeys::keysKeptInTheSettingsAreTheShowsFromTheStart()
{
    QSettings().setValue(QStringLiteral("present/keys/next"), QStringList{QStringLiteral("Ctrl+Right")});
    QSettings().setValue(QStringLiteral("present/keys/freeze"), QStringList{QStringLiteral("Z")});
    QVERIFY(openWindow(m_sample));
    QVERIFY(startWith(Qt::Key_F5));
    press(Qt::Key_Right); // not the next stop's key any more
    QCOMPARE(state()->currentStop(), 0);
    press(Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(state()->currentStop(), 1);
    press(Qt::Key_Z);
    QVERIFY(state()->isFrozen());
    press(Qt::Key_Left);
    QCOMPARE(state()->currentStop(), 0);
    QCOMPARE(state()->shownStop(), 1);
    QVERIFY(endShow());
}

void tst_PresentationKeys::swapOnOneScreen()
{
    QCOMPARE(QGuiApplication::screens().size(), 1);
    QVERIFY(openWindow(m_sample));
    QVERIFY(startWith(Qt::Key_F5));
    const QRect stage = audience()->geometry();
    press(Qt::Key_Right);
    press(Qt::Key_S);
    QVERIFY(!m_actions->controller()->isSwapped());
    QVERIFY(console()->notice()->isVisible());
    QVERIFY(console()->notice()->text().contains(QStringLiteral("One screen")));
    QCOMPARE(audience()->geometry(), stage);
    QVERIFY(audience()->isFullScreen());
    QCOMPARE(state()->currentStop(), 1);
    QVERIFY(endShow());

    // Both as windows, side by side: S trades their sides, S again puts them back.
    tearDown();
    QVERIFY(setUpLibrary());
    QSettings().setValue(QLatin1String(PresentActions::windowsKey), true);
    QVERIFY(openWindow(m_sample));
    QVERIFY(startWith(Qt::Key_F5));
    QTRY_VERIFY(audience()->geometry().right() < console()->geometry().left());
    QVERIFY(QGuiApplication::primaryScreen()->geometry().contains(console()->geometry()));
    const QRect stageBefore = audience()->geometry();
    press(Qt::Key_Right);
    press(Qt::Key_S);
    QVERIFY(m_actions->controller()->isSwapped());
    QTRY_VERIFY(console()->geometry().right() < audience()->geometry().left());
    QVERIFY(QGuiApplication::primaryScreen()->geometry().contains(audience()->geometry()));
    QCOMPARE(audience()->geometry().size(), stageBefore.size());
    QVERIFY(console()->notice()->text().contains(QStringLiteral("traded places")));
    QCOMPARE(state()->currentStop(), 1);
    press(Qt::Key_S);
    QTRY_COMPARE(audience()->geometry(), stageBefore);
    QVERIFY(endShow());
}

QTEST_MAIN(tst_PresentationKeys)
#include "tst_presentationkeys.moc"
