// SPDX-License-Identifier: MIT
// The palettes of the program's own themes (Light, Dark, High contrast), for Qt's Fusion
// style (Qt 6.4 has no colour-scheme API to ask the platform for one), and the style that
// draws the High contrast theme's frames. The System theme keeps the platform's palette.
#pragma once

#include "common/iconcachestyle.h"
#include "models/themestate.h"

#include <QPalette>

namespace bv::ThemePalette {

QPalette light();
QPalette dark();
// White text on black, yellow selection, every frame and line at least 3:1 (WCAG 2.1 AA).
QPalette highContrast();
// The palette of `theme`; `system` for ThemeState::Theme::System.
QPalette forTheme(ThemeState::Theme theme, const QPalette &system);

} // namespace bv::ThemePalette

namespace bv {

// Fusion draws frames in a darker shade of the window colour, which on black is black: this
// draws the frames of fields, buttons, check boxes, lists and combo boxes in the text colour.
class HighContrastStyle final : public IconCacheStyle
{
    Q_OBJECT
public:
    HighContrastStyle(); // over Fusion
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};

} // namespace bv
