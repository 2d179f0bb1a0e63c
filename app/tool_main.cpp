// SPDX-License-Identifier: MIT
// briefing-tool: validate, inspect, export and generate briefing files, without a GUI.
#include "pathexportcommand.h"
#include "toolcommands.h"

#include <QApplication>
#include <QCoreApplication>

int main(int argc, char **argv)
{
    if (bv::PathExportCommand::isRequested(argc, argv)) {
        // The one command that draws (the stage): on the offscreen platform, no display needed.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewer"));
        QCoreApplication::setApplicationName(QStringLiteral("briefing-tool"));
        QCoreApplication::setApplicationVersion(QStringLiteral(BV_VERSION));
        return bv::PathExportCommand::run(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewer"));
    QCoreApplication::setApplicationName(QStringLiteral("briefing-tool"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BV_VERSION));
    return bv::ToolCommands::run(QCoreApplication::arguments());
}
