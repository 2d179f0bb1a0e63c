// SPDX-License-Identifier: MIT
// One of the user's paths out of and into the library as a small JSON file for a colleague:
// the format of PathJson (docs/format.md, "Paths as JSON") with the briefing's id and title.
// Import refuses what is not a path, a path of another briefing, and a path the open briefing
// cannot show at all; it never replaces one of the user's paths.
#pragma once

#include "content/briefingpath.h"

#include <QCoreApplication>

namespace bv {

class UserLibrary;

class PathExchange
{
    Q_DECLARE_TR_FUNCTIONS(PathExchange)
public:
    static constexpr qint64 maxFileBytes = 64 * 1024 * 1024;

    // The user's path as JSON, naming the open briefing (its id and title).
    static QByteArray toJson(const UserLibrary &library, const BriefingPath &path);

    struct ImportResult
    {
        enum class Outcome { Refused, Added, AlreadyThere };
        Outcome outcome = Outcome::Refused;
        BriefingPath path; // as saved (its id may be new), or the user's equal path
        QStringList warnings; // what of the path the open briefing cannot show (kept, as written)
        QString problem;      // set when refused: which file, what is wrong
        bool ok() const { return outcome != Outcome::Refused; }
    };
    // Reads a path written by toJson() into the user's paths of the open briefing. A path
    // equal to one the user has (title and stops) is not added again; a path whose id the user
    // already has for another path is added with a new id. `fileName` names the file in messages.
    static ImportResult importJson(UserLibrary &library, const QByteArray &json, const QString &fileName);
};

} // namespace bv
