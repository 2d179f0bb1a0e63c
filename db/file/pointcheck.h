// SPDX-License-Identifier: MIT
// The checks of every data point that `briefing-tool validate` makes on top of the viewer's
// (the viewer does not read every point when it opens a briefing).
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace bv {

class Briefing;
class SqliteConnection;

class PointCheck
{
    Q_DECLARE_TR_FUNCTIONS(PointCheck)
public:
    // Warnings naming the series and the point: a time-series label that does not parse at
    // its precision, a precision or status this version does not know, an item_id that is
    // not an item of the briefing. At most `perProblem` of each kind, then how many more.
    static QStringList warnings(SqliteConnection &connection, const Briefing &briefing, int perProblem = 20);
};

} // namespace bv
