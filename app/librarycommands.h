// SPDX-License-Identifier: MIT
// briefing-tool's commands on the user's library: notes (print a briefing's notes),
// note (add one), import-notes. Each returns the process exit code.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace bv {

class LibraryCommands
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCommands)
public:
    static int notes(const QStringList &arguments);
    static int note(const QStringList &arguments);
    static int importNotes(const QStringList &arguments);
};

} // namespace bv
