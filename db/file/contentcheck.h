// SPDX-License-Identifier: MIT
// The content tables of a file checked while its reader reads them (CheckScope::Content), on
// two connections of their own beside the reader's:
// - the checker checks the data points (the largest table, most of the check);
// - the scanner makes the pass over the data points (which the reader waits for just before
//   it indexes the items: a series cites its points' sources), then lists the languages of
//   the translations (the other long read).
// The other content tables are then checked by whichever of the two is free first, one table
// at a time, so that neither waits with a core idle while the other still has tables to check.
#pragma once

#include "file/briefingreader.h"
#include "file/openerror.h"

#include <QString>
#include <QStringList>

#include <future>
#include <memory>
#include <optional>
#include <thread>

class QThread;

namespace bv {

class ContentCheck
{
public:
    // Starts both threads on `file` (named `name` in messages) for `tables`, the content tables
    // of the file's version. Abandoning the open (`opener` asked to stop, its connections
    // interrupted) stops them too: they run on its behalf.
    ContentCheck(const QString &file, const QString &name, const QStringList &tables, QThread *opener);
    ~ContentCheck(); // waits for both
    ContentCheck(const ContentCheck &) = delete;
    ContentCheck &operator=(const ContentCheck &) = delete;

    // The pass over the data points, for BriefingReader::read() (waits for it).
    BriefingReader::PointsPass points() const;
    // Waits for both threads. The first damage found (the data points' first), else none.
    OpenError finish();
    // The languages of the translations, once finish() has returned (none when not listed).
    const std::optional<QStringList> &languages() const;

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    std::shared_future<PointSummary> m_points;
    std::thread m_checker, m_scanner;
};

} // namespace bv
