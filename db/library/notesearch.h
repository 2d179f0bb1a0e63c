// SPDX-License-Identifier: MIT
// The user's notes on the open briefing that match what was typed in the search field, as
// search hits (the "My notes" group of the results): the noted item's title, a snippet of
// the note as plain text, and where the query's words are in both. The words are taken from
// the typed text as the briefing's own search takes them (SearchQuery: letters and digits
// only), so no input is a pattern or SQL; each word is found anywhere in the note's text or
// its item's title, case and diacritics folded.
#pragma once

#include "search/searchresults.h"

namespace bv {

class UserLibrary;

class NoteSearch final
{
public:
    static constexpr int maxHits = 50;
    static constexpr int snippetLength = 160; // characters of the note shown around the first match

    // Notes on items the open briefing has (orphaned notes are left to the Notes panel), the
    // most recently changed first. A hit's id is the noted item's id, its kind the item's.
    static QVector<SearchHit> find(const UserLibrary &library, const QString &userText, int limit = maxHits);

    // Where the folded `words` are in `text` (case and diacritics folded as Library::fold
    // folds them), as ranges of `text`.
    static TextRanges matches(const QString &text, const QStringList &words);
};

} // namespace bv
