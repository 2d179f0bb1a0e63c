// SPDX-License-Identifier: MIT
// briefing-tool export-path FILE [--path ID] [--notes none|below|page] [--size WxH]
// [--look normal|projector] -o OUT.pdf|OUT-%n.png: a briefing path as the stage shows it,
// written to a PDF (a page a stop) or to PNG files (one a stop). The one briefing-tool
// command that draws: it runs on Qt's offscreen platform (unless QT_QPA_PLATFORM says
// otherwise) and needs no display; the other commands stay without a GUI.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace bv {

class PathExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(PathExportCommand)
public:
    static bool isRequested(int argc, char **argv); // argv[1] is export-path
    // `arguments`: the whole command line; the exit code (0 done, 1 failed, 2 a wrong command line).
    static int run(const QStringList &arguments);
};

} // namespace bv
