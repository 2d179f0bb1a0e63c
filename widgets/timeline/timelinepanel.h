// SPDX-License-Identifier: MIT
// The timeline with its controls (lanes, fit, sync time, export), the overview strip and a
// plain list of the visible events for screen readers.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTimer;
class QComboBox;
class QListView;
class QToolButton;

namespace bv {

class EventListModel;
class ItemMarks;
class LinkedRowDelegate;
class Selection;
class TimeRange;
class TimelineOverview;
class TimelineView;

class TimelinePanel final : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(Selection *selection, TimeRange *timeRange, QWidget *parent = nullptr);

    TimelineView *view() const { return m_view; }
    EventListModel *visibleList() const { return m_listModel; }
    // Writes the visible timeline, stamped with title, edition and range. `format` is "png"
    // or "svg"; returns an empty string or the error.
    QString exportTo(const QString &path, const QString &format, qreal scale = 1) const;
    QString stamp() const;
    // The user's note and bookmark marks on the timeline and the list of visible events.
    void setMarks(const ItemMarks *marks);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseExport(const QString &format, qreal scale);
    void refreshList();

    Selection *m_selection;
    TimeRange *m_timeRange;
    TimelineView *m_view;
    TimelineOverview *m_overview;
    EventListModel *m_listModel;
    QListView *m_list;
    LinkedRowDelegate *m_listDelegate;
    QComboBox *m_lanes;
    QToolButton *m_fit;
    QCheckBox *m_sync;
    QToolButton *m_export;
    QLabel *m_lanesLabel;
    QTimer *m_listTimer;
};

} // namespace bv
