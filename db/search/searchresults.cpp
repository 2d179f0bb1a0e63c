// SPDX-License-Identifier: MIT
#include "search/searchresults.h"

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

} // namespace bv
