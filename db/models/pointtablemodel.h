// SPDX-License-Identifier: MIT
// The points of a chart's series as a table (series, period or category, value, status,
// break): the accessible companion of a chart, and what "Copy CSV" copies. One row a point,
// the series one after the other; the series column only when the chart has several.
#pragma once

#include "content/briefing.h"
#include "content/seriesvalues.h"

#include <QAbstractTableModel>

namespace bv {

class PointTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeriesColumn, PeriodColumn, ValueColumn, StatusColumn, BreakColumn, PrecisionColumn };

    // `values` holds one entry per series, in the same order, once loaded.
    PointTableModel(const QVector<Series> &series, const QVector<SeriesValues> *values, QObject *parent = nullptr);
    // Other series (the same chart in another content language, say), with their values as
    // `values` holds them now.
    void setSeries(const QVector<Series> &series);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The column shown at `section`: the series column only for several series, the period's
    // precision (year, quarter, month, day) only for time series; -1 from sectionOf() for none.
    Column columnAt(int section) const;
    int sectionOf(Column column) const;
    // Every point as CSV (RFC 4180): [series,]period,value,unit,status,break_note,source, one
    // source text per series. Numbers in C locale; text cells that a spreadsheet would read
    // as a formula (= + - @, a tab or a carriage return first) start with an apostrophe.
    QString csv(const QStringList &sourceTexts) const;
    // The series and the point of a row.
    QPair<int, int> pointAt(int row) const;
    int rowOf(int series, int point) const;
    QString periodText(int row) const;
    static QString precisionName(SeriesValues::Period period); // "Year" ..., translated
    // Around a change of the values the model shows.
    void beginReload() { beginResetModel(); }
    void endReload();

private:
    void countColumns();
    void countRows();

    QVector<Series> m_series;
    const QVector<SeriesValues> *m_values;
    QVector<int> m_starts; // the first row of each series
    QVector<Column> m_columns; // in the order shown
};

// A cell for CSV: quoted where needed, and never a formula for a spreadsheet.
QString csvCell(const QString &text);

} // namespace bv
