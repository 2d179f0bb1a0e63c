// SPDX-License-Identifier: MIT
// The search index's word list (table search_term, db/search/search_index.sql): for every folded
// token of a language's rows, the rows whose title and whose body hold it, as sets of row
// positions within the language. A query of whole words and a last-word prefix becomes a
// few set operations on them, so every match is counted and ranked in well under a
// millisecond, where FTS5 walks each word's whole list of rows and positions before it can
// count or rank (7 to 12 ms for four to six words that are each in half of 110,000 rows). FTS5 answers the queries this cannot (see
// matchTerms).
#pragma once

#include <QByteArrayList>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

struct sqlite3;

namespace bv {

class SearchQuery;
class SearchTokenizer;

// A set of row positions 0 .. size - 1, as bits.
class RowSet final
{
public:
    RowSet() = default;
    explicit RowSet(int size);

    int size() const { return m_size; }
    bool contains(int position) const
    {
        return position >= 0 && position < m_size &&
               (m_bits.at(position >> 6) >> (position & 63)) & 1U;
    }
    void insert(int position);
    void unite(const RowSet &other);     // same size
    void intersect(const RowSet &other); // same size
    int count() const;
    // The positions in ascending order.
    QVector<int> positions() const;

    // Adds the positions of a set packed by pack() for the same size. False when `packed` is
    // not such a set (then the set may hold some of its positions).
    bool unitePacked(QByteArrayView packed);
    // Sorted, distinct positions from 0 to `size` - 1, packed in whichever form is smaller:
    // 'L' and each position's distance from the one before minus one (the first: from -1)
    // as an unsigned LEB128 varint, or 'B' and one bit per position, the lowest first.
    static QByteArray pack(const QVector<int> &positions, int size);

private:
    int m_size = 0;
    QVector<quint64> m_bits;
};

// Collects the tokens of one language's rows, then writes them to search_term.
class SearchTermWriter final
{
public:
    SearchTermWriter(sqlite3 *db, const QString &lang) : m_db(db), m_lang(lang) {}
    // The tokens of the row at `position`; rows come in rising order, from 0.
    void add(int position, const QByteArrayList &titleTokens, const QByteArrayList &bodyTokens);
    // Writes the language's terms for `rowCount` rows; an error's text, or empty.
    QString write(int rowCount);

private:
    struct Rows
    {
        QVector<int> title, body;
    };
    sqlite3 *m_db;
    QString m_lang;
    QHash<QByteArray, Rows> m_terms;
    int m_lastPosition = 0;
};

// The best rows of a query, found through search_term.
struct TermMatch
{
    QByteArrayList words; // the folded token of each word of the query
    int total = 0;        // rows that match
    QVector<int> best;    // positions of the best rows, the best first
};

// Every word of `query` in the title or body of a row of `lang` (`size` rows), the last word
// as a prefix; the best `limit` ranked as SearchRank ranks them. Nothing when search_term
// cannot answer exactly as FTS5 would (a word that is not one token, a prefix of more than
// 4,096 terms), or when it cannot be read or holds a set in neither of pack()'s forms:
// then `*damaged` is true.
std::optional<TermMatch> matchTerms(sqlite3 *db, const SearchTokenizer &tokenizer,
                                    const SearchQuery &query, const QString &lang, int size,
                                    int limit, bool *damaged);

// Whether search_term lists `position` of `lang` (`size` rows) for the whole word `token`.
bool termHoldsRow(sqlite3 *db, const QString &lang, const QByteArray &token, int size,
                  int position);

} // namespace bv
