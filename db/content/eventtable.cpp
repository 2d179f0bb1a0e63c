// SPDX-License-Identifier: MIT
#include "content/eventtable.h"

namespace bv {

void TextColumn::append(const QString &text)
{
    ++m_size;
    if (text.isEmpty() && m_spans.isEmpty())
        return;
    m_spans.resize(m_size - 1); // spans for the empty texts before, if need be
    const QByteArray utf8 = text.toUtf8();
    m_spans.append(Span{quint32(m_utf8.size()), quint32(utf8.size())});
    m_utf8.append(utf8);
}

void TextColumn::appendUtf8(QByteArrayView utf8)
{
    ++m_size;
    if (utf8.isEmpty() && m_spans.isEmpty())
        return;
    m_spans.resize(m_size - 1);
    m_spans.append(Span{quint32(m_utf8.size()), quint32(utf8.size())});
    m_utf8.append(utf8);
}

void TextColumn::replace(int row, const QString &text)
{
    Q_ASSERT(row >= 0 && row < m_size);
    m_spans.resize(m_size);
    const QByteArray utf8 = text.toUtf8();
    m_spans[row] = Span{quint32(m_utf8.size()), quint32(utf8.size())};
    m_utf8.append(utf8);
}

QByteArrayView TextColumn::bytes(int row) const
{
    Q_ASSERT(row >= 0 && row < m_size);
    if (m_spans.isEmpty())
        return {};
    const Span span = m_spans.at(row);
    // Offsets are 32-bit: past 4 GiB of text they would wrap. Never read outside the block.
    if (qint64(span.begin) + span.size > m_utf8.size())
        return {};
    return QByteArrayView(m_utf8.constData() + span.begin, span.size);
}

void TextColumn::squeeze()
{
    m_utf8.squeeze();
    m_spans.squeeze();
}

qint64 TextColumn::memoryBytes() const
{
    return m_utf8.capacity() + m_spans.capacity() * qint64(sizeof(Span));
}

void TextColumn::reorder(const std::vector<int> &order)
{
    Q_ASSERT(qsizetype(order.size()) == m_size);
    if (m_spans.isEmpty())
        return; // every text empty
    m_spans.resize(m_size);
    QVector<Span> spans(m_size);
    for (int row = 0; row < m_size; ++row)
        spans[row] = m_spans.at(order[size_t(row)]);
    m_spans = std::move(spans);
}

void EventTable::reorder(const std::vector<int> &order)
{
    Q_ASSERT(qsizetype(order.size()) == m_rows.size());
    QVector<Row> rows(m_rows.size());
    QHash<int, QString> unreadable;
    for (int row = 0; row < size(); ++row) {
        const int from = order[size_t(row)];
        rows[row] = m_rows.at(from);
        const auto text = m_unreadableStarts.constFind(from);
        if (text != m_unreadableStarts.constEnd())
            unreadable.insert(row, *text);
    }
    m_rows = std::move(rows);
    m_unreadableStarts = std::move(unreadable);
    m_ids.reorder(order);
    m_titles.reorder(order);
    m_descriptions.reorder(order);
    if (!m_idRepeated) {
        // Each id has its slot already: only the rows move.
        std::vector<qint32> position(order.size());
        for (size_t row = 0; row < order.size(); ++row)
            position[size_t(order[row])] = qint32(row);
        for (qint32 &slot : m_idSlots) {
            if (slot >= 0)
                slot = position[size_t(slot)];
        }
        return;
    }
    // The first of the rows of a repeated id, in the new order, is the one found by it.
    m_idSlots.fill(-1);
    for (int row = 0; row < size(); ++row) {
        const int slot = slotOf(m_ids.bytes(row));
        if (m_idSlots.at(slot) < 0)
            m_idSlots[slot] = row;
    }
}

void EventTable::reserve(int count)
{
    m_rows.reserve(count);
    m_ids.reserve(count);
    m_titles.reserve(count); // not descriptions: the viewer leaves them in the file
    while (m_idSlots.size() < 2 * qsizetype(count))
        growIdSlots();
}

void EventTable::squeeze()
{
    m_rows.squeeze();
    m_ids.squeeze();
    m_titles.squeeze();
    m_descriptions.squeeze();
}

void EventTable::append(const Event &event)
{
    appendRow(event.start, event.end, event.category, event.actors);
    m_ids.append(event.id);
    m_titles.append(event.title);
    m_descriptions.append(event.description);
    indexLastId();
}

void EventTable::appendUtf8(QByteArrayView id, QByteArrayView title, QByteArrayView description,
                            const PartialDate &start, const std::optional<PartialDate> &end, const QString &category,
                            const QStringList &actors)
{
    appendRow(start, end, category, actors);
    m_ids.appendUtf8(id);
    m_titles.appendUtf8(title);
    m_descriptions.appendUtf8(description);
    indexLastId();
}

void EventTable::appendRow(const PartialDate &start, const std::optional<PartialDate> &end, const QString &category,
                           const QStringList &actors)
{
    const int row = size();
    Row compact;
    compact.precision = start.precision();
    if (start.isValid())
        compact.start = qint32(start.first().toJulianDay());
    else
        m_unreadableStarts.insert(row, start.text());
    if (end) // read with the start's precision
        compact.end = qint32(end->first().toJulianDay());
    compact.category = quint32(categoryIndex(category));
    auto known = m_actorListIndex.constFind(actors);
    if (known == m_actorListIndex.constEnd()) {
        known = m_actorListIndex.insert(actors, int(m_actorLists.size()));
        m_actorLists.append(actors);
    }
    compact.actors = quint32(*known);
    m_rows.append(compact);
}

void EventTable::indexLastId()
{
    const int row = size() - 1;
    if (2 * qsizetype(size()) > m_idSlots.size())
        growIdSlots();
    const int slot = slotOf(m_ids.bytes(row));
    if (m_idSlots.at(slot) < 0)
        m_idSlots[slot] = row;
    else
        m_idRepeated = true; // a later event with the same id is not found by it
}

Event EventTable::at(int row) const
{
    return Event{id(row), startDate(row), endDate(row), title(row), description(row), category(row), actors(row)};
}

PartialDate EventTable::startDate(int row) const
{
    const Row &compact = m_rows.at(row);
    if (compact.start == noDay)
        return PartialDate::parse(m_unreadableStarts.value(row), compact.precision);
    return PartialDate::fromFirstDay(QDate::fromJulianDay(compact.start), compact.precision);
}

std::optional<PartialDate> EventTable::endDate(int row) const
{
    const Row &compact = m_rows.at(row);
    if (compact.end == noDay)
        return std::nullopt;
    return PartialDate::fromFirstDay(QDate::fromJulianDay(compact.end), compact.precision);
}

void EventTable::setCategory(int row, const QString &category)
{
    m_rows[row].category = quint32(categoryIndex(category));
}

int EventTable::categoryIndex(const QString &category)
{
    const auto known = m_categoryIndex.constFind(category);
    if (known != m_categoryIndex.constEnd())
        return *known;
    m_categoryIndex.insert(category, int(m_categories.size()));
    m_categories.append(category);
    return int(m_categories.size() - 1);
}

int EventTable::rowOf(const QString &id) const
{
    if (m_idSlots.isEmpty())
        return -1;
    return m_idSlots.at(slotOf(id.toUtf8()));
}

int EventTable::slotOf(QByteArrayView id) const
{
    const qsizetype mask = m_idSlots.size() - 1; // the size is a power of two
    qsizetype slot = qsizetype(qHash(id) & size_t(mask));
    while (m_idSlots.at(slot) >= 0 && m_ids.bytes(m_idSlots.at(slot)) != id)
        slot = (slot + 1) & mask;
    return int(slot);
}

void EventTable::growIdSlots()
{
    const QVector<qint32> old = m_idSlots;
    m_idSlots = QVector<qint32>(old.isEmpty() ? 16 : 2 * old.size(), -1);
    for (const qint32 row : old) {
        if (row >= 0)
            m_idSlots[slotOf(m_ids.bytes(row))] = row;
    }
}

qint64 EventTable::memoryBytes() const
{
    return m_rows.capacity() * qint64(sizeof(Row)) + m_ids.memoryBytes() + m_titles.memoryBytes()
           + m_descriptions.memoryBytes() + m_idSlots.capacity() * qint64(sizeof(qint32));
}

} // namespace bv
