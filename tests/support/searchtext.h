// SPDX-License-Identifier: MIT
// What a search hit marks: the words of a text at its highlight ranges.
#pragma once

#include "search/searchresults.h"

#include <QStringList>

namespace bv::test {

QStringList highlighted(const QString &text, const TextRanges &ranges);

} // namespace bv::test
