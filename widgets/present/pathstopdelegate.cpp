// SPDX-License-Identifier: MIT
#include "present/pathstopdelegate.h"

#include "common/viewcolours.h"
#include "models/pathstopsmodel.h"
#include "present/stopthumbnails.h"

#include <QApplication>
#include <QPainter>

namespace bv {

namespace {

constexpr int margin = 4;

} // namespace

PathStopDelegate::PathStopDelegate(StopThumbnails *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_thumbnails(thumbnails)
{
}

QString PathStopDelegate::detailText(const QModelIndex &index)
{
    QStringList parts{index.data(PathStopsModel::KindNameRole).toString()};
    const QVariant budget = index.data(PathStopsModel::BudgetRole);
    if (budget.isValid())
        parts << PathStopsModel::budgetText(budget.toInt());
    if (!index.data(PathStopsModel::NotesRole).toString().trimmed().isEmpty())
        parts << PathStopsModel::tr("notes");
    return parts.join(QStringLiteral(" · "));
}

QRect PathStopDelegate::pictureRect(const QStyleOptionViewItem &option) const
{
    const QSize size = m_thumbnails->size();
    const QRect rect(option.rect.left() + margin, option.rect.top() + (option.rect.height() - size.height()) / 2,
                     size.width(), size.height());
    return QStyle::visualRect(option.direction, option.rect, rect);
}

QRect PathStopDelegate::textRect(const QStyleOptionViewItem &option) const
{
    QRect rect = option.rect.adjusted(m_thumbnails->size().width() + 3 * margin, margin, -margin, -margin);
    return QStyle::visualRect(option.direction, option.rect, rect);
}

void PathStopDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect picture = pictureRect(option);
    const auto *model = qobject_cast<const PathStopsModel *>(index.model());
    const QImage image = model ? m_thumbnails->thumbnail(model->stop(index.row())) : QImage();
    if (!image.isNull()) {
        painter->drawImage(picture, image);
    } else {
        // Until the picture is made: the kind, on the base colour.
        painter->fillRect(picture, option.palette.color(QPalette::Base));
        painter->setPen(ViewColours::mutedText(option.palette));
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.85);
        painter->setFont(small);
        painter->drawText(picture.adjusted(2, 2, -2, -2), Qt::AlignCenter | Qt::TextWordWrap,
                          index.data(PathStopsModel::KindNameRole).toString());
    }
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawRect(picture.adjusted(0, 0, -1, -1));

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QRect text = textRect(option);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    const Qt::Alignment align = Qt::AlignLeading | Qt::AlignTop;
    const int lines = std::max(1, (text.height() - metrics.height()) / boldMetrics.lineSpacing());
    const QString title = index.data(PathStopsModel::NumberedTitleRole).toString();
    // A long title on two lines (when there is room), whatever does not fit cut off at the
    // second's end; the kind and budget right under it.
    const bool twoLines = lines >= 2 && boldMetrics.horizontalAdvance(title) > text.width();
    QRect titleRect = text;
    titleRect.setHeight(boldMetrics.lineSpacing() * (twoLines ? 2 : 1));
    painter->setFont(bold);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    if (twoLines) {
        painter->save();
        painter->setClipRect(titleRect, Qt::IntersectClip);
        painter->drawText(titleRect, int(align) | Qt::TextWordWrap, title);
        painter->restore();
    } else {
        painter->drawText(titleRect, int(align), boldMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    }
    painter->setFont(option.font);
    painter->setPen(selected ? option.palette.color(group, QPalette::HighlightedText) : ViewColours::mutedText(option.palette));
    QRect detail = text;
    detail.setTop(titleRect.bottom() + 1);
    painter->drawText(detail, int(align), metrics.elidedText(detailText(index), Qt::ElideRight, detail.width()));
    painter->restore();
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        focus.backgroundColor = option.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

QSize PathStopDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    QFont bold = option.font;
    bold.setBold(true);
    const int text = QFontMetrics(bold).lineSpacing() * 2 + QFontMetrics(option.font).lineSpacing();
    const QSize picture = m_thumbnails->size();
    return {picture.width() + 3 * margin + 160, std::max(picture.height(), text) + 2 * margin};
}

void PathStopDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    Q_UNUSED(index);
    // The title is edited where it is written, beside the picture.
    QRect rect = textRect(option);
    rect.setHeight(editor->sizeHint().height());
    editor->setGeometry(rect);
}

} // namespace bv
