// SPDX-License-Identifier: MIT
#include "searchtext.h"

namespace bv::test {

QStringList highlighted(const QString &text, const TextRanges &ranges)
{
    QStringList words;
    for (const auto &range : ranges)
        words << text.mid(range.first, range.second);
    return words;
}

} // namespace bv::test
