// SPDX-License-Identifier: MIT
// The values of an open briefing's series, each read from the file once and shared by every
// view that shows it: the Charts panel, a show's stage, the presenter console's current and
// next stop, the path editor's thumbnails, exports. A million points take about a second to
// read; three views of one chart used to take three. Views hold what they show (a shared,
// immutable SeriesValues; their QVector copies share its data), and the cache keeps values
// no view holds while they fit a budget of points, the least recently used going first, so a
// show started again, or a chart shown again, reads nothing. A read can also be made on a
// thread of its own (prefetch(): the console's next stop, never blocking the stage): ready()
// says when it is there, and a view that needs the values meanwhile waits for that read
// instead of making another. BriefingDatabase::seriesCache() is the one of an open briefing.
#pragma once

#include "content/briefing.h"
#include "content/seriesvalues.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <future>
#include <memory>
#include <optional>

class QThread;

namespace bv {

class SeriesCache final : public QObject
{
    Q_OBJECT
public:
    using Values = std::shared_ptr<const SeriesValues>;
    // Reads a series on the thread that asks (the window's).
    using Reader = std::function<SeriesValues(const Series &series)>;
    // Reads one on a thread of its own (on a connection of its own); nothing when it cannot
    // (the file is no longer the briefing opened): the values are then read by `read`.
    using BackgroundReader = std::function<std::optional<SeriesValues>(const Series &series)>;

    explicit SeriesCache(Reader read, BackgroundReader readInBackground = {}, QObject *parent = nullptr);
    ~SeriesCache() override; // reads under way are stopped (at their next step) and awaited

    // The values of `series`: kept ones, those of a read under way once it is done, or read now.
    Values values(const Series &series);
    // The values if they are here, without reading (null otherwise).
    Values cached(const QString &seriesId) const;
    // Starts reading `series` in the background unless it is here or being read (without a
    // background reader, reads it now). True when its values are here already; otherwise
    // ready(id) follows once they are.
    bool prefetch(const Series &series);
    // Values read ahead of the views' asking (the opener reads the first series while it
    // builds the time index): kept as if read here, and counted as a read. Nothing changes
    // when the series is here already or being read.
    void seed(const Series &series, SeriesValues values);
    bool isReading(const QString &seriesId) const { return m_pending.contains(seriesId); }
    // How often the file was read for the series (for tests and benches), and in all.
    int reads(const QString &seriesId) const { return m_reads.value(seriesId); }
    int reads() const;

    // Values no view holds are kept while they have at most this many points in all.
    static constexpr qint64 defaultSpareBudget = 1'000'000; // about 20 MB
    void setSpareBudget(qint64 points);
    qint64 spareBudget() const { return m_spareBudget; }
    // The points of the values only the cache holds.
    qint64 sparePoints() const;

signals:
    // The values of the series are here (read in the background, or found unreadable there:
    // values() then reads them).
    void ready(const QString &seriesId);

private:
    struct Pending
    {
        QThread *thread = nullptr;
        std::shared_future<std::optional<SeriesValues>> result;
        Series series;
    };
    Values keep(const QString &seriesId, SeriesValues values);
    void touch(const QString &seriesId);
    void finished(const QString &seriesId, QThread *thread);
    void trim();

    Reader m_read;
    BackgroundReader m_readInBackground;
    QHash<QString, Values> m_values;
    QStringList m_used; // the ids kept, least recently used first
    QHash<QString, Pending> m_pending;
    QHash<QString, int> m_reads;
    qint64 m_spareBudget = defaultSpareBudget;
};

} // namespace bv
