// SPDX-License-Identifier: MIT
// A briefing like the ones real users write from docs/format.md, for the chart, detail and
// search tests: the sample plus many categories with long names, a sparse yearly series and
// an FAQ answer in Markdown. Every label and figure is invented for the tests.
#pragma once

#include <QString>

namespace bv::test {

// The label of category `index` of the 'members' series ("Testland Alpha", ...; some long).
QString memberLabel(int index);
// Writes the sample briefing to `path` with, added:
// - 'members' (categories, '% of output'): `categories` points, values from 0.9 to 3.92;
// - actor 'testland-actor', which category 12 stands for (its point's item_id), and
//   'namesake-actor', only named like category 3;
// - 'sparse' (time, 'members'): 2014 → 3, 2019 → 11, 2023 → 18, year-only labels;
// - FAQ 'faq-markdown': an answer with a briefing link, bold text and a table.
bool writeChartBriefing(const QString &path, int categories = 30);

} // namespace bv::test
