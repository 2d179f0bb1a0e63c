// SPDX-License-Identifier: MIT
// The navigator's sections (Overview, Guarantees, Scenarios ...) with their counts and how
// many of their items are linked to the current item.
#pragma once

#include "content/briefing.h"

#include <QAbstractListModel>

namespace bv {

class Selection;

class SectionListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit SectionListModel(Selection *selection, QObject *parent = nullptr);

    static const QVector<ItemKind> &sections();
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void retranslate()
    {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1));
    }
    int rowOf(ItemKind kind) const { return int(sections().indexOf(kind)); }

private:
    int linkedCount(ItemKind kind) const;
    Selection *m_selection;
};

} // namespace bv
