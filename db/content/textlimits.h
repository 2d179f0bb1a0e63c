// SPDX-License-Identifier: MIT
// How much of one text the views lay out, measure or index at once, so that no content (a
// hostile or careless author's 50 MB description, 1 MB of "*") holds up the window. The
// figures are stated in docs/format.md ("Limits on long text").
#pragma once

#include <QString>

namespace bv {

namespace TextLimits {
// Characters of one text shown at first in the detail pane and the FAQ panel; the rest
// follows on "Show all".
constexpr int shownChars = 10000;
// The most "Show all" shows of one text: past it the text is cut, with a note.
constexpr int showAllChars = 300000;
// After "Show all" the detail pane adds the rest of a text piece by piece, at most this many
// characters per turn of the event loop, each piece a paragraph of its own, so that the window
// keeps painting and scrolling while 300,000 characters are laid out.
constexpr int showAllStepChars = 10000;
// A run of more than this many characters without a space or line break, in the part of a
// long plain text shown at first, is broken by a line break after each such many: Qt looks for
// a word's end on every line it breaks, so one 10,000-character run takes it far longer to lay
// out than the same characters in runs of 2,000 (the pieces after "Show all" are cut so too).
constexpr int runChars = 2000;
// Markdown (FAQ answers) longer than this, nested deeper, or with more emphasis and link
// marks is shown as plain text with a note: Qt's Markdown reader takes time that grows
// faster than the text on such input (1 MB of "*" took 232 s).
constexpr int markdownChars = 100000;
constexpr int markdownNesting = 16;
constexpr int markdownMarks = 5000;
// Titles are cut to this many characters before any view measures or draws them.
constexpr int titleChars = 300;
// The detail pane's heading (the item's title in large type, laid out again whenever the pane's
// width changes) is cut to this many.
constexpr int headingChars = 1000;
// Characters of a search hit's snippet.
constexpr int snippetChars = 600;
// Characters of a tool tip.
constexpr int toolTipChars = 1000;
// Characters of each text the search index holds.
constexpr int indexedChars = 100000;
} // namespace TextLimits

// Why a Markdown text is shown as plain text, or None.
enum class MarkdownLimit { None, Length, Nesting, Marks };
MarkdownLimit markdownLimit(const QString &markdown);

// `text` cut to at most `limit` characters, at a character boundary (never inside a
// surrogate pair), with "…" when cut.
QString cutText(const QString &text, int limit);
// Where the piece of `text` that starts at `from` ends, at most `maxChars` characters on: after
// its last blank line, else its last line break, else its last space (each only when that
// leaves at least half of `maxChars`), else at `maxChars`, never inside a surrogate pair;
// text.size() when the rest fits. A long text is shown and laid out in such pieces.
qsizetype pieceEnd(const QString &text, qsizetype from, qsizetype maxChars);
// A title as the views measure and draw it: at most TextLimits::titleChars characters.
inline QString shownTitle(const QString &title)
{
    return title.size() > TextLimits::titleChars ? cutText(title, TextLimits::titleChars) : title;
}

} // namespace bv
