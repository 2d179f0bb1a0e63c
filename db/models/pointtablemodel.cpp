// SPDX-License-Identifier: MIT
#include "models/pointtablemodel.h"

#include "content/eventtimeindex.h"

#include <QLocale>

#include <cmath>

namespace bv {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

PointTableModel::PointTableModel(const Series &series, const SeriesValues *values, QObject *parent)
    : QAbstractTableModel(parent)
    , m_series(series)
    , m_values(values)
{
}

int PointTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_values->size();
}

int PointTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QString PointTableModel::periodText(int row) const
{
    if (m_series.kind == Series::Kind::Categories)
        return m_values->labels.value(row);
    return EventTimeIndex::dateOf(m_values->x.at(row)).toString(Qt::ISODate);
}

QVariant PointTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == Qt::TextAlignmentRole)
        return index.column() == 1 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (index.column() == 0) {
        if (m_series.kind == Series::Kind::Time)
            return QLocale().toString(EventTimeIndex::dateOf(m_values->x.at(row)), QLocale::ShortFormat);
        return periodText(row);
    }
    const double y = m_values->y.at(row);
    return std::isnan(y) ? Briefing::tr("no value") : QLocale().toString(y, 'g', 12);
}

QVariant PointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return m_series.kind == Series::Kind::Time ? Briefing::tr("Period") : Briefing::tr("Category");
    if (section == 1)
        return m_series.unit.isEmpty() ? Briefing::tr("Value") : Briefing::tr("Value (%1)").arg(m_series.unit);
    return {};
}

QString PointTableModel::csv(const QString &sourceText) const
{
    QString text = QStringLiteral("period,value,unit,source\n");
    const QString unit = csvField(m_series.unit), source = csvField(sourceText);
    for (int row = 0; row < m_values->size(); ++row) {
        const double y = m_values->y.at(row);
        text += csvField(periodText(row)) + QLatin1Char(',') + (std::isnan(y) ? QString() : QString::number(y, 'g', 15))
                + QLatin1Char(',') + unit + QLatin1Char(',') + source + QLatin1Char('\n');
    }
    return text;
}

} // namespace bv
