// SPDX-License-Identifier: MIT
// The events of a briefing, kept compactly: a large briefing has a hundred thousand of them.
// Ids, titles and descriptions are UTF-8 in one block each, dates are day numbers, and each
// distinct category and actor list is kept once. QStrings are made when asked for.
#pragma once

#include "content/partialdate.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <limits>
#include <optional>
#include <vector>

namespace bv {

// One event as a plain value: what the reader appends and at() returns.
struct Event
{
    QString id;
    PartialDate start;
    std::optional<PartialDate> end;
    QString title, description, category;
    QStringList actors; // actor ids
};

// Texts as UTF-8 in one block (up to 4 GiB). A replaced text is appended; its old bytes stay
// unused.
// Empty texts take no room while the column holds no other (descriptions left in the file).
class TextColumn
{
public:
    int size() const { return m_size; }
    void reserve(int count) { m_spans.reserve(count); }
    void append(const QString &text);
    void appendUtf8(QByteArrayView utf8); // as append(), from the UTF-8 that toUtf8() gives
    void replace(int row, const QString &text);
    QString at(int row) const { return QString::fromUtf8(bytes(row)); }
    QByteArrayView bytes(int row) const;
    void squeeze();
    qint64 memoryBytes() const;
    // Row i becomes what row order[i] was (order: a permutation of the rows).
    void reorder(const std::vector<int> &order);

private:
    struct Span
    {
        quint32 begin = 0;
        quint32 size = 0;
    };
    QByteArray m_utf8;
    QVector<Span> m_spans; // empty while every text is
    int m_size = 0;
};

class EventTable
{
public:
    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.isEmpty(); }
    void reserve(int count);
    void append(const Event &event);
    // The same from texts given as UTF-8, each exactly as QString::toUtf8() gives it (the
    // reader's way: no QString is made for them); `category` and `actors` as in Event.
    void appendUtf8(QByteArrayView id, QByteArrayView title, QByteArrayView description, const PartialDate &start,
                    const std::optional<PartialDate> &end, const QString &category, const QStringList &actors);
    // True when some id names two rows (then only the first of them is found by rowOf()).
    bool hasRepeatedIds() const { return m_idRepeated; }
    void squeeze(); // gives back what reserve() and growth left unused
    // Row i becomes what row order[i] was (order: a permutation of the rows); an id that
    // appears twice is then found at the first of its rows in the new order.
    void reorder(const std::vector<int> &order);

    Event at(int row) const; // the whole event
    QString id(int row) const { return m_ids.at(row); }
    QString title(int row) const { return m_titles.at(row); }
    QString description(int row) const { return m_descriptions.at(row); }
    const QString &category(int row) const { return m_categories.at(m_rows.at(row).category); }
    const QStringList &actors(int row) const { return m_actorLists.at(m_rows.at(row).actors); }
    // The distinct lists of actors, each kept once: which one a row has, and each.
    int actorListOf(int row) const { return int(m_rows.at(row).actors); }
    int actorListCount() const { return int(m_actorLists.size()); }
    const QStringList &actorList(int list) const { return m_actorLists.at(list); }
    PartialDate startDate(int row) const;
    std::optional<PartialDate> endDate(int row) const;

    void setTitle(int row, const QString &title) { m_titles.replace(row, title); }
    void setDescription(int row, const QString &description) { m_descriptions.replace(row, description); }
    void setCategory(int row, const QString &category);

    // The row of the first event with this id, or -1.
    int rowOf(const QString &id) const;
    qint64 memoryBytes() const;

    class const_iterator
    {
    public:
        const_iterator(const EventTable *table, int row) : m_table(table), m_row(row) {}
        Event operator*() const { return m_table->at(m_row); }
        const_iterator &operator++() { ++m_row; return *this; }
        bool operator!=(const const_iterator &other) const { return m_row != other.m_row; }

    private:
        const EventTable *m_table;
        int m_row;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    static constexpr qint32 noDay = std::numeric_limits<qint32>::min();
    struct Row
    {
        qint32 start = noDay; // Julian day of the start's first day; noDay: unreadable
        qint32 end = noDay;   // Julian day of the end's first day; noDay: none
        quint32 actors = 0;   // into m_actorLists
        quint32 category = 0; // into m_categories
        PartialDate::Precision precision = PartialDate::Precision::Day;
    };
    int categoryIndex(const QString &category);
    // The row's dates, category and actors (its texts are appended by the caller), and its id's slot.
    void appendRow(const PartialDate &start, const std::optional<PartialDate> &end, const QString &category,
                   const QStringList &actors);
    void indexLastId();
    int slotOf(QByteArrayView id) const; // the id's slot in m_idSlots: its row, or -1 if free
    void growIdSlots();

    QVector<Row> m_rows;
    TextColumn m_ids, m_titles, m_descriptions;
    QStringList m_categories;
    QHash<QString, int> m_categoryIndex;
    QVector<QStringList> m_actorLists;
    QHash<QStringList, int> m_actorListIndex;
    QHash<int, QString> m_unreadableStarts; // by row: the start date's text when it could not be read
    QVector<qint32> m_idSlots;              // open addressing by the id's hash: row, or -1
    bool m_idRepeated = false;              // some id names two rows (reorder() then hashes again)
};

} // namespace bv
