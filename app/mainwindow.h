// SPDX-License-Identifier: MIT
// Composes the views around one shared Selection and wires menus to them; nothing more.
#pragma once

#include "content/briefing.h"
#include "languagemanager.h"
#include "file/openerror.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QVector>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QProgressBar;
class QThread;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace bv {

class BriefingDatabase;
class ChartPanel;
class DetailPane;
class FaqPanel;
class ItemListView;
class SearchField;
class SearchPanel;
class TranslatorPanel;
class NavigatorView;
class Selection;
class TimeRange;
class TimelinePanel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a briefing file. On failure a dialog says why and the briefing open before
    // stays open. Returns whether the file opened.
    bool openFile(const QString &path);
    // The same without blocking the window: the file is checked and read in a worker thread
    // while the briefing open before stays in view; a later open supersedes this one.
    void openFileInBackground(const QString &path);
    bool isOpening() const;
    // Makes this item current as soon as the briefing being opened is shown.
    void selectWhenShown(const QString &id);
    // Types `text` into the search field: the search panel shows what it finds, in the
    // briefing open now or, while one is being opened, in that one once it is shown.
    void search(const QString &text);
    void openSample();
    void openSampleInBackground(); // as any briefing: the window paints first
    // Makes the item current in every view; false when the briefing has no such item.
    bool selectItem(const QString &id);
    Selection *selection() const { return m_selection; }
    // The list of one kind of item, made the first time it is asked for (a section is shown,
    // or an item of it made current): the window opens faster without the ones not yet seen.
    ItemListView *listView(ItemKind kind);
    QString lastError() const { return m_lastError; }
    // The program's language ("uk", "ar" ...), switched at once; remembered.
    bool setLanguage(const QString &code);
    QString language() const { return m_languages.current(); }
    // The language of the briefing's content (empty: its source language). Reopens the
    // briefing in it, keeping the current item.
    bool setContentLanguage(const QString &code);

signals:
    void briefingShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void setDatabase(std::shared_ptr<const BriefingDatabase> database);
    void showError(const QString &message);
    void chooseFile();
    void updateRecentMenu();
    void updateHistoryActions();
    void showSection(ItemKind kind);
    void followSelection(const QString &id);
    void showAbout();
    void openFailed(const QString &path, const OpenError &error);
    void showOpening(bool busy);
    void createSearch();
    void createLanguageMenu();

    Selection *m_selection;
    TimeRange *m_timeRange;
    std::shared_ptr<const BriefingDatabase> m_database;
    QStackedWidget *m_pages;
    QHash<int, QWidget *> m_pageOfKind;
    NavigatorView *m_navigator;
    DetailPane *m_detail;
    QDockWidget *m_navigatorDock;
    QDockWidget *m_detailDock;
    TimelinePanel *m_timeline;
    QDockWidget *m_timelineDock;
    ChartPanel *m_charts;
    QDockWidget *m_chartsDock;
    FaqPanel *m_faq;
    QDockWidget *m_faqDock;
    SearchPanel *m_search;
    QDockWidget *m_searchDock;
    TranslatorPanel *m_translator;
    QDockWidget *m_translatorDock;
    SearchField *m_searchField = nullptr;
    QAction *m_findAction = nullptr;
    QLabel *m_statusLabel;
    QString m_lastError;
    class BriefingOpener *m_opener = nullptr;
    QString m_openingPath;
    QString m_pendingSelection;
    QProgressBar *m_busy = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    class LanguageMenus *m_languageMenus = nullptr;
    QString m_contentLanguage;
    LanguageManager m_languages;
    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QToolBar *m_toolBar = nullptr;
};

} // namespace bv
