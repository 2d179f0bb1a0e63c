// SPDX-License-Identifier: MIT
#include "toolcommands.h"

#include "file/briefingdatabase.h"
#include "file/briefingupgrade.h"
#include "file/briefingwriter.h"
#include "file/examples.h"
#include "file/pointcheck.h"
#include "generator/generator.h"
#include "search/searchindex.h"
#include "librarycommands.h"
#include "pathcommands.h"
#include "toolio.h"
#include "translationcommands.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace bv {

namespace {

// One line of output from text of a briefing: no tabs, line breaks or terminal controls.
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return line;
}

// The snippet with [ and ] around each matched word.
QString bracketed(const SearchHit &hit)
{
    QString text = hit.snippet;
    for (auto range = hit.highlights.crbegin(); range != hit.highlights.crend(); ++range) {
        text.insert(range->first + range->second, QLatin1Char(']'));
        text.insert(range->first, QLatin1Char('['));
    }
    return text;
}


void printCounts(const Briefing &b)
{
    const QList<QPair<QString, qsizetype>> rows{
        {ToolCommands::tr("actors"), b.actors.size()},     {ToolCommands::tr("guarantees"), b.guarantees.size()},
        {ToolCommands::tr("scenarios"), b.scenarios.size()}, {ToolCommands::tr("events"), b.events.size()},
        {ToolCommands::tr("sources"), b.sources.size()},   {ToolCommands::tr("data series"), b.series.size()},
        {ToolCommands::tr("FAQ entries"), b.faq.size()},   {ToolCommands::tr("charts"), b.charts.size()},
        {ToolCommands::tr("links"), b.links.size()},
        {ToolCommands::tr("translations"), b.translationCount}};
    qint64 points = 0;
    for (const Series &s : b.series)
        points += s.pointCount;
    for (const auto &row : rows)
        out() << "  " << qSetFieldWidth(14) << Qt::left << row.first << qSetFieldWidth(0) << row.second << '\n';
    out() << "  " << qSetFieldWidth(14) << Qt::left << ToolCommands::tr("data points") << qSetFieldWidth(0) << points << '\n';
}

} // namespace

int ToolCommands::usage(int exitCode)
{
    QTextStream &stream = exitCode == 0 ? out() : err();
    stream << tr("Usage: briefing-tool COMMAND [options]\n"
                 "\n"
                 "Commands:\n"
                 "  validate FILE        check a briefing; exit 0 with counts and warnings, 1 on error\n"
                 "                       [--verbose: SQLite's own words too]\n"
                 "  info FILE            show a briefing's title, edition and contents\n"
                 "  export-sample OUT    write the built-in sample briefing to OUT [--force]\n"
                 "  export-example NAME OUT\n"
                 "                       write a built-in example (sample, european-defence)\n"
                 "                       to OUT [--force]\n"
                 "  upgrade IN OUT       write a copy of IN in the current format to OUT [--force]\n"
                 "  generate OUT         write a synthetic briefing for benchmarks and tests:\n"
                 "                       [--events N] [--series S] [--points P] [--faq K]\n"
                 "                       [--languages L] [--seed X] [--force]\n"
                 "  search FILE QUERY    full-text search [--lang L]; one result a line:\n"
                 "                       kind, id, title and snippet with [matched] words\n"
                 "  index FILE           (re)build the search index inside FILE\n"
                 "  export-translations FILE --lang L -o OUT.xlf\n"
                 "                       the briefing's text as XLIFF 1.2 for translators\n"
                 "  import-translations FILE IN.xlf\n"
                 "                       write checked translations into FILE (backup first)\n"
                 "  translation-status FILE\n"
                 "                       translated, missing and stale texts per language\n"
                 "  paths FILE           the briefing's paths and their stops: the default path,\n"
                 "                       the file's own, and with --user yours [--library PATH]\n"
                 "  add-path FILE PATH.json\n"
                 "                       write a path (JSON) into FILE, replacing one of its id\n"
                 "  export-path FILE -o OUT.pdf|OUT-%n.png\n"
                 "                       a path as the stage shows it, a page or PNG a stop:\n"
                 "                       [--path ID|default] [--notes none|below|page]\n"
                 "                       [--size WxH] [--look normal|projector]\n"
                 "  notes FILE           the briefing's notes from your library [--format markdown|json]\n"
                 "  note FILE ITEM-ID TEXT\n"
                 "                       add a note (Markdown) on an item to your library\n"
                 "  import-notes IN.json merge notes exported with notes --format json\n"
                 "                       (notes commands take --library PATH)\n"
                 "\n"
                 "Options:\n"
                 "  -h, --help           show this help\n"
                 "  -v, --version        show the version\n")
           << Qt::flush;
    return exitCode;
}

int ToolCommands::run(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return usage(2);
    const QString command = arguments.at(1);
    const QStringList rest = QStringList{arguments.first() + QLatin1Char(' ') + command} + arguments.mid(2);
    if (command == QLatin1String("-h") || command == QLatin1String("--help") || command == QLatin1String("help"))
        return usage(0);
    // "briefing-tool generate --help" asks for the options of a command, not for a file named so.
    for (const QString &argument : arguments.mid(2)) {
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help"))
            return usage(0);
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        out() << "briefing-tool " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("validate"))
        return validate(rest);
    if (command == QLatin1String("info"))
        return info(rest);
    if (command == QLatin1String("export-sample"))
        return exportSample(rest);
    if (command == QLatin1String("export-example"))
        return exportExample(rest);
    if (command == QLatin1String("upgrade"))
        return upgrade(rest);
    if (command == QLatin1String("generate"))
        return generate(rest);
    if (command == QLatin1String("search"))
        return search(rest);
    if (command == QLatin1String("export-translations"))
        return TranslationCommands::exportTranslations(rest);
    if (command == QLatin1String("import-translations"))
        return TranslationCommands::importTranslations(rest);
    if (command == QLatin1String("translation-status"))
        return TranslationCommands::translationStatus(rest);
    if (command == QLatin1String("index"))
        return index(rest);
    if (command == QLatin1String("paths"))
        return PathCommands::paths(rest);
    if (command == QLatin1String("add-path"))
        return PathCommands::addPath(rest);
    if (command == QLatin1String("notes"))
        return LibraryCommands::notes(rest);
    if (command == QLatin1String("note"))
        return LibraryCommands::note(rest);
    if (command == QLatin1String("import-notes"))
        return LibraryCommands::importNotes(rest);
    err() << tr("briefing-tool: unknown command “%1”.").arg(command) << '\n';
    return usage(2);
}

int ToolCommands::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("also print SQLite's own words when the file is refused"));
    parser.addOption(verbose);
    if (!parse(parser, arguments, 1))
        return 2;
    const QString path = parser.positionalArguments().first();
    // Every page, the search index's too: what the viewer checks when it first needs it.
    BriefingDatabase::setCheckScope(CheckScope::WholeFile);
    const auto database = openOrReport(path, parser.isSet(verbose));
    BriefingDatabase::setCheckScope(CheckScope::Content);
    if (!database)
        return 1;
    const Briefing &b = database->briefing();
    out() << tr("%1: a valid briefing (format %2), “%3”").arg(path, QString::number(b.formatVersion), oneLine(b.metadata.title))
          << '\n';
    printCounts(b);
    const QStringList warnings = b.warnings + PointCheck::warnings(database->connection(), b);
    for (const QString &warning : warnings)
        out() << tr("warning: %1").arg(oneLine(warning)) << '\n';
    out() << tr("%n warning(s)", nullptr, int(warnings.size())) << Qt::endl;
    if (b.formatVersion < BriefingDatabase::formatVersion) {
        out() << tr("Format %1 is read with the defaults of format %2; “briefing-tool upgrade %3 OUT” writes a "
                    "copy in format %2.").arg(b.formatVersion).arg(BriefingDatabase::formatVersion).arg(path)
              << Qt::endl;
    }
    return 0;
}

int ToolCommands::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, 1))
        return 2;
    const QString path = parser.positionalArguments().first();
    const auto database = openOrReport(path);
    if (!database)
        return 1;
    const Metadata &m = database->briefing().metadata;
    const QList<QPair<QString, QString>> rows{
        {tr("Title"), m.title},         {tr("Subtitle"), m.subtitle},   {tr("Publisher"), m.publisher},
        {tr("Edition"), m.edition},     {tr("Published"), m.published}, {tr("Language"), m.sourceLanguage},
        {tr("Id"), m.id},               {tr("Summary"), m.summary}};
    int width = 0; // the longest label, in whatever language
    for (const auto &row : rows)
        width = std::max(width, int(row.first.size()) + 2);
    for (const auto &row : rows)
        out() << qSetFieldWidth(width) << Qt::left << row.first + QLatin1Char(':') << qSetFieldWidth(0) << oneLine(row.second) << '\n';
    out() << tr("Contents:") << '\n';
    printCounts(database->briefing());
    out() << tr("File size: %1 bytes").arg(QFileInfo(path).size()) << Qt::endl;
    return 0;
}

int ToolCommands::exportSample(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace OUT if it exists."));
    parser.addOption(force);
    if (!parse(parser, arguments, 1))
        return 2;
    const QString path = parser.positionalArguments().first();
    if (const WriteResult result = BriefingWriter::writeSample(path, parser.isSet(force)); !result.ok()) {
        err() << result.message << Qt::endl;
        return 1;
    }
    out() << tr("Wrote the sample briefing to %1").arg(path) << Qt::endl;
    return 0;
}

int ToolCommands::exportExample(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace OUT if it exists."));
    parser.addOption(force);
    if (!parse(parser, arguments, 2))
        return 2;
    const QString name = parser.positionalArguments().at(0), path = parser.positionalArguments().at(1);
    if (!Examples::names().contains(name)) {
        err() << tr("briefing-tool: there is no example “%1”; the examples are: %2.")
                     .arg(name, Examples::names().join(QStringLiteral(", ")))
              << Qt::endl;
        return 2;
    }
    if (const WriteResult result = Examples::write(name, path, parser.isSet(force)); !result.ok()) {
        err() << result.message << Qt::endl;
        return 1;
    }
    out() << tr("Wrote the example “%1” (%2) to %3").arg(name, Examples::title(name), path) << Qt::endl;
    return 0;
}

int ToolCommands::upgrade(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace OUT if it exists."));
    parser.addOption(force);
    if (!parse(parser, arguments, 2))
        return 2;
    const QString in = parser.positionalArguments().at(0), path = parser.positionalArguments().at(1);
    BriefingUpgrade::Report report;
    if (const WriteResult result = BriefingUpgrade::upgrade(in, path, parser.isSet(force), &report); !result.ok()) {
        err() << result.message << Qt::endl;
        return 1;
    }
    if (report.fromVersion == BriefingDatabase::formatVersion)
        out() << tr("%1 is already format %2; wrote a copy to %3").arg(in).arg(report.fromVersion).arg(path) << '\n';
    else
        out() << tr("Wrote %1 (format %2) from %3 (format %4). Added:").arg(path).arg(BriefingDatabase::formatVersion)
                     .arg(in).arg(report.fromVersion) << '\n';
    for (const QString &line : std::as_const(report.added))
        out() << "  " << line << '\n';
    if (!report.dropped.isEmpty()) {
        out() << tr("Not copied (tables the format does not define): %1").arg(report.dropped.join(QStringLiteral(", ")))
              << '\n';
    }
    out().flush();
    return 0;
}

int ToolCommands::generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace OUT if it exists."));
    const QCommandLineOption events(QStringLiteral("events"), tr("Number of events."), QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption series(QStringLiteral("series"), tr("Number of data series."), QStringLiteral("S"), QStringLiteral("3"));
    const QCommandLineOption points(QStringLiteral("points"), tr("Points per series."), QStringLiteral("P"), QStringLiteral("1000"));
    const QCommandLineOption faq(QStringLiteral("faq"), tr("Number of FAQ entries."), QStringLiteral("K"), QStringLiteral("100"));
    const QCommandLineOption languages(QStringLiteral("languages"), tr("Content languages, the source included."),
                                       QStringLiteral("L"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Seed of the generator."), QStringLiteral("X"), QStringLiteral("1"));
    parser.addOptions({force, events, series, points, faq, languages, seed});
    if (!parse(parser, arguments, 1))
        return 2;
    GeneratorOptions options;
    struct Number
    {
        const QCommandLineOption &option;
        int *target;
        int maximum;
    };
    const Number numbers[] = {{events, &options.events, 10000000}, {series, &options.series, 1000},
                              {points, &options.points, 100000000}, {faq, &options.faq, 10000000},
                              {languages, &options.languages, 9}};
    for (const Number &number : numbers) {
        bool ok = false;
        const int value = parser.value(number.option).toInt(&ok);
        if (!ok || value < 0 || value > number.maximum) {
            err() << tr("briefing-tool: --%1 needs a whole number from 0 to %2, not “%3”.")
                         .arg(number.option.names().first()).arg(number.maximum).arg(parser.value(number.option))
                  << Qt::endl;
            return 2;
        }
        *number.target = value;
    }
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk) {
        err() << tr("briefing-tool: --seed needs a whole number, not “%1”.").arg(parser.value(seed)) << Qt::endl;
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    QElapsedTimer timer;
    timer.start();
    Generator generator(options);
    const WriteResult result = BriefingWriter::write(path, parser.isSet(force),
                                                     [&generator](SqliteConnection &c) { return generator.fill(c); });
    if (!result.ok()) {
        err() << result.message << Qt::endl;
        return 1;
    }
    out() << tr("Wrote %1: %2 events, %3 series of %4 points, %5 FAQ entries, %6 language(s) in %7 s")
                 .arg(path).arg(options.events).arg(options.series).arg(options.points).arg(options.faq)
                 .arg(options.languages).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

int ToolCommands::search(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Content language to search."), QStringLiteral("L"));
    parser.addOption(lang);
    if (!parse(parser, arguments, 2))
        return 2;
    const QString path = parser.positionalArguments().at(0);
    const std::shared_ptr<const BriefingDatabase> database = openOrReport(path);
    if (!database)
        return 1;
    const QString language = parser.isSet(lang) ? parser.value(lang) : database->briefing().metadata.sourceLanguage;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<SearchIndex> index = SearchIndex::openShipped(database);
    const bool shipped = index != nullptr;
    if (!index)
        index = SearchIndex::buildInMemory(database, language);
    qint64 indexNs = timer.nsecsElapsed();
    if (!index) {
        err() << tr("Could not build a search index for %1.").arg(path) << Qt::endl;
        return 1;
    }
    timer.restart();
    SearchResults results = index->search(parser.positionalArguments().at(1), language);
    qint64 searchNs = timer.nsecsElapsed();
    if (results.failed && shipped) {
        // What the viewer does too: the index in the file is damaged, so build one.
        err() << tr("The search index in %1 is damaged; searching an index built in memory instead. "
                    "Run “briefing-tool index %1” to repair it.").arg(path)
              << Qt::endl;
        timer.restart();
        index = SearchIndex::buildInMemory(database, language);
        indexNs = timer.nsecsElapsed();
        timer.restart();
        if (index)
            results = index->search(parser.positionalArguments().at(1), language);
        searchNs = timer.nsecsElapsed();
    }
    if (!index || results.failed) {
        err() << tr("Could not search %1.").arg(path) << Qt::endl;
        return 1;
    }
    for (const SearchHit &hit : results.hits) {
        out() << SearchIndex::kindKey(hit.kind) << '\t' << oneLine(hit.id) << '\t' << oneLine(hit.title) << '\t'
              << oneLine(bracketed(hit)) << '\n';
    }
    out().flush();
    const QString total = results.totalIsLowerBound ? tr("%1+ results").arg(results.total)
                                                    : tr("%n result(s)", nullptr, results.total);
    const QString source = index->isShipped() ? tr("index in the file, opened in %1 ms")
                                              : tr("index built in memory in %1 ms");
    err() << tr("%1, %2 shown; search took %3 ms (%4)")
                 .arg(total).arg(results.hits.size()).arg(double(searchNs) / 1e6, 0, 'f', 2)
                 .arg(source.arg(double(indexNs) / 1e6, 0, 'f', 1))
          << Qt::endl;
    return 0;
}

int ToolCommands::index(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, 1))
        return 2;
    const QString path = parser.positionalArguments().first();
    QElapsedTimer timer;
    timer.start();
    if (const WriteResult result = BriefingWriter::writeSearchIndex(path); !result.ok()) {
        err() << result.message << Qt::endl;
        return 1;
    }
    const qint64 elapsed = timer.elapsed();
    // Check that the viewer will use what was written.
    OpenError error;
    const std::shared_ptr<const BriefingDatabase> database = BriefingDatabase::open(path, &error);
    const std::unique_ptr<SearchIndex> index = database ? SearchIndex::openShipped(database) : nullptr;
    if (!index) {
        err() << tr("The search index written into %1 does not work; please report this as a bug.").arg(path)
              << Qt::endl;
        return 1;
    }
    out() << tr("Wrote the search index of %1 (languages: %2) in %3 s")
                 .arg(path, index->languages().join(QStringLiteral(", ")))
                 .arg(double(elapsed) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return 0;
}

} // namespace bv
