// SPDX-License-Identifier: MIT
// Who the viewer is to the desktop: its names and version, the desktop entry it is started
// from (briefing-viewer.desktop: on Wayland it gives the window its icon and its place in the
// task bar), and its icon, from the PNG sizes rendered at build time (resources/desktop/).
#pragma once

#include <QIcon>

namespace bv {

inline constexpr char desktopFileName[] = "briefing-viewer";

// Organization, application name and version: enough for --help and --version.
void setApplicationIdentity();
// The desktop file name and the window icon (the About box shows it too); needs a QGuiApplication.
void setDesktopIdentity();
// The application icon in the sizes of the hicolor theme, 16 to 256 pixels.
QIcon applicationIcon();

} // namespace bv
