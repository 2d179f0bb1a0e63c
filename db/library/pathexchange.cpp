// SPDX-License-Identifier: MIT
#include "library/pathexchange.h"

#include "content/pathjson.h"
#include "file/briefingdatabase.h"
#include "library/userlibrary.h"

#include <QDir>

namespace bv {

QByteArray PathExchange::toJson(const UserLibrary &library, const BriefingPath &path)
{
    const auto database = library.briefing();
    const Metadata metadata = database ? database->briefing().metadata : Metadata{};
    return PathJson::toBytes(path, metadata.id, metadata.title);
}

PathExchange::ImportResult PathExchange::importJson(UserLibrary &library, const QByteArray &json, const QString &fileName)
{
    ImportResult result;
    const QString name = QDir::toNativeSeparators(fileName);
    const auto database = library.briefing();
    if (!database) {
        result.problem = tr("“%1” was not imported: open the briefing the path is for first.").arg(name);
        return result;
    }
    if (json.size() > maxFileBytes) {
        result.problem = tr("“%1” was not imported: it is larger than a path can be (%2 MB at most).")
                             .arg(name, QString::number(maxFileBytes / (1024 * 1024)));
        return result;
    }
    QString error;
    const std::optional<PathJson::Parsed> parsed = PathJson::fromBytes(json, BriefingPath::Origin::User, &error);
    if (!parsed) {
        result.problem = tr("“%1” is not a briefing path that can be imported: %2.").arg(name, error);
        return result;
    }
    const Briefing &b = database->briefing();
    if (parsed->briefingId.isEmpty()) {
        result.problem = tr("“%1” was not imported: it does not say which briefing it is for ('briefing_id'); "
                            "export the path from Briefing Viewer again.").arg(name);
        return result;
    }
    if (parsed->briefingId != b.metadata.id) {
        const QString other = parsed->briefingTitle.isEmpty() ? parsed->briefingId
                                                              : tr("%1 (%2)").arg(parsed->briefingTitle, parsed->briefingId);
        result.problem = tr("“%1” was not imported: it is a path for the briefing “%2”, not for the open “%3”. "
                            "Open that briefing, then import it.").arg(name, other, b.metadata.title);
        return result;
    }
    BriefingPath path = parsed->path;
    BriefingPath usable;
    path.check(b, &usable);
    result.warnings = path.check(b); // what the open briefing cannot show: kept as written
    if (usable.stops.isEmpty()) {
        result.problem = tr("“%1” was not imported: the open briefing has none of the items its stops show (%2).")
                             .arg(name, result.warnings.value(0));
        return result;
    }
    for (const BriefingPath &mine : library.userPaths()) {
        if (mine.title == path.title && mine.stops == path.stops) {
            result.outcome = ImportResult::Outcome::AlreadyThere;
            result.path = mine;
            return result;
        }
        if (mine.id == path.id)
            path.id.clear(); // another path of the user's has this id: this one gets a new one
    }
    if (!library.savePath(&path)) {
        result.problem = tr("“%1” was not imported: %2").arg(name, library.store().problem());
        return result;
    }
    result.outcome = ImportResult::Outcome::Added;
    result.path = path;
    return result;
}

} // namespace bv
