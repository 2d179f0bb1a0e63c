// SPDX-License-Identifier: MIT
// Output streams and argument parsing shared by briefing-tool's commands.
#pragma once

#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace bv {

class BriefingDatabase;

QTextStream &out();
QTextStream &err();
// Parses the arguments after the command name; on a usage error prints it and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int positionalCount);
// Opens a briefing with full text; on failure prints why (which file, what, what to do), and
// with `verbose` SQLite's own words after it ("details: ...").
std::shared_ptr<BriefingDatabase> openOrReport(const QString &path, bool verbose = false);

} // namespace bv
