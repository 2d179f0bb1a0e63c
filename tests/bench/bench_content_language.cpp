// SPDX-License-Identifier: MIT
// The window while the content language changes, on a large briefing: a small widget asks for
// a frame every 5 ms (as an animation would), and the longest gap between two of its frames,
// from the choice until the briefing is shown in the new language and painted, is the figure.
// The baseline is the same change made the old way: the file read again on the window's thread.
// Then the time the window takes to close while a briefing is being opened, beside the same
// window closed with nothing being read. BENCH_GAPS=1 prints where each switch's longest gap was.
#include "benchutil.h"
#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "mainwindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QPainter>
#include <QStatusBar>
#include <QTimer>

#include <cstdlib>

using namespace bv;

namespace {

class FrameCounter final : public QWidget
{
public:
    explicit FrameCounter(QWidget *parent) : QWidget(parent)
    {
        setFixedSize(6, 6);
        clock.start();
    }
    QElapsedTimer clock;
    QVector<qint64> frames; // when each frame was painted, ns on `clock`

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter(this).fillRect(rect(), frames.size() % 2 ? Qt::gray : Qt::darkGray);
        frames << clock.nsecsElapsed();
    }
};

void waitFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Until the briefing being read is shown (or the read failed); false on failure.
bool waitUntilShown(MainWindow &window)
{
    CurrentBriefing *current = window.currentBriefing();
    if (current->isOpening()) {
        QEventLoop loop;
        QObject::connect(current, &CurrentBriefing::openingChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !current->isOpening() && window.lastError().isEmpty();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerBench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_content_language FILE [RUNS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 9;

    MainWindow window;
    auto *frame = new FrameCounter(&window);
    window.statusBar()->addPermanentWidget(frame); // a temporary message hides the others
    window.resize(1500, 950);
    window.show();
    window.currentBriefing()->openFileInBackground(path);
    if (!waitUntilShown(window)) {
        std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
        return 1;
    }
    waitFor(1000); // the charts and the rest drawn
    const Briefing &briefing = window.currentBriefing()->database()->briefing();
    QString other;
    for (const QString &code : briefing.translationLanguages)
        other = other.isEmpty() && code != briefing.metadata.sourceLanguage ? code : other;
    if (other.isEmpty()) {
        std::fprintf(stderr, "the briefing has no translations\n");
        return 1;
    }

    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, frame, qOverload<>(&QWidget::update));
    ticker.start();
    QVector<double> gaps, switches;
    for (int run = 0; run <= runs; ++run) {
        frame->frames.clear();
        const qint64 start = frame->clock.nsecsElapsed();
        window.currentBriefing()->setContentLanguage(run % 2 == 0 ? other : QString());
        if (!waitUntilShown(window)) {
            std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
            return 1;
        }
        const qint64 shown = frame->clock.nsecsElapsed();
        waitFor(300); // the views' first frames of the new content
        qint64 previous = start, longest = 0, where = 0;
        for (const qint64 at : std::as_const(frame->frames)) {
            if (at - previous > longest)
                where = previous;
            longest = std::max(longest, at - previous);
            previous = at;
        }
        if (qEnvironmentVariableIsSet("BENCH_GAPS"))
            std::fprintf(stderr, "switch %d: shown at %.0f ms, longest gap %.0f ms from %.0f ms\n", run,
                         (shown - start) / 1e6, longest / 1e6, (where - start) / 1e6);
        if (run == 0)
            continue; // warm-up
        gaps << double(longest) / 1e6;
        switches << double(shown - start) / 1e6;
    }
    ticker.stop();

    // The old way: the file read again in the new language on the window's thread, which
    // painted nothing meanwhile.
    QVector<double> blocking;
    for (int run = 0; run <= std::max(2, runs / 3); ++run) {
        const double ms = bench::milliseconds([&] {
            OpenError error;
            BriefingDatabase::open(path, &error, false, other);
        });
        if (run > 0)
            blocking << ms;
    }

    // Closing a window while a briefing is being read: the read is abandoned, not awaited.
    // The baseline: the same window closed with nothing being read.
    QVector<double> closing, idle;
    for (int run = 0; run <= 2 * runs + 1; ++run) {
        const bool reading = run % 2 == 0;
        auto *window = new MainWindow;
        window->show();
        if (reading)
            window->currentBriefing()->openFileInBackground(path);
        waitFor(150); // well into the read
        const double ms = bench::milliseconds([window] {
            window->close();
            delete window;
        });
        if (run > 1)
            (reading ? closing : idle) << ms;
    }

    bench::report("content_language_switch_max_frame_gap", bench::percentile(gaps, 0.5));
    bench::report("content_language_switch_max_frame_gap_worst", bench::percentile(gaps, 1.0));
    bench::report("content_language_switch_ms", bench::percentile(switches, 0.5));
    bench::report("content_language_switch_blocking_ms", bench::percentile(blocking, 0.5));
    bench::report("close_during_open_ms", bench::percentile(closing, 0.5));
    bench::report("close_idle_ms", bench::percentile(idle, 0.5));
    return 0;
}
