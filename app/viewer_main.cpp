// SPDX-License-Identifier: MIT
// briefing-viewer: opens a briefing file, or the built-in sample, as linked views.
#include "appidentity.h"
#include "chartexportcommand.h"
#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "firstpaintprobe.h"
#include "fontwarmup.h"
#include "launchargument.h"
#include "mainwindow.h"
#include "presentactions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace {

QCommandLineOption selectOption()
{
    return QCommandLineOption(QStringLiteral("select"),
                              QCoreApplication::translate("main", "Make the item with this id current at start."),
                              QStringLiteral("id"));
}

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringLiteral("language"),
                              QCoreApplication::translate("main", "The program's language: en, uk, de, fr or ar."),
                              QStringLiteral("code"));
}

QCommandLineOption contentLanguageOption()
{
    return QCommandLineOption(QStringLiteral("content-language"),
                              QCoreApplication::translate("main", "Show the briefing's content in this language where it is translated."),
                              QStringLiteral("code"));
}

QCommandLineOption searchOption()
{
    return QCommandLineOption(QStringLiteral("search"),
                              QCoreApplication::translate("main", "Search the briefing for this text at start."),
                              QStringLiteral("text"));
}

QCommandLineOption presentOption()
{
    return QCommandLineOption(QStringLiteral("present"),
                              QCoreApplication::translate("main", "Start presenting the briefing's chosen path once it is open."));
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Shows a policy briefing (.briefing file) as linked views. Without a file, "
                "it opens the built-in sample briefing."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(selectOption());
    parser.addOption(languageOption());
    parser.addOption(contentLanguageOption());
    parser.addOption(searchOption());
    parser.addOption(presentOption());
    parser.addOption(bv::ChartExportCommand::exportOption());
    parser.addOption(bv::ChartExportCommand::outputOption());
    parser.addOption(bv::ChartExportCommand::sizeOption());
    // For scripts/bench only: report the first paint and quit.
    QCommandLineOption probe(QStringLiteral("first-paint-probe"), QString(), QStringLiteral("ms"));
    probe.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(probe);
    // For scripts/bench only: check every page of the file at open (the baseline of the
    // check of the content tables alone).
    QCommandLineOption wholeFile(QStringLiteral("check-whole-file"));
    wholeFile.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(wholeFile);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "The briefing file to open, or a briefing://BRIEFING-ID/ITEM-ID link."),
                                 QStringLiteral("[file|link]"));
}

bool onlyAsksForText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (onlyAsksForText(argc, argv)) {
        // --help and --version need no display.
        QCoreApplication app(argc, argv);
        bv::setApplicationIdentity();
        QCommandLineParser parser;
        describe(parser);
        parser.process(app);
        return 0;
    }
    bv::FontWarmup::start(); // fontconfig's set-up, while the application is made
    // A chart exported from the command line needs no display (scripts, servers).
    const bool exporting = bv::ChartExportCommand::isRequested(argc, argv);
    if (exporting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bv::setApplicationIdentity();
    bv::setDesktopIdentity();
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Briefing Viewer"));
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    if (exporting) {
        bv::FontWarmup::wait();
        return bv::ChartExportCommand::run(parser, contentLanguageOption(), languageOption());
    }

    if (parser.isSet(QStringLiteral("check-whole-file")))
        bv::BriefingDatabase::setCheckScope(bv::CheckScope::WholeFile);
    bv::MainWindow window;
    bv::FirstPaintProbe *probe = nullptr;
    if (parser.isSet(QStringLiteral("first-paint-probe")))
        probe = new bv::FirstPaintProbe(&window, parser.value(QStringLiteral("first-paint-probe")).toInt());
    if (parser.isSet(languageOption()) && !window.setLanguage(parser.value(languageOption()))) {
        fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "briefing-viewer: unknown language “%1”; "
                                                                              "use en, uk, de, fr or ar.").arg(parser.value(languageOption()))));
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        fputs(qPrintable(QCoreApplication::translate("main", "briefing-viewer: give one file at most.\n")), stderr);
        return 2;
    }
    bv::CurrentBriefing *current = window.currentBriefing();
    if (parser.isSet(contentLanguageOption()))
        current->setContentLanguage(parser.value(contentLanguageOption()));
    if (files.isEmpty())
        current->openSampleInBackground(); // as any briefing: the window paints first
    else
        bv::openLaunchArgument(window, files.first()); // a path, a file:// URL or a briefing:// link
    if (parser.isSet(selectOption()))
        current->selectWhenShown(parser.value(selectOption()));
    if (parser.isSet(searchOption()))
        window.search(parser.value(searchOption()));
    if (parser.isSet(presentOption())) {
        if (auto *present = window.findChild<bv::PresentActions *>())
            present->presentWhenShown();
    }
    if (probe) {
        probe->setStillLoading([current] { return current->isOpening(); });
        QObject::connect(&window, &bv::MainWindow::briefingShown, probe, &bv::FirstPaintProbe::contentShown);
    }
    window.show();
    return app.exec();
}
