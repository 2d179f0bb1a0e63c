// SPDX-License-Identifier: MIT
#include "common/viewcolours.h"

#include <algorithm>
#include <cmath>

namespace bv::ViewColours {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor category(int index, const QPalette &palette)
{
    const int hue = ((index % 360) * 67 + 200) % 360;
    const QColor colour = isDark(palette) ? QColor::fromHsv(hue, 110, 235) : QColor::fromHsv(hue, 190, 175);
    return readable(colour, palette.color(QPalette::Base), markContrast);
}

QColor series(int index, const QPalette &palette)
{
    return category(index + 3, palette);
}

double luminance(const QColor &colour)
{
    auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readable(const QColor &colour, const QColor &background, double ratio)
{
    // Away from the background's lightness, in small steps: the hue stays recognisable.
    const bool darken = luminance(background) > 0.18;
    QColor c = colour.toHsl();
    for (int i = 0; i < 64 && contrast(c, background) < ratio; ++i) {
        const int lightness = std::clamp(c.lightness() + (darken ? -4 : 4), 0, 255);
        c.setHsl(c.hslHue(), c.hslSaturation(), lightness, c.alpha());
        if (lightness == 0 || lightness == 255)
            break;
    }
    return c.toRgb();
}

QColor mutedText(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    QColor grey = palette.color(QPalette::Text);
    grey = QColor::fromRgbF(float((grey.redF() + base.redF()) / 2), float((grey.greenF() + base.greenF()) / 2),
                            float((grey.blueF() + base.blueF()) / 2));
    return readable(grey, base, textContrast);
}

QColor searchMark(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base), highlight = palette.color(QPalette::Highlight);
    QColor mark = base;
    for (double alpha = 0.3; alpha > 0.05; alpha -= 0.05) {
        mark = QColor::fromRgbF(float(highlight.redF() * alpha + base.redF() * (1 - alpha)),
                                float(highlight.greenF() * alpha + base.greenF() * (1 - alpha)),
                                float(highlight.blueF() * alpha + base.blueF() * (1 - alpha)));
        if (contrast(palette.color(QPalette::Text), mark) >= textContrast
            && contrast(palette.color(QPalette::PlaceholderText), mark) >= textContrast)
            break;
    }
    return mark;
}

QColor noteText(const QPalette &palette)
{
    const QColor warm = isDark(palette) ? QColor(0xff, 0xb0, 0x60) : QColor(0xb3, 0x5c, 0x00);
    return readable(warm, palette.color(QPalette::Base), textContrast);
}

} // namespace bv::ViewColours
