// SPDX-License-Identifier: MIT
#include "models/rehearsaltablemodel.h"

#include "content/briefing.h"
#include "content/textlimits.h"

#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace bv {

RehearsalTableModel::RehearsalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RehearsalTableModel::setPath(const BriefingPath &path, const Briefing *briefing)
{
    beginResetModel();
    m_path = path;
    m_titles.clear();
    for (const PathStop &stop : m_path.stops) {
        QString title = stop.title;
        if (title.trimmed().isEmpty() && briefing)
            title = stop.kind == PathStop::Kind::Overview ? briefing->metadata.title : briefing->title(stop.itemId);
        m_titles << shownTitle(title.trimmed());
    }
    endResetModel();
}

void RehearsalTableModel::setRehearsals(const QVector<PathRehearsal> &newestFirst)
{
    if (newestFirst.size() == m_rehearsals.size()) {
        bool same = true;
        for (int i = 0; same && i < newestFirst.size(); ++i)
            same = newestFirst.at(i).rehearsed == m_rehearsals.at(i).rehearsed
                   && newestFirst.at(i).secondsPerStop == m_rehearsals.at(i).secondsPerStop;
        if (same)
            return;
    }
    beginResetModel();
    m_rehearsals = newestFirst;
    endResetModel();
}

RehearsalTableModel::ColumnKind RehearsalTableModel::columnKind(int column) const
{
    if (column <= 0)
        return ColumnKind::Budget;
    return column == medianColumn() ? ColumnKind::Median : ColumnKind::Rehearsal;
}

QString RehearsalTableModel::timeText(int seconds)
{
    seconds = std::max(0, seconds);
    const int h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    const QChar zero(QLatin1Char('0'));
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, zero);
}

QString RehearsalTableModel::changeText(int seconds)
{
    const QString sign = seconds > 0 ? QStringLiteral("+") : seconds < 0 ? QStringLiteral("\u2212") : QStringLiteral("\u00b1");
    return sign + timeText(std::abs(seconds));
}

QString RehearsalTableModel::noTime()
{
    return QStringLiteral("\u2014");
}

std::optional<int> RehearsalTableModel::budget(int row) const
{
    if (row < totalRow())
        return m_path.stops.at(row).budgetSeconds;
    int sum = 0;
    bool any = false;
    for (const PathStop &stop : m_path.stops) {
        if (stop.budgetSeconds) {
            sum += *stop.budgetSeconds;
            any = true;
        }
    }
    return any ? std::optional<int>(sum) : std::nullopt;
}

std::optional<int> RehearsalTableModel::rehearsed(int rehearsal, int row) const
{
    if (rehearsal < 0 || rehearsal >= m_rehearsals.size())
        return std::nullopt;
    if (row == totalRow())
        return total(rehearsal);
    const int seconds = m_rehearsals.at(rehearsal).secondsPerStop.value(row, -1);
    return seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
}

std::optional<int> RehearsalTableModel::total(int rehearsal) const
{
    int sum = 0;
    bool any = false;
    for (int row = 0; row < totalRow(); ++row) {
        if (const auto seconds = rehearsed(rehearsal, row)) {
            sum += *seconds;
            any = true;
        }
    }
    return any ? std::optional<int>(sum) : std::nullopt;
}

int RehearsalTableModel::untimedStops(int rehearsal) const
{
    int untimed = 0;
    for (int row = 0; row < totalRow(); ++row)
        untimed += rehearsed(rehearsal, row) ? 0 : 1;
    return untimed;
}

std::optional<int> RehearsalTableModel::median(int row) const
{
    QVector<int> values;
    for (int i = 0; i < m_rehearsals.size(); ++i) {
        if (const auto seconds = rehearsed(i, row))
            values << *seconds;
    }
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const int middle = int(values.size()) / 2;
    if (values.size() % 2)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle) + 1) / 2; // an even count: the mean of the middle two
}

std::optional<int> RehearsalTableModel::seconds(int row, int column) const
{
    if (row < 0 || row > totalRow() || column < 0 || column >= columnCount())
        return std::nullopt;
    switch (columnKind(column)) {
    case ColumnKind::Budget:
        return budget(row);
    case ColumnKind::Median:
        return median(row);
    case ColumnKind::Rehearsal:
        break;
    }
    return rehearsed(column - 1, row);
}

std::optional<int> RehearsalTableModel::change(int row, int column) const
{
    if (columnKind(column) != ColumnKind::Rehearsal)
        return std::nullopt;
    const auto now = rehearsed(column - 1, row);
    const auto before = rehearsed(column, row); // the next older one
    if (!now || !before)
        return std::nullopt;
    return *now - *before;
}

RehearsalTableModel::BudgetState RehearsalTableModel::budgetState(int row, int column) const
{
    if (columnKind(column) == ColumnKind::Budget)
        return BudgetState::None;
    const auto time = seconds(row, column);
    std::optional<int> limit = budget(row);
    if (row == totalRow()) {
        // The total is held against the path's budget only when every stop has one.
        const bool all = std::all_of(m_path.stops.cbegin(), m_path.stops.cend(),
                                     [](const PathStop &stop) { return stop.budgetSeconds.has_value(); });
        if (!all)
            limit.reset();
    }
    if (!time || !limit)
        return BudgetState::None;
    return *time > *limit ? BudgetState::Over : BudgetState::Within;
}

QString RehearsalTableModel::stopTitle(int row) const
{
    const QString title = m_titles.value(row);
    return title.isEmpty() ? tr("Untitled stop") : title;
}

QString RehearsalTableModel::cellToolTip(int row, int column) const
{
    const auto time = seconds(row, column);
    QStringList lines;
    lines << headerData(row, Qt::Vertical).toString() + QStringLiteral(" \u00b7 ") + headerData(column, Qt::Horizontal).toString();
    switch (columnKind(column)) {
    case ColumnKind::Budget:
        lines << (time ? tr("Budget: %1").arg(timeText(*time)) : tr("No budget"));
        if (row == totalRow() && time) {
            const auto without = std::count_if(m_path.stops.cbegin(), m_path.stops.cend(),
                                               [](const PathStop &stop) { return !stop.budgetSeconds; });
            if (without > 0)
                lines << tr("%n stop(s) without a budget", nullptr, int(without));
        }
        return lines.join(QLatin1Char('\n'));
    case ColumnKind::Median:
        lines << (time ? tr("Median: %1").arg(timeText(*time)) : tr("Not timed in any rehearsal"));
        break;
    case ColumnKind::Rehearsal:
        lines << (time ? tr("Time: %1").arg(timeText(*time)) : tr("Not timed"));
        if (const auto by = change(row, column)) {
            if (*by > 0)
                lines << tr("%1 longer than the rehearsal before").arg(timeText(*by));
            else if (*by < 0)
                lines << tr("%1 shorter than the rehearsal before").arg(timeText(-*by));
            else
                lines << tr("As long as the rehearsal before");
        }
        if (row == totalRow() && untimedStops(column - 1) > 0)
            lines << tr("%n stop(s) not timed", nullptr, untimedStops(column - 1));
        break;
    }
    const auto limit = budget(row);
    switch (budgetState(row, column)) {
    case BudgetState::Over:
        lines << tr("%1 over the budget of %2").arg(timeText(*time - *limit), timeText(*limit));
        break;
    case BudgetState::Within:
        lines << tr("Within the budget of %1").arg(timeText(*limit));
        break;
    case BudgetState::None:
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QString RehearsalTableModel::cellAccessibleText(int row, int column) const
{
    return cellToolTip(row, column).replace(QLatin1Char('\n'), QStringLiteral("; "));
}

void RehearsalTableModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int RehearsalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : totalRow() + 1;
}

int RehearsalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_rehearsals.size()) + (m_rehearsals.size() >= 2 ? 1 : 0);
}

QVariant RehearsalTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row(), column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const auto time = seconds(row, column);
        return time ? timeText(*time) : noTime();
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignTrailing | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return cellToolTip(row, column);
    case Qt::AccessibleTextRole:
        return cellAccessibleText(row, column);
    case SecondsRole:
        if (const auto time = seconds(row, column))
            return *time;
        return QVariant();
    case ChangeRole:
        if (const auto by = change(row, column))
            return *by;
        return QVariant();
    case ChangeTextRole:
        if (const auto by = change(row, column))
            return changeText(*by);
        return QString();
    case BudgetStateRole:
        return int(budgetState(row, column));
    case ColumnKindRole:
        return int(columnKind(column));
    default:
        break;
    }
    return QVariant();
}

QVariant RehearsalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section > totalRow())
            return QVariant();
        if (role == Qt::DisplayRole)
            return section == totalRow() ? tr("Total") : tr("%1. %2").arg(section + 1).arg(stopTitle(section));
        if (role == Qt::ToolTipRole)
            return section == totalRow() ? tr("The path's stops together") : stopTitle(section);
        return QVariant();
    }
    if (section < 0 || section >= columnCount())
        return QVariant();
    const ColumnKind kind = columnKind(section);
    if (role == ColumnKindRole)
        return int(kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    if (kind == ColumnKind::Budget)
        return role == Qt::DisplayRole ? tr("Budget") : tr("The time you mean to spend on each stop");
    if (kind == ColumnKind::Median)
        return role == Qt::DisplayRole ? tr("Median")
                                       : tr("The middle time of the %n rehearsal(s) kept: half took longer, half less",
                                            nullptr, int(m_rehearsals.size()));
    const PathRehearsal &rehearsal = m_rehearsals.at(section - 1);
    const QDateTime when = rehearsal.rehearsed.toLocalTime();
    if (role == Qt::DisplayRole)
        return QLocale().toString(when, QLocale::ShortFormat);
    QString tip = tr("Rehearsed %1").arg(QLocale().toString(when, QLocale::LongFormat));
    if (section == 1)
        tip += QLatin1Char('\n') + tr("The newest rehearsal");
    const int timed = int(rehearsal.secondsPerStop.size());
    if (timed != totalRow())
        tip += QLatin1Char('\n')
               + tr("Rehearsed when the path had %n stop(s); the times are shown by the stops' places now", nullptr, timed);
    return tip;
}

} // namespace bv
