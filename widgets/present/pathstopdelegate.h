// SPDX-License-Identifier: MIT
// A row of the path editor's list of stops: the stop's picture (StopThumbnails: a placeholder
// naming its kind until the picture is made), its number and title, and under them its kind,
// budget and whether it has notes. The title is edited in place (F2, double click).
#pragma once

#include <QStyledItemDelegate>

namespace bv {

class StopThumbnails;

class PathStopDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    PathStopDelegate(StopThumbnails *thumbnails, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    // The second line: "Chart · 2:30 · notes".
    static QString detailText(const QModelIndex &index);

private:
    QRect pictureRect(const QStyleOptionViewItem &option) const;
    QRect textRect(const QStyleOptionViewItem &option) const;

    StopThumbnails *m_thumbnails;
};

} // namespace bv
