// SPDX-License-Identifier: MIT
// A chart of a briefing written to a file without a window: the same drawing as the Charts
// panel's Export (title, briefing and edition, legend, source and note), for scripts and
// reports (`briefing-viewer --export-chart ID -o OUT.svg|png|pdf FILE`).
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <memory>

namespace bv {

class BriefingDatabase;

class ChartFileExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartFileExport)
public:
    // Writes the chart `id` (a chart's id, or a series' id: that series on a chart of its
    // own) of `database` to `path`, as PNG, SVG or PDF by its suffix. `size`: the picture's
    // width and height in pixels; a height of 0 takes the height the chart needs, an
    // invalid size 1000 pixels wide. Returns an empty string, or what went wrong and what
    // to do.
    static QString write(const std::shared_ptr<BriefingDatabase> &database, const QString &id, const QString &path,
                         QSize size = QSize(), qreal scale = 1);
    // "png", "svg" or "pdf" for a path ending so (in any case), else empty.
    static QString formatOf(const QString &path);
};

} // namespace bv
