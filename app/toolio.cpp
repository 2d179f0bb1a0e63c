// SPDX-License-Identifier: MIT
#include "toolio.h"

#include "toolcommands.h"
#include "file/briefingdatabase.h"

#include <QCommandLineParser>

namespace bv {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, int positionalCount)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        err() << "briefing-tool: " << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        err() << "briefing-tool: " << ToolCommands::tr("expected %n argument(s) after the command; see briefing-tool --help",
                                                        nullptr, positionalCount)
              << Qt::endl;
        return false;
    }
    return true;
}

std::shared_ptr<BriefingDatabase> openOrReport(const QString &path, bool verbose)
{
    OpenError error;
    auto database = BriefingDatabase::open(path, &error);
    if (!database) {
        err() << error.message << Qt::endl;
        if (verbose && !error.detail.isEmpty())
            err() << ToolCommands::tr("details: %1").arg(error.detail) << Qt::endl;
    }
    return database;
}

} // namespace bv
