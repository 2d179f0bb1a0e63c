// SPDX-License-Identifier: MIT
// briefing-tool's commands on briefing paths: add-path (write a path from JSON into a
// briefing) and paths (list a briefing's paths with their stops: the default path, the
// file's own and, with --user, the user's). Each returns the process exit code.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace bv {

class PathCommands
{
    Q_DECLARE_TR_FUNCTIONS(PathCommands)
public:
    static int addPath(const QStringList &arguments);
    static int paths(const QStringList &arguments);
};

} // namespace bv
