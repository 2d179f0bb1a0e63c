// SPDX-License-Identifier: MIT
// Rows read in a table's own order, put in the order SQLite's "ORDER BY a, b" gives (NULL,
// then numbers by value, then text byte by byte as the BINARY collation compares it, then
// blobs), without SQLite's sort, which copies every selected row once more.
#pragma once

#include <QByteArray>
#include <QVector>

#include <vector>

namespace bv {

class SqliteStatement;

class RowSortKeys
{
public:
    explicit RowSortKeys(int expectedRows = 0);
    // The current row's values of the two columns, as the next row's keys.
    void append(const SqliteStatement &statement, int first, int second);
    int size() const { return int(m_keys.size()) / 2; }
    // The rows in order: row i of the result is the row read order()[i]. Empty when the rows
    // already are in order (the usual case: a file written in that order).
    std::vector<int> order() const;

private:
    struct Key
    {
        int kind = 0;       // 0 NULL, 1 number, 2 text, 3 blob
        double number = 0;  // kind 1
        quint32 begin = 0;  // kinds 2 and 3: into m_bytes
        quint32 length = 0;
    };
    void appendKey(const SqliteStatement &statement, int column);
    int compare(const Key &a, const Key &b) const;
    bool less(int a, int b) const;
    bool sortedAlready() const;

    // A row's keys in a form compared in a few instructions: each key's kind, then a number
    // made to compare as an unsigned integer, or a text's first 16 bytes and its length.
    // Texts longer than that and equal in their first 16 bytes are compared in full.
    struct Prefix
    {
        struct Part
        {
            quint64 high = 0;
            quint64 low = 0;
            quint32 length = 0; // of a text or blob; more than prefixBytes: see the whole
            quint32 kind = 0;
        };
        Part first, second;
        quint32 row = 0;
    };
    static constexpr quint32 prefixBytes = 16;
    Prefix::Part partOf(const Key &key) const;
    int comparePart(const Prefix::Part &a, const Prefix::Part &b, const Key &keyA, const Key &keyB) const;
    Prefix prefixOf(int row) const;

    std::vector<Key> m_keys; // two per row
    QByteArray m_bytes;
};

} // namespace bv
