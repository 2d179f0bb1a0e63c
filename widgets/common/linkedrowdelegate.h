// SPDX-License-Identifier: MIT
// Paints rows linked to the current item with an accent bar and a tint from the palette.
#pragma once

#include <QStyledItemDelegate>

namespace bv {

class LinkedRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace bv
