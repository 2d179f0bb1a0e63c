// SPDX-License-Identifier: MIT
#include "present/wrappingdelegate.h"

#include <QApplication>
#include <QHelpEvent>
#include <QListView>
#include <QScrollBar>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace bv {

WrappingDelegate::WrappingDelegate(QListView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    view->setItemDelegate(this);
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideRight);
    view->setUniformItemSizes(false);
    view->setResizeMode(QListView::Adjust); // the items' heights again at a new width
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void WrappingDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideRight;
}

int WrappingDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    const QStyle *style = m_view->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    int width = m_view->viewport()->width() - 2 * margin;
    if (option.features & QStyleOptionViewItem::HasCheckIndicator)
        width -= style->pixelMetric(QStyle::PM_IndicatorWidth, &option, m_view) + 2 * margin;
    if (option.features & QStyleOptionViewItem::HasDecoration)
        width -= option.decorationSize.width() + 2 * margin;
    return std::max(1, width);
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem wrapped(option);
    initStyleOption(&wrapped, index);
    const QStyle *style = m_view->style();
    // The style wraps the text to the rect it is given less its margins (and icon), not less
    // the check box: the rect it measures with is the room the text has beside the check box.
    const int textMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    int measured = textWidth(wrapped) + 2 * textMargin;
    if (wrapped.features & QStyleOptionViewItem::HasDecoration)
        measured += wrapped.decorationSize.width() + 2 * textMargin;
    wrapped.rect = QRect(0, 0, measured, 1 << 20);
    const QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &wrapped, QSize(), m_view);
    return QSize(std::min(size.width(), std::max(1, m_view->viewport()->width())), size.height());
}

bool WrappingDelegate::isCut(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view);
    option.font = m_view->font();
    initStyleOption(&option, index);
    return option.fontMetrics.horizontalAdvance(option.text) > textWidth(option);
}

bool WrappingDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid() && isCut(index)) {
        QToolTip::showText(event->globalPos(), index.data(Qt::DisplayRole).toString(), view->viewport(),
                           view->visualRect(index));
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace bv
