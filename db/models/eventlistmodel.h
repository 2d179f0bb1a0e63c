// SPDX-License-Identifier: MIT
// A plain list of events ("date — title"), such as those visible on the timeline: the
// screen-reader-friendly companion of a drawn view.
#pragma once

#include <QAbstractListModel>

namespace bv {

class Selection;

class EventListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit EventListModel(Selection *selection, QObject *parent = nullptr);
    // Rows of Briefing::events, in the order to show; `more` further events are summed up
    // in one last row (a list of 100,000 helps nobody).
    void setEvents(const QVector<int> &rows, int more = 0);
    int more() const { return m_more; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int rowOfEvent(int eventRow) const { return int(m_rows.indexOf(eventRow)); }

private:
    Selection *m_selection;
    QVector<int> m_rows;
    int m_more = 0;
};

} // namespace bv
