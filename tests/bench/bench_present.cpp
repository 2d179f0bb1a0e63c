// SPDX-License-Identifier: MIT
// A show of a briefing with a 1,000,000-point series (docs/performance.md, "Presentation"):
// the real PresentationController, its AudienceWindow and PresenterConsole on two offscreen
// screens (the console on a 1280x800 laptop, the stage full screen on a 1920x1080 projector;
// QT_QPA_PLATFORM=offscreen:configfile=tests/data/screens-two.json). A path of five stops
// with a chart stop of the series is stepped through, and the time from the step to the
// end of the stage's paint and of the console's is taken, as is the time from starting the
// show to the end of the stage's first paint. The baseline is a zoom step of the same chart
// on the same stage, timed the same way.
#include "benchutil.h"
#include "content/seriescache.h"
#include "file/briefingdatabase.h"
#include "models/presentationstate.h"
#include "models/selection.h"
#include "present/audiencewindow.h"
#include "present/presentationcontroller.h"
#include "present/presenterconsole.h"
#include "present/stageview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QScreen>
#include <QWidget>

#include <cmath>

using namespace bv;

namespace {

// The paints of the two windows, observed on their QEvent::Paint. An event filter sees a
// paint before it is drawn (and a scroll area's viewport draws in its own filter), so the
// same events are watched where QApplication delivers them, after every filter and handler:
// the moment the last widget of a window's pass has been drawn is known exactly.
class BenchApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        const bool paint = event->type() == QEvent::Paint;
        const bool result = QApplication::notify(receiver, event);
        if (paint && receiver->isWidgetType()) {
            QWidget *window = static_cast<QWidget *>(receiver)->window();
            const qint64 now = clock.nsecsElapsed();
            if (window == stage) {
                stageEnd = now;
                ++stagePaints;
            } else if (window == console) {
                consoleEnd = now;
                ++consolePaints;
            }
        }
        return result;
    }

    // Forgets the paints seen; times from now on are measured from here.
    void reset()
    {
        stagePaints = consolePaints = 0;
        stageEnd = consoleEnd = -1;
        clock.start();
    }

    // Runs the event loop until the stage (and, with `console`, the console) has painted and
    // a pass of the loop paints nothing more; false after 10 s.
    bool waitForPaints(bool withConsole)
    {
        QElapsedTimer limit;
        limit.start();
        while (limit.elapsed() < 10000) {
            const int before = stagePaints + consolePaints;
            processEvents(QEventLoop::AllEvents);
            const bool done = stagePaints > 0 && (!withConsole || consolePaints > 0);
            if (done && stagePaints + consolePaints == before)
                return true;
        }
        return false;
    }

    double stageMs() const { return double(stageEnd) / 1e6; }
    double consoleMs() const { return double(consoleEnd) / 1e6; }

    QWidget *stage = nullptr;
    QWidget *console = nullptr;
    QElapsedTimer clock;
    qint64 stageEnd = -1, consoleEnd = -1;
    int stagePaints = 0, consolePaints = 0;
};

BriefingPath benchPath(const Briefing &briefing)
{
    BriefingPath path;
    path.id = QStringLiteral("bench");
    path.title = QStringLiteral("Bench");
    path.origin = BriefingPath::Origin::User;
    auto add = [&](PathStop::Kind kind, const QString &title, const QString &item) {
        PathStop stop;
        stop.kind = kind;
        stop.title = title;
        stop.itemId = item;
        stop.notes = QStringLiteral("## %1\n\nWhat to say here, with **emphasis**, a list:\n\n"
                                    "- the first point\n- the second point\n- the third point\n")
                         .arg(title);
        stop.budgetSeconds = 60;
        path.stops << stop;
    };
    add(PathStop::Kind::Overview, QStringLiteral("Overview"), QString());
    add(PathStop::Kind::Chart, briefing.series.first().name, briefing.series.first().id);
    if (!briefing.guarantees.isEmpty())
        add(PathStop::Kind::Item, briefing.guarantees.first().title, briefing.guarantees.first().id);
    add(PathStop::Kind::Timeline, QStringLiteral("Timeline"), QString());
    if (!briefing.scenarios.isEmpty())
        add(PathStop::Kind::Item, briefing.scenarios.first().title, briefing.scenarios.first().id);
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    BenchApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_present FILE [STARTS] (a briefing whose first series is large)\n");
        return 2;
    }
    const int starts = argc > 2 ? std::max(1, atoi(argv[2])) : 7;
    OpenError error;
    const auto database = BriefingDatabase::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!database || database->briefing().series.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    Selection selection;
    selection.setDatabase(database);
    const BriefingPath path = benchPath(database->briefing());
    const int chartStop = 1;
    std::fprintf(stderr, "screens: %d; stops: %d\n", int(QGuiApplication::screens().size()), int(path.stops.size()));

    PresentationController controller(&selection);
    PresentationState *state = controller.state();

    // Starting the show at the overview, until the stage's first paint (the console's next
    // stop is the chart: its view has the series read in the background, and the briefing's
    // SeriesCache keeps them for the starts after). The first start is the warm-up.
    QVector<double> startPaints, startConsolePaints;
    for (int run = 0; run <= starts; ++run) {
        app.reset();
        app.stage = app.console = nullptr;
        if (!controller.start(path, 0, false))
            return 1;
        app.stage = controller.audience();
        app.console = controller.console();
        if (!app.waitForPaints(true)) {
            std::fprintf(stderr, "the show's windows did not paint\n");
            return 1;
        }
        if (run > 0) {
            startPaints << app.stageMs();
            startConsolePaints << app.consoleMs();
        }
        if (run == starts)
            break; // the last show goes on, for the steps
        controller.end();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }
    bench::report("present_start_first_paint", bench::percentile(startPaints, 0.5));
    bench::report("present_start_console_first_paint", bench::percentile(startConsolePaints, 0.5));
    const StageView *stage = controller.audience()->stage();
    std::fprintf(stderr, "stage: %dx%d on %s, console %dx%d\n", stage->width(), stage->height(),
                 qPrintable(controller.audience()->screen()->name()), controller.console()->width(),
                 controller.console()->height());

    // Stepping: to the chart stop and away, forward and back (1, 2, 1, 0, 1, 2 ...), each step
    // timed until both windows have painted. The first round builds the stage's chart and the
    // console's current view from the values read once (SeriesCache); after it the stage keeps
    // its charts (StageChart::kept). The first arrival at the chart is reported on its own, and
    // the first round is left out of the percentiles.
    const QVector<int> round{1, 2, 1, 0};
    QVector<double> steps, consoleSteps, chartArrivals;
    QVector<double> chartSteps, cardSteps; // the steps to the chart stop, and those away from it
    const int rounds = 10;
    for (int r = 0; r <= rounds; ++r) {
        for (const int target : round) {
            app.reset();
            if (target > state->currentStop())
                state->next();
            else
                state->previous();
            if (state->currentStop() != target || !app.waitForPaints(true)) {
                std::fprintf(stderr, "step to %d: not painted\n", target);
                return 1;
            }
            if (r == 0 && target == chartStop && chartArrivals.isEmpty()) {
                bench::report("present_chart_stop_first_step", app.stageMs());
                chartArrivals << app.stageMs();
                continue;
            }
            if (r == 0)
                continue;
            steps << app.stageMs();
            consoleSteps << app.consoleMs();
            (target == chartStop ? chartSteps : cardSteps) << app.stageMs();
        }
    }
    std::fprintf(stderr, "steps timed: %d\n", int(steps.size()));
    bench::report("present_stop_step_p50", bench::percentile(steps, 0.5));
    bench::report("present_stop_step_p95", bench::percentile(steps, 0.95));
    bench::report("present_console_update_p95", bench::percentile(consoleSteps, 0.95));
    // Apart: the steps that arrive at the chart, and those that leave it for the other stops.
    bench::report("present_step_to_chart_p95", bench::percentile(chartSteps, 0.95));
    bench::report("present_step_from_chart_p95", bench::percentile(cardSteps, 0.95));

    // The baseline: at the chart stop, the stage's own zoom step of the same chart (the whole
    // series and its middle half in turn: slice, decimate, replace, paint), timed the same way.
    state->jump(chartStop);
    app.waitForPaints(true);
    const double whole[2] = {stage->viewFrom(), stage->viewTo()};
    const double span = whole[1] - whole[0];
    if (!(span > 0) || !std::isfinite(span)) {
        std::fprintf(stderr, "the chart stop has no range\n");
        return 1;
    }
    QVector<double> zooms;
    for (int i = 0; i <= 2 * rounds * int(round.size()); ++i) {
        app.reset();
        if (i % 2)
            controller.audience()->stage()->setViewRange(whole[0], whole[1]);
        else
            controller.audience()->stage()->setViewRange(whole[0] + span / 4, whole[1] - span / 4);
        if (!app.waitForPaints(false)) {
            std::fprintf(stderr, "zoom: not painted\n");
            return 1;
        }
        if (i > 0)
            zooms << app.stageMs();
    }
    bench::report("present_stage_zoom_p50", bench::percentile(zooms, 0.5));
    bench::report("present_stage_zoom_p95", bench::percentile(zooms, 0.95));
    // Every view of every show shared one read of the series.
    bench::report("present_series_reads", database->seriesCache().reads(database->briefing().series.first().id));
    controller.end();
    return 0;
}
