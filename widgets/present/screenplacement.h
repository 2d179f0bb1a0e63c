// SPDX-License-Identifier: MIT
// Where a show's two windows go, as a pure function of the screens (their geometries and
// names), the screen the main window is on and the user's choice, so that it can be tested
// for any set of screens: the audience full screen on the chosen screen (automatic: a screen
// other than the main window's when there are two or more), the console full screen on
// another; with one screen the stage full screen and the console a window over it; or both
// as windows ("Stage and Console as Windows", for sharing one window in a call). Swapped (the
// show's swap key), the stage and the console trade places: their screens when they are on
// two, their sides when both are windows on one screen; a stage full screen with the console
// over it on the one screen has nothing to trade (`swapped` is then false in the plan).
#pragma once

#include <QRect>
#include <QString>
#include <QStringList>
#include <QVector>

namespace bv {

struct ScreenPlacement
{
    enum class Mode { FullScreen, Windows };

    int audienceScreen = -1; // index into the screens given; -1 when there are none
    int consoleScreen = -1;
    bool audienceFullScreen = true;
    bool consoleFullScreen = false;
    QRect audienceGeometry; // the window's geometry (a whole screen when full screen)
    QRect consoleGeometry;
    bool swapped = false; // the places were traded (a swap was asked and there was one to make)

    // `screens`: each screen's geometry; `names` theirs (same order); `mainScreen` the main
    // window's screen (an index, -1 unknown); `chosen` the name of the screen the user chose
    // for the audience (empty, or not connected: automatic); `swap` the places traded.
    static ScreenPlacement plan(const QVector<QRect> &screens, const QStringList &names, int mainScreen,
                                const QString &chosen, Mode mode, bool swap = false);
    bool operator==(const ScreenPlacement &other) const;
};

} // namespace bv
