// SPDX-License-Identifier: MIT
// The items of a narrow list of names (the path editor's lanes and scenarios): each as wide as
// the list and no wider, so the list never scrolls sideways, a long name wrapped onto the lines
// it needs, and a word too long for the width elided. A name not shown on one line has its
// whole text as its tooltip; over a short one, the list's own tooltip shows.
#pragma once

#include <QStyledItemDelegate>

class QListView;

namespace bv {

class WrappingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Sets itself as `view`'s delegate, and the view to lay its items out again when resized.
    explicit WrappingDelegate(QListView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    // Whether the item's text is too long for one line of the list (wrapped or elided).
    bool isCut(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int textWidth(const QStyleOptionViewItem &option) const; // the room for the text on a line

    QListView *m_view;
};

} // namespace bv
