// SPDX-License-Identifier: MIT
#include "file/rowsortkeys.h"

#include "file/sqlitestatement.h"

#include <algorithm>
#include <cstring>
#include <numeric>

#include <sqlite3.h>

namespace bv {

RowSortKeys::RowSortKeys(int expectedRows)
{
    m_keys.reserve(size_t(std::max(0, expectedRows)) * 2);
}

void RowSortKeys::append(const SqliteStatement &statement, int first, int second)
{
    appendKey(statement, first);
    appendKey(statement, second);
}

void RowSortKeys::appendKey(const SqliteStatement &statement, int column)
{
    Key key;
    switch (statement.typeAt(column)) {
    case SQLITE_NULL:
        break;
    case SQLITE_INTEGER:
    case SQLITE_FLOAT:
        key.kind = 1;
        key.number = statement.doubleAt(column);
        break;
    default: {
        key.kind = statement.typeAt(column) == SQLITE_BLOB ? 3 : 2;
        const QByteArrayView bytes = statement.bytesAt(column);
        key.begin = quint32(m_bytes.size());
        key.length = quint32(bytes.size());
        m_bytes.append(bytes.data(), bytes.size());
        break;
    }
    }
    m_keys.push_back(key);
}

int RowSortKeys::compare(const Key &a, const Key &b) const
{
    if (a.kind != b.kind)
        return a.kind < b.kind ? -1 : 1;
    if (a.kind == 1)
        return a.number < b.number ? -1 : b.number < a.number ? 1 : 0;
    if (a.kind == 0)
        return 0;
    const int common = std::memcmp(m_bytes.constData() + a.begin, m_bytes.constData() + b.begin,
                                   std::min(a.length, b.length));
    if (common != 0)
        return common;
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

bool RowSortKeys::less(int a, int b) const
{
    const int first = compare(m_keys[size_t(2 * a)], m_keys[size_t(2 * b)]);
    if (first != 0)
        return first < 0;
    return compare(m_keys[size_t(2 * a + 1)], m_keys[size_t(2 * b + 1)]) < 0;
}

std::vector<int> RowSortKeys::order() const
{
    bool sorted = true;
    for (int row = 1; row < size() && sorted; ++row)
        sorted = !less(row, row - 1);
    if (sorted)
        return {};
    std::vector<int> rows(static_cast<size_t>(size()));
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) { return less(a, b); });
    return rows;
}

} // namespace bv
