// SPDX-License-Identifier: MIT
#include "pathcommands.h"

#include "content/pathjson.h"
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "library/library.h"
#include "toolio.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace bv {

namespace {

constexpr qint64 maxJsonBytes = 64 * 1024 * 1024;

// One line of output from text of a briefing: no line breaks or terminal controls.
QString oneLine(const QString &text, int limit = 100)
{
    QString line = text.left(limit);
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return text.size() > limit ? line + QStringLiteral("…") : line;
}

QString duration(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// "chart chart-spend, 2014 to 2023, highlight x, budget 1:30 — Title"
QString stopLine(const PathStop &stop)
{
    QStringList parts;
    if (!stop.itemId.isEmpty())
        parts << stop.itemId;
    if (!stop.itemIds.isEmpty()) {
        parts << (stop.kind == PathStop::Kind::Timeline
                      ? (stop.lanesByActor ? PathCommands::tr("lanes of actors %1") : PathCommands::tr("lanes %1"))
                            .arg(stop.itemIds.join(QStringLiteral(", ")))
                      : stop.itemIds.join(QStringLiteral(", ")));
    }
    if (!stop.from.isEmpty() || !stop.to.isEmpty()) {
        parts << PathCommands::tr("%1 to %2").arg(stop.from.isEmpty() ? PathCommands::tr("the start") : stop.from,
                                                  stop.to.isEmpty() ? PathCommands::tr("the end") : stop.to);
    }
    if (!stop.highlightId.isEmpty())
        parts << PathCommands::tr("highlight %1").arg(stop.highlightId);
    if (stop.budgetSeconds)
        parts << PathCommands::tr("budget %1").arg(duration(*stop.budgetSeconds));
    QString line = QString(PathStop::kindKey(stop.kind));
    if (!parts.isEmpty())
        line += QLatin1Char(' ') + parts.join(QStringLiteral(", "));
    if (!stop.title.isEmpty())
        line += QStringLiteral(" — ") + stop.title;
    return oneLine(line, 200);
}

void printPath(const BriefingPath &path, const QString &where)
{
    out() << oneLine(path.id, 200) << ": " << oneLine(path.title, 200) << " ("
          << PathCommands::tr("%1, %n stop(s)", nullptr, int(path.stops.size())).arg(where) << ")\n";
    for (int i = 0; i < path.stops.size(); ++i) {
        const PathStop &stop = path.stops.at(i);
        out() << QStringLiteral("%1. ").arg(i + 1, 5) << stopLine(stop) << '\n';
        if (!stop.notes.trimmed().isEmpty())
            out() << "       " << PathCommands::tr("notes: %1").arg(oneLine(stop.notes.trimmed(), 70)) << '\n';
    }
}

} // namespace

int PathCommands::addPath(const QStringList &arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, 2))
        return 2;
    const QString file = parser.positionalArguments().at(0), jsonPath = parser.positionalArguments().at(1);
    const QString fileName = QDir::toNativeSeparators(file), jsonName = QDir::toNativeSeparators(jsonPath);
    QFile json(jsonPath);
    if (!json.open(QIODevice::ReadOnly)) {
        err() << tr("briefing-tool: cannot read “%1”: %2. Nothing was written to “%3”.")
                     .arg(jsonName, json.errorString(), fileName) << Qt::endl;
        return 1;
    }
    if (json.size() > maxJsonBytes) {
        err() << tr("briefing-tool: “%1” is larger than a path can be (%2 MB at most). Nothing was written to “%3”.")
                     .arg(jsonName, QString::number(maxJsonBytes / (1024 * 1024)), fileName) << Qt::endl;
        return 1;
    }
    QString error;
    const auto parsed = PathJson::fromBytes(json.readAll(), BriefingPath::Origin::Briefing, &error);
    if (!parsed) {
        err() << tr("briefing-tool: “%1” is not a path that can be added: %2. Nothing was written to “%3”.")
                     .arg(jsonName, error, fileName) << Qt::endl;
        return 1;
    }
    if (parsed->path.id.isEmpty()) {
        err() << tr("briefing-tool: “%1” has no 'id': a path in a briefing needs one (letters, digits, '-', '_' and "
                    "'.'). Nothing was written to “%2”.").arg(jsonName, fileName) << Qt::endl;
        return 1;
    }
    bool replaced = false;
    {
        const auto database = openOrReport(file);
        if (!database)
            return 1;
        const Metadata &m = database->briefing().metadata;
        if (!parsed->briefingId.isEmpty() && parsed->briefingId != m.id) {
            err() << tr("briefing-tool: “%1” is a path for the briefing “%2”, but “%3” is “%4”. Nothing was written.")
                         .arg(jsonName, parsed->briefingId, fileName, m.id) << Qt::endl;
            return 1;
        }
        for (const BriefingPath &own : database->briefing().paths)
            replaced = replaced || own.id == parsed->path.id;
    }
    if (const WriteResult result = BriefingWriter::writePath(file, parsed->path); !result.ok()) {
        err() << result.message << Qt::endl;
        return 1;
    }
    // Read back as the viewer will read it.
    const auto written = openOrReport(file);
    std::optional<BriefingPath> found;
    if (written) {
        for (const BriefingPath &own : written->briefing().paths) {
            if (own.id == parsed->path.id)
                found = own;
        }
    }
    if (!found || found->stops != parsed->path.stops) {
        err() << tr("briefing-tool: the path written into “%1” does not read back as written; please report this as a bug.")
                     .arg(fileName) << Qt::endl;
        return 1;
    }
    out() << (replaced ? tr("Replaced the path “%1” (“%2”, %n stop(s)) in %3.", nullptr, int(found->stops.size()))
                       : tr("Added the path “%1” (“%2”, %n stop(s)) to %3.", nullptr, int(found->stops.size())))
                 .arg(found->id, oneLine(found->title), file)
          << Qt::endl;
    return 0;
}

bool PathCommands::userPaths(const QString &libraryFile, const QString &briefingId, QVector<BriefingPath> *paths)
{
    Library store;
    const Library::State state = store.open(libraryFile);
    if (state != Library::State::Ready && state != Library::State::ReadOnly) {
        err() << store.problem() << Qt::endl;
        return false;
    }
    *paths = store.paths(briefingId);
    return true;
}

int PathCommands::paths(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption user(QStringLiteral("user"), tr("Also list your own paths from your library."));
    const QCommandLineOption library(QStringLiteral("library"), tr("The library file (default: %1).").arg(Library::defaultPath()),
                                     QStringLiteral("PATH"));
    parser.addOptions({user, library});
    if (!parse(parser, arguments, 1))
        return 2;
    const QString file = parser.positionalArguments().first();
    const auto database = openOrReport(file);
    if (!database)
        return 1;
    const Briefing &b = database->briefing();
    QVector<BriefingPath> mine;
    if (parser.isSet(user) || parser.isSet(library)) {
        if (!userPaths(parser.isSet(library) ? parser.value(library) : Library::defaultPath(), b.metadata.id, &mine))
            return 1;
    }
    out() << tr("Paths of “%1” (%2):").arg(oneLine(b.metadata.title), file) << "\n\n";
    printPath(BriefingPath::defaultPath(b), tr("made from the content"));
    for (const BriefingPath &path : b.paths)
        printPath(path, tr("in the file"));
    for (const BriefingPath &path : std::as_const(mine))
        printPath(path, tr("yours, in your library"));
    if (b.paths.isEmpty())
        out() << tr("The file has no paths of its own; “briefing-tool add-path %1 PATH.json” adds one.").arg(file) << '\n';
    out() << Qt::flush;
    return 0;
}

} // namespace bv
