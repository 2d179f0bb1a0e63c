// SPDX-License-Identifier: MIT
// The search index's tokenizer (unicode61 with remove_diacritics 2, as db/search/search_index.sql
// declares it), used through FTS5's own API: the tokens FTS5 indexes for a text, in lower
// case without diacritics, exactly as it folds them.
#pragma once

#include <QByteArrayList>
#include <QString>
#include <QVector>

#include <memory>

struct sqlite3;
struct fts5_api;
struct fts5_tokenizer;
struct Fts5Tokenizer;

namespace bv {

// Not thread-safe, even in its const functions (unicode61 keeps a buffer): one per thread.
class SearchTokenizer final
{
public:
    explicit SearchTokenizer(sqlite3 *db);
    ~SearchTokenizer();
    SearchTokenizer(const SearchTokenizer &) = delete;
    SearchTokenizer &operator=(const SearchTokenizer &) = delete;

    bool isValid() const { return m_tokenizer != nullptr; }
    // The folded tokens of `text`, as UTF-8.
    QByteArrayList tokens(const QString &text) const;

    struct Span
    {
        QByteArray token; // folded, UTF-8
        int start = 0;    // where it stands in the text: QString positions
        int end = 0;      // one past its last position
    };
    // The folded tokens of `text` with where each stands in it.
    QVector<Span> spans(const QString &text) const;

    // FTS5's API on a connection, or null when SQLite has no FTS5.
    static fts5_api *api(sqlite3 *db);

private:
    std::unique_ptr<fts5_tokenizer> m_methods;
    Fts5Tokenizer *m_tokenizer = nullptr;
};

} // namespace bv
