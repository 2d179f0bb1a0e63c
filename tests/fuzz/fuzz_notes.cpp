// SPDX-License-Identifier: MIT
// A notes file (JSON, from another machine or anyone) imported into a library of the
// target's own: refused with a reason, or merged; a library changed by an input is started
// anew before the next one.
#include "fuzztargets.h"

#include "library/library.h"
#include "library/noteexchange.h"

#include <QDir>

#include <memory>

namespace bv::fuzz {

namespace {

std::unique_ptr<Library> &library()
{
    static std::unique_ptr<Library> instance;
    return instance;
}

void startLibrary()
{
    library().reset();
    QDir folder(workFolder("notes"));
    for (const QString &name : folder.entryList(QDir::Files))
        folder.remove(name);
    library() = std::make_unique<Library>();
    if (library()->open(folder.filePath(QStringLiteral("library.sqlite"))) != Library::State::Ready)
        fail("notes", library()->problem());
}

} // namespace

void initNotes()
{
    startLibrary();
}

void runNotes(const QByteArray &input)
{
    const NoteExchange::ImportResult result = NoteExchange::importJson(*library(), input);
    const int changed = result.added + result.updated;
    if (!result.problem.isEmpty() && changed > 0)
        fail("notes", QStringLiteral("refused (%1) after changing %2 notes").arg(result.problem).arg(changed));
    if (result.problem.isEmpty() && result.summary().isEmpty())
        fail("notes", QStringLiteral("imported without a summary"));
    if (changed > 0) {
        // What was imported reads back as notes of the library.
        if (library()->allNotes().size() < result.added)
            fail("notes", QStringLiteral("%1 notes added, fewer in the library").arg(result.added));
        startLibrary();
    }
}

} // namespace bv::fuzz
