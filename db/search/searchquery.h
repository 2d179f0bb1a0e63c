// SPDX-License-Identifier: MIT
// What a user typed into the search box, as FTS5 query text that cannot fail: only the
// words are kept, each quoted as an FTS5 string, so operators, quotes, column filters and
// SQL mean nothing. All words must match; the last one is a prefix (search as you type).
#pragma once

#include <QString>
#include <QStringList>

namespace bv {

class SearchQuery final
{
public:
    static constexpr int maxLength = 256; // characters of the user's text that count
    static constexpr int maxWords = 16;

    explicit SearchQuery(const QString &userText);

    bool isEmpty() const { return m_words.isEmpty(); }
    // The words, in NFC, as typed (case is left to the tokenizer).
    QStringList words() const { return m_words; }

    // Every word anywhere in the item: "w1" "w2" "w3"*
    QString matchExpression() const;
    // The same with the last word whole: "w1" "w2" "w3"
    QString wholeWordsExpression() const;
    // The same with the last word, a prefix, as any of `terms` exactly:
    // "w1" "w2" AND ("t1" OR "t2")
    QString matchExpression(const QStringList &lastWordTerms) const;

    // A word is a run of letters and digits (QChar::isLetterOrNumber) with the marks that
    // follow them; everything else separates words.
    static QStringList extractWords(const QString &text, int maxWords);

private:
    QStringList m_words;
};

} // namespace bv
