// SPDX-License-Identifier: MIT
#include "translationcommands.h"

#include "file/briefingdatabase.h"
#include "toolio.h"
#include "translation/translationexchange.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace bv {

int TranslationCommands::exportTranslations(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), tr("The target language (BCP 47, e.g. uk)."), QStringLiteral("L"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")}, tr("The XLIFF file to write."),
                                    QStringLiteral("OUT"));
    parser.addOptions({lang, output});
    if (!parse(parser, arguments, 1))
        return 2;
    if (!parser.isSet(lang) || !parser.isSet(output)) {
        err() << tr("briefing-tool: export-translations needs --lang L and -o OUT.xlf") << Qt::endl;
        return 2;
    }
    OpenError error;
    const auto database = BriefingDatabase::open(parser.positionalArguments().first(), &error, true);
    if (!database) {
        err() << error.message << Qt::endl;
        return 1;
    }
    if (parser.value(lang) == database->briefing().metadata.sourceLanguage) {
        err() << tr("briefing-tool: “%1” is the briefing's source language; choose the language to translate into.")
                     .arg(parser.value(lang))
              << Qt::endl;
        return 2;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(TranslationExchange::exportXliff(*database, parser.value(lang))) < 0
        || !file.commit()) {
        err() << tr("Could not write “%1”: %2.").arg(QDir::toNativeSeparators(parser.value(output)), file.errorString())
              << Qt::endl;
        return 1;
    }
    out() << tr("Wrote %1 (%2 → %3)")
                 .arg(parser.value(output), database->briefing().metadata.sourceLanguage, parser.value(lang))
          << Qt::endl;
    return 0;
}

int TranslationCommands::importTranslations(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, 2))
        return 2;
    const QString briefing = parser.positionalArguments().at(0), xliffPath = parser.positionalArguments().at(1);
    QFile xliff(xliffPath);
    if (!xliff.open(QIODevice::ReadOnly)) {
        err() << tr("Could not read “%1”: %2.").arg(QDir::toNativeSeparators(xliffPath), xliff.errorString()) << Qt::endl;
        return 1;
    }
    const TranslationExchange::ImportResult result = TranslationExchange::importXliff(briefing, xliff.readAll());
    if (!result.problems.isEmpty()) {
        for (const TranslationExchange::Problem &problem : result.problems) {
            if (problem.unitId.isEmpty())
                err() << problem.message << '\n';
            else
                err() << problem.unitId << ": " << problem.message << '\n';
        }
        err() << tr("Nothing was imported; “%1” is unchanged.").arg(QDir::toNativeSeparators(briefing)) << Qt::endl;
        return 1;
    }
    for (const QString &warning : result.warnings)
        err() << warning << '\n';
    out() << tr("Imported %1 translation(s) into “%2” (%3 left untranslated). Backup: %4")
                 .arg(result.written)
                 .arg(QDir::toNativeSeparators(briefing))
                 .arg(result.skipped)
                 .arg(QDir::toNativeSeparators(result.backupPath))
          << Qt::endl;
    return 0;
}

int TranslationCommands::translationStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, 1))
        return 2;
    OpenError error;
    const auto database = BriefingDatabase::open(parser.positionalArguments().first(), &error, true);
    if (!database) {
        err() << error.message << Qt::endl;
        return 1;
    }
    const auto statuses = TranslationExchange::status(*database);
    if (statuses.isEmpty()) {
        out() << tr("No translations (source language: %1).").arg(database->briefing().metadata.sourceLanguage) << Qt::endl;
        return 0;
    }
    out() << tr("language  translated        missing           stale") << '\n';
    auto cell = [](int count, int total) {
        return QStringLiteral("%1 (%2%)").arg(count, 6).arg(total ? 100.0 * count / total : 0.0, 5, 'f', 1);
    };
    for (const auto &status : statuses) {
        out() << qSetFieldWidth(8) << Qt::left << status.lang << qSetFieldWidth(0) << "  " << cell(status.translated, status.total)
              << "  " << cell(status.missing, status.total) << "  " << cell(status.stale, status.total) << '\n';
    }
    out() << Qt::flush;
    return 0;
}

} // namespace bv
