// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "browse/detailpane.h"
#include "browse/itemlistview.h"
#include "browse/navigatorview.h"
#include "browse/overviewpage.h"
#include "charts/chartpanel.h"
#include "currentbriefing.h"
#include "desktopactions.h"
#include "docklayout.h"
#include "faq/faqpanel.h"
#include "file/briefingdatabase.h"
#include "fontwarmup.h"
#include "languagemenus.h"
#include "library/userlibrary.h"
#include "libraryactions.h"
#include "models/itemmarks.h"
#include "models/pathchoice.h"
#include "models/searchstate.h"
#include "models/selection.h"
#include "models/timerange.h"
#include "notes/noteeditor.h"
#include "notes/notespanel.h"
#include "pathactions.h"
#include "pathexportactions.h"
#include "presentactions.h"
#include "present/patheditor.h"
#include "search/searchfield.h"
#include "search/searchpanel.h"
#include "themeapplier.h"
#include "timeline/timelinepanel.h"
#include "translation/translatorpanel.h"
#include "windowmenus.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace bv {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_selection(new Selection(this))
    , m_timeRange(new TimeRange(this))
    , m_searchState(new SearchState(this))
    , m_library(new UserLibrary(this))
    , m_marks(new ItemMarks(m_library, this))
    , m_pathChoice(new PathChoice(m_selection, this))
    , m_current(new CurrentBriefing(m_selection, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    // The program's language before any view: each is made in it once, not made in English
    // and then told of a new language; the choice is only read here, never written.
    m_languages.apply(LanguageManager::preferred(), false);
    setLocale(QLocale(m_languages.current()));
    ThemeApplier::prepareStyle();
    FontWarmup::wait(); // fontconfig set up (viewer_main.cpp) before the first view measures text
    m_pages = new QStackedWidget(this);
    m_overview = new OverviewPage(m_selection, m_pages);
    m_navigator = new NavigatorView(m_selection, this);
    m_pages->addWidget(m_overview);
    setCentralWidget(m_pages);
    auto *timeline = new TimelinePanel(m_selection, m_timeRange, this);
    timeline->setMarks(m_marks);
    auto *search = new SearchPanel(m_selection, m_searchState, this);
    search->setLibrary(m_library);
    auto *charts = new ChartPanel(m_selection, m_timeRange, this);
    charts->setMarks(m_marks);
    const DockLayout::Views views{m_navigator,
                                  createDetails(),
                                  new FaqPanel(m_selection, this),
                                  search,
                                  nullptr, // the translator's view: made when first shown
                                  timeline,
                                  charts,
                                  nullptr,  // notes and the path editor, tabbed behind the FAQ:
                                  nullptr}; // made when they first come in front (below)
    m_docks = new DockLayout(this, views);
    m_docks->makeWhenShown(DockLayout::Translator, [this] { return new TranslatorPanel(m_selection, this); });
    m_menus = new WindowMenus(this, m_current, m_selection, m_docks->toggleActions());
    m_libraryActions = new LibraryActions(this, m_current, m_selection, m_timeRange, m_library,
                                          m_noteEditor);
    m_docks->makeWhenShown(DockLayout::Notes, [this] {
        auto *notes = new NotesPanel(m_selection, m_library, this);
        m_libraryActions->followLinksOf(notes);
        return notes;
    });
    connect(m_libraryActions, &LibraryActions::editorWanted, this, [this] { m_docks->bringForward(DockLayout::Details); });
    connect(m_libraryActions, &LibraryActions::notesWanted, this, [this] { m_docks->bringForward(DockLayout::Notes); });
    connect(m_libraryActions, &LibraryActions::problem, this,
            [this](const QString &title, const QString &message) { showError(title, message); });
    new PathExportActions(this, m_menus->fileMenu(), m_selection, m_pathChoice); // File > Export Path…
    createSearchField();
    m_languageMenus = new LanguageMenus(m_menus->viewMenu());
    auto *desktop = new DesktopActions(this, m_menus); // theme, text size, Preferences, shortcuts, F6
    // The path editor, for presenters, tabbed behind the FAQ: made when its tab is first
    // chosen (or its dock shown), its pictures in the stage's look.
    m_docks->makeWhenShown(DockLayout::Paths, [this, desktop] {
        auto *editor = new PathEditor(m_selection, m_pathChoice, m_library, this);
        editor->followStageLook(desktop->themeState());
        return editor;
    });
    // Presentation: Present (F5), from the current stop, Rehearse; the show's keys as chosen.
    new PresentActions(this, m_menus, desktop->themeState(), desktop->presentationKeys());
    auto *paths = new PathActions(this, m_menus, {m_selection, m_pathChoice, m_library, charts, timeline});
    connect(paths, &PathActions::editorWanted, this, [this] { m_docks->bringForward(DockLayout::Paths); });
    connect(paths, &PathActions::problem, this, [this](const QString &title, const QString &text) { showError(title, text); });
    createStatusBar();

    connect(m_menus, &WindowMenus::overviewWanted, this, [this] {
        if (const auto database = m_current->database())
            m_selection->select(database->briefing().metadata.id);
        showSection(ItemKind::Briefing);
    });
    connect(m_languageMenus, &LanguageMenus::languageChosen, this, &MainWindow::setLanguage);
    connect(m_languageMenus, &LanguageMenus::contentLanguageChosen, m_current, &CurrentBriefing::setContentLanguage);
    connect(m_current, &CurrentBriefing::openingChanged, this, &MainWindow::showOpening);
    connect(m_current, &CurrentBriefing::failed, this, &MainWindow::showError);
    connect(m_current, &CurrentBriefing::shown, this, &MainWindow::briefingShown);
    m_current->deliverAfterFirstPaint(this); // what is read before the window paints waits for it
    connect(m_selection, &Selection::databaseChanged, this, &MainWindow::showBriefing);
    connect(m_navigator, &NavigatorView::sectionChosen, this, &MainWindow::showSection);
    connect(m_selection, &Selection::currentChanged, this, &MainWindow::followSelection);
    m_languageMenus->setLanguage(m_languages.current());
    retranslate();
    const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                           : QRect(0, 0, 1400, 900);
    resize(std::min(1500, screen.width() * 9 / 10), std::min(950, screen.height() * 9 / 10));
    m_docks->restore(); // default proportions, unless the user's own layout is restored
}

MainWindow::~MainWindow() = default;

void MainWindow::createSearchField()
{
    m_searchField = new SearchField(m_searchState, this);
    m_menus->toolBar()->addSeparator();
    m_menus->toolBar()->addWidget(m_searchField);
    connect(m_searchField, &SearchField::resultsWanted, this, [this] { m_docks->bringForward(DockLayout::Search); });
    connect(m_menus, &WindowMenus::findWanted, this, [this] {
        m_menus->toolBar()->show(); // it may have been hidden (View > Toolbar)
        m_searchField->focusForFind();
        m_docks->bringForward(DockLayout::Search);
    });
}

// The detail pane with the user's note on the item under it.
QWidget *MainWindow::createDetails()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("detailsSplitter"));
    splitter->addWidget(new DetailPane(m_selection, splitter));
    m_noteEditor = new NoteEditor(m_selection, m_library, splitter);
    splitter->addWidget(m_noteEditor);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 130}); // the item first; the note a few lines under it
    return splitter;
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText); // the file name comes from anywhere
    statusBar()->addPermanentWidget(m_statusLabel);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy, no percentage: reading is one step
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
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

void MainWindow::retranslate()
{
    m_menus->retranslate();
    m_docks->retranslate();
    m_libraryActions->retranslate();
    m_languageMenus->retranslate();
    const auto database = m_current->database();
    if (!database) {
        setWindowTitle(tr("Briefing Viewer"));
        m_statusLabel->clear();
        return;
    }
    const Briefing &content = database->briefing();
    setWindowTitle(tr("%1 — Briefing Viewer").arg(content.metadata.title));
    const int warnings = int(content.warnings.size());
    const QString name = content.contentLanguage.isEmpty()
                             ? database->displayName()
                             : tr("%1 · content in %2").arg(database->displayName(),
                                                             LanguageManager::nativeName(content.contentLanguage));
    m_statusLabel->setText(warnings == 0 ? name
                                         : tr("%1 · %n warning(s), listed in the overview", nullptr, warnings).arg(name));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_menus) // not while the window is made
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::search(const QString &text)
{
    m_searchState->setText(text);
}

void MainWindow::showBriefing()
{
    const auto database = m_current->database();
    m_languageMenus->setBriefing(database ? &database->briefing() : nullptr);
    showSection(ItemKind::Briefing);
    retranslate();
}

void MainWindow::showOpening(bool busy)
{
    m_busy->setVisible(busy);
    const QString opening = m_current->progressText();
    if (busy)
        statusBar()->showMessage(opening);
    else
        statusBar()->clearMessage();
    m_overview->setPlaceholder(opening);
}

void MainWindow::showError(const QString &title, const QString &message, const QString &detail)
{
    m_lastError = message;
    // A change of content language that failed: the menu shows the language in use again.
    const auto database = m_current->database();
    m_languageMenus->setBriefing(database ? &database->briefing() : nullptr);
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setDetailedText(detail); // plain text; a "Show Details…" button when there is some
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

ItemListView *MainWindow::listView(ItemKind kind)
{
    if (kind == ItemKind::Briefing)
        return nullptr;
    if (ItemListView *list = m_lists.value(int(kind)))
        return list;
    auto *list = new ItemListView(kind, m_selection, m_pages);
    list->setMarks(m_marks);
    m_pages->addWidget(list);
    m_lists.insert(int(kind), list);
    return list;
}

void MainWindow::showSection(ItemKind kind)
{
    m_pages->setCurrentWidget(kind == ItemKind::Briefing ? static_cast<QWidget *>(m_overview) : listView(kind));
    m_navigator->showSection(kind);
}

void MainWindow::followSelection(const QString &id)
{
    const auto database = m_current->database();
    if (!database || id.isEmpty())
        return;
    const Briefing &briefing = database->briefing();
    if (id == briefing.metadata.id)
        return; // the overview is shown in the detail pane; the list stays where it is
    showSection(briefing.kindOf(id));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_current->cancel(); // an open under way is abandoned at its next step, not waited for
    m_libraryActions->savePosition();
    m_docks->save();
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
        m_current->openFileInBackground(urls.first().toLocalFile());
    }
}

} // namespace bv
