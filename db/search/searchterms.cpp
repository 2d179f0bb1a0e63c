// SPDX-License-Identifier: MIT
#include "search/searchterms.h"

#include "search/searchquery.h"
#include "search/searchrank.h"
#include "search/searchtokenizer.h"
#include "file/sqlitestatement.h"

#include <sqlite3.h>

#include <QtAlgorithms>

#include <algorithm>

namespace bv {

namespace {

constexpr int maxTermsPerPrefix = 4096; // more: FTS5 answers

// The upper bound of the terms that begin with `token`: no UTF-8 text has the byte 0xF4
// followed by 0x90 or more, and SQLite compares text byte by byte.
QByteArray prefixEnd(const QByteArray &token)
{
    return token + QByteArray("\xF4\x90", 2);
}

// One word of a query: the rows that hold it in the title, and in the body.
struct WordRows
{
    RowSet title, body;
};

// Nothing when there are too many terms; and when the rows are damaged, `*damaged` true.
std::optional<WordRows> wordRows(sqlite3 *db, const QString &lang, const QByteArray &token,
                                 bool prefix, int size, bool *damaged)
{
    WordRows word{RowSet(size), RowSet(size)};
    if (prefix) {
        // Counted before any is read: a short prefix may stand for many thousand words.
        SqliteStatement count(db, "SELECT count(*) FROM (SELECT 1 FROM search_term "
                                  "WHERE lang = ? AND term >= ? AND term < ? LIMIT ?)");
        count.bind(lang).bindUtf8(token).bindUtf8(prefixEnd(token));
        count.bind(qint64(maxTermsPerPrefix + 1));
        if (count.step() != SQLITE_ROW) {
            *damaged = true;
            return std::nullopt;
        }
        if (count.int64At(0) > maxTermsPerPrefix)
            return std::nullopt;
    }
    SqliteStatement statement(
        db, prefix ? "SELECT title, body FROM search_term "
                     "WHERE lang = ? AND term >= ? AND term < ? LIMIT ?"
                   : "SELECT title, body FROM search_term WHERE lang = ? AND term = ?");
    statement.bind(lang).bindUtf8(token);
    if (prefix)
        statement.bindUtf8(prefixEnd(token)).bind(qint64(maxTermsPerPrefix + 1));
    int rc = SQLITE_ROW;
    while ((rc = statement.step()) == SQLITE_ROW) {
        if (!word.title.unitePacked(statement.bytesAt(0)) ||
            !word.body.unitePacked(statement.bytesAt(1))) {
            *damaged = true;
            return std::nullopt;
        }
    }
    if (rc != SQLITE_DONE) {
        *damaged = true;
        return std::nullopt;
    }
    return word;
}

} // namespace

RowSet::RowSet(int size) : m_size(qMax(0, size)), m_bits((m_size + 63) / 64, 0) {}

void RowSet::insert(int position)
{
    if (position >= 0 && position < m_size)
        m_bits[position >> 6] |= quint64(1) << (position & 63);
}

void RowSet::unite(const RowSet &other)
{
    Q_ASSERT(other.m_size == m_size);
    quint64 *bits = m_bits.data();
    const quint64 *more = other.m_bits.constData();
    for (qsizetype i = 0, n = m_bits.size(); i < n; ++i)
        bits[i] |= more[i];
}

void RowSet::intersect(const RowSet &other)
{
    Q_ASSERT(other.m_size == m_size);
    quint64 *bits = m_bits.data();
    const quint64 *also = other.m_bits.constData();
    for (qsizetype i = 0, n = m_bits.size(); i < n; ++i)
        bits[i] &= also[i];
}

int RowSet::count() const
{
    int n = 0;
    for (const quint64 word : m_bits)
        n += int(qPopulationCount(word));
    return n;
}

QVector<int> RowSet::positions() const
{
    QVector<int> result;
    result.reserve(count());
    for (qsizetype i = 0, n = m_bits.size(); i < n; ++i) {
        for (quint64 word = m_bits.at(i); word != 0; word &= word - 1)
            result.append(int(i * 64) + int(qCountTrailingZeroBits(word)));
    }
    return result;
}

bool RowSet::unitePacked(QByteArrayView packed)
{
    if (packed.isEmpty())
        return false;
    const auto *data = reinterpret_cast<const unsigned char *>(packed.data());
    const qsizetype length = packed.size();
    if (data[0] == 'B') {
        if (length != 1 + (m_size + 7) / 8)
            return false;
        for (qsizetype i = 1; i < length; ++i) {
            const qsizetype byte = i - 1;
            m_bits[byte >> 3] |= quint64(data[i]) << ((byte & 7) * 8);
        }
        // Bits past the last row would be rows that do not exist.
        const int tail = m_size & 63;
        return tail == 0 || (m_bits.constLast() >> tail) == 0;
    }
    if (data[0] != 'L')
        return false;
    qint64 position = -1;
    for (qsizetype i = 1; i < length;) {
        quint64 delta = 0;
        int shift = 0;
        unsigned char byte = 0;
        do {
            if (i >= length || shift > 28)
                return false;
            byte = data[i++];
            delta |= quint64(byte & 0x7F) << shift;
            shift += 7;
        } while (byte & 0x80);
        position += qint64(delta) + 1;
        if (position >= m_size)
            return false;
        m_bits[position >> 6] |= quint64(1) << (position & 63);
    }
    return true;
}

QByteArray RowSet::pack(const QVector<int> &positions, int size)
{
    Q_ASSERT(std::is_sorted(positions.cbegin(), positions.cend()));
    Q_ASSERT(positions.isEmpty() || (positions.constFirst() >= 0 && positions.constLast() < size));
    QByteArray list(1, 'L');
    int previous = -1;
    for (const int position : positions) {
        quint32 delta = quint32(position - previous - 1);
        previous = position;
        while (delta >= 0x80) {
            list.append(char((delta & 0x7F) | 0x80));
            delta >>= 7;
        }
        list.append(char(delta));
    }
    const qsizetype bitsLength = 1 + (qsizetype(size) + 7) / 8;
    if (list.size() <= bitsLength)
        return list;
    QByteArray bits(bitsLength, '\0');
    bits[0] = 'B';
    for (const int position : positions)
        bits[1 + position / 8] = char(uchar(bits.at(1 + position / 8)) | (1U << (position % 8)));
    return bits;
}

void SearchTermWriter::add(int position, const QByteArrayList &titleTokens,
                           const QByteArrayList &bodyTokens)
{
    Q_ASSERT(position >= m_lastPosition);
    m_lastPosition = position;
    for (const QByteArray &token : titleTokens) {
        QVector<int> &rows = m_terms[token].title;
        if (rows.isEmpty() || rows.constLast() != position)
            rows.append(position);
    }
    for (const QByteArray &token : bodyTokens) {
        QVector<int> &rows = m_terms[token].body;
        if (rows.isEmpty() || rows.constLast() != position)
            rows.append(position);
    }
}

QString SearchTermWriter::write(int rowCount)
{
    QByteArrayList terms = m_terms.keys();
    std::sort(terms.begin(), terms.end());
    SqliteStatement insert(
        m_db, "INSERT INTO search_term (lang, term, title, body) VALUES (?, ?, ?, ?)");
    for (const QByteArray &term : std::as_const(terms)) {
        const Rows &rows = m_terms[term];
        if (!insert.bind(m_lang)
                 .bindUtf8(term)
                 .bindBlob(RowSet::pack(rows.title, rowCount))
                 .bindBlob(RowSet::pack(rows.body, rowCount))
                 .run())
            return insert.errorText();
    }
    m_terms.clear();
    return {};
}

std::optional<TermMatch> matchTerms(sqlite3 *db, const SearchTokenizer &tokenizer,
                                    const SearchQuery &query, const QString &lang, int size,
                                    int limit, bool *damaged)
{
    *damaged = false;
    const QStringList words = query.words();
    if (words.isEmpty() || size <= 0)
        return std::nullopt;
    TermMatch match;
    QVector<WordRows> rows;
    RowSet matches;
    for (int i = 0; i < words.size(); ++i) {
        const QByteArrayList tokens = tokenizer.tokens(words.at(i));
        if (tokens.size() != 1)
            return std::nullopt; // FTS5 reads it as a phrase
        match.words << tokens.first();
        std::optional<WordRows> word =
            wordRows(db, lang, tokens.first(), i == words.size() - 1, size, damaged);
        if (!word)
            return std::nullopt;
        RowSet either = word->title;
        either.unite(word->body);
        if (i == 0)
            matches = either;
        else
            matches.intersect(either);
        rows.append(std::move(*word));
    }

    // Scores as SearchRank's: a word in the title, a word in the body; ties in row order.
    struct Scored
    {
        int score;
        int position;
    };
    const QVector<int> positions = matches.positions();
    QVector<Scored> scored;
    scored.reserve(positions.size());
    for (const int position : positions) {
        int score = 0;
        for (const WordRows &word : std::as_const(rows)) {
            score += word.title.contains(position) ? SearchRank::titleScore : 0;
            score += word.body.contains(position) ? SearchRank::bodyScore : 0;
        }
        scored.append({score, position});
    }
    const auto better = [](const Scored &a, const Scored &b) {
        return a.score != b.score ? a.score > b.score : a.position < b.position;
    };
    const qsizetype kept = qMin<qsizetype>(qMax(limit, 0), scored.size());
    std::partial_sort(scored.begin(), scored.begin() + kept, scored.end(), better);

    match.total = int(positions.size());
    for (qsizetype i = 0; i < kept; ++i)
        match.best.append(scored.at(i).position);
    return match;
}

bool termHoldsRow(sqlite3 *db, const QString &lang, const QByteArray &token, int size,
                  int position)
{
    bool damaged = false;
    const std::optional<WordRows> word = wordRows(db, lang, token, false, size, &damaged);
    return word && (word->title.contains(position) || word->body.contains(position));
}

} // namespace bv
