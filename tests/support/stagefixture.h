// SPDX-License-Identifier: MIT
// The briefings and a stage for the tests of the presentation's stage (tst_stageview,
// tst_stagelive): the sample, the real-data example and a generated briefing, opened once; a
// stage of a given size shown offscreen with its layout settled.
#pragma once

#include "content/briefingpath.h"
#include "file/briefingdatabase.h"
#include "present/stageview.h"

#include <QTemporaryDir>

#include <memory>

namespace bv {
class Selection;
class SeriesChart;
}

namespace bv::test {

class StageFixture
{
protected:
    bool setUpFiles(); // the three briefings, once (initTestCase)
    // "sample", "defence" or "generated".
    std::shared_ptr<BriefingDatabase> briefing(const QString &name) const;
    // A stage of `size` on the briefing, shown offscreen, its layout settled.
    std::unique_ptr<StageView> stage(Selection *selection, const QSize &size) const;
    static void settle();
    static PathStop chartStop(const QString &id);
    static QString caption(SeriesChart *chart); // the source line under the chart, as shown

    QTemporaryDir m_dir;
    std::shared_ptr<BriefingDatabase> m_sample, m_defence, m_generated;
};

} // namespace bv::test
