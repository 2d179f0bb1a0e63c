// SPDX-License-Identifier: MIT
// Edit > Preferences in the real window: each setting, changed with keys, applies at once and
// is kept (interface and content language, text size, presentation screen and look, recent
// files, where notes are kept, with the notes copied there); every field has its label, whose
// letter takes the keyboard there; Help > Keyboard Shortcuts lists
// the window's own actions, translated, and its search field filters them.
#include "currentbriefing.h"
#include "desktopactions.h"
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "library/library.h"
#include "library/userlibrary.h"
#include "mainwindow.h"
#include "models/selection.h"
#include "models/themestate.h"
#include "settings/settingsdialog.h"
#include "settings/shortcutsdialog.h"
#include "testfiles.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace bv;

class tst_Preferences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void everySettingAppliesAtOnceAndIsKept();
    void everyFieldHasItsLabel();
    void notesMoveToAnotherFolder();
    void aFolderThatCannotBeUsedChangesNothing();
    void shortcutsAreTheActionsOwn();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &path);
    SettingsDialog *openPreferences(MainWindow *w);
    QTemporaryDir m_dir;
    QString m_sample, m_defence;
};

void tst_Preferences::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    QSettings().clear();
    Library::setFolder(QString());
    m_sample = m_dir.filePath(QStringLiteral("sample.briefing"));
    m_defence = m_dir.filePath(QStringLiteral("defence.briefing"));
    QVERIFY(test::writeSample(m_sample));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), m_defence, false).ok());
}

void tst_Preferences::cleanup()
{
    Library::setFolder(QString());
    ThemeState().resetText();
}

std::unique_ptr<MainWindow> tst_Preferences::openWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1300, 850);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->currentBriefing()->openFile(path))
        return nullptr;
    window->setLanguage(QStringLiteral("en"));
    return window;
}

SettingsDialog *tst_Preferences::openPreferences(MainWindow *w)
{
    QAction *preferences = w->findChild<QAction *>(QStringLiteral("preferencesAction"));
    if (!preferences)
        return nullptr;
    QTest::keySequence(w, preferences->shortcut());
    auto *actions = w->findChild<DesktopActions *>();
    if (!QTest::qWaitFor([actions] { return actions->settingsDialog() && actions->settingsDialog()->isVisible(); }))
        return nullptr;
    return actions->settingsDialog();
}

void tst_Preferences::everySettingAppliesAtOnceAndIsKept()
{
    auto w = openWindow(m_defence);
    QVERIFY(w);
    SettingsDialog *dialog = openPreferences(w.get());
    QVERIFY(dialog);
    auto box = [dialog](const char *name) { return dialog->findChild<QComboBox *>(QLatin1String(name)); };

    // Interface language: English, Українська, Deutsch ...: two down is German, at once.
    QComboBox *language = box("interfaceLanguage");
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(w->language(), QStringLiteral("de"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Einstellungen"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QTest::keyClick(language, Qt::Key_Home);
    QCOMPARE(w->language(), QStringLiteral("en"));

    // Content language: the briefing's German translation.
    QComboBox *content = box("contentLanguage");
    QVERIFY(content->isEnabled());
    QCOMPARE(content->count(), 2);
    content->setFocus();
    QTest::keyClick(content, Qt::Key_Down);
    QTRY_COMPARE(w->selection()->database()->briefing().contentLanguage, QStringLiteral("de"));
    QTRY_COMPARE(content->currentData().toString(), QStringLiteral("de")); // shown again once reopened

    // Text size: one step up.
    QComboBox *size = box("textSize");
    const double normal = QApplication::font().pointSizeF();
    size->setFocus();
    QTest::keyClick(size, Qt::Key_Down);
    QCOMPARE(QApplication::font().pointSizeF(), normal * 1.1);

    // Presentation screen and look, kept for the presentation to read.
    QComboBox *screen = box("presentScreen");
    QCOMPARE(screen->currentData().toString(), QString()); // automatic
    QCOMPARE(screen->count(), QGuiApplication::screens().size() + 1);
    screen->setFocus();
    QTest::keyClick(screen, Qt::Key_Down);
    QCOMPARE(QSettings().value(QLatin1String(DesktopActions::presentScreenKey)).toString(),
             QGuiApplication::screens().first()->name());
    QComboBox *look = box("presentLook");
    look->setFocus();
    QTest::keyClick(look, Qt::Key_Down);
    QCOMPARE(QSettings().value(QLatin1String(DesktopActions::presentLookKey)).toString(), QStringLiteral("projector"));

    // Recent files: 8 by default; one fewer, and the menu keeps no more.
    auto *recent = dialog->findChild<QSpinBox *>(QStringLiteral("recentFilesMaximum"));
    QCOMPARE(recent->value(), 8);
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Down);
    QCOMPARE(w->currentBriefing()->recentFilesMaximum(), 7);
    recent->selectAll();
    QTest::keyClick(recent, Qt::Key_0);
    QTest::keyClick(recent, Qt::Key_Enter);
    QCOMPARE(w->currentBriefing()->recentFilesMaximum(), 0);
    QVERIFY(w->currentBriefing()->recentFiles().isEmpty());
    QVERIFY(w->currentBriefing()->openFile(m_sample));
    QVERIFY(w->currentBriefing()->recentFiles().isEmpty());
    QTest::keyClick(recent, Qt::Key_Up);
    QVERIFY(w->currentBriefing()->openFile(m_defence));
    QCOMPARE(w->currentBriefing()->recentFiles().size(), 1);

    // Where notes are kept: shown, read-only (chosen with Choose…).
    auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("libraryFolder"));
    QCOMPARE(QDir::fromNativeSeparators(folder->text()), Library::standardFolder());
    QVERIFY(folder->isReadOnly());

    // A new window starts with what was chosen.
    dialog->close();
    w.reset();
    auto again = openWindow(m_sample);
    QVERIFY(again);
    QCOMPARE(QApplication::font().pointSizeF(), normal * 1.1);
    SettingsDialog *shown = openPreferences(again.get());
    QVERIFY(shown);
    QCOMPARE(shown->findChild<QComboBox *>(QStringLiteral("presentLook"))->currentData().toString(), QStringLiteral("projector"));
    QCOMPARE(shown->findChild<QSpinBox *>(QStringLiteral("recentFilesMaximum"))->value(), 1);
    QSettings().remove(QLatin1String(DesktopActions::presentScreenKey));
    QSettings().remove(QLatin1String(DesktopActions::presentLookKey));
}

void tst_Preferences::everyFieldHasItsLabel()
{
    auto w = openWindow(m_sample);
    QVERIFY(w);
    SettingsDialog *dialog = openPreferences(w.get());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isActiveWindow());
    const QHash<QString, QString> expected{
        {QStringLiteral("interfaceLanguage"), QStringLiteral("&Interface language:")},
        {QStringLiteral("contentLanguage"), QStringLiteral("&Content language:")},
        {QStringLiteral("theme"), QStringLiteral("&Theme:")},
        {QStringLiteral("textSize"), QStringLiteral("Text &size:")},
        {QStringLiteral("presentScreen"), QStringLiteral("Presentation scr&een:")},
        {QStringLiteral("presentLook"), QStringLiteral("Presentation &look:")},
        {QStringLiteral("libraryFolder"), QStringLiteral("&Notes are kept in:")},
        {QStringLiteral("recentFilesMaximum"), QStringLiteral("&Recent files listed:")}};
    QHash<QString, QString> found;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisible())
            found.insert(label->buddy()->objectName(), label->text());
    }
    QCOMPARE(found, expected);
    // A label's letter takes the keyboard to its field.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("presentLook"));
    dialog->close();
}

void tst_Preferences::notesMoveToAnotherFolder()
{
    auto w = openWindow(m_sample);
    QVERIFY(w);
    QTRY_COMPARE(w->userLibrary()->store().state(), Library::State::Ready);
    const QString item = w->selection()->database()->briefing().guarantees.at(0).id;
    QVERIFY(w->userLibrary()->saveNote(item, QStringLiteral("Kept when the library moves")));
    const QString before = w->userLibrary()->store().path();

    QTemporaryDir elsewhere;
    auto *actions = w->findChild<DesktopActions *>();
    QVERIFY(actions->useLibraryFolder(elsewhere.path(), true));
    QCOMPARE(Library::folder(), QDir::cleanPath(elsewhere.path()));
    QCOMPARE(w->userLibrary()->store().path(), QDir(elsewhere.path()).filePath(QStringLiteral("library.sqlite")));
    QVERIFY(QFileInfo::exists(w->userLibrary()->store().path()));
    QVERIFY(w->userLibrary()->hasNote(item)); // copied
    QVERIFY(QFileInfo::exists(before));        // the one left stays
    // briefing-tool's default follows, and a new note goes to the new library only.
    QCOMPARE(Library::defaultPath(), w->userLibrary()->store().path());
    const QString other = w->selection()->database()->briefing().scenarios.at(0).id;
    QVERIFY(w->userLibrary()->saveNote(other, QStringLiteral("Only here")));
    Library old;
    QCOMPARE(old.open(before), Library::State::Ready);
    QCOMPARE(old.notes(w->userLibrary()->briefingId()).size(), 1);

    // Back to the standard folder: its notes again, without the copy's new one.
    QVERIFY(actions->useLibraryFolder(Library::standardFolder(), false));
    QVERIFY(w->userLibrary()->hasNote(item));
    QVERIFY(!w->userLibrary()->hasNote(other));
    QVERIFY(w->userLibrary()->deleteNote(w->userLibrary()->noteFor(item)->id));

    // An empty folder without a copy: a new, empty library.
    QTemporaryDir empty;
    QVERIFY(actions->useLibraryFolder(empty.path(), false));
    QVERIFY(w->userLibrary()->notedItems().isEmpty());
}

void tst_Preferences::aFolderThatCannotBeUsedChangesNothing()
{
    auto w = openWindow(m_sample);
    QVERIFY(w);
    QTRY_COMPARE(w->userLibrary()->store().state(), Library::State::Ready);
    const QString before = w->userLibrary()->store().path();
    QTemporaryDir dir;
    const QString occupied = QDir(dir.path()).filePath(QStringLiteral("library.sqlite"));
    QVERIFY(test::writeBytes(occupied, "not a library, but a file of that name"));
    auto *actions = w->findChild<DesktopActions *>();
    // Neither copied over nor used: the message says why, the library in use stays.
    QVERIFY(!actions->useLibraryFolder(dir.path(), true));
    auto *box = w->findChild<QMessageBox *>(QStringLiteral("libraryFolderProblem"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QDir::toNativeSeparators(occupied)));
    box->close();
    QCOMPARE(Library::folder(), Library::standardFolder());
    QCOMPARE(w->userLibrary()->store().path(), before);
    QCOMPARE(w->userLibrary()->store().state(), Library::State::Ready);
    QCOMPARE(QFile(occupied).size(), qint64(strlen("not a library, but a file of that name")));
    // A copy never overwrites a file.
    QString problem;
    QVERIFY(!w->userLibrary()->store().copyTo(occupied, &problem));
    QVERIFY(problem.contains(QDir::toNativeSeparators(occupied)));
    QVERIFY(w->userLibrary()->store().problem().isEmpty());
}

void tst_Preferences::shortcutsAreTheActionsOwn()
{
    auto w = openWindow(m_sample);
    QVERIFY(w);
    QAction *open = w->findChild<QAction *>(QStringLiteral("shortcutsAction"));
    QVERIFY(open);
    QTest::keySequence(w.get(), open->shortcut());
    auto *actions = w->findChild<DesktopActions *>();
    QTRY_VERIFY(actions->shortcutsDialog() && actions->shortcutsDialog()->isVisible());
    ShortcutsDialog *dialog = actions->shortcutsDialog();
    QTreeWidget *tree = dialog->tree();
    auto find = [tree](const QString &text) -> QTreeWidgetItem * {
        const QList<QTreeWidgetItem *> found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.first();
    };
    QTreeWidgetItem *openRow = find(QStringLiteral("Open…"));
    QVERIFY(openRow);
    QCOMPARE(openRow->text(1), QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    QCOMPARE(openRow->parent()->text(0), QStringLiteral("File"));
    QVERIFY(find(QStringLiteral("Larger Text")));
    QCOMPARE(find(QStringLiteral("Next Panel"))->text(1), QStringLiteral("F6"));
    QVERIFY(find(QStringLiteral("Dark"))); // View › Theme
    QCOMPARE(find(QStringLiteral("Dark"))->parent()->text(0), QStringLiteral("View › Theme"));
    const int all = dialog->shownCount();
    QVERIFY(all > 20);
    // Every action of the menus is there: as many rows as the menus have actions with text.
    QSet<QAction *> menuActions;
    std::function<void(QMenu *)> count = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                count(a->menu());
            else if (!a->isSeparator() && !a->text().isEmpty())
                menuActions.insert(a);
        }
    };
    for (QAction *top : w->menuBar()->actions())
        count(top->menu());
    QVERIFY(all >= menuActions.size());

    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("shortcutSearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("panel"));
    QCOMPARE(dialog->shownCount(), 2);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("F6"));
    QCOMPARE(dialog->shownCount(), 2); // by key too
    search->clear();
    QCOMPARE(dialog->shownCount(), all);

    // In German, the window's own words.
    QVERIFY(w->setLanguage(QStringLiteral("de")));
    QTRY_VERIFY(find(QStringLiteral("Öffnen…")));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Tastenkürzel"));
    QVERIFY(w->setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
