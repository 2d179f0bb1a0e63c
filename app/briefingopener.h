// SPDX-License-Identifier: MIT
// Opens briefing files for the window: at once, or in a worker thread so the window never
// blocks. A later open supersedes one still running, and cancel() abandons them all: a read
// stops at its next step (its SQLite statements are interrupted), so nothing is waited for.
#pragma once

#include "file/briefingdatabase.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QVector>
#include <QWidget>

#include <functional>
#include <vector>

namespace bv {

class BriefingOpener final : public QObject
{
    Q_OBJECT
public:
    explicit BriefingOpener(QObject *parent = nullptr);
    ~BriefingOpener() override;

    // In both, an empty `path` names the built-in sample.
    // Opened now; null and `error` set when the file cannot be opened.
    std::shared_ptr<BriefingDatabase> open(const QString &path, const QString &contentLanguage, OpenError *error);
    // Checked and read in a worker thread; opened() or failed() follows.
    void openInBackground(const QString &path, const QString &contentLanguage);
    // The same for the built-in sample: opened() follows with an empty path.
    void openSampleInBackground(const QString &contentLanguage);
    bool isBusy() const { return m_busy; }
    // Abandons every read under way; each one's thread reports cancelled() once it stopped.
    // A read already done but held for the first paint is dropped.
    void cancel();
    // Until `window` first paints, a read asked for starts right after that paint (or once
    // the window is neither shown by the next turn of the event loop nor painted within
    // firstPaintWaitMs), and a briefing read before it is delivered right after it: reading
    // never shares the cores with the window's first paint.
    void deliverAfterFirstPaint(QWidget *window);
    static constexpr int firstPaintWaitMs = 250;

signals:
    void opened(const QString &path, std::shared_ptr<BriefingDatabase> database);
    void failed(const QString &path, const bv::OpenError &error);
    void busyChanged(bool busy);
    void cancelled(const QString &path); // a read stopped before its end: superseded or cancelled
    void readStarted(const QString &path); // a read's worker thread has been started

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The values of the series on the chart shown first, read while the time index is built,
    // for the briefing's SeriesCache to start with: that chart is drawn without another read.
    struct ReadAhead
    {
        Series series;
        std::optional<SeriesValues> values; // none: not read (stopped, or the file changed)
    };
    static constexpr qint64 readAheadLimit = 250'000; // points, of all the chart's series
    static QVector<Series> readAheadSeries(const QString &path, const Briefing &briefing);
    void finish(const QString &path, std::optional<Briefing> briefing, std::shared_ptr<const EventTimeIndex> index,
                const OpenError &readError, std::vector<std::shared_ptr<ReadAhead>> ahead = {});
    void setBusy(bool busy);
    void stopRunning(); // the reads under way are asked to stop, a held one dropped
    void deliverHeld();
    void startAfterFirstPaint(QThread *thread, const QString &path);
    void startPending();

    int m_generation = 0;
    bool m_busy = false;
    QVector<QPointer<QThread>> m_threads;
    QPointer<QWidget> m_window; // not painted yet
    std::function<void()> m_held; // the delivery waiting for its first paint
    struct Pending
    {
        QPointer<QThread> thread;
        QString path;
    };
    QVector<Pending> m_pending; // reads waiting for the first paint to start
};

} // namespace bv
