// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace bv {

// The tool bar's icons, drawn when painted at the size asked for, in the palette's text
// colour (dimmed when disabled). The style's own standard icons decode several PNG sizes
// each when made, before the window's first paint.
enum class ToolIcon { Open, Back, Forward, Overview };
QIcon toolIcon(ToolIcon kind);

} // namespace bv
