// SPDX-License-Identifier: MIT
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace bv {

namespace {
const char key[] = "recentFiles";
const char maximumKey[] = "recentFilesMaximum"; // not under "recentFiles": clear() removes that
}

int RecentFiles::maximum()
{
    bool ok = false;
    const int count = QSettings().value(QLatin1String(maximumKey)).toInt(&ok);
    return ok ? std::clamp(count, 0, largestMaximum) : defaultMaximum;
}

void RecentFiles::setMaximum(int count)
{
    count = std::clamp(count, 0, largestMaximum);
    QSettings().setValue(QLatin1String(maximumKey), count);
    QStringList files = load();
    if (files.size() > count) {
        files = files.mid(0, count);
        QSettings().setValue(QLatin1String(key), files);
    }
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
    while (files.size() > maximum())
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
