// SPDX-License-Identifier: MIT
#include "appidentity.h"

#include <QDirIterator>
#include <QGuiApplication>

namespace bv {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewer"));
    QCoreApplication::setApplicationName(QStringLiteral("Briefing Viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BV_VERSION));
}

void setDesktopIdentity()
{
    QGuiApplication::setDesktopFileName(QLatin1String(desktopFileName));
    QGuiApplication::setWindowIcon(applicationIcon());
}

QIcon applicationIcon()
{
    QIcon icon;
    QDirIterator sizes(QStringLiteral(":/icons/briefing-viewer"), {QStringLiteral("*.png")}, QDir::Files);
    while (sizes.hasNext())
        icon.addFile(sizes.next());
    return icon;
}

} // namespace bv
