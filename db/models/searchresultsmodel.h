// SPDX-License-Identifier: MIT
// Search results as a tree: one row per kind ("Scenarios (2)"), the hits under it, then the
// user's own notes that match ("My notes (3)", NoteSearch). Titles and snippets are plain
// text; where the matched words are is given by the highlight roles.
#pragma once

#include "search/searchresults.h"

#include <QAbstractItemModel>

namespace bv {

class SearchResultsModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        SnippetRole = Qt::UserRole + 40, // QString
        TitleHighlightsRole,             // QVariantList of QPoint(start, length)
        SnippetHighlightsRole,
        NoteGroupRole // bool: the "My notes" group or one of its hits
    };

    using QAbstractItemModel::QAbstractItemModel;
    void setResults(const SearchResults &results, const QVector<SearchHit> &notes = {});
    const SearchResults &results() const { return m_results; }
    const QVector<SearchHit> &notes() const { return m_notes; }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The first hit, for Enter in the search field.
    QModelIndex firstHit() const;

private:
    struct Group
    {
        ItemKind kind;
        int first = 0, count = 0; // range in m_results.hits, or in m_notes
        bool notes = false;
    };
    const SearchHit &hitAt(const QModelIndex &index) const;

    SearchResults m_results;
    QVector<SearchHit> m_notes;
    QVector<Group> m_groups;
};

} // namespace bv
