// SPDX-License-Identifier: MIT
#include "charts/chartfileexport.h"

#include "charts/chartspec.h"
#include "charts/serieschart.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace bv {

QString ChartFileExport::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const char *format : {"png", "svg", "pdf"}) {
        if (suffix == QLatin1String(format))
            return suffix;
    }
    return {};
}

QString ChartFileExport::write(const std::shared_ptr<BriefingDatabase> &database, const QString &id, const QString &path,
                               QSize size, qreal scale)
{
    const QString format = formatOf(path);
    if (format.isEmpty())
        return tr("“%1” does not end in .png, .svg or .pdf: name the file to write with one of them.")
            .arg(QDir::toNativeSeparators(path));
    const Briefing &b = database->briefing();
    // The chart as the panel shows it; a series' id alone: that series on a chart of its own.
    std::optional<ChartSpec> spec;
    for (const ChartSpec &shown : chartSpecs(b)) {
        if (shown.id == id)
            spec = shown;
    }
    if (!spec) {
        for (int row = 0; row < b.series.size(); ++row) {
            if (b.series.at(row).id == id)
                spec = ChartSpec::ofSeries(b, row);
        }
    }
    if (!spec) {
        QStringList ids;
        for (const ChartSpec &shown : chartSpecs(b))
            ids << shown.id;
        if (ids.size() > 12)
            ids = ids.mid(0, 12) << QStringLiteral("…");
        return ids.isEmpty() ? tr("“%1” has no charts: it holds no data series.").arg(database->displayName())
                             : tr("“%1” has no chart or series “%2”. Its charts: %3.")
                                   .arg(database->displayName(), id, ids.join(QStringLiteral(", ")));
    }
    Selection selection;
    selection.setDatabase(database);
    const auto events = database->timeIndex(EventTimeIndex::Lanes::ByCategory);
    SeriesChart chart(&selection, events.get(), *spec);
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    const int width = size.width() > 0 ? size.width() : 1000;
    chart.resize(width, size.height() > 0 ? size.height() : 600);
    chart.show();
    chart.ensureLoaded();
    chart.resetRange(); // its own period, not a timeline's
    // Until the layout has settled: rows take their height once the width is known.
    QElapsedTimer settling;
    settling.start();
    QSize last;
    int still = 0;
    while (still < 3 && settling.elapsed() < 3000) {
        QCoreApplication::processEvents();
        if (size.height() <= 0)
            chart.resize(width, chart.sizeHint().height());
        const QSize now = chart.canvas()->size();
        still = now == last ? still + 1 : 0;
        last = now;
    }
    if (!chart.isShown())
        return tr("No figure of “%1” names its source, so there is nothing to draw.").arg(spec->title);
    const QSize picture = size.height() > 0 ? QSize(width, size.height()) : QSize();
    return chart.exportTo(path, format, scale, picture);
}

} // namespace bv
