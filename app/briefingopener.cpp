// SPDX-License-Identifier: MIT
#include "briefingopener.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

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
    m_held = nullptr;
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
    m_held = nullptr; // superseded
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
    if (m_held)
        std::exchange(m_held, nullptr)();
}

void BriefingOpener::finish(const QString &path, std::optional<Briefing> briefing, const OpenError &readError)
{
    if (m_window && m_window->isVisible()) { // m_window is null once it has painted
        auto held = std::make_shared<std::optional<Briefing>>(std::move(briefing));
        m_held = [this, path, held, readError] { finish(path, std::move(*held), readError); };
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
