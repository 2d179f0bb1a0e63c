// SPDX-License-Identifier: MIT
// The time window shared by the timeline and the time-axis charts when "Sync time" is on.
// Times are days since 1970-01-01, as in EventTimeIndex.
#pragma once

#include <QObject>

namespace bv {

class TimeRange final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    double from() const { return m_from; }
    double to() const { return m_to; }
    bool isSynced() const { return m_synced; }

public slots:
    // `origin` is the view that moved, so it can ignore its own echo.
    void setRange(double from, double to, const QObject *origin = nullptr);
    void setSynced(bool synced);

signals:
    void rangeChanged(double from, double to, const QObject *origin);
    void syncedChanged(bool synced);

private:
    double m_from = 0, m_to = 0;
    bool m_synced = true;
};

} // namespace bv
