// SPDX-License-Identifier: MIT
#include "file/rowsortkeys.h"

#include "file/sqlitestatement.h"

#include <algorithm>
#include <cstring>

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

bool RowSortKeys::sortedAlready() const
{
    for (int row = 1; row < size(); ++row) {
        if (less(row, row - 1))
            return false;
    }
    return true;
}

namespace {

// Bytes [from, from + 8) of a text as a big-endian number, zero past its end: two such
// numbers compare as memcmp compares the bytes, a shorter text first where one is the
// start of the other (unless it goes on with zero bytes: those are compared in full).
quint64 bigEndianWord(const char *bytes, quint32 length, quint32 from)
{
    quint64 word = 0;
    for (quint32 i = 0; i < 8; ++i) {
        const quint32 at = from + i;
        word = (word << 8) | (at < length ? quint64(static_cast<unsigned char>(bytes[at])) : 0);
    }
    return word;
}

// A double as an unsigned number of the same order (negative numbers below positive ones).
quint64 orderedBits(double value)
{
    if (value == 0)
        value = 0; // -0 and +0 are equal
    quint64 bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return (bits & (quint64(1) << 63)) ? ~bits : bits | (quint64(1) << 63);
}

} // namespace

RowSortKeys::Prefix::Part RowSortKeys::partOf(const Key &key) const
{
    Prefix::Part part;
    part.kind = quint32(key.kind);
    if (key.kind == 1) {
        part.high = orderedBits(key.number);
    } else if (key.kind >= 2) {
        const char *bytes = m_bytes.constData() + key.begin;
        part.high = bigEndianWord(bytes, key.length, 0);
        part.low = bigEndianWord(bytes, key.length, 8);
        part.length = std::min(key.length, prefixBytes + 1);
    }
    return part;
}

int RowSortKeys::comparePart(const Prefix::Part &a, const Prefix::Part &b, const Key &keyA, const Key &keyB) const
{
    if (a.kind != b.kind)
        return a.kind < b.kind ? -1 : 1;
    if (a.high != b.high)
        return a.high < b.high ? -1 : 1;
    if (a.low != b.low)
        return a.low < b.low ? -1 : 1;
    if (a.length > prefixBytes || b.length > prefixBytes)
        return compare(keyA, keyB); // the same 16 bytes, and more
    // Texts of at most 16 bytes with the same prefix: the shorter one first (what follows it
    // in the other is zero bytes, or the prefixes would differ).
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

std::vector<int> RowSortKeys::order() const
{
    if (sortedAlready())
        return {};
    // Sorted by value, not through indices into the keys: a row's prefix settles most
    // comparisons without reading its text (a date such as 2024-03-15 fits in it whole).
    std::vector<Prefix> prefixes(static_cast<size_t>(size()));
    for (int row = 0; row < size(); ++row) {
        Prefix &prefix = prefixes[size_t(row)];
        prefix.first = partOf(m_keys[size_t(2 * row)]);
        prefix.second = partOf(m_keys[size_t(2 * row + 1)]);
        prefix.row = quint32(row);
    }
    std::sort(prefixes.begin(), prefixes.end(), [this](const Prefix &a, const Prefix &b) {
        const size_t rowA = a.row, rowB = b.row;
        if (const int first = comparePart(a.first, b.first, m_keys[2 * rowA], m_keys[2 * rowB]))
            return first < 0;
        if (const int second = comparePart(a.second, b.second, m_keys[2 * rowA + 1], m_keys[2 * rowB + 1]))
            return second < 0;
        return a.row < b.row; // equal rows keep the order they were read in
    });
    std::vector<int> rows(prefixes.size());
    for (size_t i = 0; i < prefixes.size(); ++i)
        rows[i] = int(prefixes[i].row);
    return rows;
}

} // namespace bv
