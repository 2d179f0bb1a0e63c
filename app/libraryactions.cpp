// SPDX-License-Identifier: MIT
#include "libraryactions.h"

#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "file/sqliteconnection.h"
#include "library/deeplink.h"
#include "library/userlibrary.h"
#include "models/selection.h"
#include "models/timerange.h"
#include "notes/noteeditor.h"
#include "notes/notespanel.h"

#include <QAction>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>

namespace bv {

namespace {

constexpr int positionSaveDelayMs = 1000;

// The briefing id of a file, read without reading the briefing (for finding a deep link's
// file among the recent ones); empty when it is not a readable briefing.
QString briefingIdOf(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return {};
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Mode::ReadOnlyUntrusted))
        return {};
    QSqlQuery q(connection.database());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()
        || q.value(0).toInt() != BriefingDatabase::applicationId)
        return {};
    if (!q.exec(QStringLiteral("SELECT id FROM briefing LIMIT 1")) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

LibraryActions::LibraryActions(QMainWindow *window, CurrentBriefing *current, Selection *selection,
                               TimeRange *timeRange, UserLibrary *library, NoteEditor *editor)
    : QObject(window)
    , m_window(window)
    , m_current(current)
    , m_selection(selection)
    , m_timeRange(timeRange)
    , m_library(library)
    , m_editor(editor)
    , m_menu(new QMenu(window))
    , m_bookmark(new QAction(this))
    , m_note(new QAction(this))
    , m_copyLink(new QAction(this))
    , m_showNotes(new QAction(this))
    , m_export(new QAction(this))
    , m_import(new QAction(this))
    , m_saveTimer(new QTimer(this))
{
    m_menu->setObjectName(QStringLiteral("bookmarksMenu"));
    m_bookmark->setObjectName(QStringLiteral("toggleBookmarkAction"));
    m_note->setObjectName(QStringLiteral("writeNoteAction"));
    m_copyLink->setObjectName(QStringLiteral("copyLinkAction"));
    m_bookmark->setCheckable(true);
    m_bookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_note->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_copyLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    for (QAction *action : {m_bookmark, m_note, m_copyLink})
        window->addAction(action); // the keys work wherever the keyboard is
    // Before Help, the last menu.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_menu);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(positionSaveDelayMs);

    connect(m_bookmark, &QAction::triggered, this, [this] {
        m_library->toggleBookmark(m_selection->currentId());
        updateActions();
    });
    connect(m_note, &QAction::triggered, this, [this] {
        emit editorWanted();
        m_editor->startWriting();
    });
    connect(m_copyLink, &QAction::triggered, this, [this] {
        const QString link = currentLink();
        if (link.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(link);
        m_window->statusBar()->showMessage(tr("Copied %1").arg(link), 5000);
    });
    connect(m_showNotes, &QAction::triggered, this, &LibraryActions::notesWanted);
    connect(m_export, &QAction::triggered, this, &LibraryActions::exportNotes);
    connect(m_import, &QAction::triggered, this, &LibraryActions::importNotes);
    connect(m_menu, &QMenu::aboutToShow, this, &LibraryActions::updateMenu);
    connect(m_selection, &Selection::currentChanged, this, [this] {
        updateActions();
        m_saveTimer->start();
    });
    connect(m_saveTimer, &QTimer::timeout, this, &LibraryActions::savePosition);
    connect(m_library, &UserLibrary::bookmarksChanged, this, &LibraryActions::updateActions);
    connect(m_library, &UserLibrary::problemOccurred, this, [this](const QString &message) {
        if (m_library->store().isDamaged())
            offerNewLibrary(message);
        else
            emit problem(tr("Your notes"), message);
    });
    connect(m_current, &CurrentBriefing::shown, this, &LibraryActions::briefingShown);
    connect(m_selection, &Selection::linkRequested, this, &LibraryActions::followLink);
    retranslate();
    updateActions();
}

void LibraryActions::retranslate()
{
    m_menu->setTitle(tr("&Bookmarks"));
    m_bookmark->setText(tr("&Bookmark This Item"));
    m_note->setText(tr("Write a &Note…"));
    m_copyLink->setText(tr("Copy &Link to This Item"));
    m_showNotes->setText(tr("Show &Notes and Bookmarks"));
    m_export->setText(tr("&Export Notes…"));
    m_import->setText(tr("&Import Notes…"));
}

QString LibraryActions::currentLink() const
{
    const auto database = m_selection->database();
    if (!database)
        return {};
    const QString id = m_selection->currentId();
    const QString briefing = database->briefing().metadata.id;
    return DeepLink{briefing, id == briefing ? QString() : id}.toString();
}

void LibraryActions::updateActions()
{
    const bool open = m_selection->database() != nullptr;
    const QString id = m_selection->currentId();
    const bool item = open && id != m_library->briefingId();
    const bool writable = m_library->store().canWrite();
    m_bookmark->setEnabled(item && writable);
    m_bookmark->setChecked(item && m_library->isBookmarked(id));
    m_note->setEnabled(open);
    m_copyLink->setEnabled(open);
    m_export->setEnabled(open && m_library->store().state() != Library::State::Off);
    m_import->setEnabled(writable);
}

void LibraryActions::updateMenu()
{
    m_menu->clear();
    m_menu->addAction(m_bookmark);
    m_menu->addAction(m_note);
    m_menu->addAction(m_copyLink);
    m_menu->addSeparator();
    m_menu->addAction(m_showNotes);
    m_menu->addAction(m_export);
    m_menu->addAction(m_import);
    const QString briefing = m_library->briefingId();
    if (briefing.isEmpty())
        return;
    const QVector<Bookmark> bookmarks = m_library->store().bookmarks(briefing);
    if (bookmarks.isEmpty())
        return;
    m_menu->addSeparator();
    for (const Bookmark &b : bookmarks) {
        const QString title = m_selection->database()->briefing().title(b.itemId);
        QAction *go = m_menu->addAction(QString(title.isEmpty() ? b.itemTitle : title).left(80).replace(QLatin1Char('&'), QStringLiteral("&&")));
        const QString id = b.itemId;
        connect(go, &QAction::triggered, this, [this, id] { m_current->selectItem(id); });
    }
}

void LibraryActions::briefingShown()
{
    const auto database = m_current->database();
    if (m_library->store().state() == Library::State::Closed)
        m_library->open(); // the first briefing shown: after the window's first paint
    const QString key = database ? database->briefing().metadata.id + QLatin1Char('\n') + database->path() : QString();
    const bool newOpen = key != m_shownBriefing;
    if (newOpen)
        savePosition(); // of the briefing shown before
    m_shownBriefing = key;
    m_library->setBriefing(database);
    updateActions();
    if (!newOpen || !database)
        return;
    // Where the user left this briefing, unless an item was asked for (--select, a link).
    if (m_selection->currentId() != database->briefing().metadata.id)
        return;
    const auto position = m_library->position();
    if (!position)
        return;
    m_selection->restoreHistory(position->history, position->historyPosition);
    const QJsonObject state = QJsonDocument::fromJson(position->viewState).object();
    const QJsonArray range = state.value(QStringLiteral("timeline")).toArray();
    if (range.size() == 2 && range.at(0).toDouble() < range.at(1).toDouble())
        m_timeRange->setRange(range.at(0).toDouble(), range.at(1).toDouble());
}

void LibraryActions::savePosition()
{
    m_saveTimer->stop();
    const auto database = m_library->briefing();
    if (!database || !m_library->store().canWrite() || m_selection->database() != database)
        return;
    ReadingPosition p;
    p.briefingId = database->briefing().metadata.id;
    p.currentItem = m_selection->currentId();
    p.history = m_selection->history();
    p.historyPosition = m_selection->historyPosition();
    QJsonObject state;
    if (m_timeRange->to() > m_timeRange->from())
        state.insert(QStringLiteral("timeline"), QJsonArray{m_timeRange->from(), m_timeRange->to()});
    p.viewState = QJsonDocument(state).toJson(QJsonDocument::Compact);
    m_library->savePosition(p);
}

bool LibraryActions::openLink(const QString &text, QString *problem)
{
    QString ignored;
    problem = problem ? problem : &ignored;
    const auto link = DeepLink::parse(text, problem);
    if (!link)
        return false;
    if (m_library->store().state() == Library::State::Closed)
        m_library->open();
    const auto database = m_current->database();
    if (database && database->briefing().metadata.id == link->briefingId) {
        if (!link->itemId.isEmpty() && !m_current->selectItem(link->itemId)) {
            *problem = tr("“%1” has no item “%2”; it may have been removed in this edition.")
                           .arg(database->briefing().metadata.title, link->itemId);
            return false;
        }
        return true;
    }
    QStringList candidates;
    if (const auto seen = m_library->store().seenBriefing(link->briefingId); seen && !seen->path.isEmpty())
        candidates << seen->path;
    candidates << m_current->recentFiles();
    for (const QString &path : std::as_const(candidates)) {
        if (briefingIdOf(path) != link->briefingId)
            continue;
        m_current->openFileInBackground(path);
        if (!link->itemId.isEmpty())
            m_current->selectWhenShown(link->itemId);
        return true;
    }
    const auto seen = m_library->store().seenBriefing(link->briefingId);
    *problem = seen && !seen->title.isEmpty()
                   ? tr("The link needs the briefing “%1” (id %2), which is not where it was last opened from nor "
                        "among your recent files. Open its file once (File > Open), then follow the link again.")
                         .arg(seen->title, link->briefingId)
                   : tr("The link needs the briefing with id “%1”, which you have not opened here yet. Open its "
                        "file (File > Open), then follow the link again.").arg(link->briefingId);
    return false;
}

void LibraryActions::offerNewLibrary(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Your notes"), message, QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("libraryDamagedBox"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Starting a new library keeps the damaged one beside it, renamed with today's date, "
                               "so nothing in it is lost."));
    QPushButton *start = box->addButton(tr("Start a New Library"), QMessageBox::AcceptRole);
    start->setObjectName(QStringLiteral("startNewLibraryButton"));
    box->addButton(tr("Keep Notes Off"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, start](QAbstractButton *button) {
        if (button == start && m_library->startNewLibrary()) {
            updateActions();
            m_window->statusBar()->showMessage(tr("A new library was started; the damaged one was kept beside it, "
                                                  "renamed with today's date."), 10000);
        }
    });
    box->open();
}

bool LibraryActions::followLink(const QString &link)
{
    QString why;
    if (openLink(link, &why))
        return true;
    emit problem(tr("Cannot open the link"), why);
    return false;
}

void LibraryActions::followLinksOf(NotesPanel *panel)
{
    connect(panel, &NotesPanel::linkActivated, this, &LibraryActions::followLink);
}

void LibraryActions::exportNotes()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Notes"), QString(),
                                                      tr("Markdown (*.md);;JSON, to import elsewhere (*.json)"), &filter);
    if (path.isEmpty())
        return;
    const QString why = NotesPanel::exportNotes(m_library, path, filter.contains(QLatin1String("json")) || path.endsWith(QLatin1String(".json")));
    if (!why.isEmpty())
        emit problem(tr("Export Notes"), why);
    else
        m_window->statusBar()->showMessage(tr("Notes written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void LibraryActions::importNotes()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Notes"), QString(), tr("Notes (*.json)"));
    if (path.isEmpty())
        return;
    m_window->statusBar()->showMessage(NotesPanel::importNotes(m_library, path), 10000);
}

} // namespace bv
