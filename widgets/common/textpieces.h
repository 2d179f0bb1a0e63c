// SPDX-License-Identifier: MIT
// The rest of a long text after "Show all", added to a laid-out document piece by piece
// (docs/format.md, "Limits on long text"): the detail pane and the FAQ panel each add one piece
// of at most TextLimits::showAllStepChars characters per turn of the event loop, so that only
// that piece is laid out at once and the window keeps painting meanwhile.
#pragma once

#include <QString>

class QTextDocument;

namespace bv {

class BriefingDatabase;
struct ItemField;

namespace TextPieces {

// A text cut with "Show all": as much of it as "Show all" shows, and where the next piece
// starts in it (-1: not begun).
struct Rest
{
    QString text;    // TextLimits::showAllChars characters at most
    qsizetype total; // the whole text's length
    bool markdown;   // Markdown within its limits
    qsizetype next = -1;
};

// The rest of `field` of item `row` when it is longer than TextLimits::shownChars (read in
// part: BriefingDatabase::textPart), or false.
bool restOf(const BriefingDatabase &database, const ItemField &field, int row, Rest *rest);
// Removes the first "… Show all" link of `document` and sets `*at` where the rest goes; false
// when there is none.
bool beginRest(QTextDocument *document, int *at);
// Adds the next piece of `rest` at `*at` (after beginRest()) as a paragraph of its own, and the
// cut note after the last one; moves `*at` past it and returns the piece's characters. The rest
// is all in when rest.next >= rest.text.size().
int addNextPiece(QTextDocument *document, Rest *rest, int *at);

} // namespace TextPieces
} // namespace bv
