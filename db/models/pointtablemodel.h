// SPDX-License-Identifier: MIT
// The points of one data series as a table (period or category, value): the accessible
// companion of a chart, and what "Copy as CSV" copies.
#pragma once

#include "content/briefing.h"
#include "content/seriesvalues.h"

#include <QAbstractTableModel>

namespace bv {

class PointTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    PointTableModel(const Series &series, const SeriesValues *values, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Every point as CSV (RFC 4180): period,value,unit,source. Numbers in C locale.
    QString csv(const QString &sourceText) const;
    QString periodText(int row) const;
    // Around a change of the values the model shows.
    void beginReload() { beginResetModel(); }
    void endReload() { endResetModel(); }

private:
    Series m_series;
    const SeriesValues *m_values;
};

} // namespace bv
