// SPDX-License-Identifier: MIT
// What the reader makes of the texts of a large table without a QString for each: texts
// kept as the UTF-8 they are in the file, and texts that repeat from row to row made once.
#pragma once

#include "content/partialdate.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace bv {

// `utf8` as QString::fromUtf8(utf8).toUtf8() gives it: itself, unless QString would change
// it (bytes that are not UTF-8 become U+FFFD, a leading byte order mark is dropped); then
// what QString makes of it, kept in `made`.
QByteArrayView asQStringHasIt(QByteArrayView utf8, QByteArray *made);

// PartialDate::parsePrecision() of the text's bytes.
bool precisionOf(QByteArrayView text, PartialDate::Precision *precision);

// What a text that repeats from row to row (an event's category, its actor list) is made
// into, made once for each distinct text: the few usual ones are looked for in turn, any
// more in a hash.
template <typename T>
class RepeatedTexts
{
public:
    explicit RepeatedTexts(std::function<T(const QString &)> make) : m_make(std::move(make)) {}
    // Valid until the next call.
    const T &of(QByteArrayView text)
    {
        for (const auto &known : m_few) {
            if (known.first == text)
                return known.second;
        }
        if (m_few.size() < fewest) {
            m_few.emplace_back(text.toByteArray(), m_make(QString::fromUtf8(text)));
            return m_few.back().second;
        }
        const QByteArray key = text.toByteArray();
        auto known = m_more.constFind(key);
        if (known == m_more.constEnd())
            known = m_more.insert(key, m_make(QString::fromUtf8(text)));
        return *known;
    }

private:
    static constexpr size_t fewest = 16;
    std::function<T(const QString &)> m_make;
    std::vector<std::pair<QByteArray, T>> m_few;
    QHash<QByteArray, T> m_more;
};

} // namespace bv
