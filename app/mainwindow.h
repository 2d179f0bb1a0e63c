// SPDX-License-Identifier: MIT
// Composes the views around the shared view state (Selection, TimeRange, SearchState) and
// wires the menus to them; nothing more. The open briefing is CurrentBriefing's.
#pragma once

#include "content/briefing.h"
#include "languagemanager.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QStackedWidget;

namespace bv {

class CurrentBriefing;
class DetailPane;
class DockLayout;
class ItemListView;
class ItemMarks;
class LibraryActions;
class NoteEditor;
class LanguageMenus;
class NavigatorView;
class OverviewPage;
class PathChoice;
class SearchField;
class SearchState;
class Selection;
class TimeRange;
class UserLibrary;
class WindowMenus;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The briefing shown: opening files, its content language, the item to select once shown.
    CurrentBriefing *currentBriefing() const { return m_current; }
    Selection *selection() const { return m_selection; }
    // Types `text` into the search field: the search panel shows what it finds, in the
    // briefing open now or, while one is being opened, in that one once it is shown.
    void search(const QString &text);
    // The list of one kind of item, made the first time it is asked for (a section is shown,
    // or an item of it made current): the window opens faster without the ones not yet seen.
    ItemListView *listView(ItemKind kind);
    OverviewPage *overviewPage() const { return m_overview; }
    // The user's notes, bookmarks and reading positions, and what the window does with them.
    UserLibrary *userLibrary() const { return m_library; }
    LibraryActions *libraryActions() const { return m_libraryActions; }
    // The path chosen to present and its current stop, shared by the path editor, the
    // presentation and the menus.
    PathChoice *pathChoice() const { return m_pathChoice; }
    QString lastError() const { return m_lastError; } // the message shown last
    // The program's language ("uk", "ar" ...), switched at once; remembered.
    bool setLanguage(const QString &code);
    QString language() const { return m_languages.current(); }

signals:
    void briefingShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createSearchField();
    void createStatusBar();
    QWidget *createDetails();
    void retranslate();
    void showBriefing();
    // A message box of plain text; SQLite's own words, when there are some, under Details.
    void showError(const QString &title, const QString &message, const QString &detail = QString());
    void showOpening(bool busy);
    void showSection(ItemKind kind);
    void followSelection(const QString &id);

    Selection *m_selection;
    TimeRange *m_timeRange;
    SearchState *m_searchState;
    UserLibrary *m_library;
    ItemMarks *m_marks;
    PathChoice *m_pathChoice;
    CurrentBriefing *m_current;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    QHash<int, ItemListView *> m_lists;
    NavigatorView *m_navigator = nullptr;
    DockLayout *m_docks = nullptr;
    WindowMenus *m_menus = nullptr;
    LanguageMenus *m_languageMenus = nullptr;
    LibraryActions *m_libraryActions = nullptr;
    NoteEditor *m_noteEditor = nullptr;
    SearchField *m_searchField = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QString m_lastError;
    LanguageManager m_languages;
};

} // namespace bv
