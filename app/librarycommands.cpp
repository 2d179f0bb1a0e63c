// SPDX-License-Identifier: MIT
#include "librarycommands.h"

#include "file/briefingdatabase.h"
#include "library/itemtext.h"
#include "library/library.h"
#include "library/noteexchange.h"
#include "toolio.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace bv {

namespace {

QCommandLineOption libraryOption()
{
    return QCommandLineOption(QStringLiteral("library"),
                              LibraryCommands::tr("The library file (default: %1).").arg(Library::defaultPath()),
                              QStringLiteral("PATH"));
}

// Opens the library; prints its problem and returns false when it cannot be used as asked.
bool openLibrary(Library &library, const QCommandLineParser &parser, const QCommandLineOption &option, bool writing)
{
    const Library::State state = library.open(parser.isSet(option) ? parser.value(option) : Library::defaultPath());
    if (state == Library::State::Ready || (state == Library::State::ReadOnly && !writing))
        return true;
    err() << library.problem() << Qt::endl;
    return false;
}

} // namespace

int LibraryCommands::notes(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("markdown (the default) or json."), QStringLiteral("F"),
                                    QStringLiteral("markdown"));
    const QCommandLineOption library = libraryOption();
    parser.addOptions({format, library});
    if (!parse(parser, arguments, 1))
        return 2;
    if (parser.value(format) != QLatin1String("markdown") && parser.value(format) != QLatin1String("json")) {
        err() << tr("briefing-tool: --format is markdown or json, not “%1”.").arg(parser.value(format)) << Qt::endl;
        return 2;
    }
    const auto database = openOrReport(parser.positionalArguments().first());
    if (!database)
        return 1;
    Library store;
    if (!openLibrary(store, parser, library, false))
        return 1;
    const Metadata &m = database->briefing().metadata;
    const QVector<Note> notes = store.notes(m.id);
    if (parser.value(format) == QLatin1String("json"))
        out() << QString::fromUtf8(NoteExchange::toJson(SeenBriefing{m.id, m.title, m.edition, QString(), {}}, notes));
    else
        out() << NoteExchange::toMarkdown(m.title, notes);
    out() << Qt::flush;
    return 0;
}

int LibraryCommands::note(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library = libraryOption();
    parser.addOption(library);
    if (!parse(parser, arguments, 3))
        return 2;
    const QStringList positional = parser.positionalArguments();
    const auto database = openOrReport(positional.at(0));
    if (!database)
        return 1;
    const Briefing &b = database->briefing();
    const QString itemId = positional.at(1);
    const QString itemText = ItemText::of(*database, itemId);
    if (itemText.isEmpty()) {
        err() << tr("briefing-tool: “%1” has no item “%2”; no note was written.")
                     .arg(QDir::toNativeSeparators(positional.at(0)), itemId)
              << Qt::endl;
        return 1;
    }
    Library store;
    if (!openLibrary(store, parser, library, true))
        return 1;
    Note n;
    n.briefingId = b.metadata.id;
    n.itemId = itemId;
    n.itemTitle = b.title(itemId);
    n.text = positional.at(2);
    n.itemText = itemText;
    n.itemHash = ItemText::hash(itemText);
    n.edition = b.metadata.edition;
    if (!store.saveNote(&n)) {
        err() << store.problem() << Qt::endl;
        return 1;
    }
    out() << tr("Saved note %1 on “%2”.").arg(n.id, n.itemTitle) << Qt::endl;
    return 0;
}

int LibraryCommands::importNotes(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption library = libraryOption();
    parser.addOption(library);
    if (!parse(parser, arguments, 1))
        return 2;
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        err() << tr("briefing-tool: cannot read “%1”: %2.").arg(QDir::toNativeSeparators(file.fileName()), file.errorString())
              << Qt::endl;
        return 1;
    }
    Library store;
    if (!openLibrary(store, parser, library, true))
        return 1;
    const NoteExchange::ImportResult result = NoteExchange::importJson(store, file.read(64 * 1024 * 1024));
    if (!result.problem.isEmpty()) {
        err() << result.problem << Qt::endl;
        return 1;
    }
    out() << result.summary() << Qt::endl;
    return 0;
}

} // namespace bv
