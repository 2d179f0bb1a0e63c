// SPDX-License-Identifier: MIT
#include "briefingopener.h"

#include "charts/chartspec.h"
#include "content/seriescache.h"
#include "file/backgroundpriority.h"
#include "file/examples.h"
#include "file/sqliteconnection.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <thread>

namespace bv {

BriefingOpener::BriefingOpener(QObject *parent)
    : QObject(parent)
{
}

BriefingOpener::~BriefingOpener()
{
    cancel();
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait(); // asked to stop, it ends at its next step; it must not outlive the window
    }
}

std::shared_ptr<BriefingDatabase> BriefingOpener::open(const QString &path, const QString &contentLanguage,
                                                       OpenError *error)
{
    stopRunning(); // any open still running in the background (or held) is superseded
    setBusy(false);
    if (path.isEmpty())
        return BriefingDatabase::openSample(error, contentLanguage);
    return BriefingDatabase::open(path, error, false, contentLanguage); // long texts are read when shown
}

void BriefingOpener::openSampleInBackground(const QString &contentLanguage)
{
    openInBackground(QString(), contentLanguage);
}

void BriefingOpener::openInBackground(const QString &path, const QString &contentLanguage)
{
    stopRunning(); // also a held one
    const int generation = m_generation;
    setBusy(true);
    QPointer<BriefingOpener> self(this);
    QThread *thread = QThread::create([self, path, contentLanguage, generation] {
        lowerThreadPriority(); // the window's thread first: it keeps painting meanwhile
        OpenError error;
        std::optional<Briefing> briefing = path.isEmpty()
                                               ? BriefingDatabase::readSample(&error, contentLanguage)
                                               : BriefingDatabase::read(path, &error, false, contentLanguage);
        // The events by time, which the timeline and the charts need first, built here too;
        // meanwhile, on the other core, the series of the first chart are read (readAheadSeries()).
        std::shared_ptr<EventTimeIndex> index;
        std::vector<std::shared_ptr<ReadAhead>> ahead;
        if (briefing && !QThread::currentThread()->isInterruptionRequested()) {
            std::vector<std::thread> readers;
            for (const Series &series : readAheadSeries(path, *briefing)) {
                auto one = ahead.emplace_back(std::make_shared<ReadAhead>(ReadAhead{series, std::nullopt}));
                readers.emplace_back([one, path, id = briefing->metadata.id, reading = SeriesReading::of(*briefing),
                                      opener = QThread::currentThread()] {
                    lowerThreadPriority();
                    one->values = BriefingDatabase::readSeriesValues(path, id, reading, one->series, opener);
                });
            }
            index = std::make_shared<EventTimeIndex>();
            index->build(*briefing, EventTimeIndex::Lanes::ByCategory);
            for (std::thread &reader : readers)
                reader.join();
        }
        auto *read = new std::optional<Briefing>(std::move(briefing));
        QMetaObject::invokeMethod(qApp, [self, path, generation, read, error, index, ahead] {
            std::unique_ptr<std::optional<Briefing>> owned(read);
            if (self && error.code == OpenError::Code::Cancelled)
                emit self->cancelled(path);
            else if (self && self->m_generation == generation)
                self->finish(path, std::move(*owned), index, error, ahead);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.append(thread);
    startAfterFirstPaint(thread, path);
}

void BriefingOpener::startAfterFirstPaint(QThread *thread, const QString &path)
{
    // On two cores the read would share them with the window's construction and first paint
    // (the large briefing's window painted at 2.0x a bare window's time, 1.75x with the read
    // started after it: docs/performance.md); what it reads is shown after that paint anyway.
    if (!m_window) {
        thread->start();
        emit readStarted(path);
        return;
    }
    m_pending.append({thread, path});
    QTimer::singleShot(0, this, [this] {
        if (!m_window || !m_window->isVisible())
            startPending(); // a window not shown (yet) does not hold the read back
    });
    QTimer::singleShot(firstPaintWaitMs, this, &BriefingOpener::startPending); // nor one that never paints
}

void BriefingOpener::startPending()
{
    for (const Pending &pending : std::exchange(m_pending, {})) {
        if (!pending.thread)
            continue;
        pending.thread->start();
        emit readStarted(pending.path);
    }
}

void BriefingOpener::cancel()
{
    stopRunning();
    setBusy(false);
}

void BriefingOpener::stopRunning()
{
    ++m_generation; // what they read, if they finish first, is dropped
    m_held = nullptr; // as is what was read and waits for the first paint
    for (const Pending &pending : std::exchange(m_pending, {})) { // and a read not started yet
        m_threads.removeAll(pending.thread);
        delete pending.thread.data();
        QMetaObject::invokeMethod(this, [this, path = pending.path] { emit cancelled(path); }, Qt::QueuedConnection);
    }
    m_threads.removeIf([](const QPointer<QThread> &thread) { return thread.isNull(); });
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        thread->requestInterruption();
        interruptConnectionsOf(thread); // also a statement that runs as one long step
    }
}

void BriefingOpener::deliverAfterFirstPaint(QWidget *window)
{
    m_window = window;
    qApp->installEventFilter(this); // until the first paint of any widget of the window
}

bool BriefingOpener::eventFilter(QObject *watched, QEvent *event)
{
    if (m_window && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == m_window)
        QTimer::singleShot(0, this, &BriefingOpener::deliverHeld); // once the paint is done
    return QObject::eventFilter(watched, event);
}

void BriefingOpener::deliverHeld()
{
    if (m_window) { // painted (or not worth waiting for any longer)
        qApp->removeEventFilter(this);
        m_window = nullptr;
    }
    startPending();
    if (m_held)
        std::exchange(m_held, nullptr)();
}

QVector<Series> BriefingOpener::readAheadSeries(const QString &path, const Briefing &briefing)
{
    // The Charts panel shows the first chart first (charts/chartspec.h: a chart where the
    // earliest of its series is). Files only (the built-in examples are read at once, and
    // small), and no more points than take about as long to read as the index to build.
    if (path.isEmpty() || Examples::isBuiltIn(path))
        return {};
    const QVector<ChartSpec> charts = chartSpecs(briefing);
    if (charts.isEmpty())
        return {};
    QVector<Series> result;
    qint64 points = 0;
    for (const int row : charts.first().seriesRows) {
        const Series &series = briefing.series.at(row);
        points += series.pointCount;
        if (series.pointCount > 0)
            result.append(series);
    }
    return points <= readAheadLimit ? result : QVector<Series>();
}

void BriefingOpener::finish(const QString &path, std::optional<Briefing> briefing,
                            std::shared_ptr<const EventTimeIndex> index, const OpenError &readError,
                            std::vector<std::shared_ptr<ReadAhead>> ahead)
{
    if (m_window && m_window->isVisible()) { // m_window is null once it has painted
        auto held = std::make_shared<std::optional<Briefing>>(std::move(briefing));
        m_held = [this, path, held, index, readError, ahead] { finish(path, std::move(*held), index, readError, ahead); };
        QTimer::singleShot(500, this, &BriefingOpener::deliverHeld); // a window that never paints
        return;
    }
    setBusy(false);
    OpenError error = readError;
    std::shared_ptr<BriefingDatabase> database;
    if (briefing && path.isEmpty())
        database = BriefingDatabase::adoptSample(std::move(*briefing), &error);
    else if (briefing)
        database = BriefingDatabase::adopt(path, std::move(*briefing), &error);
    if (database && index)
        database->setTimeIndex(std::move(index));
    for (const std::shared_ptr<ReadAhead> &one : ahead) {
        if (database && one->values)
            database->seriesCache().seed(one->series, std::move(*one->values));
    }
    if (database)
        emit opened(path, std::move(database));
    else
        emit failed(path, error);
}

void BriefingOpener::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace bv
