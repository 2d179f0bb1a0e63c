// SPDX-License-Identifier: MIT
// Every text field of a briefing beside its translation into the content language, with
// its state: the translator view's table.
#pragma once

#include "translation/translationexchange.h"

#include <QAbstractTableModel>

namespace bv {

class TranslationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { StateRole = Qt::UserRole + 60 }; // int(TranslationExchange::RowState)
    enum Column { ItemColumn, FieldColumn, SourceColumn, TargetColumn, StateColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QVector<TranslationExchange::Row> &rows);
    int count(TranslationExchange::RowState state) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate() { emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1); }

private:
    QVector<TranslationExchange::Row> m_rows;
};

} // namespace bv
