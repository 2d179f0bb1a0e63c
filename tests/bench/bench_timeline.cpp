// SPDX-License-Identifier: MIT
// The timeline on a large briefing: first paint (index + layout + paint), pan/zoom frames,
// hit testing, and memory per event.
#include "benchutil.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"
#include "timeline/timelineview.h"
#include "models/timerange.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

using namespace bv;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_timeline FILE\n");
        return 2;
    }
    OpenError error;
    const auto database = BriefingDatabase::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    const QSize size(1280, 400);
    QImage frame(size, QImage::Format_ARGB32_Premultiplied);
    auto render = [&frame](TimelineView &view) {
        QPainter painter(&frame);
        view.render(&painter);
    };

    // First paint: the view receives the briefing (builds its time index), lays out and paints.
    QVector<double> firstPaints;
    for (int run = 0; run < 6; ++run) {
        // A briefing opened afresh (not timed): its time index is built within the timing.
        const auto fresh = BriefingDatabase::open(QString::fromLocal8Bit(argv[1]), &error, false);
        Selection selection;
        TimeRange range;
        TimelineView view(&selection, &range);
        view.resize(size);
        firstPaints << bench::milliseconds([&] {
            selection.setDatabase(fresh);
            render(view);
        });
    }
    firstPaints.removeFirst(); // warm-up
    bench::report("timeline_first_paint_100k", bench::percentile(firstPaints, 0.5));

    Selection selection;
    TimeRange range;
    TimelineView view(&selection, &range);
    view.resize(size);
    selection.setDatabase(database);
    render(view);
    const double bytes = double(view.index().memoryBytes()) / std::max(1, view.index().eventCount());
    bench::report("timeline_bytes_per_event", bytes);

    // Frames: a walk of pans and zooms, from the whole range down to weeks and back.
    QRandomGenerator random(7);
    QVector<double> frames;
    for (int step = 0; step < 400; ++step) {
        const double span = view.to() - view.from();
        const int kind = step % 4;
        const double anchor = view.from() + span * random.bounded(1.0);
        const bool zoomIn = (step / 40) % 2 == 0;
        frames << bench::milliseconds([&] {
            if (kind == 0)
                view.zoomBy(zoomIn ? 1.3 : 1 / 1.3, anchor);
            else
                view.panBy(kind == 1 ? 0.05 : -0.04);
            render(view);
        });
    }
    bench::report("timeline_frame_100k_p50", bench::percentile(frames, 0.5));
    bench::report("timeline_frame_100k_p95", bench::percentile(frames, 0.95));

    // Hit testing at random points of the plot, at full range (the densest view).
    view.fitAll();
    render(view);
    const QRectF plot = view.scene().geometry.plot;
    QVector<QPointF> points;
    for (int i = 0; i < 20000; ++i)
        points << QPointF(plot.left() + random.bounded(plot.width()), plot.top() + random.bounded(plot.height()));
    QVector<double> batches;
    int found = 0;
    for (int batch = 0; batch < 10; ++batch) {
        batches << bench::milliseconds([&] {
            for (int i = batch * 2000; i < (batch + 1) * 2000; ++i)
                found += view.itemAt(points.at(i)) >= 0 ? 1 : 0;
        }) * 1000.0 / 2000;
    }
    bench::report("timeline_hit_test_us", bench::percentile(batches, 0.5));
    std::fprintf(stderr, "hit tests that found an item: %d of 20000\n", found);
    return 0;
}
