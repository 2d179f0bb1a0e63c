// SPDX-License-Identifier: MIT
// SearchIndex: the queries FTS5 answers alone, where the word list cannot (see
// searchterms.h), and the checks at open, which ask FTS5 itself.
#include "search/searchindex.h"

#include "search/searchquery.h"
#include "search/searchrank.h"
#include "search/searchtokenizer.h"
#include "file/sqlitestatement.h"

#include <QSet>

#include <sqlite3.h>

#include <algorithm>

namespace bv {

namespace {

constexpr int maxPrefixTerms = 64;
const char *const hitColumns = "SELECT rowid, kind, item_id, highlight(search, 3, ?, ?), "
                               "snippet(search, 4, ?, ?, ?, ?) FROM search "
                               "WHERE search MATCH ? AND rowid BETWEEN ? AND ?";

} // namespace

QString SearchIndex::exactExpression(const SearchQuery &query, const QVector<qint64> &rowids) const
{
    // FTS5 reads the whole posting list of a prefix, in every language, before it returns a
    // row; for the rows already chosen, the terms the prefix stands for in them are enough
    // and read only as far as needed: ("security" OR "securite") for "secu"*. Prefixes of up
    // to three characters have an index of their own and are left as they are.
    const QString original = query.matchExpression();
    const QByteArrayList prefix = m_tokenizer->tokens(query.words().constLast());
    if (prefix.size() != 1 || QString::fromUtf8(prefix.first()).size() <= 3)
        return original;
    QByteArray sql("SELECT title, body FROM search WHERE rowid IN (?");
    sql += QByteArray(",?").repeated(rowids.size() - 1);
    sql += ")";
    SqliteStatement rows(m_db, sql.constData());
    for (const qint64 rowid : rowids)
        rows.bind(rowid);
    QSet<QByteArray> terms;
    while (rows.step() == SQLITE_ROW) {
        for (const int column : {0, 1}) {
            for (const QByteArray &token : m_tokenizer->tokens(rows.textAt(column))) {
                if (token.startsWith(prefix.first()))
                    terms.insert(token);
            }
        }
        if (terms.size() > maxPrefixTerms)
            return original;
    }
    if (rows.errorCode() != 0 || terms.isEmpty())
        return original;
    QStringList list;
    for (const QByteArray &term : std::as_const(terms))
        list << QString::fromUtf8(term);
    list.sort();
    return query.matchExpression(list);
}

bool SearchIndex::fetch(const QString &expression, const Range &range,
                        const QVector<qint64> &rowids, int rows, QVector<SearchHit> *hits) const
{
    // Ranked: FTS5 sorts every match by the rank function and makes snippets for the first
    // `rows` only. Chosen rows: `+rowid` keeps SQLite from looking each one up through FTS5.
    QByteArray sql(hitColumns);
    if (rowids.isEmpty()) {
        sql += " AND rank MATCH ? ORDER BY rank LIMIT ?";
    } else {
        sql += " AND +rowid IN (?";
        sql += QByteArray(",?").repeated(rowids.size() - 1);
        sql += ")";
    }
    const QString open{QChar(MarkedText::open)}, close{QChar(MarkedText::close)};
    SqliteStatement statement(m_db, sql.constData());
    statement.bind(open)
        .bind(close)
        .bind(open)
        .bind(close)
        .bind(QStringLiteral("…"))
        .bind(qint64(snippetTokens))
        .bind(expression)
        .bind(range.first)
        .bind(range.last);
    if (rowids.isEmpty())
        statement.bind(m_rank->rankFunction()).bind(qint64(rows));
    for (const qint64 rowid : rowids)
        statement.bind(rowid);
    QHash<qint64, int> order; // where each chosen row goes
    for (int i = 0; i < rowids.size(); ++i)
        order.insert(rowids.at(i), i);
    QVector<QPair<int, SearchHit>> found;
    int rc = SQLITE_ROW;
    while ((rc = statement.step()) == SQLITE_ROW) {
        const std::optional<ItemKind> kind = kindFromKey(statement.textAt(1));
        if (!kind)
            continue;
        SearchHit hit;
        hit.kind = *kind;
        hit.id = statement.textAt(2);
        MarkedText::split(statement.textAt(3), &hit.title, &hit.titleHighlights);
        MarkedText::split(statement.textAt(4), &hit.snippet, &hit.highlights);
        boundHit(&hit);
        found.append({order.value(statement.int64At(0), int(found.size())), hit});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : std::as_const(found))
        hits->append(entry.second);
    return rc == SQLITE_DONE;
}

bool SearchIndex::searchRanked(const SearchQuery &query, const Range &range, int limit,
                               SearchResults *results) const
{
    // Ranked and counted in one pass, unless there are more than rankLimit matches.
    m_rank->start(rankLimit);
    bool ok = fetch(query.matchExpression(), range, {}, limit, &results->hits);
    results->total = int(m_rank->rows().size());
    if (ok || !m_rank->overflowed())
        return ok;
    // Too many to rank: the best of the first rankLimit matches in index order, which the
    // rank function scored before it stopped the query.
    results->hits.clear();
    results->total = rankLimit;
    results->totalIsLowerBound = true;
    QVector<SearchRank::Row> first = m_rank->rows();
    std::stable_sort(first.begin(), first.end(),
                     [](const auto &a, const auto &b) { return a.rank < b.rank; });
    first.resize(qMin<qsizetype>(first.size(), limit));
    QVector<qint64> rowids;
    Range chosen{range.last, range.first};
    for (const SearchRank::Row &row : std::as_const(first)) {
        rowids.append(row.rowid);
        chosen = {qMin(chosen.first, row.rowid), qMax(chosen.last, row.rowid)};
    }
    return rowids.isEmpty() ||
           fetch(exactExpression(query, rowids), chosen, rowids, limit, &results->hits);
}

} // namespace bv
