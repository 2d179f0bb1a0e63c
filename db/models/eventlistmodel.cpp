// SPDX-License-Identifier: MIT
#include "models/eventlistmodel.h"
#include "content/textlimits.h"

#include "file/briefingdatabase.h"
#include "models/itemroles.h"
#include "models/selection.h"

namespace bv {

EventListModel::EventListModel(Selection *selection, QObject *parent)
    : QAbstractListModel(parent)
    , m_selection(selection)
{
    connect(selection, &Selection::databaseChanged, this, [this] { setEvents({}); });
    connect(selection, &Selection::currentChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(rowCount() - 1), {LinkedRole, CurrentRole, Qt::FontRole});
    });
}

void EventListModel::setEvents(const QVector<int> &rows, int more)
{
    if (rows == m_rows && more == m_more)
        return;
    beginResetModel();
    m_rows = rows;
    m_more = more;
    endResetModel();
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + (m_more > 0 ? 1 : 0);
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == m_rows.size()) { // the summary row
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return Briefing::tr("… and %n more; zoom in to list them", nullptr, m_more);
        return {};
    }
    const auto database = m_selection->database();
    if (!database || m_rows.at(index.row()) >= database->briefing().events.size())
        return {};
    const Event &event = database->briefing().events.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QString date = event.start.toDisplayString();
        if (event.end)
            date = Briefing::tr("%1 – %2").arg(date, event.end->toDisplayString());
        return Briefing::tr("%1 — %2").arg(date, shownTitle(event.title));
    }
    case IdRole:
        return event.id;
    case LinkedRole:
        return m_selection->isLinked(event.id);
    case CurrentRole:
        return m_selection->currentId() == event.id;
    default:
        return {};
    }
}

} // namespace bv
