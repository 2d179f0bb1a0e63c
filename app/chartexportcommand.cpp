// SPDX-License-Identifier: MIT
#include "chartexportcommand.h"

#include "charts/chartfileexport.h"
#include "file/briefingdatabase.h"
#include "languagemanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>

namespace bv::ChartExportCommand {

namespace {

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "briefing-viewer: %s\n", qPrintable(message));
    return code;
}

} // namespace

QCommandLineOption exportOption()
{
    return QCommandLineOption(QStringLiteral("export-chart"),
                              QCoreApplication::translate("main", "Write the chart (or series) with this id to the file given with -o, and quit."),
                              QStringLiteral("id"));
}

QCommandLineOption outputOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              QCoreApplication::translate("main", "The file --export-chart writes: .png, .svg or .pdf."), QStringLiteral("file"));
}

QCommandLineOption sizeOption()
{
    return QCommandLineOption(QStringLiteral("size"),
                              QCoreApplication::translate("main", "The size of the exported chart in pixels, e.g. 1200x800 (or 1200 for the height it needs)."),
                              QStringLiteral("WxH"));
}

bool isRequested(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--export-chart", 14) == 0 || std::strncmp(argv[i], "-export-chart", 13) == 0)
            return true;
    }
    return false;
}

int run(const QCommandLineParser &parser, const QCommandLineOption &contentLanguage, const QCommandLineOption &language)
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
    // The legend and captions in the program's language, as the window shows them.
    LanguageManager languages;
    const QString code = parser.isSet(language) ? parser.value(language) : LanguageManager::preferred();
    if (!languages.apply(code, false)) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "briefing-viewer: unknown language “%1”; "
                                                                                   "use en, uk, de, fr or ar.").arg(code)));
        return 2;
    }
    const QString id = parser.value(exportOption());
    const QString out = parser.value(outputOption());
    if (out.isEmpty())
        return fail(QCoreApplication::translate("main", "--export-chart needs the file to write: add -o OUT.png, -o OUT.svg or -o OUT.pdf."), 2);
    if (ChartFileExport::formatOf(out).isEmpty())
        return fail(QCoreApplication::translate("main", "“%1” does not end in .png, .svg or .pdf: name the file to write with one of them.")
                        .arg(QDir::toNativeSeparators(out)), 2);
    QSize size;
    if (parser.isSet(sizeOption())) {
        const auto match = QRegularExpression(QStringLiteral("^(\\d{2,5})(?:x(\\d{2,5}))?$")).match(parser.value(sizeOption()));
        if (!match.hasMatch() || match.captured(1).toInt() < 200 || match.captured(1).toInt() > 10000
            || match.captured(2).toInt() > 10000 || (!match.captured(2).isEmpty() && match.captured(2).toInt() < 150))
            return fail(QCoreApplication::translate("main", "--size takes WIDTHxHEIGHT in pixels, e.g. 1200x800 (200 to 10000 wide, 150 or more high), "
                           "or a width alone."), 2);
        size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(QCoreApplication::translate("main", "give one file at most."), 2);
    const QString content = parser.value(contentLanguage);
    OpenError error;
    const auto database = files.isEmpty() ? BriefingDatabase::openSample(&error, content)
                                          : BriefingDatabase::open(files.first(), &error, true, content);
    if (!database)
        return fail(error.message, 1);
    const QString problem = ChartFileExport::write(database, id, out, size);
    if (!problem.isEmpty())
        return fail(problem, 1);
    std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "Wrote the chart “%1” to %2").arg(id, QDir::toNativeSeparators(out))));
    return 0;
}

} // namespace bv::ChartExportCommand
