// SPDX-License-Identifier: MIT
// The commands of briefing-tool. Each returns the process exit code.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace bv {

class ToolCommands
{
    Q_DECLARE_TR_FUNCTIONS(ToolCommands)
public:
    // arguments: the whole command line, program name first.
    static int run(const QStringList &arguments);

private:
    static int validate(const QStringList &arguments);
    static int info(const QStringList &arguments);
    static int exportSample(const QStringList &arguments);
    static int exportExample(const QStringList &arguments);
    static int upgrade(const QStringList &arguments);
    static int generate(const QStringList &arguments);
    static int search(const QStringList &arguments);
    static int index(const QStringList &arguments);
    static int usage(int exitCode);
};

} // namespace bv
