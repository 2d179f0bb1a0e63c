// SPDX-License-Identifier: MIT
#include "models/timerange.h"

namespace bv {

void TimeRange::setRange(double from, double to, const QObject *origin)
{
    if (!(to > from) || (from == m_from && to == m_to))
        return;
    m_from = from;
    m_to = to;
    emit rangeChanged(from, to, origin);
}

void TimeRange::setSynced(bool synced)
{
    if (synced == m_synced)
        return;
    m_synced = synced;
    emit syncedChanged(synced);
}

} // namespace bv
