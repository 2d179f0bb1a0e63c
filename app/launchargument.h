// SPDX-License-Identifier: MIT
// What briefing-viewer opens from its command line, in every form a desktop hands it over
// (Exec=briefing-viewer %u): a file path, a file:// URL (percent-encoded), or a
// briefing://BRIEFING-ID/ITEM-ID link (docs/library.md).
#pragma once

#include <QString>

namespace bv {

class MainWindow;

enum class LaunchKind { Path, Url, Link };

// A briefing:// link, a URL (file: or any scheme://), or else a path, relative ones included.
LaunchKind launchKind(const QString &argument);

// Opens it in the window, in the background: the path or the URL's file; the link's item in
// the file the user's library knows for it (the sample when the link cannot be followed).
void openLaunchArgument(MainWindow &window, const QString &argument);

} // namespace bv
