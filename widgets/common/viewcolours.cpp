// SPDX-License-Identifier: MIT
#include "common/viewcolours.h"

namespace bv::ViewColours {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor category(int index, const QPalette &palette)
{
    const int hue = ((index % 360) * 67 + 200) % 360;
    return isDark(palette) ? QColor::fromHsv(hue, 110, 235) : QColor::fromHsv(hue, 190, 175);
}

QColor series(int index, const QPalette &palette)
{
    return category(index + 3, palette);
}

} // namespace bv::ViewColours
