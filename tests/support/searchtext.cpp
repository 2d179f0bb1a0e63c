// SPDX-License-Identifier: MIT
#include "searchtext.h"

#include "search/searchindex.h"

namespace bv::test {

QStringList highlighted(const QString &text, const TextRanges &ranges)
{
    QStringList words;
    for (const auto &range : ranges)
        words << text.mid(range.first, range.second);
    return words;
}

// What a search shows, in order, to compare two searches.
QStringList shown(const SearchResults &results)
{
    QStringList lines;
    for (const SearchHit &hit : results.hits) {
        QStringList ranges;
        for (const auto &range : hit.highlights)
            ranges << QStringLiteral("%1+%2").arg(range.first).arg(range.second);
        lines << QString(SearchIndex::kindKey(hit.kind)) + QLatin1Char(' ') + hit.id +
                     QLatin1Char(' ') + hit.title + QLatin1Char(' ') + hit.snippet +
                     QLatin1Char(' ') + ranges.join(QLatin1Char(','));
    }
    lines << QStringLiteral("total %1%2 failed %3")
                 .arg(results.total)
                 .arg(results.totalIsLowerBound ? QStringLiteral("+") : QString())
                 .arg(results.failed);
    return lines;
}

QStringList ids(const SearchResults &results)
{
    QStringList list;
    for (const SearchHit &hit : results.hits)
        list << hit.id;
    return list;
}

} // namespace bv::test
