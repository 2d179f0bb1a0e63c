// SPDX-License-Identifier: MIT
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace bv {

namespace {
const char key[] = "recentFiles";
}

QStringList RecentFiles::load()
{
    return QSettings().value(QLatin1String(key)).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = load();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximum)
        files.removeLast();
    QSettings().setValue(QLatin1String(key), files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = load();
    files.removeAll(path);
    QSettings().setValue(QLatin1String(key), files);
}

void RecentFiles::clear()
{
    QSettings().remove(QLatin1String(key));
}

} // namespace bv
