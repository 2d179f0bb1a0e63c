// SPDX-License-Identifier: MIT
// A briefing path written to files, each stop as the stage shows it: a PDF of one page a
// stop (charts and text drawn as vectors and text, the sources of the stop's figures on its
// page, the speaker notes below the stop or on a page of their own), or a PNG a stop. For
// File > Export Path… and `briefing-tool export-path`.
#pragma once

#include "content/briefingpath.h"
#include "present/stageview.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

#include <memory>

namespace bv {

class BriefingDatabase;

class PathExport
{
    Q_DECLARE_TR_FUNCTIONS(PathExport)
public:
    enum class Notes { None, Below, Page };

    struct Options
    {
        QSize size = QSize(1920, 1080); // the stage, in pixels (a PDF page: at 96 an inch)
        Notes notes = Notes::None;      // PDF only
        StageView::Look look = StageView::Look::Normal;
    };

    // Writes `path` of `database` to `out`: a PDF when it ends in .pdf; PNG files when it ends
    // in .png, "%n" in its name replaced by the stop's number (added before ".png" when the
    // path has more than one stop and the name has no "%n"). Returns an empty string, or
    // what went wrong and what to do. `written` receives the files written.
    static QString write(const std::shared_ptr<const BriefingDatabase> &database, const BriefingPath &path,
                         const QString &out, const Options &options, QStringList *written = nullptr);
    // "pdf" or "png" for a name ending so (in any case), else empty.
    static QString formatOf(const QString &out);
    // The PNG file of stop `number` (from 1) of `count`.
    static QString pngName(const QString &pattern, int number, int count);
    // Sizes a stage may have: 320x180 to 7680x4320.
    static bool isValidSize(const QSize &size);
    static bool parseNotes(const QString &text, Notes *notes); // none, below, page

private:
    static void settle(StageView &stage);
};

} // namespace bv
