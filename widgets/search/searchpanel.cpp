// SPDX-License-Identifier: MIT
#include "search/searchpanel.h"

#include "common/viewcolours.h"
#include "file/backgroundpriority.h"
#include "file/briefingdatabase.h"
#include "library/notesearch.h"
#include "library/userlibrary.h"
#include "search/highlightfit.h"
#include "models/itemroles.h"
#include "search/searchindex.h"
#include "models/searchresultsmodel.h"
#include "models/searchstate.h"
#include "models/selection.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QScopeGuard>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace bv {

namespace {

// Plain text with its matched words in bold on the highlight colour; no markup is ever parsed.
// Text wider than `rect` is cut with "…", keeping the first matched word in view.
void drawHighlighted(QPainter *painter, const QRect &rect, const QString &full, const QVariantList &matches,
                     const QFont &font, const QPalette &palette, bool selected)
{
    QList<QPoint> matched;
    for (const QVariant &range : matches)
        matched << range.toPoint();
    QFont bold = font;
    bold.setBold(true);
    const FittedText shown = fitHighlighted(full, matched, font, bold, rect.width());
    QTextLayout layout(shown.text, font);
    QTextCharFormat highlight;
    highlight.setFont(bold);
    if (!selected) {
        highlight.setBackground(ViewColours::searchMark(palette)); // readable in every theme
    }
    layOutHighlighted(&layout, shown.ranges, highlight, rect.width());
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, rect.topLeft());
    painter->restore();
}

class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int line = option.fontMetrics.height();
        return QSize(200, index.parent().isValid() ? 2 * line + 8 : line + 6);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!index.parent().isValid()) { // a kind row
            QStyleOptionViewItem opt(option);
            opt.font.setBold(true);
            QStyledItemDelegate::paint(painter, opt, index);
            return;
        }
        const bool selected = option.state & QStyle::State_Selected;
        if (selected)
            painter->fillRect(option.rect, option.palette.color(QPalette::Highlight));
        const int line = option.fontMetrics.height();
        const QRect title(option.rect.left() + 4, option.rect.top() + 3, option.rect.width() - 8, line);
        drawHighlighted(painter, title, index.data().toString(),
                        index.data(SearchResultsModel::TitleHighlightsRole).toList(), option.font, option.palette, selected);
        const QRect snippet(title.left(), title.bottom() + 2, title.width(), line);
        QPalette muted = option.palette;
        muted.setColor(QPalette::Text, option.palette.color(QPalette::PlaceholderText));
        drawHighlighted(painter, snippet, index.data(SearchResultsModel::SnippetRole).toString(),
                        index.data(SearchResultsModel::SnippetHighlightsRole).toList(), option.font,
                        selected ? option.palette : muted, selected);
    }
};

} // namespace

SearchPanel::SearchPanel(Selection *selection, SearchState *state, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_state(state)
    , m_model(new SearchResultsModel(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ResultDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(60);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    m_view->installEventFilter(this);
    connect(m_view, &QTreeView::activated, this, &SearchPanel::activate);
    connect(m_view, &QTreeView::clicked, this, &SearchPanel::activate);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(selection, &Selection::databaseChanged, this, &SearchPanel::useDatabase);
    connect(state, &SearchState::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(state, &SearchState::firstResultWanted, this, &SearchPanel::activateFirst);
    connect(state, &SearchState::resultsFocusWanted, this, &SearchPanel::focusFirstResult);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    useDatabase();
}

SearchPanel::~SearchPanel()
{
    ++m_generation; // a build still running is discarded when it ends
    // ... and is waited for: it must not outlive the application.
    for (const QPointer<QThread> &thread : std::as_const(m_builders)) {
        if (thread) {
            thread->requestInterruption();
            thread->wait();
        }
    }
}

namespace {

// A file this small has its shipped index checked at once: quicker than starting a thread.
constexpr qint64 checkAtOnceBytes = 8 * 1024 * 1024;

} // namespace

void SearchPanel::useDatabase()
{
    ++m_generation;
    // A check or build for the briefing shown before stops at its next step: its result
    // would be dropped, and it takes a core from the reading of the new one.
    for (const QPointer<QThread> &thread : std::as_const(m_builders)) {
        if (thread)
            thread->requestInterruption();
    }
    m_builders.removeIf([](const QPointer<QThread> &thread) { return thread.isNull(); });
    m_index.reset();
    m_buildFailed = false;
    m_model->setResults({});
    const auto database = m_selection->database();
    if (database) {
        // The text searched is the text shown: the content language's.
        m_language = database->briefing().contentLanguage;
        if (database->isBuiltIn() || QFileInfo(database->path()).size() <= checkAtOnceBytes) {
            m_index = SearchIndex::openShipped(database);
            if (!m_index)
                prepareInBackground(Prepare::BuildInMemory);
        } else {
            prepareInBackground(Prepare::CheckShipped); // reading the whole index takes a while
        }
    }
    emit readyChanged(isReady());
    showStatus();
    if (m_index)
        searchNow();
}

void SearchPanel::prepareInBackground(Prepare prepare)
{
    const int generation = m_generation;
    const QString lang = m_language;
    m_building = true;
    QPointer<SearchPanel> self(this);
    // The briefing travels to the worker and back, so that its last reference (and with it
    // its database connection) is always released in this thread.
    QThread *thread = QThread::create([self, database = m_selection->database(), generation, lang, prepare]() mutable {
        QThread *worker = QThread::currentThread();
        lowerThreadPriority(); // the window's thread first
        const auto cancelled = [worker] { return worker->isInterruptionRequested(); };
        // The shipped index is used only once SQLite finds its tables sound; without a sound
        // one, the same index is built here.
        const bool sound = prepare == Prepare::CheckShipped && SearchIndex::shippedTablesAreSound(*database, cancelled);
        // Held by the queued call: freed with it when the application quits before it runs.
        auto built = std::make_shared<std::unique_ptr<SearchIndex>>(
            sound || cancelled() ? nullptr : SearchIndex::buildInMemory(database, lang));
        QMetaObject::invokeMethod(qApp, [self, built, sound, generation, database = std::move(database)]() mutable {
            // A briefing no longer shown may have its last reference here: freed in a worker.
            const auto release = qScopeGuard([&database] { BriefingDatabase::releaseInBackground(std::move(database)); });
            std::unique_ptr<SearchIndex> index = std::move(*built);
            if (!self || self->m_generation != generation)
                return; // another briefing is open by now: the index is dropped
            if (sound) {
                index = SearchIndex::openShipped(database, SearchIndex::Tables::FoundSound);
                if (!index) { // sound tables, but not an index of this briefing's items
                    self->prepareInBackground(Prepare::BuildInMemory);
                    return;
                }
            }
            self->m_building = false;
            self->m_buildFailed = !index;
            self->m_index = std::move(index);
            emit self->readyChanged(self->isReady());
            self->showStatus();
            self->searchNow();
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_builders.append(thread);
    thread->start(QThread::LowPriority);
}

void SearchPanel::setLibrary(const UserLibrary *library)
{
    m_library = library;
    connect(library, &UserLibrary::notesChanged, this, [this] {
        if (!query().trimmed().isEmpty())
            m_debounce->start();
    });
}

QVector<SearchHit> SearchPanel::findNotes() const
{
    const auto database = m_selection->database();
    // Only once the library follows the briefing shown (it is told after the first paint).
    if (!m_library || !database || m_library->briefing() != database)
        return {};
    return NoteSearch::find(*m_library, query());
}

bool SearchPanel::usesShippedIndex() const
{
    return m_index && m_index->isShipped();
}

QString SearchPanel::query() const
{
    return m_state->text();
}

void SearchPanel::searchNow()
{
    m_debounce->stop();
    const QVector<SearchHit> notes = findNotes(); // even while the index is being prepared
    if (!m_index || query().trimmed().isEmpty()) {
        m_model->setResults({}, notes);
        showStatus();
        return;
    }
    SearchResults results = m_index->search(query(), m_language);
    if (results.failed && m_index->isShipped()) {
        // A damaged shipped index: build a sound one in memory and search again then.
        m_index.reset();
        prepareInBackground(Prepare::BuildInMemory);
        results = {};
    }
    m_model->setResults(results, notes);
    showStatus();
}

void SearchPanel::activateFirst()
{
    searchNow();
    const QModelIndex first = m_model->firstHit();
    if (first.isValid()) {
        m_view->setCurrentIndex(first);
        activate(first);
    }
}

void SearchPanel::focusFirstResult()
{
    searchNow();
    const QModelIndex first = m_model->firstHit();
    if (!first.isValid())
        return;
    m_view->setCurrentIndex(first);
    m_view->scrollTo(first);
    m_view->setFocus(Qt::TabFocusReason);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up && key->modifiers() == Qt::NoModifier && m_view->currentIndex().isValid()
            && m_view->currentIndex() == m_model->firstHit()) {
            m_state->focusField();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::activate(const QModelIndex &index)
{
    const QString id = index.data(IdRole).toString();
    if (!id.isEmpty())
        m_selection->select(id);
}

void SearchPanel::showStatus()
{
    const SearchResults &results = m_model->results();
    const int total = results.total + int(m_model->notes().size());
    QString text;
    if (!m_selection->database())
        text = tr("No briefing is open.");
    else if (!m_index && m_buildFailed)
        text = tr("Search is unavailable: the briefing could not be read again to index it. Open it again, "
                  "or ship an index in it with: briefing-tool index FILE");
    else if (!m_index)
        text = tr("Preparing the search index…");
    else if (query().trimmed().isEmpty())
        text = tr("Type in the search field (Ctrl+F) to search the whole briefing.");
    else if (total == 0)
        text = tr("Nothing matches “%1”.").arg(query().trimmed());
    else if (results.totalIsLowerBound)
        text = tr("More than %1 results; the best are shown. Add a word to narrow the search.")
                   .arg(QLocale().toString(results.total));
    else
        text = tr("%n result(s)", nullptr, total);
    m_status->setText(text);
    m_view->setAccessibleName(tr("Search results"));
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showStatus();
    QWidget::changeEvent(event);
}

} // namespace bv
