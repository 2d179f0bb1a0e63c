// SPDX-License-Identifier: MIT
#include "pathexportcommand.h"

#include "file/briefingdatabase.h"
#include "library/library.h"
#include "pathcommands.h"
#include "present/pathexport.h"
#include "toolio.h"

#include <QCommandLineParser>
#include <QDir>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>

namespace bv {

namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("“") + text.left(200) + QStringLiteral("”");
}

} // namespace

bool PathExportCommand::isRequested(int argc, char **argv)
{
    if (argc < 2 || std::strcmp(argv[1], "export-path") != 0)
        return false;
    for (int i = 2; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
            return false; // the usage, from ToolCommands, without a platform
    }
    return true;
}

int PathExportCommand::run(const QStringList &arguments)
{
    // The offscreen platform's notes on window hints mean nothing to someone exporting.
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (type == QtWarningMsg && message.contains(QLatin1String("This plugin does not support")))
            return;
        if (previous)
            previous(type, context, message);
        else
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    const QStringList rest = QStringList{arguments.value(0) + QStringLiteral(" export-path")} + arguments.mid(2);
    QCommandLineParser parser;
    const QCommandLineOption pathOption(QStringLiteral("path"), tr("The path to export: the id of one of the briefing's paths, "
                                                                   "or 'default' (default: its first path, else the default path)."),
                                        QStringLiteral("ID"));
    const QCommandLineOption notesOption(QStringLiteral("notes"), tr("The speaker notes in a PDF: none, below (each stop's under it) "
                                                                     "or page (a page of their own after the stop)."),
                                         QStringLiteral("none|below|page"), QStringLiteral("none"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), tr("The stage's size in pixels (default 1920x1080)."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption lookOption(QStringLiteral("look"), tr("normal, or projector for high contrast."),
                                        QStringLiteral("normal|projector"), QStringLiteral("normal"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The file to write: OUT.pdf, or OUT-%n.png (%n: the stop's number)."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("Also look for the path among your own paths of this "
                                                                   "briefing, in your library (briefing-tool paths FILE --user lists them)."));
    const QCommandLineOption libraryOption(QStringLiteral("library"), tr("The library file to look in (default: %1).").arg(Library::defaultPath()),
                                           QStringLiteral("PATH"));
    parser.addOptions({pathOption, notesOption, sizeOption, lookOption, outputOption, userOption, libraryOption});
    if (!parse(parser, rest, 1))
        return 2;
    PathExport::Options options;
    if (!PathExport::parseNotes(parser.value(notesOption), &options.notes)) {
        err() << tr("briefing-tool: --notes takes none, below or page, not %1.").arg(quoted(parser.value(notesOption))) << Qt::endl;
        return 2;
    }
    const QString look = parser.value(lookOption);
    if (look != QLatin1String("normal") && look != QLatin1String("projector")) {
        err() << tr("briefing-tool: --look takes normal or projector, not %1.").arg(quoted(look)) << Qt::endl;
        return 2;
    }
    options.look = look == QLatin1String("projector") ? StageView::Look::Projector : StageView::Look::Normal;
    if (parser.isSet(sizeOption)) {
        const auto match = QRegularExpression(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$")).match(parser.value(sizeOption));
        options.size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
        if (!PathExport::isValidSize(options.size)) {
            err() << tr("briefing-tool: --size takes WIDTHxHEIGHT in pixels, from 320x180 to 7680x4320 (e.g. 1920x1080), not %1.")
                         .arg(quoted(parser.value(sizeOption))) << Qt::endl;
            return 2;
        }
    }
    const QString output = parser.value(outputOption);
    if (output.isEmpty()) {
        err() << tr("briefing-tool: export-path needs the file to write: add -o OUT.pdf or -o OUT-%n.png.") << Qt::endl;
        return 2;
    }
    if (PathExport::formatOf(output).isEmpty()) {
        err() << tr("briefing-tool: %1 does not end in .pdf or .png: name the file to write with one of them.")
                     .arg(quoted(QDir::toNativeSeparators(output))) << Qt::endl;
        return 2;
    }
    const QString file = parser.positionalArguments().first();
    const auto database = openOrReport(file);
    if (!database)
        return 1;
    const Briefing &b = database->briefing();
    // The path: one of the file's, the default one, or the first of the file's.
    std::optional<BriefingPath> path;
    const QString id = parser.value(pathOption);
    if (id == QLatin1String("default") || (id.isEmpty() && b.paths.isEmpty()))
        path = BriefingPath::defaultPath(b);
    for (const BriefingPath &own : b.paths) {
        if (!path && (own.id == id || id.isEmpty()))
            path = own;
    }
    QVector<BriefingPath> mine; // the user's own, with --user or --library
    if (parser.isSet(userOption) || parser.isSet(libraryOption)) {
        if (!PathCommands::userPaths(parser.isSet(libraryOption) ? parser.value(libraryOption) : Library::defaultPath(),
                                     b.metadata.id, &mine))
            return 1;
        for (const BriefingPath &own : std::as_const(mine)) {
            if (!path && own.id == id)
                path = own;
        }
    }
    if (!path) {
        QStringList ids{QStringLiteral("default")};
        for (const BriefingPath &own : b.paths)
            ids << own.id;
        for (const BriefingPath &own : std::as_const(mine))
            ids << own.id;
        err() << tr("briefing-tool: %1 has no path %2. Its paths: %3 (see briefing-tool paths %4).")
                     .arg(quoted(QDir::toNativeSeparators(file)), quoted(id), ids.join(QStringLiteral(", ")), file)
              << Qt::endl;
        return 1;
    }
    QStringList written;
    const QString problem = PathExport::write(database, *path, output, options, &written);
    if (!problem.isEmpty()) {
        err() << "briefing-tool: " << problem << Qt::endl;
        return 1;
    }
    if (PathExport::formatOf(output) == QLatin1String("pdf"))
        out() << tr("Wrote the path %1 (%n stop(s)) to %2.", nullptr, int(path->stops.size()))
                     .arg(quoted(path->title.isEmpty() ? path->id : path->title), QDir::toNativeSeparators(output))
              << Qt::endl;
    else
        out() << tr("Wrote the path %1 as %n PNG file(s): %2.", nullptr, int(written.size()))
                     .arg(quoted(path->title.isEmpty() ? path->id : path->title),
                          written.size() > 2 ? QDir::toNativeSeparators(written.first()) + QStringLiteral(" … ")
                                                   + QDir::toNativeSeparators(written.last())
                                             : QDir::toNativeSeparators(written.join(QStringLiteral(", "))))
              << Qt::endl;
    return 0;
}

} // namespace bv
