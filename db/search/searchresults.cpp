// SPDX-License-Identifier: MIT
#include "search/searchresults.h"

#include "content/textlimits.h"

namespace bv {

void MarkedText::split(const QString &marked, QString *text, TextRanges *ranges)
{
    text->clear();
    ranges->clear();
    text->reserve(marked.size());
    int start = -1;
    for (const QChar c : marked) {
        if (c == QChar(open)) {
            start = int(text->size());
        } else if (c == QChar(close)) {
            if (start >= 0 && text->size() > start)
                ranges->append({start, int(text->size()) - start});
            start = -1;
        } else {
            text->append(c);
        }
    }
}

namespace {
void bound(QString *text, TextRanges *ranges, int limit)
{
    if (text->size() <= limit)
        return;
    *text = cutText(*text, limit);
    const int kept = int(text->size()) - 1; // before the "…"
    TextRanges within;
    for (const auto &range : std::as_const(*ranges)) {
        if (range.first < kept)
            within.append({range.first, qMin(range.second, kept - range.first)});
    }
    *ranges = within;
}
} // namespace

void boundHit(SearchHit *hit)
{
    bound(&hit->title, &hit->titleHighlights, TextLimits::titleChars);
    bound(&hit->snippet, &hit->highlights, TextLimits::snippetChars);
}

} // namespace bv
