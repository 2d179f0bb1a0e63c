// SPDX-License-Identifier: MIT
// The most recently opened briefing files, kept in QSettings.
#pragma once

#include <QStringList>

namespace bv {

class RecentFiles
{
public:
    static constexpr int maximum = 8;
    static QStringList load();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace bv
