// SPDX-License-Identifier: MIT
#include "desktopactions.h"

#include "content/briefing.h"
#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "languagemanager.h"
#include "library/library.h"
#include "library/userlibrary.h"
#include "mainwindow.h"
#include "models/presentationkeymap.h"
#include "models/themestate.h"
#include "panelcycler.h"
#include "settings/settingsdialog.h"
#include "settings/shortcutsdialog.h"
#include "themeapplier.h"
#include "windowmenus.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>

namespace bv {

DesktopActions::DesktopActions(MainWindow *window, WindowMenus *menus)
    : QObject(window)
    , m_window(window)
    , m_theme(new ThemeState(this))
    , m_applier(new ThemeApplier(m_theme, this))
    , m_panels(new PanelCycler(window))
    , m_keys(new PresentationKeyMap(this))
{
    setObjectName(QStringLiteral("desktopActions"));
    for (const QString &problem : m_keys->load(QSettings()))
        qWarning("Presentation keys in the settings: %s", qPrintable(problem)); // left out
    connect(m_keys, &PresentationKeyMap::changed, this, [this] {
        QSettings settings;
        m_keys->save(settings);
    });
    m_applier->apply();
    createActions(menus);
    connect(m_theme, &ThemeState::themeChanged, this, &DesktopActions::showThemeChecked);
    connect(m_theme, &ThemeState::textPercentChanged, this, &DesktopActions::showThemeChecked);
    connect(window->currentBriefing(), &CurrentBriefing::shown, this, &DesktopActions::fillSettings);
    window->installEventFilter(this); // LanguageChange
    retranslate();
    showThemeChecked();
}

SettingsDialog *DesktopActions::settingsDialog() const
{
    return m_settings;
}

ShortcutsDialog *DesktopActions::shortcutsDialog() const
{
    return m_shortcuts;
}

void DesktopActions::createActions(WindowMenus *menus)
{
    QMenu *view = menus->viewMenu();
    view->addSeparator();
    m_themeMenu = view->addMenu(QString());
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    m_themeGroup = new QActionGroup(this);
    for (ThemeState::Theme theme : ThemeState::themes()) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(ThemeState::key(theme));
        m_themeGroup->addAction(action);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        if (const auto theme = ThemeState::fromKey(action->data().toString()))
            m_theme->setTheme(*theme);
    });
    m_textMenu = view->addMenu(QString());
    m_textMenu->setObjectName(QStringLiteral("textSizeMenu"));
    m_larger = m_textMenu->addAction(QString(), m_theme, &ThemeState::enlargeText);
    m_larger->setObjectName(QStringLiteral("largerTextAction"));
    // Ctrl+= too: on most keyboards "+" is Shift+"=".
    m_larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_smaller = m_textMenu->addAction(QString(), m_theme, &ThemeState::reduceText);
    m_smaller->setObjectName(QStringLiteral("smallerTextAction"));
    m_smaller->setShortcuts(QKeySequence::ZoomOut);
    m_normalText = m_textMenu->addAction(QString(), m_theme, &ThemeState::resetText);
    m_normalText->setObjectName(QStringLiteral("normalTextAction"));
    m_normalText->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    m_preferences = menus->editMenu()->addAction(QString(), this, &DesktopActions::showPreferences);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty())
        keys << QKeySequence(Qt::CTRL | Qt::Key_Comma); // the platform has none
    m_preferences->setShortcuts(keys);

    // Before About, which stays last.
    QMenu *help = menus->helpMenu();
    QAction *first = help->actions().value(0);
    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &DesktopActions::showShortcuts);
    help->insertAction(first, m_shortcutsAction);
    help->insertSeparator(first);

    if (QMenu *go = m_window->findChild<QMenu *>(QStringLiteral("goMenu"))) {
        go->addSeparator();
        go->addAction(m_panels->nextAction());
        go->addAction(m_panels->previousAction());
    }
}

void DesktopActions::showThemeChecked()
{
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == ThemeState::key(m_theme->theme()));
    m_larger->setEnabled(m_theme->canEnlarge());
    m_smaller->setEnabled(m_theme->canReduce());
    m_normalText->setEnabled(m_theme->textPercent() != ThemeState::normalText);
}

void DesktopActions::retranslate()
{
    m_themeMenu->setTitle(tr("T&heme"));
    for (QAction *action : m_themeGroup->actions()) {
        if (const auto theme = ThemeState::fromKey(action->data().toString()))
            action->setText(SettingsDialog::themeName(*theme));
    }
    m_textMenu->setTitle(tr("Te&xt Size"));
    m_larger->setText(tr("&Larger Text"));
    m_smaller->setText(tr("&Smaller Text"));
    m_normalText->setText(tr("&Normal Text Size"));
    m_preferences->setText(tr("&Preferences…"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_panels->retranslate();
    // Once the change is over: the window's language is the new one only after it.
    QMetaObject::invokeMethod(this, &DesktopActions::fillSettings, Qt::QueuedConnection);
}

bool DesktopActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void DesktopActions::showPreferences()
{
    if (!m_settings) {
        m_settings = new SettingsDialog(m_theme, m_window);
        m_settings->setPresentationKeys(m_keys);
        connect(m_settings, &SettingsDialog::interfaceLanguageChosen, m_window, &MainWindow::setLanguage);
        connect(m_settings, &SettingsDialog::contentLanguageChosen, m_window->currentBriefing(),
                &CurrentBriefing::setContentLanguage);
        connect(m_settings, &SettingsDialog::presentScreenChosen, this,
                [](const QString &name) { QSettings().setValue(QLatin1String(presentScreenKey), name); });
        connect(m_settings, &SettingsDialog::presentLookChosen, this,
                [this](const QString &look) { m_theme->setStageLook(ThemeState::stageLookOf(look)); });
        connect(m_settings, &SettingsDialog::recentFilesMaximumChosen, m_window->currentBriefing(),
                &CurrentBriefing::setRecentFilesMaximum);
        connect(m_settings, &SettingsDialog::libraryFolderChosen, this, &DesktopActions::chooseLibraryFolder);
        connect(qGuiApp, &QGuiApplication::screenAdded, this, &DesktopActions::fillSettings);
        connect(qGuiApp, &QGuiApplication::screenRemoved, this, &DesktopActions::fillSettings);
    }
    fillSettings();
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
}

void DesktopActions::fillSettings()
{
    if (!m_settings)
        return;
    QVector<SettingsDialog::Choice> languages;
    for (const QString &code : LanguageManager::available())
        languages.append({code, LanguageManager::nativeName(code)});
    m_settings->setInterfaceLanguages(languages, m_window->language());
    QVector<SettingsDialog::Choice> content;
    if (const auto database = m_window->currentBriefing()->database()) {
        const Briefing &b = database->briefing();
        content.append({QString(), QCoreApplication::translate("bv::MainWindow", "Source: %1")
                                       .arg(LanguageManager::nativeName(b.metadata.sourceLanguage))});
        for (const QString &code : b.translationLanguages)
            content.append({code, LanguageManager::nativeName(code)});
        m_settings->setContentLanguages(content, b.contentLanguage);
    } else {
        m_settings->setContentLanguages({}, QString());
    }
    QVector<SettingsDialog::Choice> screens;
    for (QScreen *screen : QGuiApplication::screens()) {
        const QSize size = screen->size();
        screens.append({screen->name(), tr("%1 (%2 × %3)").arg(screen->name()).arg(size.width()).arg(size.height())});
    }
    QSettings settings;
    m_settings->setScreens(screens, settings.value(QLatin1String(presentScreenKey)).toString());
    m_settings->setPresentLook(settings.value(QLatin1String(presentLookKey), QStringLiteral("normal")).toString());
    m_settings->setLibraryFolder(Library::folder());
    m_settings->setRecentFilesMaximum(m_window->currentBriefing()->recentFilesMaximum(), 30);
}

void DesktopActions::chooseLibraryFolder(const QString &folder)
{
    const QString target = QDir(folder).filePath(QStringLiteral("library.sqlite"));
    bool copy = false;
    if (!QFileInfo(folder).isDir() || !QFileInfo(folder).isWritable()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Folder for Your Notes"),
                                    tr("Your notes cannot be kept in “%1”: it is not a folder you can write in. "
                                       "Choose another one.").arg(QDir::toNativeSeparators(folder)),
                                    QMessageBox::Ok, m_settings);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (!QFileInfo::exists(target) && m_window->userLibrary()->store().state() != Library::State::Off
        && m_window->userLibrary()->store().state() != Library::State::Closed) {
        const auto answer = QMessageBox::question(
            m_settings, tr("Folder for Your Notes"),
            tr("“%1” has no library yet. Copy your notes, bookmarks and reading positions there? "
               "Otherwise a new, empty library is started in it.").arg(QDir::toNativeSeparators(folder)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        copy = answer == QMessageBox::Yes;
    }
    useLibraryFolder(folder, copy);
}

void DesktopActions::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(m_window, m_window);
        m_shortcuts->setPresentationKeys(m_keys);
    }
    m_shortcuts->rebuild();
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
}

bool DesktopActions::useLibraryFolder(const QString &folder, bool copy)
{
    UserLibrary *library = m_window->userLibrary();
    const QString target = QDir(folder).filePath(QStringLiteral("library.sqlite"));
    if (QDir::cleanPath(target) == QDir::cleanPath(library->store().path()) && library->store().state() != Library::State::Closed)
        return true;
    auto refuse = [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Folder for Your Notes"), message, QMessageBox::Ok,
                                    m_settings ? static_cast<QWidget *>(m_settings) : m_window);
        box->setObjectName(QStringLiteral("libraryFolderProblem"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    };
    if (QFileInfo::exists(target)) {
        // The library already there is used as it is, once it is known to be one.
        Library probe;
        if (probe.open(target) == Library::State::Off)
            return refuse(probe.problem());
    } else if (QString problem; copy && !library->store().copyTo(target, &problem)) {
        return refuse(problem);
    }
    Library::setFolder(folder);
    library->open(Library::defaultPath());
    library->setBriefing(m_window->currentBriefing()->database());
    fillSettings();
    return library->store().state() != Library::State::Off;
}

} // namespace bv
