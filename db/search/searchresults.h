// SPDX-License-Identifier: MIT
// What a search found: items with their title and a snippet of plain text, and where the
// matched words are in each, so a view can highlight them without any markup.
#pragma once

#include "content/briefing.h"

#include <QPair>
#include <QString>
#include <QVector>

namespace bv {

// (start, length) ranges of QString positions.
using TextRanges = QVector<QPair<int, int>>;

struct SearchHit
{
    ItemKind kind = ItemKind::Briefing;
    QString id;
    QString title;              // in the searched language, plain text
    TextRanges titleHighlights; // the matched words in `title`
    QString snippet;            // a few words around the matches, '…' where cut; plain text
    TextRanges highlights;      // the matched words in `snippet`
};

// The hit's title and snippet cut to what a list shows (TextLimits::titleChars and
// snippetChars), their highlights with them: no view measures a 100,000-character word.
void boundHit(SearchHit *hit);

struct SearchResults
{
    // Grouped by kind in the order of SearchIndex::kindOrder(), the best first within a kind.
    QVector<SearchHit> hits;
    int total = 0;                  // items that match
    bool totalIsLowerBound = false; // more than `total` match: show "N+ results"
    bool failed = false;            // the index could not answer (a damaged shipped index):
                                    // build one in memory and search again
};

// Text with private-use markers U+E000 (start) and U+E001 (end) around matched words, as
// SQLite's snippet() and highlight() return it, split into plain text and ranges. Stray
// or unbalanced markers are dropped.
struct MarkedText
{
    static constexpr char16_t open = 0xE000;
    static constexpr char16_t close = 0xE001;
    static void split(const QString &marked, QString *text, TextRanges *ranges);
};

} // namespace bv
