// SPDX-License-Identifier: MIT
// The colours every view draws its data with, from one place: timeline lanes, chart series,
// and whether the palette in use is dark. A theme changes the QPalette; these follow it.
#pragma once

#include <QColor>
#include <QPalette>

namespace bv::ViewColours {

// True when the palette's base (the background data is drawn on) is dark.
bool isDark(const QPalette &palette);
// The colour of the n-th category (a timeline lane, a chart series): distinct hues, lighter
// and softer on a dark base, so each reads against it.
QColor category(int index, const QPalette &palette);
// The colour of the n-th series on a chart: the categories, starting where the timeline's
// first lanes do not, so a chart beside the timeline does not look like one of its lanes.
QColor series(int index, const QPalette &palette);

} // namespace bv::ViewColours
