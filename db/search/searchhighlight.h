// SPDX-License-Identifier: MIT
// Marks the words of a query in an item's text, for the rows found through the word list
// (matchTerms): the whole title with its matches, and the few words of the body around the
// most of the query's words, as FTS5's highlight() and snippet() would, without the FTS5
// query that finding the same rows again would cost.
#pragma once

#include "search/searchresults.h"

#include <QByteArrayList>
#include <QString>

namespace bv {

class SearchTokenizer;

class SearchHighlighter final
{
public:
    // `words`: the folded token of each word of the query, the last one a prefix.
    SearchHighlighter(const SearchTokenizer &tokenizer, const QByteArrayList &words)
        : m_tokenizer(tokenizer), m_words(words)
    {
    }

    // All of `text`, and where the query's words are in it.
    void highlight(const QString &text, QString *plain, TextRanges *ranges) const;
    // `length` words of `text` (all when it has no more), chosen as FTS5's snippet()
    // chooses them: the most of the query's different words, then the most matches, with
    // the matches in the middle or from the start of their sentence. '…' where it is cut.
    void snippet(const QString &text, int length, QString *plain, TextRanges *ranges) const;

private:
    // The query's words that `token` is (bit i: word i).
    quint32 wordsOf(const QByteArray &token) const;

    const SearchTokenizer &m_tokenizer;
    QByteArrayList m_words;
};

} // namespace bv
