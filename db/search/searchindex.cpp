// SPDX-License-Identifier: MIT
#include "search/searchindex.h"

#include "file/briefingdatabase.h"
#include "content/contentlanguage.h"
#include "file/filecheck.h"
#include "search/searchhighlight.h"
#include "search/searchindexbuilder.h"
#include "search/searchquery.h"
#include "search/searchrank.h"
#include "search/searchterms.h"
#include "search/searchtokenizer.h"
#include "file/sqliteconnection.h"
#include "file/sqlitestatement.h"
#include "file/tablecheck.h"

#include <QElapsedTimer>
#include <QThread>

#include <sqlite3.h>

#include <algorithm>

namespace bv {

namespace {

constexpr qint64 deadlineMs = 2000; // a query that takes longer is given up (a hostile index)
constexpr int maxLanguages = 1000;

const char *const indexSchemaSql =
    "SELECT type, name, tbl_name, ifnull(sql, '') FROM sqlite_schema "
    "WHERE tbl_name = 'search' OR tbl_name GLOB 'search_*' ORDER BY name";

// Gives up a query after the deadline; removes itself when done.
class Deadline
{
public:
    explicit Deadline(sqlite3 *db) : m_db(db)
    {
        m_timer.start();
        sqlite3_progress_handler(m_db, 20000, &Deadline::check, this);
    }
    ~Deadline() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    Deadline(const Deadline &) = delete;
    Deadline &operator=(const Deadline &) = delete;

private:
    static int check(void *self)
    {
        return static_cast<Deadline *>(self)->m_timer.hasExpired(deadlineMs) ? 1 : 0;
    }
    sqlite3 *m_db;
    QElapsedTimer m_timer;
};

QStringList schemaRows(sqlite3 *db)
{
    QStringList rows;
    SqliteStatement query(db, indexSchemaSql);
    while (query.step() == SQLITE_ROW) {
        rows << query.textAt(0) + QLatin1Char('\n') + query.textAt(1) + QLatin1Char('\n') +
                    query.textAt(2) + QLatin1Char('\n') + query.textAt(3);
    }
    if (query.errorCode() != 0)
        rows << QStringLiteral("error");
    return rows;
}

// The word list's prefix searches rely on SQLite comparing text as UTF-8 bytes.
bool isUtf8(sqlite3 *db)
{
    SqliteStatement query(db, "PRAGMA encoding");
    return query.step() == SQLITE_ROW && query.textAt(0) == QLatin1String("UTF-8");
}

sqlite3 *openMemory()
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return nullptr;
    }
    stopOnThreadInterruption(db); // a build in a worker stops when its thread is asked to
    return db;
}

// The schema rows db/search/search_index.sql makes, as in sqlite_schema.
const QStringList &expectedSchema()
{
    static const QStringList rows = [] {
        sqlite3 *db = openMemory();
        QStringList result;
        if (db && sqliteExec(db, SearchIndexBuilder::sql()).isEmpty())
            result = schemaRows(db);
        sqlite3_close(db);
        return result;
    }();
    return rows;
}

// The tables of the index that hold pages (FTS5's own and ours), for quick_check.
const QStringList &indexTables()
{
    static const QStringList names = [] {
        sqlite3 *db = openMemory();
        QStringList result;
        if (db && sqliteExec(db, SearchIndexBuilder::sql()).isEmpty()) {
            SqliteStatement query(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 "
                                      "AND (tbl_name = 'search' OR tbl_name GLOB 'search_*') ORDER BY name");
            while (query.step() == SQLITE_ROW)
                result << query.textAt(0);
        }
        sqlite3_close(db);
        return result;
    }();
    return names;
}

// The file's index has exactly the tables db/search/search_index.sql makes, in UTF-8.
bool hasIndexSchema(sqlite3 *db)
{
    return db && isUtf8(db) && !expectedSchema().isEmpty() && schemaRows(db) == expectedSchema();
}

// ... and SQLite finds each of them sound.
bool indexIsSound(sqlite3 *db, const std::function<bool()> &cancelled)
{
    return hasIndexSchema(db) && !indexTables().isEmpty() && TableCheck::run(db, indexTables(), cancelled).isSound();
}

int itemCount(const Briefing &b)
{
    int count = 0;
    for (const ItemKind kind : SearchIndex::kindOrder())
        count += b.count(kind);
    return count;
}

// The item at `position` in index order.
std::optional<ItemRef> itemAt(const Briefing &b, int position)
{
    for (const ItemKind kind : SearchIndex::kindOrder()) {
        const int n = b.count(kind);
        if (position < n)
            return ItemRef{kind, position};
        position -= n;
    }
    return std::nullopt;
}

} // namespace

SearchIndex::~SearchIndex()
{
    m_tokenizer.reset();
    if (m_ownsDb)
        sqlite3_close(m_db);
}

const QVector<ItemKind> &SearchIndex::kindOrder()
{
    static const QVector<ItemKind> order{ItemKind::Guarantee, ItemKind::Scenario, ItemKind::Event,
                                         ItemKind::Series,    ItemKind::Source,   ItemKind::Faq,
                                         ItemKind::Actor,     ItemKind::Chart};
    return order;
}

std::optional<ItemKind> SearchIndex::kindFromKey(const QString &key)
{
    for (const ItemKind kind : SearchIndex::kindOrder()) {
        if (key == SearchIndex::kindKey(kind))
            return kind;
    }
    return std::nullopt;
}

QLatin1String SearchIndex::kindKey(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Guarantee:
        return QLatin1String("guarantee");
    case ItemKind::Scenario:
        return QLatin1String("scenario");
    case ItemKind::Event:
        return QLatin1String("event");
    case ItemKind::Series:
        return QLatin1String("series");
    case ItemKind::Source:
        return QLatin1String("source");
    case ItemKind::Faq:
        return QLatin1String("faq");
    case ItemKind::Actor:
        return QLatin1String("actor");
    case ItemKind::Chart:
        return QLatin1String("chart");
    case ItemKind::Briefing:
        break;
    }
    return QLatin1String("briefing");
}

std::unique_ptr<SearchIndex>
SearchIndex::openShipped(std::shared_ptr<const BriefingDatabase> database, Tables tables)
{
    if (!database)
        return nullptr;
    sqlite3 *db = database->connection().handle();
    if (tables == Tables::FoundSound ? !hasIndexSchema(db) : !indexIsSound(db, {}))
        return nullptr;
    {
        SqliteStatement format(db, "SELECT version FROM search_format");
        if (format.step() != SQLITE_ROW || format.int64At(0) != 2 || format.step() != SQLITE_DONE)
            return nullptr; // text of another format (Markdown source): built in memory instead
    }
    std::unique_ptr<SearchIndex> index(new SearchIndex);
    index->m_db = db;
    index->m_sourceLanguage = database->briefing().metadata.sourceLanguage;
    index->m_database = std::move(database);
    const Briefing &b = index->m_database->briefing();
    if (!index->setUp(itemCount(b)) || !index->m_ranges.contains(index->m_sourceLanguage) ||
        !index->holdsItemsOf(b))
        return nullptr;
    return index;
}

bool SearchIndex::shippedTablesAreSound(const BriefingDatabase &database, const std::function<bool()> &cancelled)
{
    if (database.isBuiltIn() || FileCheck::check(database.path()))
        return false;
    SqliteConnection file;
    return file.open(database.path(), SqliteConnection::Mode::ReadOnlyUntrusted) && indexIsSound(file.handle(), cancelled);
}

std::unique_ptr<SearchIndex>
SearchIndex::buildInMemory(std::shared_ptr<const BriefingDatabase> database, const QString &lang)
{
    if (!database)
        return nullptr;
    // The text comes through a connection of this thread (a QSqlDatabase belongs to the
    // thread that made it): the file opened again, or the sample built again. The briefing
    // values in memory may lack the long texts, which the viewer reads on demand.
    std::shared_ptr<BriefingDatabase> sample;
    SqliteConnection file;
    SqliteConnection *source = &file;
    if (database->isBuiltIn()) {
        OpenError error;
        sample = BriefingDatabase::open(database->path(), &error); // the example built again
        if (!sample)
            return nullptr;
        source = &sample->connection();
    } else if (FileCheck::check(database->path()) ||
               !file.open(database->path(), SqliteConnection::Mode::ReadOnlyUntrusted)) {
        return nullptr;
    }
    const Briefing &b = database->briefing();
    const QString sourceLanguage = b.metadata.sourceLanguage;
    SearchIndexBuilder::Translations translations;
    if (!lang.isEmpty() && lang != sourceLanguage && b.translationCount > 0 &&
        !SearchIndexBuilder::readTranslations(*source, lang, &translations).isEmpty())
        translations.clear();
    // Only the language asked for: every language would take as many times the time and
    // memory. Without translations its rows would be the source language's.
    const QStringList languages{translations.value(lang).isEmpty() ? sourceLanguage : lang};

    std::unique_ptr<SearchIndex> index(new SearchIndex);
    index->m_db = openMemory();
    if (!index->m_db)
        return nullptr;
    index->m_ownsDb = true;
    index->m_sourceLanguage = sourceLanguage;
    if (!sqliteExec(index->m_db, QStringLiteral("BEGIN")).isEmpty() ||
        !SearchIndexBuilder::build(index->m_db, *source, sourceLanguage, translations, languages)
             .isEmpty() ||
        !sqliteExec(index->m_db, QStringLiteral("COMMIT")).isEmpty() || !index->setUp(itemCount(b)))
        return nullptr;
    if (QThread::currentThread()->isInterruptionRequested())
        return nullptr; // abandoned: what was built may lack rows
    return index;
}

bool SearchIndex::setUp(int itemCount)
{
    m_rank = SearchRank::install(m_db);
    m_tokenizer = std::make_unique<SearchTokenizer>(m_db);
    if (!m_rank || !m_tokenizer->isValid())
        return false;
    SqliteStatement query(m_db, "SELECT lang, first_rowid, last_rowid FROM search_language");
    while (query.step() == SQLITE_ROW) {
        const Range range{query.int64At(1), query.int64At(2)};
        if (range.last - range.first + 1 != itemCount || m_ranges.size() >= maxLanguages)
            return false;
        m_ranges.insert(query.textAt(0), range);
    }
    return query.errorCode() == 0 && !m_ranges.isEmpty();
}

bool SearchIndex::holdsItemsOf(const Briefing &b) const
{
    // The first, middle and last rows of the source language are those items of the
    // briefing, and each is found by the first word of its title (whole: no prefix to read)
    // in the rows of the title's language (a content language may have translated it).
    const Deadline deadline(m_db);
    const Range range = m_ranges.value(m_sourceLanguage);
    const int n = int(range.last - range.first + 1);
    if (n == 0)
        return true;
    SqliteStatement row(m_db, "SELECT kind, item_id FROM search WHERE rowid = ?");
    for (const int position : {0, n / 2, n - 1}) {
        const std::optional<ItemRef> item = itemAt(b, position);
        if (!item)
            return false;
        const QString id = b.idAt(item->kind, item->index);
        const qint64 rowid = range.first + position;
        row.bind(rowid);
        const bool same =
            row.step() == SQLITE_ROW && row.textAt(0) == kindKey(item->kind) && row.textAt(1) == id;
        row.reset();
        if (!same)
            return false;
        // The title shown may be a translation: look for it in the rows of its language.
        const QString lang = b.textLanguage(id, ContentLanguage::fields(item->kind).constFirst());
        const QStringList words = SearchQuery::extractWords(b.titleAt(item->kind, item->index), 1);
        if (words.isEmpty() || !m_ranges.contains(lang))
            continue;
        const qint64 shownRow = m_ranges.value(lang).first + position;
        QVector<SearchHit> hits;
        m_rank->start(1);
        if (!fetch(SearchQuery(words.first()).wholeWordsExpression(), {shownRow, shownRow}, {}, 1,
                   &hits) ||
            hits.size() != 1 || hits.first().id != id)
            return false;
        const QByteArrayList tokens = m_tokenizer->tokens(words.first());
        if (tokens.size() == 1 && !termHoldsRow(m_db, lang, tokens.first(), n, position))
            return false;
    }
    return true;
}

QStringList SearchIndex::languages() const
{
    QStringList result = m_ranges.keys();
    result.sort();
    return result;
}

SearchIndex::Range SearchIndex::rangeFor(const QString &lang, QString *language) const
{
    auto found = m_ranges.constFind(lang);
    if (found == m_ranges.constEnd())
        found = m_ranges.constFind(m_sourceLanguage);
    if (found == m_ranges.constEnd())
        found = m_ranges.constBegin();
    if (found == m_ranges.constEnd())
        return Range{1, 0};
    *language = found.key();
    return *found;
}

bool SearchIndex::readBest(const Range &range, const TermMatch &match,
                           QVector<SearchHit> *hits) const
{
    // Read in row order, which keeps the file's pages in order, then put in rank order.
    // The FTS5 table's own content table: a plain b-tree, cheaper than the virtual table.
    const SearchHighlighter highlighter(*m_tokenizer, match.words);
    QVector<QPair<int, int>> order; // (position, rank)
    for (int rank = 0; rank < match.best.size(); ++rank)
        order.append({match.best.at(rank), rank});
    std::sort(order.begin(), order.end());
    QVector<SearchHit> found(match.best.size());
    QVector<bool> known(match.best.size(), false);
    SqliteStatement row(m_db, "SELECT c0, c1, c3, c4 FROM search_content WHERE id = ?");
    for (const auto &[position, rank] : std::as_const(order)) {
        row.bind(range.first + position);
        const int rc = row.step();
        if (rc != SQLITE_ROW)
            return false; // the word list names a row the index does not have
        const std::optional<ItemKind> kind = kindFromKey(row.textAt(0));
        if (kind) {
            SearchHit &hit = found[rank];
            hit.kind = *kind;
            hit.id = row.textAt(1);
            highlighter.highlight(row.textAt(2), &hit.title, &hit.titleHighlights);
            highlighter.snippet(row.textAt(3), snippetTokens, &hit.snippet, &hit.highlights);
            boundHit(&hit);
            known[rank] = true;
        }
        row.reset();
    }
    for (int rank = 0; rank < found.size(); ++rank) {
        if (known.at(rank))
            hits->append(found.at(rank));
    }
    return true;
}

SearchResults SearchIndex::search(const QString &userText, const QString &lang, int limit) const
{
    SearchResults results;
    const SearchQuery query(userText);
    QString language;
    const Range range = rangeFor(lang, &language);
    if (query.isEmpty() || !m_db || range.last < range.first)
        return results;
    limit = qBound(1, limit, 1000);
    const Deadline deadline(m_db);

    // Every match counted and ranked through the word list, the best rows read one by one;
    // FTS5 where the word list cannot answer.
    bool damaged = false;
    const std::optional<TermMatch> match = matchTerms(
        m_db, *m_tokenizer, query, language, int(range.last - range.first + 1), limit, &damaged);
    bool ok = false;
    if (match) {
        results.total = match->total;
        ok = readBest(range, *match, &results.hits);
    } else if (!damaged) {
        ok = searchRanked(query, range, limit, &results);
    }
    if (!ok) {
        results = SearchResults();
        results.failed = true;
        return results;
    }
    const QVector<ItemKind> &order = kindOrder();
    std::stable_sort(results.hits.begin(), results.hits.end(),
                     [&order](const SearchHit &a, const SearchHit &b) {
                         return order.indexOf(a.kind) < order.indexOf(b.kind);
                     });
    return results;
}

} // namespace bv
