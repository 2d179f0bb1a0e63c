// SPDX-License-Identifier: MIT
// The hostile-file suite (tst_hostilefiles, listed in docs/reliability.md): files a damaged
// disk, a careless tool or a hostile author could hand the viewer, each made here from the
// sample (or a generated briefing) and what opening it must give.
#pragma once

#include "file/openerror.h"

#include <QString>
#include <QVector>

#include <functional>

namespace bv {
class BriefingDatabase;
}

namespace bv::test {

struct HostileFile
{
    const char *group; // what is damaged: header, b-tree, overflow, freelist, pointer map, schema, text, ...
    const char *name;
    std::function<bool(const QString &path)> make;
    OpenError::Code code; // None: it opens
    // Refused: part of its message. Opened: part of one of its warnings (empty: no warning).
    QString said;
    // What `briefing-tool validate` (every page checked) gives, when not the same as the viewer.
    OpenError::Code wholeFileCode = OpenError::Code(-1);
    // For an opened file: what must hold of its content (empty when it does).
    std::function<QString(const BriefingDatabase &database)> check = {};
    // Part of one of validate's warnings (its checks of every point too), when not `said`.
    QString wholeFileSaid = {};
};

const QVector<HostileFile> &hostileFiles();

} // namespace bv::test
