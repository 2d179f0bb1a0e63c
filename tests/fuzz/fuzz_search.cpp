// SPDX-License-Identifier: MIT
// What a user types into the search box, against the sample's index, and the highlighter on
// any text. The first line of the input is the query, the rest a text. The query's FTS5
// expressions must never be an FTS5 error (SearchQuery's promise), every highlight must lie
// within its text, in order.
#include "fuzztargets.h"

#include "file/briefingdatabase.h"
#include "search/searchhighlight.h"
#include "search/searchindex.h"
#include "search/searchquery.h"
#include "search/searchtokenizer.h"

#include <sqlite3.h>

#include <memory>

namespace bv::fuzz {

namespace {

struct State
{
    std::shared_ptr<BriefingDatabase> sample;
    std::unique_ptr<SearchIndex> index;
    sqlite3 *db = nullptr; // an FTS5 table of the text, with the index's tokenizer
    std::unique_ptr<SearchTokenizer> tokenizer;
};

State &state()
{
    static State s;
    return s;
}

void checkRanges(const QString &text, const TextRanges &ranges, const char *what)
{
    int end = 0;
    for (const auto &[start, length] : ranges) {
        if (start < end || length <= 0 || start + length > text.size())
            fail("search", QStringLiteral("%1: highlight (%2, %3) outside its text of %4 or out of order")
                               .arg(QLatin1String(what)).arg(start).arg(length).arg(text.size()));
        end = start + length;
    }
}

void mustMatch(const QString &expression)
{
    if (expression.isEmpty())
        return;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(state().db, "SELECT count(*) FROM t WHERE t MATCH ?", -1, &statement, nullptr) != SQLITE_OK)
        fail("search", QStringLiteral("prepare: %1").arg(QString::fromUtf8(sqlite3_errmsg(state().db))));
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    const int rc = sqlite3_step(statement);
    const QString message = QString::fromUtf8(sqlite3_errmsg(state().db));
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW)
        fail("search", QStringLiteral("FTS5 refused the query %1: %2").arg(expression, message));
}

void exec(const char *sql)
{
    if (sqlite3_exec(state().db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        fail("search", QString::fromUtf8(sqlite3_errmsg(state().db)));
}

} // namespace

void initSearch()
{
    OpenError error;
    state().sample = BriefingDatabase::openSample(&error);
    if (!state().sample)
        fail("search", error.message);
    state().index = SearchIndex::buildInMemory(state().sample, QString());
    if (!state().index)
        fail("search", QStringLiteral("no index of the sample"));
    if (sqlite3_open_v2(":memory:", &state().db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        fail("search", QStringLiteral("no in-memory database"));
    exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = \"unicode61 remove_diacritics 2\")");
    state().tokenizer = std::make_unique<SearchTokenizer>(state().db);
    if (!state().tokenizer->isValid())
        fail("search", QStringLiteral("no tokenizer"));
}

void runSearch(const QByteArray &input)
{
    const qsizetype newline = input.indexOf('\n');
    const QString userText = QString::fromUtf8(newline < 0 ? input : input.left(newline));
    const QString text = newline < 0 ? QString() : QString::fromUtf8(input.mid(newline + 1));

    const SearchQuery query(userText);
    exec("DELETE FROM t");
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(state().db, "INSERT INTO t (body) VALUES (?)", -1, &insert, nullptr);
    const QByteArray body = text.toUtf8();
    sqlite3_bind_text(insert, 1, body.constData(), int(body.size()), SQLITE_TRANSIENT);
    sqlite3_step(insert);
    sqlite3_finalize(insert);
    mustMatch(query.matchExpression());
    mustMatch(query.wholeWordsExpression());
    if (!query.isEmpty()) { // the last word as the terms it stands for in a text (SearchIndex::exactExpression)
        QStringList terms;
        for (const QByteArray &token : state().tokenizer->tokens(text.left(2000)).mid(0, 8))
            terms << QString::fromUtf8(token);
        if (!terms.isEmpty())
            mustMatch(query.matchExpression(terms));
    }

    const SearchResults results = state().index->search(userText, QString(), 50);
    if (results.failed)
        fail("search", QStringLiteral("the sample's index failed on %1").arg(userText));
    if (results.hits.size() > results.total)
        fail("search", QStringLiteral("more hits than the total"));
    for (const SearchHit &hit : results.hits) {
        checkRanges(hit.title, hit.titleHighlights, "title");
        checkRanges(hit.snippet, hit.highlights, "snippet");
    }

    QByteArrayList words;
    for (const QString &word : query.words()) {
        const QByteArrayList tokens = state().tokenizer->tokens(word);
        if (tokens.size() != 1)
            return; // FTS5 reads such a word as a phrase: the index's own FTS5 query highlights it
        words << tokens.first();
    }
    if (words.isEmpty())
        return;
    const SearchHighlighter highlighter(*state().tokenizer, words);
    QString plain;
    TextRanges ranges;
    highlighter.highlight(text, &plain, &ranges);
    checkRanges(plain, ranges, "highlight");
    highlighter.snippet(text, SearchIndex::snippetTokens, &plain, &ranges);
    checkRanges(plain, ranges, "snippet of the text");
}

} // namespace bv::fuzz
