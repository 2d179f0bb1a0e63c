// SPDX-License-Identifier: MIT
// What makes the viewer a good desktop citizen, wired into the window's menus: View > Theme
// and View > Text Size (Ctrl+Plus, Ctrl+Minus, Ctrl+0), Edit > Preferences, Help > Keyboard
// Shortcuts, Go > Next / Previous Panel (F6, Shift+F6). The theme and text size are
// ThemeState's, applied by ThemeApplier; the Preferences dialog's other choices go to the
// window's own mechanisms (LanguageManager, CurrentBriefing, UserLibrary) and QSettings (the
// show's keys too: a PresentationKeyMap, saved as it changes).
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;

namespace bv {

class MainWindow;
class PanelCycler;
class PresentationKeyMap;
class SettingsDialog;
class ShortcutsDialog;
class ThemeApplier;
class ThemeState;
class WindowMenus;

class DesktopActions final : public QObject
{
    Q_OBJECT
public:
    DesktopActions(MainWindow *window, WindowMenus *menus);

    ThemeState *themeState() const { return m_theme; }
    PanelCycler *panelCycler() const { return m_panels; }
    // The keys of a show, as kept in QSettings (present/keys/), edited in Preferences.
    PresentationKeyMap *presentationKeys() const { return m_keys; }
    SettingsDialog *settingsDialog() const; // once opened
    ShortcutsDialog *shortcutsDialog() const;
    void showPreferences();
    void showShortcuts();
    // Keeps the notes in `folder` from now on (Preferences): with `copy`, a copy of the
    // library in use is made there first (only where the folder has no library yet). False,
    // with a message, when that cannot be done; the library in use then stays.
    bool useLibraryFolder(const QString &folder, bool copy);

    // The settings the presentation reads (present-show): the screen's name (empty:
    // automatic) and the look ("normal" or "projector").
    static constexpr char presentScreenKey[] = "present/screen";
    static constexpr char presentLookKey[] = "present/look";

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions(WindowMenus *menus);
    void retranslate();
    void showThemeChecked();
    void fillSettings();
    void chooseLibraryFolder(const QString &folder);

    MainWindow *m_window;
    ThemeState *m_theme;
    ThemeApplier *m_applier;
    PanelCycler *m_panels;
    PresentationKeyMap *m_keys;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_textMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_larger = nullptr;
    QAction *m_smaller = nullptr;
    QAction *m_normalText = nullptr;
    QAction *m_preferences = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QPointer<SettingsDialog> m_settings;
    QPointer<ShortcutsDialog> m_shortcuts;
};

} // namespace bv
