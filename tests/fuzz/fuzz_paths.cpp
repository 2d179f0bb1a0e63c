// SPDX-License-Identifier: MIT
// A briefing path as JSON (briefing-tool add-path, a colleague's exported path): read
// strictly, refused with where and why, or accepted; an accepted path written again reads
// back the same; then imported into the user's paths of the sample briefing.
#include "fuzztargets.h"

#include "content/pathjson.h"
#include "file/briefingdatabase.h"
#include "library/pathexchange.h"
#include "library/userlibrary.h"

#include <QDir>

#include <memory>

namespace bv::fuzz {

namespace {

std::shared_ptr<BriefingDatabase> &sample()
{
    static std::shared_ptr<BriefingDatabase> database;
    return database;
}

std::unique_ptr<UserLibrary> &library()
{
    static std::unique_ptr<UserLibrary> instance;
    return instance;
}

void startLibrary()
{
    library().reset();
    QDir folder(workFolder("paths"));
    for (const QString &name : folder.entryList(QDir::Files))
        folder.remove(name);
    library() = std::make_unique<UserLibrary>();
    if (library()->open(folder.filePath(QStringLiteral("library.sqlite"))) != Library::State::Ready)
        fail("paths", library()->store().problem());
    library()->setBriefing(sample());
}

} // namespace

void initPaths()
{
    ensureApplication();
    OpenError error;
    sample() = BriefingDatabase::openSample(&error);
    if (!sample())
        fail("paths", error.message);
    startLibrary();
}

void runPaths(const QByteArray &input)
{
    QString error;
    const auto parsed = PathJson::fromBytes(input, BriefingPath::Origin::User, &error);
    if (!parsed) {
        if (error.isEmpty())
            fail("paths", QStringLiteral("refused without a reason"));
    } else {
        parsed->path.check(sample()->briefing());
        const QByteArray written = PathJson::toBytes(parsed->path, parsed->briefingId, parsed->briefingTitle);
        const auto again = PathJson::fromBytes(written, BriefingPath::Origin::User, &error);
        if (!again)
            fail("paths", QStringLiteral("an accepted path written again is refused: %1").arg(error));
        if (again->path != parsed->path || again->briefingId != parsed->briefingId
            || again->briefingTitle != parsed->briefingTitle)
            fail("paths", QStringLiteral("an accepted path written again reads back otherwise"));
    }
    const PathExchange::ImportResult result = PathExchange::importJson(*library(), input, QStringLiteral("fuzz.json"));
    if (!result.ok() && result.problem.isEmpty())
        fail("paths", QStringLiteral("import refused without a reason"));
    if (result.outcome == PathExchange::ImportResult::Outcome::Added)
        startLibrary();
}

} // namespace bv::fuzz
