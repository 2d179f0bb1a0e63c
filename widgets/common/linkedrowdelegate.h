// SPDX-License-Identifier: MIT
// Paints rows linked to the current item with an accent bar and a tint from the palette, and,
// given the user's item marks, a note or bookmark mark at the end of an item's first column.
#pragma once

#include <QStyledItemDelegate>

namespace bv {

class ItemMarks;

class LinkedRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Marks items with a note (✎) or a bookmark (★); the view repaints when they change.
    void setMarks(const ItemMarks *marks, QWidget *view);
    // The marks drawn for a row ("✎★"), empty when none: what a test and a screen reader read.
    QString marksText(const QModelIndex &index) const;

private:
    const ItemMarks *m_marks = nullptr;
};

} // namespace bv
