// SPDX-License-Identifier: MIT
#include "content/seriescache.h"

#include "file/sqliteconnection.h"

#include <QThread>

#include <algorithm>

namespace bv {

SeriesCache::SeriesCache(Reader read, BackgroundReader readInBackground, QObject *parent)
    : QObject(parent)
    , m_read(std::move(read))
    , m_readInBackground(std::move(readInBackground))
{
}

SeriesCache::~SeriesCache()
{
    for (const Pending &pending : std::as_const(m_pending)) {
        pending.thread->requestInterruption(); // its statement stops at its next step
        interruptConnectionsOf(pending.thread);
    }
    for (const Pending &pending : std::as_const(m_pending)) {
        pending.thread->wait();
        delete pending.thread;
    }
}

int SeriesCache::reads() const
{
    int total = 0;
    for (const int count : m_reads)
        total += count;
    return total;
}

SeriesCache::Values SeriesCache::cached(const QString &seriesId) const
{
    return m_values.value(seriesId);
}

void SeriesCache::touch(const QString &seriesId)
{
    m_used.removeOne(seriesId);
    m_used.append(seriesId);
}

SeriesCache::Values SeriesCache::keep(const QString &seriesId, SeriesValues values)
{
    auto kept = std::make_shared<const SeriesValues>(std::move(values));
    m_values.insert(seriesId, kept);
    touch(seriesId);
    trim();
    return kept;
}

SeriesCache::Values SeriesCache::values(const Series &series)
{
    if (Values kept = m_values.value(series.id)) {
        touch(series.id);
        trim();
        return kept;
    }
    const auto pending = m_pending.constFind(series.id);
    if (pending != m_pending.cend()) {
        // Being read in the background: that read, not another (ready() still follows).
        const std::optional<SeriesValues> &read = pending->result.get();
        if (read)
            return keep(series.id, *read);
    }
    ++m_reads[series.id];
    return keep(series.id, m_read(series));
}

void SeriesCache::seed(const Series &series, SeriesValues values)
{
    if (m_values.contains(series.id) || m_pending.contains(series.id))
        return;
    ++m_reads[series.id];
    keep(series.id, std::move(values));
}

bool SeriesCache::prefetch(const Series &series)
{
    if (m_values.contains(series.id)) {
        touch(series.id);
        return true;
    }
    if (m_pending.contains(series.id))
        return false;
    if (!m_readInBackground) {
        values(series);
        return true;
    }
    ++m_reads[series.id];
    auto promise = std::make_shared<std::promise<std::optional<SeriesValues>>>();
    Pending pending;
    pending.series = series;
    pending.result = promise->get_future().share();
    pending.thread = QThread::create([promise, read = m_readInBackground, series] {
        promise->set_value(read(series));
    });
    pending.thread->setObjectName(QStringLiteral("series-read"));
    QThread *thread = pending.thread;
    connect(thread, &QThread::finished, this, [this, id = series.id, thread] { finished(id, thread); });
    m_pending.insert(series.id, pending);
    thread->start(QThread::LowPriority); // the window's thread paints first
    return false;
}

void SeriesCache::finished(const QString &seriesId, QThread *thread)
{
    const auto pending = m_pending.find(seriesId);
    if (pending == m_pending.end() || pending->thread != thread)
        return;
    const Pending done = pending.value();
    m_pending.erase(pending);
    done.thread->wait(); // finished() comes just before the thread ends
    delete done.thread;
    if (!m_values.contains(seriesId)) {
        if (const std::optional<SeriesValues> &read = done.result.get())
            keep(seriesId, *read);
    }
    emit ready(seriesId);
}

void SeriesCache::setSpareBudget(qint64 points)
{
    m_spareBudget = std::max<qint64>(0, points);
    trim();
}

qint64 SeriesCache::sparePoints() const
{
    qint64 points = 0;
    for (const Values &values : m_values) {
        if (values.use_count() == 1)
            points += values->size();
    }
    return points;
}

void SeriesCache::trim()
{
    // The least recently used of the values no view holds go first; the one used last stays
    // (it is being handed to a view, or was just read for one).
    qint64 spare = sparePoints();
    for (int i = 0; i < m_used.size() - 1 && spare > m_spareBudget;) {
        const auto kept = m_values.constFind(m_used.at(i));
        if (kept != m_values.cend() && kept->use_count() == 1) {
            spare -= (*kept)->size();
            m_values.erase(kept);
            m_used.removeAt(i);
        } else {
            ++i;
        }
    }
}

} // namespace bv
