// SPDX-License-Identifier: MIT
#include "file/examples.h"

#include "file/briefingwriter.h"
#include "file/sqliteconnection.h"

#include <QFile>

namespace bv {

namespace {

const char *const defenceFiles[] = {":/examples/european-defence/briefing.sql", ":/examples/european-defence/points.sql",
                                    ":/examples/european-defence/translations.sql"};

} // namespace

QStringList Examples::names()
{
    return {QStringLiteral("sample"), QStringLiteral("european-defence")};
}

QString Examples::title(const QString &name)
{
    if (name == QLatin1String("sample"))
        return tr("Security guarantees for Ukraine (sample)");
    if (name == QLatin1String("european-defence"))
        return tr("European defence spending");
    return name;
}

QString Examples::sql(const QString &name)
{
    QString result;
    if (name != QLatin1String("european-defence"))
        return result;
    for (const char *path : defenceFiles) {
        QFile file(QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Resource %s is missing from the build", path);
        result += QString::fromUtf8(file.readAll()) + QLatin1Char('\n');
    }
    return result;
}

QString Examples::pathOf(const QString &name)
{
    if (name == QLatin1String("sample") || !names().contains(name))
        return {};
    return QStringLiteral(":/examples/") + name + QStringLiteral(".briefing");
}

QString Examples::nameOf(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("sample");
    for (const QString &name : names()) {
        if (name != QLatin1String("sample") && path == pathOf(name))
            return name;
    }
    return {};
}

bool Examples::isBuiltIn(const QString &path)
{
    return !nameOf(path).isEmpty();
}

WriteResult Examples::write(const QString &name, const QString &path, bool overwrite)
{
    if (name == QLatin1String("sample"))
        return BriefingWriter::writeSample(path, overwrite);
    const QString script = sql(name);
    return BriefingWriter::write(path, overwrite, [&script](SqliteConnection &connection) {
        return connection.execScript(script) ? QString() : connection.errorText();
    });
}

} // namespace bv
