// SPDX-License-Identifier: MIT
// An XLIFF file from a translator, imported into the sample briefing (briefing-tool
// import-xliff). Whatever it holds, a refused import says why and leaves the briefing exactly
// as it was; an accepted one is undone before the next input.
#include "fuzztargets.h"

#include "file/briefingwriter.h"
#include "translation/translationexchange.h"

#include <QDir>
#include <QFile>

namespace bv::fuzz {

namespace {

QString briefingPath()
{
    return workFolder("xliff") + QStringLiteral("/sample.briefing");
}

QByteArray &pristine()
{
    static QByteArray bytes;
    return bytes;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void restore()
{
    QDir folder(workFolder("xliff"));
    for (const QString &name : folder.entryList(QDir::Files))
        folder.remove(name);
    QFile file(briefingPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(pristine()) != pristine().size())
        fail("xliff", QStringLiteral("cannot restore the briefing"));
}

} // namespace

void initXliff()
{
    const WriteResult written = BriefingWriter::writeSample(briefingPath(), true);
    if (!written.ok())
        fail("xliff", written.message);
    pristine() = contents(briefingPath());
}

void runXliff(const QByteArray &input)
{
    const TranslationExchange::ImportResult result = TranslationExchange::importXliff(briefingPath(), input);
    if (result.problems.isEmpty() && result.written == 0)
        fail("xliff", QStringLiteral("neither written nor refused"));
    for (const TranslationExchange::Problem &problem : result.problems) {
        if (problem.message.isEmpty())
            fail("xliff", QStringLiteral("a problem without a message"));
    }
    if (!result.problems.isEmpty() && result.backupPath.isEmpty() && contents(briefingPath()) != pristine())
        fail("xliff", QStringLiteral("a refused import changed the briefing"));
    if (result.written > 0 || !result.backupPath.isEmpty())
        restore();
}

} // namespace bv::fuzz
