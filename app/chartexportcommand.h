// SPDX-License-Identifier: MIT
// briefing-viewer --export-chart ID -o OUT.png|svg|pdf [--size WxH] [--content-language L]
// [--language L] [FILE]: a chart written to a file, without a window or a display.
#pragma once

#include <QCommandLineOption>

class QCommandLineParser;

namespace bv::ChartExportCommand {

QCommandLineOption exportOption();
QCommandLineOption outputOption();
QCommandLineOption sizeOption();
// True when the command line asks for an export: the program then needs no display.
bool isRequested(int argc, char **argv);
// Runs the export in the program's language (`language`, else the one the window would
// use); the exit code (0 done, 1 failed, 2 a wrong command line).
int run(const QCommandLineParser &parser, const QCommandLineOption &contentLanguage, const QCommandLineOption &language);

} // namespace bv::ChartExportCommand
