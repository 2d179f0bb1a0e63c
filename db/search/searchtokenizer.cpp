// SPDX-License-Identifier: MIT
#include "search/searchtokenizer.h"

#include <sqlite3.h>

namespace bv {

namespace {

int addToken(void *context, int, const char *token, int size, int, int)
{
    static_cast<QByteArrayList *>(context)->append(QByteArray(token, size));
    return SQLITE_OK;
}

// The spans of the tokens, their offsets still in UTF-8 bytes.
int addSpan(void *context, int, const char *token, int size, int start, int end)
{
    static_cast<QVector<SearchTokenizer::Span> *>(context)->append(
        {QByteArray(token, size), start, end});
    return SQLITE_OK;
}

// Moves `*units` (UTF-16 code units) over the UTF-8 bytes from `*from` to `to`.
void advance(const QByteArray &utf8, int *from, int to, int *units)
{
    for (; *from < to && *from < utf8.size(); ++*from) {
        const auto byte = uchar(utf8.at(*from));
        if ((byte & 0xC0) != 0x80)
            *units += byte >= 0xF0 ? 2 : 1;
    }
}

} // namespace

fts5_api *SearchTokenizer::api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

SearchTokenizer::SearchTokenizer(sqlite3 *db) : m_methods(std::make_unique<fts5_tokenizer>())
{
    fts5_api *fts5 = api(db);
    void *context = nullptr;
    if (!fts5 || fts5->xFindTokenizer(fts5, "unicode61", &context, m_methods.get()) != SQLITE_OK)
        return;
    // The arguments of the tokenize option in db/search/search_index.sql.
    const char *arguments[] = {"remove_diacritics", "2"};
    if (m_methods->xCreate(context, arguments, 2, &m_tokenizer) != SQLITE_OK)
        m_tokenizer = nullptr;
}

SearchTokenizer::~SearchTokenizer()
{
    if (m_tokenizer)
        m_methods->xDelete(m_tokenizer);
}

QByteArrayList SearchTokenizer::tokens(const QString &text) const
{
    QByteArrayList result;
    if (!m_tokenizer)
        return result;
    const QByteArray utf8 = text.toUtf8();
    m_methods->xTokenize(m_tokenizer, &result, FTS5_TOKENIZE_DOCUMENT, utf8.constData(),
                         int(utf8.size()), &addToken);
    return result;
}

QVector<SearchTokenizer::Span> SearchTokenizer::spans(const QString &text) const
{
    QVector<Span> result;
    if (!m_tokenizer)
        return result;
    const QByteArray utf8 = text.toUtf8();
    m_methods->xTokenize(m_tokenizer, &result, FTS5_TOKENIZE_DOCUMENT, utf8.constData(),
                         int(utf8.size()), &addSpan);
    // Byte offsets to QString positions, in one pass: the spans come in text order.
    int byte = 0, units = 0;
    for (Span &span : result) {
        const int endByte = span.end;
        advance(utf8, &byte, span.start, &units);
        span.start = units;
        advance(utf8, &byte, endByte, &units);
        span.end = units;
    }
    return result;
}

} // namespace bv
