// SPDX-License-Identifier: MIT
// The user's notes and bookmarks as a list: for the open briefing (bookmarks first, then
// notes by item), or every briefing's notes. Filtered by words in the item's title or the
// note's text. Each row knows its item, its briefing and whether its item has changed.
#pragma once

#include "library/librarytypes.h"

#include <QAbstractListModel>

namespace bv {

class UserLibrary;

class NotesListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ItemIdRole = Qt::UserRole + 100, // QString
        BriefingIdRole,                  // QString
        NoteIdRole,                      // QString, empty for a bookmark
        EntryKindRole,                   // int(EntryKind)
        ItemStateRole,                   // int(UserLibrary::ItemState), for notes of the open briefing
        NoteTextRole                     // QString: the note's Markdown
    };
    enum class EntryKind { Bookmark, Note };

    explicit NotesListModel(UserLibrary *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    // Notes come in pages, as the view scrolls: a library of 100,000 notes opens at once.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    // Every briefing's notes (no bookmarks), or only the open briefing's notes and bookmarks.
    void setAllBriefings(bool all);
    bool allBriefings() const { return m_all; }

private:
    struct Entry
    {
        EntryKind kind;
        QString briefingId, itemId, title, noteId, text;
        mutable int state = -1; // UserLibrary::ItemState, found when first shown
        Note note;
    };
    void reload();
    void appendPage();
    int stateOf(const Entry &entry) const;

    UserLibrary *m_library;
    QVector<Entry> m_entries;
    QString m_filter;
    bool m_all = false;
    int m_notesLoaded = 0;
    bool m_moreNotes = false;
    bool m_changing = false;
};

} // namespace bv
