// SPDX-License-Identifier: MIT
// What a search hit marks: the words of a text at its highlight ranges; what a search shows.
#pragma once

#include "search/searchresults.h"

#include <QStringList>

namespace bv::test {

QStringList highlighted(const QString &text, const TextRanges &ranges);
// What a search shows, a line a hit (kind, id, title, snippet, highlights) and its totals,
// to compare two searches.
QStringList shown(const SearchResults &results);
// The ids of the hits, in order.
QStringList ids(const SearchResults &results);

} // namespace bv::test
