// SPDX-License-Identifier: MIT
#include "models/pointtablemodel.h"

#include <QLocale>

#include <cmath>

namespace bv {

QString csvCell(const QString &text)
{
    QString cell = text;
    // A spreadsheet runs a cell that starts like a formula (CSV injection): an apostrophe
    // first makes it text, shown as written.
    if (!cell.isEmpty()) {
        const QChar first = cell.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
            || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) && !cell.contains(QLatin1Char('\n'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

PointTableModel::PointTableModel(const QVector<Series> &series, const QVector<SeriesValues> *values, QObject *parent)
    : QAbstractTableModel(parent)
    , m_series(series)
    , m_values(values)
{
    countColumns();
    countRows();
}

void PointTableModel::setSeries(const QVector<Series> &series)
{
    beginResetModel();
    m_series = series;
    countColumns();
    countRows();
    endResetModel();
}

void PointTableModel::countColumns()
{
    m_columns.clear();
    if (m_series.size() > 1)
        m_columns << SeriesColumn;
    m_columns << PeriodColumn;
    if (!m_series.isEmpty() && m_series.first().kind == Series::Kind::Time)
        m_columns << PrecisionColumn;
    m_columns << ValueColumn << StatusColumn << BreakColumn;
}

void PointTableModel::endReload()
{
    countRows();
    endResetModel();
}

void PointTableModel::countRows()
{
    m_starts.clear();
    int row = 0;
    for (int i = 0; i < m_values->size(); ++i) {
        m_starts.append(row);
        row += m_values->at(i).size();
    }
    m_starts.append(row);
}

int PointTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_starts.last();
}

int PointTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

PointTableModel::Column PointTableModel::columnAt(int section) const
{
    return m_columns.value(section, BreakColumn);
}

int PointTableModel::sectionOf(Column column) const
{
    return int(m_columns.indexOf(column));
}

QString PointTableModel::precisionName(SeriesValues::Period period)
{
    switch (period) {
    case SeriesValues::Period::Year:
        return Briefing::tr("Year");
    case SeriesValues::Period::Quarter:
        return Briefing::tr("Quarter");
    case SeriesValues::Period::Month:
        return Briefing::tr("Month");
    case SeriesValues::Period::Day:
        break;
    }
    return Briefing::tr("Day");
}

QPair<int, int> PointTableModel::pointAt(int row) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), row);
    const int series = int(it - m_starts.cbegin()) - 1;
    return {series, row - m_starts.at(series)};
}

int PointTableModel::rowOf(int series, int point) const
{
    return series >= 0 && series + 1 < m_starts.size() ? m_starts.at(series) + point : -1;
}

QString PointTableModel::periodText(int row) const
{
    const auto [series, point] = pointAt(row);
    return m_values->at(series).periodText(point);
}

QVariant PointTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column column = columnAt(index.column());
    if (role == Qt::TextAlignmentRole)
        return column == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    const auto [series, point] = pointAt(index.row());
    const SeriesValues &values = m_values->at(series);
    switch (column) {
    case SeriesColumn:
        return m_series.at(series).name;
    case PeriodColumn:
        return values.periodText(point);
    case ValueColumn: {
        const double y = values.y.at(point);
        return std::isnan(y) ? Briefing::tr("no value") : QLocale().toString(y, 'g', 12);
    }
    case StatusColumn:
        return Point::statusName(values.statusAt(point));
    case BreakColumn:
        return values.breakAt(point);
    case PrecisionColumn:
        return precisionName(values.periodAt(point));
    }
    return {};
}

QVariant PointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool time = !m_series.isEmpty() && m_series.first().kind == Series::Kind::Time;
    switch (columnAt(section)) {
    case SeriesColumn:
        return Briefing::tr("Series");
    case PeriodColumn:
        return time ? Briefing::tr("Period") : Briefing::tr("Category");
    case ValueColumn: {
        const QString unit = m_series.isEmpty() ? QString() : m_series.first().unit;
        return unit.isEmpty() ? Briefing::tr("Value") : Briefing::tr("Value (%1)").arg(unit);
    }
    case StatusColumn:
        return Briefing::tr("Status");
    case BreakColumn:
        return Briefing::tr("Break");
    case PrecisionColumn:
        return Briefing::tr("Precision");
    }
    return {};
}

QString PointTableModel::csv(const QStringList &sourceTexts) const
{
    const bool several = m_series.size() > 1;
    QString text = several ? QStringLiteral("series,") : QString();
    text += QStringLiteral("period,value,unit,status,break_note,source\n");
    for (int s = 0; s < m_values->size() && s < m_series.size(); ++s) {
        const SeriesValues &values = m_values->at(s);
        const QString prefix = several ? csvCell(m_series.at(s).name) + QLatin1Char(',') : QString();
        const QString unit = csvCell(m_series.at(s).unit), source = csvCell(sourceTexts.value(s));
        for (int i = 0; i < values.size(); ++i) {
            const double y = values.y.at(i);
            text += prefix + csvCell(values.periodText(i)) + QLatin1Char(',')
                    + (std::isnan(y) ? QString() : QString::number(y, 'g', 15)) + QLatin1Char(',') + unit + QLatin1Char(',')
                    + Point::statusKey(values.statusAt(i)) + QLatin1Char(',') + csvCell(values.breakAt(i)) + QLatin1Char(',')
                    + source + QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace bv
