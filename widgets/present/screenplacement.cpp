// SPDX-License-Identifier: MIT
#include "present/screenplacement.h"

#include <algorithm>
#include <utility>

namespace bv {

namespace {

// A window of `fraction` of the screen's width and height, centred on it.
QRect centred(const QRect &screen, double fraction)
{
    const QSize size(int(screen.width() * fraction), int(screen.height() * fraction));
    return QRect(screen.center() - QPoint(size.width() / 2, size.height() / 2), size);
}

} // namespace

bool ScreenPlacement::operator==(const ScreenPlacement &other) const
{
    return audienceScreen == other.audienceScreen && consoleScreen == other.consoleScreen
           && audienceFullScreen == other.audienceFullScreen && consoleFullScreen == other.consoleFullScreen
           && audienceGeometry == other.audienceGeometry && consoleGeometry == other.consoleGeometry
           && swapped == other.swapped;
}

ScreenPlacement ScreenPlacement::plan(const QVector<QRect> &screens, const QStringList &names, int mainScreen,
                                      const QString &chosen, Mode mode, bool swap)
{
    ScreenPlacement p;
    const int count = int(screens.size());
    if (count == 0)
        return p;
    if (mainScreen < 0 || mainScreen >= count)
        mainScreen = 0;
    const int named = chosen.isEmpty() ? -1 : int(names.indexOf(chosen));
    if (named >= 0 && named < count)
        p.audienceScreen = named;
    else if (count >= 2)
        p.audienceScreen = mainScreen == 0 ? 1 : 0; // the first screen the window is not on
    else
        p.audienceScreen = 0;
    if (mainScreen != p.audienceScreen)
        p.consoleScreen = mainScreen;
    else if (count >= 2)
        p.consoleScreen = p.audienceScreen == 0 ? 1 : 0;
    else
        p.consoleScreen = p.audienceScreen;

    const bool shared = p.audienceScreen == p.consoleScreen;
    if (swap && !shared) {
        std::swap(p.audienceScreen, p.consoleScreen);
        p.swapped = true;
    }
    const QRect audience = screens.at(p.audienceScreen);
    const QRect console = screens.at(p.consoleScreen);
    if (mode == Mode::FullScreen) {
        p.audienceFullScreen = true;
        p.audienceGeometry = audience;
        p.consoleFullScreen = !shared;
        p.consoleGeometry = shared ? centred(console, 0.8) : console;
        return p;
    }
    p.audienceFullScreen = p.consoleFullScreen = false;
    if (!shared) {
        p.audienceGeometry = centred(audience, 0.8);
        p.consoleGeometry = centred(console, 0.8);
        return p;
    }
    // Side by side on one screen: the stage at 16:9 on the left, the console beside it
    // (swapped: the console on the left, the stage beside it).
    const int margin = std::max(8, audience.width() / 100);
    int stageWidth = (audience.width() - 3 * margin) * 11 / 20;
    int stageHeight = stageWidth * 9 / 16;
    if (stageHeight > audience.height() - 2 * margin) {
        stageHeight = audience.height() - 2 * margin;
        stageWidth = stageHeight * 16 / 9;
    }
    const int consoleWidth = audience.width() - 3 * margin - stageWidth;
    const int left = audience.left() + margin;
    const int top = audience.top() + margin;
    p.swapped = swap;
    p.audienceGeometry = QRect(swap ? left + consoleWidth + margin : left, top, stageWidth, stageHeight);
    p.consoleGeometry = QRect(swap ? left : left + stageWidth + margin, top, consoleWidth, audience.height() - 2 * margin);
    return p;
}

} // namespace bv
