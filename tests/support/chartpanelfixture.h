// SPDX-License-Identifier: MIT
// A chart panel on the sample briefing (or another), shown offscreen, for the chart tests: the test
// classes inherit it and call setUpPanel() in init() and tearDownPanel() in cleanup().
#pragma once

#include "file/briefingdatabase.h"
#include "charts/chartpanel.h"
#include "models/selection.h"
#include "models/timerange.h"

#include <QDate>
#include <QTemporaryDir>

#include <memory>

namespace bv::test {

class ChartPanelFixture
{
protected:
    bool setUpPanel();
    // The same on the briefing at `path` (in m_sample), the panel of `size`.
    bool setUpPanelOn(const QString &path, QSize size);
    void tearDownPanel() { m_panel.reset(); }

    static double day(int year, int month, int dayOfMonth)
    {
        return double(QDate(year, month, dayOfMonth).toJulianDay() - QDate(1970, 1, 1).toJulianDay());
    }
    // The sample briefing with two time series: 'prices' (twelve months of 2021, values with
    // decimals) and 'single' (one point).
    std::shared_ptr<BriefingDatabase> sampleWithTimeSeries();
    // The sample briefing changed by `sql`, opened and made current.
    std::shared_ptr<BriefingDatabase> sampleWith(const QString &name, const QString &sql);

    std::shared_ptr<BriefingDatabase> m_sample;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<TimeRange> m_range;
    std::unique_ptr<ChartPanel> m_panel;
    QTemporaryDir m_dir;
};

} // namespace bv::test
