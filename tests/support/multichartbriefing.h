// SPDX-License-Identifier: MIT
// A briefing with a chart of every kind, as an author writes one from docs/format.md: the
// chart briefing (tests/support/chartbriefing.h) plus, all figures invented for the tests:
// - 'members-2014' and 'members-2023' (categories, '% of output'): `categories` members each
//   (2023 lacks the last one and adds 'Testland Newcomer'); in 2023 member 1 is provisional,
//   member 2 an estimate, and member 4 stands for the actor 'testland-actor-4';
// - 'parts-a', 'parts-b' (categories, 'units'): three categories each, for stacked bars;
// - 'goal-count' (time, 'members'): 2014 → 3, 2019 → 11, 2023 → 18, 2024 → 23 (a projection),
//   2030 → 32 (a target);
// - 'coverage' (time, 'members'): yearly 2010 to 2020, a break before 2016 ("From 2016: the
//   enlarged group"), 2020 provisional;
// - 'quarterly' (time, 'members'): 2023-Q1 to 2024-Q2, quarter precision;
// - 'old-times' (time, 'members'): 1900 to 1913, long before every event;
// - charts: 'chart-members' (grouped_bar: 2014, 2023), 'chart-members-slope' (slope),
//   'chart-members-dots' (dot), 'chart-parts' (stacked_bar), 'chart-goal' (line: goal-count,
//   coverage), 'chart-quarters' (bar: quarterly);
// - a category label that looks like a spreadsheet formula: parts-a's '=SUM(A1) share'.
#pragma once

#include <QString>

namespace bv::test {

bool writeMultiChartBriefing(const QString &path, int categories = 24);

} // namespace bv::test
