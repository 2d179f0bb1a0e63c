// SPDX-License-Identifier: MIT
#include "content/plaintext.h"
#include "content/textlimits.h"
#include "models/searchresultsmodel.h"

#include "models/itemroles.h"

#include <QPoint>

namespace bv {

namespace {
constexpr quintptr groupMarker = ~quintptr(0); // internal id of a kind row

QVariantList ranges(const TextRanges &list)
{
    QVariantList result;
    for (const auto &range : list)
        result << QPoint(range.first, range.second);
    return result;
}
} // namespace

void SearchResultsModel::setResults(const SearchResults &results, const QVector<SearchHit> &notes)
{
    beginResetModel();
    m_results = results;
    m_notes = notes;
    m_groups.clear();
    for (int i = 0; i < m_results.hits.size(); ++i) {
        const ItemKind kind = m_results.hits.at(i).kind;
        if (m_groups.isEmpty() || m_groups.last().kind != kind)
            m_groups.append(Group{kind, i, 0});
        ++m_groups.last().count;
    }
    if (!m_notes.isEmpty())
        m_groups.append(Group{ItemKind::Briefing, 0, int(m_notes.size()), true});
    endResetModel();
}

const SearchHit &SearchResultsModel::hitAt(const QModelIndex &index) const
{
    const Group &group = m_groups.at(int(index.internalId()));
    return group.notes ? m_notes.at(group.first + index.row()) : m_results.hits.at(group.first + index.row());
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, groupMarker);
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupMarker)
        return {};
    return createIndex(int(child.internalId()), 0, groupMarker);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == groupMarker && parent.column() == 0)
        return m_groups.at(parent.row()).count;
    return 0;
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QModelIndex SearchResultsModel::firstHit() const
{
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupMarker) {
        const Group &group = m_groups.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return group.notes ? tr("My notes (%1)").arg(group.count)
                               : Briefing::tr("%1 (%2)").arg(Briefing::kindPluralName(group.kind)).arg(group.count);
        if (role == KindRole && !group.notes)
            return int(group.kind);
        if (role == NoteGroupRole)
            return group.notes;
        return {};
    }
    const SearchHit &hit = hitAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return shownTitle(hit.title);
    case Qt::AccessibleTextRole:
        return QString(hit.title + QStringLiteral(": ") + hit.snippet);
    case Qt::ToolTipRole:
        return plainToolTip(hit.snippet);
    case IdRole:
        return hit.id;
    case KindRole:
        return int(hit.kind);
    case SnippetRole:
        return hit.snippet;
    case TitleHighlightsRole:
        return ranges(hit.titleHighlights);
    case SnippetHighlightsRole:
        return ranges(hit.highlights);
    case NoteGroupRole:
        return m_groups.at(int(index.internalId())).notes;
    default:
        return {};
    }
}

} // namespace bv
