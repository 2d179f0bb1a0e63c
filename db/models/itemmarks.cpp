// SPDX-License-Identifier: MIT
#include "models/itemmarks.h"

#include "library/userlibrary.h"

namespace bv {

ItemMarks::ItemMarks(const UserLibrary *library, QObject *parent) : QObject(parent), m_library(library)
{
    connect(library, &UserLibrary::notesChanged, this, &ItemMarks::changed);
    connect(library, &UserLibrary::bookmarksChanged, this, &ItemMarks::changed);
}

ItemMarks::Marks ItemMarks::marks(const QString &itemId) const
{
    Marks result;
    if (m_library->hasNote(itemId))
        result |= NoteMark;
    if (m_library->isBookmarked(itemId))
        result |= BookmarkMark;
    return result;
}

bool ItemMarks::hasNote(const QString &itemId) const
{
    return m_library->hasNote(itemId);
}

bool ItemMarks::isBookmarked(const QString &itemId) const
{
    return m_library->isBookmarked(itemId);
}

QSet<QString> ItemMarks::markedIds() const
{
    return m_library->notedItems() | m_library->bookmarkedItems();
}

} // namespace bv
