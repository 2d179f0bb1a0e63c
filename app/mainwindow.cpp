// SPDX-License-Identifier: MIT
#include "content/plaintext.h"
#include "mainwindow.h"

#include "file/briefingdatabase.h"
#include "briefingopener.h"
#include "charts/chartpanel.h"
#include "browse/detailpane.h"
#include "faq/faqpanel.h"
#include "browse/itemlistview.h"
#include "languagemenus.h"
#include "browse/navigatorview.h"
#include "browse/overviewpage.h"
#include "recentfiles.h"
#include "search/searchfield.h"
#include "search/searchpanel.h"
#include "models/selection.h"
#include "timeline/timelinepanel.h"
#include "models/timerange.h"
#include "translation/translatorpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QGuiApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QScreen>
#include <QStyle>
#include <QToolBar>

namespace bv {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_selection(new Selection(this))
    , m_timeRange(new TimeRange(this))
    , m_pages(new QStackedWidget(this))
    , m_navigator(new NavigatorView(m_selection, this))
    , m_detail(new DetailPane(m_selection, this))
    , m_navigatorDock(new QDockWidget(this))
    , m_detailDock(new QDockWidget(this))
    , m_timeline(new TimelinePanel(m_selection, m_timeRange, this))
    , m_timelineDock(new QDockWidget(this))
    , m_charts(new ChartPanel(m_selection, m_timeRange, this))
    , m_chartsDock(new QDockWidget(this))
    , m_faq(new FaqPanel(m_selection, this))
    , m_faqDock(new QDockWidget(this))
    , m_search(new SearchPanel(m_selection, this))
    , m_searchDock(new QDockWidget(this))
    , m_translator(new TranslatorPanel(m_selection, this))
    , m_translatorDock(new QDockWidget(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    auto *overview = new OverviewPage(m_selection, m_pages);
    m_pages->addWidget(overview);
    m_pageOfKind.insert(int(ItemKind::Briefing), overview);
    setCentralWidget(m_pages);
    createDocks();
    createActions();
    createSearch();
    createMenus();
    createLanguageMenu();
    m_statusLabel->setTextFormat(Qt::PlainText); // the file name comes from anywhere
    statusBar()->addPermanentWidget(m_statusLabel);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy, no percentage: reading is one step
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    m_opener = new BriefingOpener(this);
    m_opener->deliverAfterFirstPaint(this);
    connect(m_opener, &BriefingOpener::busyChanged, this, &MainWindow::showOpening);
    connect(m_opener, &BriefingOpener::opened, this, [this](const QString &path, std::shared_ptr<BriefingDatabase> database) {
        if (!database->isSample())
            RecentFiles::add(path);
        setDatabase(std::move(database));
    });
    connect(m_opener, &BriefingOpener::failed, this, [this](const QString &path, const OpenError &error) {
        m_pendingSelection.clear(); // it was meant for this briefing
        openFailed(path, error);
        if (!m_database && !path.isEmpty())
            openSample(); // nothing was open: show the sample rather than an empty window
    });

    connect(m_navigator, &NavigatorView::sectionChosen, this, &MainWindow::showSection);
    connect(m_selection, &Selection::currentChanged, this, &MainWindow::followSelection);
    connect(m_selection, &Selection::historyChanged, this, &MainWindow::updateHistoryActions);

    retranslate();
    updateRecentMenu();
    updateHistoryActions();
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                           : QRect(0, 0, 1400, 900);
    resize(std::min(1500, screen.width() * 9 / 10), std::min(950, screen.height() * 9 / 10));
    // Default proportions, unless the user's own layout is restored below.
    resizeDocks({m_navigatorDock, m_detailDock}, {220, 460}, Qt::Horizontal);
    resizeDocks({m_timelineDock, m_detailDock}, {440, 300}, Qt::Vertical);
    resizeDocks({m_timelineDock, m_chartsDock}, {820, 600}, Qt::Horizontal);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detail);
    m_detailDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    m_faqDock->setObjectName(QStringLiteral("faqDock"));
    m_faqDock->setWidget(m_faq);
    m_faqDock->setFeatures(m_detailDock->features() | QDockWidget::DockWidgetFloatable);
    splitDockWidget(m_detailDock, m_faqDock, Qt::Vertical);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    m_timelineDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                                | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    m_chartsDock->setObjectName(QStringLiteral("chartsDock"));
    m_chartsDock->setWidget(m_charts);
    m_chartsDock->setFeatures(m_timelineDock->features());
    addDockWidget(Qt::BottomDockWidgetArea, m_chartsDock);
    splitDockWidget(m_timelineDock, m_chartsDock, Qt::Horizontal);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);

}

void MainWindow::createActions()
{
    m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);
    m_sampleAction = new QAction(this);
    connect(m_sampleAction, &QAction::triggered, this, &MainWindow::openSampleInBackground);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, this, [this] {
        RecentFiles::clear();
        updateRecentMenu();
    });

    m_backAction = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this);
    m_backAction->setShortcuts(QKeySequence::Back);
    connect(m_backAction, &QAction::triggered, m_selection, &Selection::back);
    m_forwardAction = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), QString(), this);
    m_forwardAction->setShortcuts(QKeySequence::Forward);
    connect(m_forwardAction, &QAction::triggered, m_selection, &Selection::forward);
    m_overviewAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogInfoView), QString(), this);
    m_overviewAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_overviewAction, &QAction::triggered, this, [this] {
        if (m_database)
            m_selection->select(m_database->briefing().metadata.id);
        showSection(ItemKind::Briefing);
    });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->addAction(m_openAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_backAction);
    m_toolBar->addAction(m_forwardAction);
    m_toolBar->addAction(m_overviewAction);
}

void MainWindow::createSearch()
{
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    m_searchDock->setFeatures(m_faqDock->features());
    tabifyDockWidget(m_faqDock, m_searchDock);
    m_translatorDock->setObjectName(QStringLiteral("translatorDock"));
    m_translatorDock->setWidget(m_translator);
    m_translatorDock->setFeatures(m_faqDock->features());
    tabifyDockWidget(m_searchDock, m_translatorDock);
    m_translatorDock->hide(); // for translators: View > Translation
    m_faqDock->raise();
    m_searchField = new SearchField(m_search, this);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_searchField);
    connect(m_searchField, &SearchField::resultsWanted, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
    });
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_toolBar->show(); // it may have been hidden (View > Toolbar)
        m_searchField->focusForFind();
        m_searchDock->show();
        m_searchDock->raise();
    });
    addAction(m_findAction);
}

void MainWindow::createLanguageMenu()
{
    m_languageMenus = new LanguageMenus(m_viewMenu);
    connect(m_languageMenus, &LanguageMenus::languageChosen, this, &MainWindow::setLanguage);
    connect(m_languageMenus, &LanguageMenus::contentLanguageChosen, this, &MainWindow::setContentLanguage);
    connect(m_selection, &Selection::databaseChanged, this,
            [this] { m_languageMenus->setBriefing(m_database ? &m_database->briefing() : nullptr); });
    setLanguage(LanguageManager::preferred());
}

bool MainWindow::setContentLanguage(const QString &code)
{
    if (!m_database || isOpening()) {
        m_contentLanguage = code; // used by the open under way or the next one
        return true;
    }
    const QString current = m_selection->currentId();
    OpenError error;
    auto database = m_database->isSample() ? BriefingDatabase::openSample(&error, code)
                                           : BriefingDatabase::open(m_database->path(), &error, false, code);
    if (!database) {
        showError(error.message);
        return false;
    }
    m_contentLanguage = code;
    setDatabase(std::move(database));
    m_selection->select(current);
    return true;
}

bool MainWindow::setLanguage(const QString &code)
{
    if (code == m_languages.current())
        return true;
    if (!m_languages.apply(code))
        return false;
    setLocale(QLocale(code)); // dates and numbers in every view follow
    m_languageMenus->setLanguage(code);
    return true;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_sampleAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addAction(m_backAction);
    m_goMenu->addAction(m_forwardAction);
    m_goMenu->addAction(m_overviewAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_navigatorDock->toggleViewAction());
    m_viewMenu->addAction(m_detailDock->toggleViewAction());
    m_viewMenu->addAction(m_timelineDock->toggleViewAction());
    m_viewMenu->addAction(m_chartsDock->toggleViewAction());
    m_viewMenu->addAction(m_faqDock->toggleViewAction());
    m_viewMenu->addAction(m_searchDock->toggleViewAction());
    m_viewMenu->addAction(m_translatorDock->toggleViewAction());
    m_viewMenu->addAction(m_toolBar->toggleViewAction());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_goMenu->setTitle(tr("&Go"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    if (m_languageMenus)
        m_languageMenus->retranslate();
    m_openAction->setText(tr("&Open…"));
    m_openAction->setToolTip(tr("Open a briefing file (%1)").arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_sampleAction->setText(tr("Open &Sample Briefing"));
    m_quitAction->setText(tr("&Quit"));
    m_clearRecentAction->setText(tr("&Clear Menu"));
    m_backAction->setText(tr("&Back"));
    m_backAction->setToolTip(tr("Back to the previous item (%1)").arg(m_backAction->shortcut().toString(QKeySequence::NativeText)));
    m_forwardAction->setText(tr("&Forward"));
    m_forwardAction->setToolTip(tr("Forward to the next item (%1)").arg(m_forwardAction->shortcut().toString(QKeySequence::NativeText)));
    m_overviewAction->setText(tr("&Overview"));
    m_overviewAction->setToolTip(tr("Show the briefing's overview"));
    m_aboutAction->setText(tr("&About Briefing Viewer"));
    m_navigatorDock->setWindowTitle(tr("Navigator"));
    m_detailDock->setWindowTitle(tr("Details"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_chartsDock->setWindowTitle(tr("Charts"));
    m_faqDock->setWindowTitle(tr("FAQ"));
    m_searchDock->setWindowTitle(tr("Search"));
    m_translatorDock->setWindowTitle(tr("Translation"));
    m_findAction->setText(tr("&Find…"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    if (m_database) {
        setWindowTitle(tr("%1 — Briefing Viewer").arg(m_database->briefing().metadata.title));
        const int warnings = int(m_database->briefing().warnings.size());
        const Briefing &content = m_database->briefing();
        const QString name = content.contentLanguage.isEmpty()
                                 ? m_database->displayName()
                                 : tr("%1 · content in %2").arg(m_database->displayName(),
                                                                 LanguageManager::nativeName(content.contentLanguage));
        m_statusLabel->setText(warnings == 0 ? name
                                             : tr("%1 · %n warning(s), listed in the overview", nullptr, warnings)
                                                   .arg(name));
    } else {
        setWindowTitle(tr("Briefing Viewer"));
        m_statusLabel->clear();
    }
    updateRecentMenu();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::openFile(const QString &path)
{
    OpenError error;
    auto database = m_opener->open(path, m_contentLanguage, &error);
    if (!database) {
        openFailed(path, error);
        return false;
    }
    RecentFiles::add(path);
    setDatabase(std::move(database));
    return true;
}

void MainWindow::openFileInBackground(const QString &path)
{
    m_openingPath = path;
    m_opener->openInBackground(path, m_contentLanguage);
}

void MainWindow::openSampleInBackground()
{
    m_openingPath = BriefingDatabase::tr("Sample briefing");
    m_opener->openSampleInBackground(m_contentLanguage);
}

void MainWindow::showOpening(bool busy)
{
    m_busy->setVisible(busy);
    const QString opening = busy ? tr("Opening “%1”…").arg(QDir::toNativeSeparators(m_openingPath)) : QString();
    if (busy)
        statusBar()->showMessage(opening);
    else
        statusBar()->clearMessage();
    m_pages->findChild<OverviewPage *>()->setPlaceholder(opening);
}

void MainWindow::openFailed(const QString &path, const OpenError &error)
{
    showError(error.message);
    if (error.code == OpenError::Code::NotFound) {
        RecentFiles::remove(QFileInfo(path).absoluteFilePath());
        updateRecentMenu();
    }
}

bool MainWindow::isOpening() const
{
    return m_opener->isBusy();
}

void MainWindow::selectWhenShown(const QString &id)
{
    if (isOpening())
        m_pendingSelection = id;
    else
        selectItem(id);
}

void MainWindow::search(const QString &text)
{
    m_searchField->setText(text);
}

void MainWindow::openSample()
{
    OpenError error;
    auto database = BriefingDatabase::openSample(&error, m_contentLanguage);
    if (!database) {
        showError(error.message);
        return;
    }
    setDatabase(std::move(database));
}

bool MainWindow::selectItem(const QString &id)
{
    const Briefing *b = m_database ? &m_database->briefing() : nullptr;
    if (!b || (!b->find(id) && id != b->metadata.id && b->seriesOfPointId(id) < 0)) // items and data points
        return false;
    m_selection->select(id);
    return true;
}

void MainWindow::setDatabase(std::shared_ptr<const BriefingDatabase> database)
{
    m_database = std::move(database);
    m_selection->setDatabase(m_database);
    showSection(ItemKind::Briefing);
    retranslate();
    if (!m_pendingSelection.isEmpty()) {
        selectItem(m_pendingSelection);
        m_pendingSelection.clear();
    }
    emit briefingShown();
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open the briefing"), message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::chooseFile()
{
    const QStringList recent = RecentFiles::load();
    const QString folder = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Briefing"), folder,
                                                      tr("Briefings (*.briefing);;All files (*)"));
    if (!path.isEmpty())
        openFileInBackground(path);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = RecentFiles::load();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setToolTip(plainToolTip(QDir::toNativeSeparators(path)));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFileInBackground(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
}

void MainWindow::updateHistoryActions()
{
    m_backAction->setEnabled(m_selection->canGoBack());
    m_forwardAction->setEnabled(m_selection->canGoForward());
}

ItemListView *MainWindow::listView(ItemKind kind)
{
    if (kind == ItemKind::Briefing)
        return nullptr;
    if (auto *list = qobject_cast<ItemListView *>(m_pageOfKind.value(int(kind))))
        return list;
    auto *list = new ItemListView(kind, m_selection, m_pages);
    m_pages->addWidget(list);
    m_pageOfKind.insert(int(kind), list);
    return list;
}

void MainWindow::showSection(ItemKind kind)
{
    QWidget *page = kind == ItemKind::Briefing ? m_pageOfKind.value(int(kind)) : listView(kind);
    if (page)
        m_pages->setCurrentWidget(page);
    m_navigator->showSection(kind);
}

void MainWindow::followSelection(const QString &id)
{
    if (!m_database || id.isEmpty())
        return;
    const Briefing &briefing = m_database->briefing();
    if (id == briefing.metadata.id)
        return; // the overview is shown in the detail pane; the list stays where it is
    showSection(briefing.kindOf(id));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Briefing Viewer"),
                       tr("<h3>Briefing Viewer %1</h3><p>Reads policy briefings (format %2) offline, "
                          "as linked views.</p><p>Built with Qt %3.</p>")
                           .arg(QCoreApplication::applicationVersion())
                           .arg(BriefingDatabase::formatVersion)
                           .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFileInBackground(urls.first().toLocalFile());
    }
}

} // namespace bv
