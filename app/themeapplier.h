// SPDX-License-Identifier: MIT
// Turns ThemeState into the application's style, palette and font, at once and whenever the
// state changes: System keeps the platform's style and palette; Light, Dark and High contrast
// are Fusion with ThemePalette's palettes (High contrast with its framed style). The text size
// scales the platform's font. Every widget gets PaletteChange / FontChange and follows.
#pragma once

#include <QObject>

namespace bv {

class ThemeState;

class ThemeApplier final : public QObject
{
    Q_OBJECT
public:
    ThemeApplier(ThemeState *state, QObject *parent);
    void apply();
    // Before the first widget: the platform's look noted, its style made one whose standard
    // icons are made once (IconCacheStyle), and those every window needs made now.
    static void prepareStyle();

private:
    void applyTheme();
    void applyText();
    ThemeState *m_state;
};

} // namespace bv
