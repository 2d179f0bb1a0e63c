// SPDX-License-Identifier: MIT
// A category chart of 300 bars (the briefing's series 'categories'), in a scroll area as in
// the Charts panel: first paint (build, lay out, paint the viewport) and resize steps, each
// beside the same work for QtCharts' own bar chart with its category axis, in the same run.
#include "benchutil.h"
#include "charts/chartcanvas.h"
#include "charts/serieschart.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QScrollArea>
#include <QValueAxis>

using namespace bv;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(); // the bars' height follows their width, queued
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_categorychart FILE (a briefing with the category series 'categories')\n");
        return 2;
    }
    OpenError error;
    const auto database = BriefingDatabase::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    Selection selection;
    selection.setDatabase(database);
    int row = -1;
    for (int i = 0; i < database->briefing().series.size(); ++i) {
        if (database->briefing().series.at(i).id == QStringLiteral("categories"))
            row = i;
    }
    if (row < 0) {
        std::fprintf(stderr, "no series 'categories'\n");
        return 1;
    }
    QScrollArea scroll;
    scroll.setWidgetResizable(true);
    scroll.resize(900, 600);
    scroll.show();
    settle();

    QVector<double> firsts;
    SeriesChart *chart = nullptr;
    for (int run = 0; run < 11; ++run) {
        delete scroll.takeWidget(); // the chart before, not timed
        settle();
        const double ms = bench::milliseconds([&] {
            chart = new SeriesChart(&selection, nullptr, row);
            scroll.setWidget(chart);
            chart->ensureLoaded();
            settle();
            scroll.viewport()->grab();
        });
        if (run > 0)
            firsts << ms;
    }
    std::fprintf(stderr, "bars: %d, canvas %dx%d\n", chart->values().size(), chart->canvas()->width(), chart->canvas()->height());
    QVector<double> resizes;
    for (int round = 0; round < 3; ++round) {
        for (int step = 0; step < 40; ++step) {
            const int width = 900 - 10 * (step < 20 ? step : 40 - step);
            const double ms = bench::milliseconds([&] {
                scroll.resize(width, 600);
                settle();
                scroll.viewport()->grab();
            });
            if (round > 0)
                resizes << ms;
        }
    }

    // The baseline: QtCharts' bar chart of the same values, its own category axis labels.
    const SeriesValues &values = chart->values();
    QVector<double> naiveFirsts, naiveResizes;
    QChartView *naive = nullptr;
    for (int run = 0; run < 11; ++run) {
        const double ms = bench::milliseconds([&] {
            auto *qchart = new QChart;
            qchart->legend()->hide();
            auto *set = new QBarSet(QStringLiteral("bars"));
            for (double y : values.y)
                *set << y;
            auto *bars = new QBarSeries;
            bars->append(set);
            bars->setLabelsVisible(true);
            qchart->addSeries(bars);
            auto *axis = new QBarCategoryAxis;
            axis->append(values.labels);
            auto *valueAxis = new QValueAxis;
            qchart->addAxis(axis, Qt::AlignBottom);
            qchart->addAxis(valueAxis, Qt::AlignLeft);
            bars->attachAxis(axis);
            bars->attachAxis(valueAxis);
            naive = new QChartView(qchart); // in the viewport's space: QtCharts squeezes its labels
            naive->resize(scroll.viewport()->size());
            naive->show();
            settle();
            naive->grab();
        });
        if (run > 0)
            naiveFirsts << ms;
    }
    for (int step = 0; step < 40; ++step) {
        const int width = 900 - 10 * (step < 20 ? step : 40 - step);
        naiveResizes << bench::milliseconds([&] {
            naive->resize(width, 600);
            settle();
            naive->grab();
        });
    }
    delete naive;
    const double first = bench::percentile(firsts, 0.5), naiveFirst = bench::percentile(naiveFirsts, 0.5);
    const double resize = bench::percentile(resizes, 0.95), naiveResize = bench::percentile(naiveResizes, 0.95);
    bench::report("category_chart_300_first_paint", first);
    bench::report("category_chart_300_first_paint_qtcharts", naiveFirst);
    bench::report("category_chart_300_first_paint_ratio", first / naiveFirst);
    bench::report("category_chart_300_resize_p95", resize);
    bench::report("category_chart_300_resize_p95_qtcharts", naiveResize);
    bench::report("category_chart_300_resize_ratio", resize / naiveResize);
    return 0;
}
