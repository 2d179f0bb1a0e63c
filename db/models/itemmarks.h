// SPDX-License-Identifier: MIT
// Which items of the open briefing the user has marked (a note, a bookmark): what every
// list, the timeline and the charts draw a mark for. Follows the user's library.
#pragma once

#include <QObject>
#include <QSet>

namespace bv {

class UserLibrary;

class ItemMarks final : public QObject
{
    Q_OBJECT
public:
    enum Mark { NoMark = 0, NoteMark = 1, BookmarkMark = 2 };
    Q_DECLARE_FLAGS(Marks, Mark)

    explicit ItemMarks(const UserLibrary *library, QObject *parent = nullptr);
    Marks marks(const QString &itemId) const;
    bool hasNote(const QString &itemId) const;
    bool isBookmarked(const QString &itemId) const;
    QSet<QString> markedIds() const; // every item with a note or a bookmark

signals:
    void changed();

private:
    const UserLibrary *m_library;
};

} // namespace bv

Q_DECLARE_OPERATORS_FOR_FLAGS(bv::ItemMarks::Marks)
