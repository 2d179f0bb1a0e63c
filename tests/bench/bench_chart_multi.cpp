// SPDX-License-Identifier: MIT
// A chart of 10 series of 100,000 points each (the large briefing's series on one chart, as a
// format-2 chart of them would be): a zoom step of the real chart (slice + decimate + replace +
// render, each series) against the same steps with every visible point of every series handed
// to its own QLineSeries (the baseline, in the same run).
#include "benchutil.h"
#include "charts/chartcanvas.h"
#include "charts/chartspec.h"
#include "charts/serieschart.h"
#include "content/decimator.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

using namespace bv;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_chart_multi FILE (a briefing of 10 time series)\n");
        return 2;
    }
    OpenError error;
    const auto database = BriefingDatabase::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    const Briefing &briefing = database->briefing();
    if (briefing.series.size() < 10) {
        std::fprintf(stderr, "the briefing has %d series, not 10\n", int(briefing.series.size()));
        return 1;
    }
    Selection selection;
    selection.setDatabase(database);
    ChartSpec spec;
    spec.id = QStringLiteral("bench-ten-series");
    spec.title = QStringLiteral("Ten series");
    spec.kind = Chart::Kind::Line;
    spec.isChartItem = true;
    spec.drawing = ChartSpec::Drawing::Lines;
    for (int row = 0; row < 10; ++row)
        spec.seriesRows << row;
    SeriesChart chart(&selection, nullptr, spec);
    chart.ensureLoaded();
    if (chart.seriesCount() != 10) {
        std::fprintf(stderr, "the chart draws %d series, not 10\n", chart.seriesCount());
        return 1;
    }
    qint64 points = 0;
    for (int s = 0; s < 10; ++s)
        points += chart.values(s).size();
    std::fprintf(stderr, "points: %lld in 10 series\n", points);

    // A window whose plot is 1280 pixels wide, as bench_charts'.
    int width = 1400;
    chart.resize(width, 600);
    chart.show();
    QCoreApplication::processEvents();
    for (int i = 0; i < 5 && chart.plotWidth() != 1280; ++i) {
        width += 1280 - chart.plotWidth();
        chart.resize(width, 600);
        QCoreApplication::processEvents();
    }
    std::fprintf(stderr, "plot width: %d\n", chart.plotWidth());
    const SeriesValues &firstValues = chart.values(0);
    const double first = firstValues.x.first(), last = firstValues.x.last();
    // Zoom in 12 steps from the whole range and back out, around a point off-centre.
    const QVector<QPair<double, double>> steps = bench::zoomSteps(first, last);
    const QVector<double> zooms = bench::timeSteps(steps, [&chart](double from, double to) {
        chart.setRange(from, to);
        chart.canvas()->grab();
    });
    bench::report("chart_zoom_10x100k_p50", bench::percentile(zooms, 0.5));
    bench::report("chart_zoom_10x100k_p95", bench::percentile(zooms, 0.95));
    std::fprintf(stderr, "points in chart at the last step: %d\n", chart.pointsInChart());

    // The baseline: the same steps with each series' whole visible slice in a QLineSeries.
    auto *naiveChart = new QChart; // owned by the view
    naiveChart->legend()->hide();
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    naiveChart->addAxis(xAxis, Qt::AlignBottom);
    naiveChart->addAxis(yAxis, Qt::AlignLeft);
    QVector<QLineSeries *> lines;
    for (int s = 0; s < 10; ++s) {
        auto *line = new QLineSeries;
        naiveChart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(yAxis);
        lines << line;
    }
    QChartView naiveView(naiveChart);
    naiveView.resize(chart.canvas()->size());
    naiveView.show();
    QCoreApplication::processEvents();
    QVector<double> naive;
    const QVector<QPair<double, double>> naiveSteps{steps.at(0), steps.at(1), steps.at(2), steps.last(), steps.at(0),
                                                    steps.at(1)};
    for (const auto &step : naiveSteps) {
        naive << bench::milliseconds([&] {
            double low = HUGE_VAL, high = -HUGE_VAL;
            for (int s = 0; s < 10; ++s) {
                const SeriesValues &values = chart.values(s);
                const auto [begin, end] = Decimator::slice(values.x.constData(), values.size(), step.first, step.second);
                QList<QPointF> visible;
                visible.reserve(end - begin);
                for (int i = begin; i < end; ++i) {
                    if (std::isnan(values.y.at(i)))
                        continue;
                    visible.append(QPointF(values.x.at(i), values.y.at(i)));
                    low = std::min(low, values.y.at(i));
                    high = std::max(high, values.y.at(i));
                }
                lines.at(s)->replace(visible);
            }
            xAxis->setRange(step.first, step.second);
            yAxis->setRange(low, high);
            naiveView.grab();
        });
    }
    naive.removeFirst(); // its warm-up
    bench::report("chart_zoom_10x100k_naive", bench::percentile(naive, 0.5));
    return 0;
}
