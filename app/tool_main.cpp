// SPDX-License-Identifier: MIT
// briefing-tool: validate, inspect, export and generate briefing files, without a GUI.
#include "toolcommands.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewer"));
    QCoreApplication::setApplicationName(QStringLiteral("briefing-tool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BV_VERSION));
    return bv::ToolCommands::run(QCoreApplication::arguments());
}
