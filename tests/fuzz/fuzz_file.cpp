// SPDX-License-Identifier: MIT
// A briefing file from bytes: written to a file, checked and read as the viewer opens it, every
// part of it then asked for (points, long texts, links, the time index, the shipped search
// index). A refused file must say why; no file may be changed or left beside it.
#include "fuzztargets.h"

#include "content/itemfields.h"
#include "file/briefingdatabase.h"
#include "search/searchindex.h"

#include <QDir>
#include <QFile>

namespace bv::fuzz {

namespace {

QString inputPath()
{
    return workFolder("file") + QStringLiteral("/input.briefing");
}

void touchEverything(const std::shared_ptr<BriefingDatabase> &database)
{
    const Briefing &b = database->briefing();
    for (const Series &series : b.series) {
        const QVector<Point> points = database->points(series.id);
        if (!points.isEmpty())
            database->point(series.id, points.first().label);
        b.reverseTrail(series.id, series.sourceIds.value(0));
    }
    for (int row = 0; row < b.events.size(); ++row)
        database->eventDescription(row);
    for (int row = 0; row < b.faq.size(); ++row)
        database->faqAnswer(row);
    database->timeIndex(EventTimeIndex::Lanes::ByCategory);
    database->timeIndex(EventTimeIndex::Lanes::ByActor);
    for (const ItemKind kind : {ItemKind::Actor, ItemKind::Guarantee, ItemKind::Scenario, ItemKind::Event,
                                ItemKind::Source, ItemKind::Series, ItemKind::Faq, ItemKind::Chart}) {
        for (int row = 0; row < b.count(kind) && row < 20; ++row) {
            const QString id = b.idAt(kind, row);
            b.neighbours(id);
            b.title(id);
        }
    }
    if (const auto index = SearchIndex::openShipped(database))
        index->search(QStringLiteral("guarantee"), QString(), 20);
}

} // namespace

void initFile()
{
    BriefingDatabase::setCheckScope(CheckScope::Content);
}

void runFile(const QByteArray &input)
{
    const QString path = inputPath();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size())
            fail("file", QStringLiteral("cannot write %1").arg(path));
    }
    {
        OpenError error;
        const std::shared_ptr<BriefingDatabase> database = BriefingDatabase::open(path, &error);
        if (database)
            touchEverything(database);
        else if (error.message.isEmpty())
            fail("file", QStringLiteral("refused without a message (code %1)").arg(int(error.code)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != input)
        fail("file", QStringLiteral("the reader changed the file"));
    const QStringList beside = QDir(workFolder("file")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    if (beside != QStringList{QStringLiteral("input.briefing")})
        fail("file", QStringLiteral("the reader left files beside it: %1").arg(beside.join(QLatin1Char(' '))));
}

} // namespace bv::fuzz
