// SPDX-License-Identifier: MIT
// The colours every view draws its data with, from one place: timeline lanes, chart series,
// secondary text in the detail pane and the FAQ, and whether the palette in use is dark. A
// theme changes the QPalette (see ThemePalette); these follow it, and each one is made to
// stand out from the palette's base by the WCAG 2.1 contrast it needs (3:1 for lines and
// marks, 4.5:1 for text).
#pragma once

#include <QColor>
#include <QPalette>

namespace bv::ViewColours {

// True when the palette's base (the background data is drawn on) is dark.
bool isDark(const QPalette &palette);
// The colour of the n-th category (a timeline lane, a chart series): distinct hues, lighter
// and softer on a dark base, so each reads against it; at least markContrast against Base.
QColor category(int index, const QPalette &palette);
// The colour of the n-th series on a chart: the categories, starting where the timeline's
// first lanes do not, so a chart beside the timeline does not look like one of its lanes.
QColor series(int index, const QPalette &palette);

// WCAG 2.1: the relative luminance of a colour (0 black … 1 white), and the contrast ratio of
// two colours (1 … 21), the lighter's luminance + 0.05 over the darker's.
double luminance(const QColor &colour);
double contrast(const QColor &a, const QColor &b);
constexpr double textContrast = 4.5; // text and its background (WCAG 1.4.3, AA)
constexpr double markContrast = 3.0; // lines, marks and their background (WCAG 1.4.11)
// `colour`, made lighter or darker (hue kept) until it has `ratio` against `background`.
QColor readable(const QColor &colour, const QColor &background, double ratio);
// Secondary text on Base (an item's kind, placeholders such as "Not stated", ids).
QColor mutedText(const QPalette &palette);
// The background of a matched word in search results: the highlight colour over Base, as
// light as keeps both Text and PlaceholderText (the snippet) at textContrast on it.
QColor searchMark(const QPalette &palette);
// The warm colour of a note about the text ("[not translated; shown in English]") on Base.
QColor noteText(const QPalette &palette);

} // namespace bv::ViewColours
