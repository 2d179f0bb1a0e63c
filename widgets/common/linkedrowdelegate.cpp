// SPDX-License-Identifier: MIT
#include "common/linkedrowdelegate.h"

#include "models/itemmarks.h"
#include "models/itemroles.h"

#include <QPainter>
#include <QPointer>

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
    const QString marks = index.column() == 0 ? marksText(index) : QString();
    if (marks.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The text gives way to the marks at its end (the leading side stays the item's).
    const int width = option.fontMetrics.horizontalAdvance(marks) + 6;
    QStyleOptionViewItem text = option;
    const bool rtl = option.direction == Qt::RightToLeft;
    if (rtl)
        text.rect.setLeft(text.rect.left() + width);
    else
        text.rect.setRight(text.rect.right() - width);
    QStyledItemDelegate::paint(painter, text, index);
    QRect markRect = option.rect;
    if (rtl)
        markRect.setRight(option.rect.left() + width);
    else
        markRect.setLeft(option.rect.right() - width);
    painter->save();
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Link));
    painter->drawText(markRect, Qt::AlignCenter, marks);
    painter->restore();
}

void LinkedRowDelegate::setMarks(const ItemMarks *marks, QWidget *view)
{
    m_marks = marks;
    QPointer<QWidget> target(view);
    connect(marks, &ItemMarks::changed, this, [target] {
        if (target)
            target->update();
    });
}

QString LinkedRowDelegate::marksText(const QModelIndex &index) const
{
    if (!m_marks)
        return {};
    const QString id = index.data(IdRole).toString();
    if (id.isEmpty())
        return {};
    QString text;
    if (m_marks->hasNote(id))
        text += QChar(0x270E); // ✎
    if (m_marks->isBookmarked(id))
        text += QChar(0x2605); // ★
    return text;
}

} // namespace bv
