// SPDX-License-Identifier: MIT
// Copies a briefing of an older format into a new file of the current format (briefing-tool
// upgrade). The input is never written.
#pragma once

#include "file/writeresult.h"

#include <QCoreApplication>
#include <QStringList>

namespace bv {

class BriefingUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(BriefingUpgrade)
public:
    struct Report
    {
        int fromVersion = 0;
        QStringList added;   // what the copy has that the input did not say, one line each
        QStringList dropped; // tables of the input that the format does not define
    };
    // Refuses an input the viewer would refuse (InputRefused), an output that exists (unless
    // `overwrite`) and an output that is the input.
    static WriteResult upgrade(const QString &inPath, const QString &outPath, bool overwrite, Report *report);
};

} // namespace bv
