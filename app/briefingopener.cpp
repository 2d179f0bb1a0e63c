// SPDX-License-Identifier: MIT
#include "briefingopener.h"

#include <QCoreApplication>

namespace bv {

BriefingOpener::BriefingOpener(QObject *parent)
    : QObject(parent)
{
}

BriefingOpener::~BriefingOpener()
{
    ++m_generation;
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait(); // reading cannot be cut short; it must not outlive the window
    }
}

std::shared_ptr<BriefingDatabase> BriefingOpener::open(const QString &path, const QString &contentLanguage,
                                                       OpenError *error)
{
    ++m_generation; // any open still running in the background is superseded
    setBusy(false);
    return BriefingDatabase::open(path, error, false, contentLanguage); // long texts are read when shown
}

void BriefingOpener::openSampleInBackground(const QString &contentLanguage)
{
    openInBackground(QString(), contentLanguage);
}

void BriefingOpener::openInBackground(const QString &path, const QString &contentLanguage)
{
    const int generation = ++m_generation;
    setBusy(true);
    QPointer<BriefingOpener> self(this);
    QThread *thread = QThread::create([self, path, contentLanguage, generation] {
        OpenError error;
        std::optional<Briefing> briefing = path.isEmpty()
                                               ? BriefingDatabase::readSample(&error, contentLanguage)
                                               : BriefingDatabase::read(path, &error, false, contentLanguage);
        auto *read = new std::optional<Briefing>(std::move(briefing));
        QMetaObject::invokeMethod(qApp, [self, path, generation, read, error] {
            std::unique_ptr<std::optional<Briefing>> owned(read);
            if (self && self->m_generation == generation)
                self->finish(path, std::move(*owned), error);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.append(thread);
    thread->start();
}

void BriefingOpener::finish(const QString &path, std::optional<Briefing> briefing, const OpenError &readError)
{
    setBusy(false);
    OpenError error = readError;
    std::shared_ptr<BriefingDatabase> database;
    if (briefing && path.isEmpty())
        database = BriefingDatabase::adoptSample(std::move(*briefing), &error);
    else if (briefing)
        database = BriefingDatabase::adopt(path, std::move(*briefing), &error);
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
