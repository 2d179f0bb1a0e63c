// SPDX-License-Identifier: MIT
// A 1,000,000-point series: decimation alone, and a zoom step of the real chart (slice +
// decimate + replace + render) against the same step with every point handed to QtCharts.
#include "benchutil.h"
#include "file/briefingdatabase.h"
#include "content/decimator.h"
#include "models/selection.h"
#include "charts/serieschart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QValueAxis>

using namespace bv;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_charts FILE (a briefing whose first series is large)\n");
        return 2;
    }
    OpenError error;
    const auto database = BriefingDatabase::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!database || database->briefing().series.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    Selection selection;
    selection.setDatabase(database);
    // Reading the series' values from the file (what a chart does when first seen).
    QVector<double> loads;
    for (int run = 0; run < 7; ++run) {
        int size = 0;
        loads << bench::milliseconds([&] { size = loadSeriesValues(*database, database->briefing().series.first()).size(); });
        if (size == 0)
            return 1;
    }
    bench::report("chart_load_1m", bench::percentile(loads, 0.5));
    SeriesChart chart(&selection, nullptr, 0);
    const SeriesValues &values = chart.values();
    std::fprintf(stderr, "points: %d\n", values.size());

    QVector<double> decimations;
    for (int run = 0; run < 31; ++run) {
        decimations << bench::milliseconds([&] {
            Decimator::decimate(values.x.constData(), values.y.constData(), values.size(), values.x.first(),
                                values.x.last(), 1280);
        });
    }
    bench::report("decimate_1m", bench::percentile(decimations, 0.5));
    // Its floor: a plain copy of the same points, which reads as much memory as decimation
    // does (and writes it again).
    QVector<double> copyX(values.size()), copyY(values.size());
    QVector<double> copies;
    for (int run = 0; run < 31; ++run) {
        copies << bench::milliseconds([&] {
            std::copy(values.x.cbegin(), values.x.cend(), copyX.begin());
            std::copy(values.y.cbegin(), values.y.cend(), copyY.begin());
        });
    }
    std::fprintf(stderr, "copied: %g %g\n", copyX.at(values.size() / 2), copyY.at(values.size() / 3));
    bench::report("decimate_copy_floor_1m", bench::percentile(copies, 0.5));

    // A window whose plot is 1280 pixels wide.
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
    // Zoom in 12 steps from the whole series and back out, around a point off-centre.
    const double first = values.x.first(), last = values.x.last();
    const QVector<QPair<double, double>> steps = bench::zoomSteps(first, last);
    const QVector<double> zooms = bench::timeSteps(steps, [&chart](double from, double to) {
        chart.setRange(from, to);
        chart.canvas()->grab();
    });
    bench::report("chart_zoom_1m_p50", bench::percentile(zooms, 0.5));
    bench::report("chart_zoom_1m_p95", bench::percentile(zooms, 0.95));
    std::fprintf(stderr, "points in chart at the last step: %d\n", chart.pointsInChart());

    // The baseline: the same steps with the whole visible slice handed to a QLineSeries.
    auto *naiveChart = new QChart; // owned by the view
    naiveChart->legend()->hide();
    auto *line = new QLineSeries;
    naiveChart->addSeries(line);
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    naiveChart->addAxis(xAxis, Qt::AlignBottom);
    naiveChart->addAxis(yAxis, Qt::AlignLeft);
    line->attachAxis(xAxis);
    line->attachAxis(yAxis);
    QChartView naiveView(naiveChart);
    naiveView.resize(chart.canvas()->size());
    naiveView.show();
    QCoreApplication::processEvents();
    QVector<double> naive;
    const QVector<QPair<double, double>> naiveSteps{steps.at(0), steps.at(1), steps.at(2), steps.last(), steps.at(0),
                                                    steps.at(1)};
    for (const auto &step : naiveSteps) {
        naive << bench::milliseconds([&] {
            const auto [begin, end] = Decimator::slice(values.x.constData(), values.size(), step.first, step.second);
            QList<QPointF> points;
            points.reserve(end - begin);
            double low = HUGE_VAL, high = -HUGE_VAL;
            for (int i = begin; i < end; ++i) {
                if (std::isnan(values.y.at(i)))
                    continue;
                points.append(QPointF(values.x.at(i), values.y.at(i)));
                low = std::min(low, values.y.at(i));
                high = std::max(high, values.y.at(i));
            }
            line->replace(points);
            xAxis->setRange(step.first, step.second);
            yAxis->setRange(low, high);
            naiveView.grab();
        });
    }
    naive.removeFirst();
    bench::report("chart_zoom_1m_naive", bench::percentile(naive, 0.5));
    return 0;
}
