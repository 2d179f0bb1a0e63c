// SPDX-License-Identifier: MIT
#include "common/linkedrowdelegate.h"

#include "models/itemroles.h"

#include <QPainter>

namespace bv {

void LinkedRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (index.data(LinkedRole).toBool() && !(option.state & QStyle::State_Selected)) {
        QColor tint = option.palette.color(QPalette::Highlight);
        tint.setAlpha(48);
        painter->fillRect(option.rect, tint);
        if (index.column() == 0) {
            QRect bar = option.rect;
            bar.setWidth(4);
            painter->fillRect(bar, option.palette.color(QPalette::Highlight));
        }
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace bv
