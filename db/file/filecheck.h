// SPDX-License-Identifier: MIT
// Checks made on a file's bytes before SQLite is let near it.
#pragma once

#include "file/openerror.h"

#include <QCoreApplication>

namespace bv {

class FileCheck
{
    Q_DECLARE_TR_FUNCTIONS(FileCheck)
public:
    // A regular readable file with a complete SQLite header, not in WAL mode, as long as
    // its header says. Returns an error naming the file, the problem and what to do.
    static OpenError check(const QString &path);
    // For tests, which run as root (who reads every file): the next check's open fails as if
    // the system had answered `errorNumber` (EACCES: no permission).
    static void failNextOpenWith(int errorNumber);
};

} // namespace bv
