// SPDX-License-Identifier: MIT
// The most recently opened briefing files, kept in QSettings.
#pragma once

#include <QStringList>

namespace bv {

class RecentFiles
{
public:
    static constexpr int defaultMaximum = 8;
    static constexpr int largestMaximum = 30;
    // How many File > Open Recent keeps (Preferences), 0 … largestMaximum.
    static int maximum();
    static void setMaximum(int count); // the list cut to it at once
    static QStringList load();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace bv
