// SPDX-License-Identifier: MIT
#include "search/searchhighlight.h"

#include "search/searchtokenizer.h"

#include <QtAlgorithms>

namespace bv {

namespace {

// Whether the text between two tokens ends a sentence: a '.' or ':' then white space.
bool startsSentence(const QString &text, int gapStart, int gapEnd)
{
    int i = gapEnd - 1;
    while (i >= gapStart && (text.at(i) == QLatin1Char(' ') || text.at(i) == QLatin1Char('\t') ||
                             text.at(i) == QLatin1Char('\n') || text.at(i) == QLatin1Char('\r')))
        --i;
    return i < gapEnd - 1 && i >= 0 && (text.at(i) == QLatin1Char('.') || text.at(i) == QLatin1Char(':'));
}

} // namespace

quint32 SearchHighlighter::wordsOf(const QByteArray &token) const
{
    quint32 words = 0;
    const qsizetype last = m_words.size() - 1;
    for (qsizetype i = 0; i <= last && i < 32; ++i) {
        if (i == last ? token.startsWith(m_words.at(i)) : token == m_words.at(i))
            words |= quint32(1) << i;
    }
    return words;
}

void SearchHighlighter::highlight(const QString &text, QString *plain, TextRanges *ranges) const
{
    *plain = text;
    ranges->clear();
    for (const SearchTokenizer::Span &span : m_tokenizer.spans(text)) {
        if (wordsOf(span.token) != 0)
            ranges->append({span.start, span.end - span.start});
    }
}

void SearchHighlighter::snippet(const QString &text, int length, QString *plain,
                                TextRanges *ranges) const
{
    plain->clear();
    ranges->clear();
    const QVector<SearchTokenizer::Span> spans = m_tokenizer.spans(text);
    const int n = int(spans.size());
    if (n == 0) {
        *plain = text;
        return;
    }
    QVector<quint32> words(n);
    for (int i = 0; i < n; ++i)
        words[i] = wordsOf(spans.at(i).token);
    if (n <= length) {
        highlight(text, plain, ranges); // all of it
        return;
    }
    length = qMax(1, length);

    // As FTS5's snippet(): a window at each match, scored by the query's different words in
    // it (1000 each) and its matches (1 each), then moved to have its matches in the middle;
    // and a window at the start of the match's sentence, which scores 100 more (120 at the
    // start of the text). The first best wins.
    auto score = [&](int from, int *first, int *last) {
        quint32 seen = 0;
        int value = 0;
        *first = *last = -1;
        for (int i = from; i < qMin(n, from + length); ++i) {
            if (words.at(i) == 0)
                continue;
            value += 1 + 1000 * int(qPopulationCount(words.at(i) & ~seen));
            seen |= words.at(i);
            *first = *first < 0 ? i : *first;
            *last = i;
        }
        return value;
    };
    int start = 0, bestScore = 0, sentence = 0;
    for (int i = 0; i < n; ++i) {
        if (i > 0 && startsSentence(text, spans.at(i - 1).end, spans.at(i).start))
            sentence = i;
        if (words.at(i) == 0)
            continue;
        int first = 0, last = 0;
        const int centred = score(i, &first, &last);
        if (centred > bestScore) {
            bestScore = centred;
            start = qBound(0, first - (length - (last - first + 1)) / 2, n - length);
        }
        if (sentence < i) {
            const int atSentence = score(sentence, &first, &last) + (sentence == 0 ? 120 : 100);
            if (atSentence > bestScore) {
                bestScore = atSentence;
                start = sentence; // and to the end of the text if that is nearer
            }
        }
    }
    const int end = qMin(start + length, n);

    const QString ellipsis(QChar(0x2026));
    const int from = start == 0 ? 0 : spans.at(start).start;
    const int to = end == n ? int(text.size()) : spans.at(end - 1).end;
    if (start > 0)
        *plain += ellipsis;
    const int shift = int(plain->size()) - from;
    *plain += text.mid(from, to - from);
    if (end < n)
        *plain += ellipsis;
    for (int i = start; i < end; ++i) {
        if (words.at(i) != 0)
            ranges->append({spans.at(i).start + shift, spans.at(i).end - spans.at(i).start});
    }
}

} // namespace bv
