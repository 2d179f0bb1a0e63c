// SPDX-License-Identifier: MIT
#include "models/pathstopsmodel.h"

#include <QMimeData>
#include <QPersistentModelIndex>
#include <QRegularExpression>

#include <algorithm>

namespace bv {

QLatin1String PathStopsModel::mimeType()
{
    return QLatin1String("application/x-briefing-viewer-path-stops");
}

PathStopsModel::PathStopsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PathStopsModel::setPath(const BriefingPath &path)
{
    if (path == m_path)
        return;
    const bool same = path.id == m_path.id && path.origin == m_path.origin && path.stops.size() == m_path.stops.size();
    if (!same) {
        beginResetModel();
        m_path = path;
        endResetModel();
        return;
    }
    const QVector<PathStop> old = m_path.stops;
    m_path = path;
    // One signal for the rows from the first changed to the last: every title of a long path
    // changes with the content language, and a signal a row would cost the view as much again.
    int first = -1, last = -1;
    for (int row = 0; row < int(old.size()); ++row) {
        if (old.at(row) != m_path.stops.at(row)) {
            first = first < 0 ? row : first;
            last = row;
        }
    }
    if (first >= 0)
        emit dataChanged(index(first), index(last));
}

void PathStopsModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_path.stops.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1)); // the flags changed
}

bool PathStopsModel::setStop(int row, const PathStop &stop)
{
    if (!m_editable || row < 0 || row >= rowCount())
        return false;
    if (m_path.stops.at(row) == stop)
        return true;
    m_path.stops[row] = stop;
    emit dataChanged(index(row), index(row));
    emit edited();
    return true;
}

bool PathStopsModel::insertStop(int row, const PathStop &stop)
{
    if (!m_editable || row < 0 || row > rowCount() || rowCount() >= BriefingPath::maxStops)
        return false;
    beginInsertRows(QModelIndex(), row, row);
    m_path.stops.insert(row, stop);
    endInsertRows();
    numbersChanged(row + 1, rowCount() - 1);
    emit edited();
    return true;
}

bool PathStopsModel::removeStop(int row)
{
    if (!m_editable || row < 0 || row >= rowCount())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_path.stops.removeAt(row);
    endRemoveRows();
    numbersChanged(row, rowCount() - 1);
    emit edited();
    return true;
}

void PathStopsModel::numbersChanged(int first, int last)
{
    last = std::min(last, rowCount() - 1);
    if (first <= last)
        emit dataChanged(index(first), index(last), {NumberedTitleRole, Qt::AccessibleTextRole});
}

QString PathStopsModel::budgetText(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> PathStopsModel::parseBudget(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{0,4})\\s*(?::\\s*(\\d{1,2}))?\\s*$"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch() || (match.captured(1).isEmpty() && match.captured(2).isEmpty()))
        return std::nullopt;
    const int minutes = match.captured(1).toInt();
    const int seconds = match.captured(2).toInt();
    if (seconds > 59)
        return std::nullopt;
    const int total = minutes * 60 + seconds;
    if (total > BriefingPath::maxBudgetSeconds)
        return std::nullopt;
    return total;
}

QString PathStopsModel::kindName(PathStop::Kind kind)
{
    switch (kind) {
    case PathStop::Kind::Overview:
        return tr("Overview");
    case PathStop::Kind::Item:
        return tr("Item card");
    case PathStop::Kind::Chart:
        return tr("Chart");
    case PathStop::Kind::Timeline:
        return tr("Timeline");
    case PathStop::Kind::Compare:
        return tr("Scenarios side by side");
    }
    return {};
}

int PathStopsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_path.stops.size());
}

QVariant PathStopsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PathStop &stop = m_path.stops.at(index.row());
    const QString title = stop.title.trimmed().isEmpty() ? tr("Untitled stop") : stop.title;
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case Qt::AccessibleTextRole:
    case NumberedTitleRole:
        return tr("%1. %2").arg(index.row() + 1).arg(title);
    case Qt::EditRole:
    case TitleRole:
        return stop.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList parts{kindName(stop.kind)};
        if (stop.budgetSeconds)
            parts << tr("budget %1").arg(budgetText(*stop.budgetSeconds));
        if (!stop.notes.trimmed().isEmpty())
            parts << tr("with notes");
        return parts.join(QStringLiteral(" · "));
    }
    case KindRole:
        return int(stop.kind);
    case KindNameRole:
        return kindName(stop.kind);
    case NotesRole:
        return stop.notes;
    case BudgetRole:
        return stop.budgetSeconds ? QVariant(*stop.budgetSeconds) : QVariant();
    case ItemIdRole:
        return stop.itemId;
    default:
        return {};
    }
}

bool PathStopsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    PathStop stop = m_path.stops.at(index.row());
    switch (role) {
    case Qt::EditRole:
    case TitleRole:
        stop.title = value.toString().left(BriefingPath::maxTitleLength);
        break;
    case NotesRole:
        stop.notes = value.toString().left(BriefingPath::maxNotesLength);
        break;
    case BudgetRole: {
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (value.isValid() && (!ok || seconds < 0 || seconds > BriefingPath::maxBudgetSeconds))
            return false;
        stop.budgetSeconds = value.isValid() && seconds > 0 ? std::optional<int>(seconds) : std::nullopt;
        break;
    }
    default:
        return false;
    }
    return setStop(index.row(), stop);
}

Qt::ItemFlags PathStopsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags; // drops go between the stops
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable)
        flags |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    return flags;
}

QHash<int, QByteArray> PathStopsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(TitleRole, "title");
    names.insert(NotesRole, "notes");
    names.insert(BudgetRole, "budget");
    names.insert(ItemIdRole, "itemId");
    names.insert(NumberedTitleRole, "numberedTitle");
    return names;
}

bool PathStopsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                              const QModelIndex &destinationParent, int destinationChild)
{
    if (!m_editable || sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false; // onto itself: no move
    if (!beginMoveRows(QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(), destinationChild))
        return false;
    const QVector<PathStop> moved = m_path.stops.mid(sourceRow, count);
    m_path.stops.remove(sourceRow, count);
    const int at = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_path.stops.insert(at + i, moved.at(i));
    endMoveRows();
    // The numbers in front of the titles changed between the two places.
    const int first = std::min(sourceRow, at);
    const int last = std::max(sourceRow + count, at + count) - 1;
    numbersChanged(first, last);
    if (!m_batch)
        emit edited();
    return true;
}

Qt::DropActions PathStopsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PathStopsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PathStopsModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *PathStopsModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList rows;
    QVector<int> seen;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !seen.contains(index.row())) {
            seen << index.row();
            rows << QString::number(index.row());
        }
    }
    if (rows.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    // Which model the rows are of, so that a drop in another window's list is refused.
    data->setData(mimeType(), (QString::number(quintptr(this)) + QLatin1Char(':') + rows.join(QLatin1Char(',')))
                                  .toLatin1());
    return data;
}

QVector<int> PathStopsModel::draggedRows(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    const QString text = QString::fromLatin1(data->data(mimeType()));
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0 || text.left(colon) != QString::number(quintptr(this)))
        return {};
    QVector<int> rows;
    for (const QString &part : text.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int row = part.toInt(&ok);
        if (!ok || row < 0 || row >= rowCount() || rows.contains(row))
            return {};
        rows << row;
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

bool PathStopsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent) const
{
    Q_UNUSED(row);
    Q_UNUSED(parent);
    return m_editable && action == Qt::MoveAction && column <= 0 && !draggedRows(data).isEmpty();
}

bool PathStopsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    int target = row;
    if (target < 0)
        target = parent.isValid() ? parent.row() : rowCount();
    QVector<QPersistentModelIndex> dragged;
    for (const int r : draggedRows(data))
        dragged << QPersistentModelIndex(index(r));
    bool moved = false;
    m_batch = true; // edited() once, after all of them
    for (const QPersistentModelIndex &stop : std::as_const(dragged)) {
        const int from = stop.row();
        if (target != from && target != from + 1)
            moved |= moveRows(QModelIndex(), from, 1, QModelIndex(), target);
        target = stop.row() + 1; // the dragged stops stay together, in their order
    }
    m_batch = false;
    if (moved)
        emit edited();
    return true;
}

} // namespace bv
