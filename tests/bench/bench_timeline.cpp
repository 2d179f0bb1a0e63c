// SPDX-License-Identifier: MIT
// The timeline on a large briefing: first paint (index + layout + paint), pan/zoom frames,
// hit testing, and memory per event. The baseline, in the same run: a naive pass that lays
// out and paints every event of the visible range with QPainter, without an index.
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

namespace {

// Every event overlapping [from, to) found by a scan of all of them, in a lane per category,
// drawn as a bar or a dot with its title beside it.
void paintNaively(QPainter &painter, const Briefing &briefing, double from, double to, const QRectF &plot)
{
    QHash<QString, int> lanes;
    for (const Event &event : briefing.events) {
        if (!lanes.contains(event.category))
            lanes.insert(event.category, int(lanes.size()));
    }
    const double laneHeight = plot.height() / std::max<qsizetype>(1, lanes.size());
    const double scale = plot.width() / std::max(1e-9, to - from);
    painter.fillRect(plot, Qt::white);
    painter.setPen(Qt::black);
    for (const Event &event : briefing.events) {
        if (!event.start.isValid())
            continue;
        const double start = EventTimeIndex::dayNumber(event.start.first());
        const double end = EventTimeIndex::dayNumber((event.end ? *event.end : event.start).last()) + 1;
        if (end <= from || start >= to)
            continue;
        const double x = plot.left() + (start - from) * scale;
        const double y = plot.top() + lanes.value(event.category) * laneHeight + laneHeight / 2;
        if (event.end)
            painter.fillRect(QRectF(x, y - 3, std::max(2.0, (end - start) * scale), 6), Qt::darkBlue);
        else
            painter.drawEllipse(QPointF(x, y), 3, 3);
        painter.drawText(QPointF(x + 5, y - 4), event.title);
    }
}

} // namespace

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
    QPair<double, double> firstRange; // what the first paint shows
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
        firstRange = qMakePair(view.from(), view.to());
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
    QVector<QPair<double, double>> walk; // the range each frame showed
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
        walk << qMakePair(view.from(), view.to());
    }
    bench::report("timeline_frame_100k_p50", bench::percentile(frames, 0.5));
    bench::report("timeline_frame_100k_p95", bench::percentile(frames, 0.95));

    // The baseline: the same first paint (the whole range) and every tenth frame of the
    // same walk, painted naively.
    const Briefing &b = database->briefing();
    const QRectF plot = view.scene().geometry.plot;
    QVector<double> naiveFirst;
    for (int run = 0; run < 4; ++run) {
        naiveFirst << bench::milliseconds([&] {
            QPainter painter(&frame);
            paintNaively(painter, b, firstRange.first, firstRange.second, plot);
        });
    }
    naiveFirst.removeFirst();
    bench::report("timeline_naive_first_paint", bench::percentile(naiveFirst, 0.5));
    QVector<double> naiveFrames;
    for (int step = 0; step < walk.size(); step += 10) {
        naiveFrames << bench::milliseconds([&] {
            QPainter painter(&frame);
            paintNaively(painter, b, walk.at(step).first, walk.at(step).second, plot);
        });
    }
    bench::report("timeline_naive_frame_p50", bench::percentile(naiveFrames, 0.5));

    // Hit testing at random points of the plot, at full range (the densest view).
    view.fitAll();
    render(view);
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
