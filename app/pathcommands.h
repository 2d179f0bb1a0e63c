// SPDX-License-Identifier: MIT
// briefing-tool's commands on briefing paths: add-path (write a path from JSON into a
// briefing) and paths (list a briefing's paths with their stops: the default path, the
// file's own and, with --user, the user's). Each returns the process exit code.
#pragma once

#include "content/briefingpath.h"

#include <QCoreApplication>
#include <QStringList>

namespace bv {

class PathCommands
{
    Q_DECLARE_TR_FUNCTIONS(PathCommands)
public:
    static int addPath(const QStringList &arguments);
    static int paths(const QStringList &arguments);
    // The user's own paths of the briefing `briefingId` in the library `libraryFile`; false,
    // with the library's problem on standard error, when it cannot be opened.
    static bool userPaths(const QString &libraryFile, const QString &briefingId, QVector<BriefingPath> *paths);
};

} // namespace bv
