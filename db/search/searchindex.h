// SPDX-License-Identifier: MIT
// Full-text search over a briefing in one content language (SQLite FTS5, see
// db/search/search_index.sql): the index shipped in the file when it is sound, or the same index
// built in a private in-memory database. Any user text is safe: see SearchQuery.
#pragma once

#include "search/searchresults.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace bv {

class BriefingDatabase;
class SearchQuery;
class SearchRank;
class SearchTokenizer;
struct TermMatch;

class SearchIndex final
{
public:
    static constexpr int defaultLimit = 200;
    static constexpr int snippetTokens = 16; // words in a hit's snippet

    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // The index shipped in the briefing file, or null when the file has none, or one whose
    // tables are not exactly those of db/search/search_index.sql, or whose rows do not match the
    // briefing's items (counts per language; the first, middle and last rows, each found by
    // a query for its title). Its tables are first checked by SQLite (quick_check of each,
    // which reads the whole index: about 0.3 s for the 317 MB of 100,000 events in three
    // languages), unless `tables` says shippedTablesAreSound() found them sound already;
    // the rest is cheap: a few small queries; never writes. Damage the checks miss shows
    // later as SearchResults::failed. The index uses the database's connection: use it in
    // the thread that owns `database`; it keeps `database` alive.
    enum class Tables { Unchecked, FoundSound };
    static std::unique_ptr<SearchIndex>
    openShipped(std::shared_ptr<const BriefingDatabase> database, Tables tables = Tables::Unchecked);

    // Whether the file holds the tables of a search index and SQLite finds each of them sound
    // (false for the sample, which ships none). The slow half of openShipped(), for a worker
    // thread: it reads the file through a connection of its own and uses nothing of
    // `database` but its path. `cancelled` is asked now and then; true gives up (false).
    static bool shippedTablesAreSound(const BriefingDatabase &database,
                                      const std::function<bool()> &cancelled = {});

    // The same index built in a private in-memory database for `lang` (for the source
    // language when `lang` is empty or has no translations; languages() tells which). Reads
    // the briefing's text again through a connection of its own (the file, or the sample
    // built again), so it takes about two seconds per 100,000 items: run it in a worker
    // thread. Thread-safe: it uses nothing of `database` but its const values. The result
    // may then be used in any one thread at a time. Null when the file cannot be read again
    // or no longer holds the same items.
    static std::unique_ptr<SearchIndex>
    buildInMemory(std::shared_ptr<const BriefingDatabase> database, const QString &lang);

    // Searches the rows of `lang`; a language the index does not hold falls back to the
    // source language. At most `limit` (1 to 1000) hits. Every match is counted and ranked
    // through the word list (matchTerms). Where it cannot answer (a word the tokenizer splits,
    // a prefix of thousands of terms, damaged data), FTS5 counts and ranks up to rankLimit
    // matches; with more, the total is rankLimit and a lower bound, and the hits are the best
    // of the first rankLimit matches in the index's order.
    SearchResults search(const QString &userText, const QString &lang,
                         int limit = defaultLimit) const;

    bool isShipped() const { return m_database != nullptr; }
    QStringList languages() const; // the languages it holds rows for, by name

    // Kinds in the order results are grouped: guarantee, scenario, event, series, source,
    // FAQ, actor. Also the order of the rows in the index.
    static const QVector<ItemKind> &kindOrder();
    // The index's name of a kind ('guarantee', 'faq' ...): the table it comes from.
    static QLatin1String kindKey(ItemKind kind);
    static std::optional<ItemKind> kindFromKey(const QString &key);

    static constexpr int rankLimit = 5000;

private:
    struct Range
    {
        qint64 first = 0, last = 0;
    };
    SearchIndex() = default;
    bool setUp(int itemCount);
    bool holdsItemsOf(const Briefing &b) const;
    QString exactExpression(const SearchQuery &query, const QVector<qint64> &rowids) const;
    // Appends the hits of `expression` within `range`: the best `rows` by rank, or the
    // rows `rowids` in that order.
    bool fetch(const QString &expression, const Range &range, const QVector<qint64> &rowids,
               int rows, QVector<SearchHit> *hits) const;
    // The rows of `lang`, or of the language that stands in for it, named in `*language`.
    Range rangeFor(const QString &lang, QString *language) const;
    // FTS5 alone counts and ranks up to rankLimit matches.
    bool searchRanked(const SearchQuery &query, const Range &range, int limit,
                      SearchResults *results) const;
    // Appends the hits of the best rows of `match`, in that order.
    bool readBest(const Range &range, const TermMatch &match, QVector<SearchHit> *hits) const;

    std::shared_ptr<const BriefingDatabase> m_database; // shipped: owns the connection
    sqlite3 *m_db = nullptr;
    bool m_ownsDb = false;
    SearchRank *m_rank = nullptr; // owned by the connection
    std::unique_ptr<SearchTokenizer> m_tokenizer;
    QString m_sourceLanguage;
    QHash<QString, Range> m_ranges;
};

} // namespace bv
