// SPDX-License-Identifier: MIT
// Output streams and argument parsing shared by briefing-tool's commands.
#pragma once

#include <QTextStream>

class QCommandLineParser;

namespace bv {

QTextStream &out();
QTextStream &err();
// Parses the arguments after the command name; on a usage error prints it and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int positionalCount);

} // namespace bv
