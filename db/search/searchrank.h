// SPDX-License-Identifier: MIT
// The ranking function of the search index, an FTS5 auxiliary function registered on one
// connection: for each word of the query, 3 when the row's title holds it and 1 when its body
// does, the highest total first, ties in index order. How often a word occurs does not
// count, so that the word list (SearchTermWriter, which keeps which rows hold a word, not how
// often) ranks exactly the same. It leaves out BM25's inverse document frequency and length
// normalisation, which cost a pass over each word's whole posting list and a lookup per
// row (bm25() over 2,000 matches of common words: ~20 ms; this: ~1 ms).
// It also records the rows it ranks and stops a query that would rank more than a cap,
// so that ranking and counting take one pass, and a broad query is given up early with its
// first matches in index order already scored.
#pragma once

#include <QString>
#include <QVector>

struct sqlite3;
struct sqlite3_context;
struct sqlite3_value;
struct Fts5Context;
struct Fts5ExtensionApi;

namespace bv {

class SearchRank final
{
public:
    // Registers a new function, under a name of its own, on `db`; the connection owns and
    // frees it when it closes. Null when FTS5 is not available.
    static SearchRank *install(sqlite3 *db);

    // What a row scores for each word of the query in its title, and in its body.
    static constexpr int titleScore = 3;
    static constexpr int bodyScore = 1;

    // The value for "rank MATCH ?": "bv_rank_7()".
    QString rankFunction() const;

    struct Row
    {
        qint64 rowid = 0;
        double rank = 0.0; // smaller is better
    };

    // Before each query: no rows ranked yet; fail the query at row cap + 1.
    void start(int cap);
    // The rows ranked since start(), in the order the query met them (rowid order).
    const QVector<Row> &rows() const { return m_rows; }
    bool overflowed() const { return m_overflowed; }

private:
    SearchRank() = default;
    static void rank(const Fts5ExtensionApi *api, Fts5Context *context, sqlite3_context *result,
                     int argc, sqlite3_value **argv);

    QString m_name;
    QVector<Row> m_rows;
    int m_cap = 0;
    bool m_overflowed = false;
};

} // namespace bv
