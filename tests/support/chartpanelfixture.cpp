// SPDX-License-Identifier: MIT
#include "chartpanelfixture.h"

#include "file/briefingwriter.h"
#include "file/sqliteconnection.h"

#include <QDebug>
#include <QTest>

namespace bv::test {

namespace {

bool showPanel(const std::shared_ptr<BriefingDatabase> &database, std::unique_ptr<Selection> *selection,
               std::unique_ptr<TimeRange> *range, std::unique_ptr<ChartPanel> *panel, QSize size)
{
    *selection = std::make_unique<Selection>();
    *range = std::make_unique<TimeRange>();
    (*selection)->setDatabase(database);
    *panel = std::make_unique<ChartPanel>(selection->get(), range->get());
    (*panel)->resize(size);
    (*panel)->show();
    return QTest::qWaitForWindowExposed(panel->get());
}

} // namespace

bool ChartPanelFixture::setUpPanel()
{
    OpenError error;
    m_sample = BriefingDatabase::openSample(&error);
    if (!m_sample)
        return false;
    return showPanel(m_sample, &m_selection, &m_range, &m_panel, QSize(900, 1400));
}

bool ChartPanelFixture::setUpPanelOn(const QString &path, QSize size)
{
    OpenError error;
    m_sample = BriefingDatabase::open(path, &error);
    if (!m_sample) {
        qWarning() << path << error.message;
        return false;
    }
    return showPanel(m_sample, &m_selection, &m_range, &m_panel, size);
}

std::shared_ptr<BriefingDatabase> ChartPanelFixture::sampleWith(const QString &name, const QString &sql)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".briefing"));
    if (!BriefingWriter::writeSample(path, true).ok())
        return {};
    {
        SqliteConnection c;
        if (!c.open(path, SqliteConnection::Mode::ReadWrite) || !c.execScript(sql))
            return {};
    }
    OpenError error;
    auto database = BriefingDatabase::open(path, &error);
    if (!database)
        qWarning() << error.message;
    else
        m_selection->setDatabase(database);
    return database;
}

std::shared_ptr<BriefingDatabase> ChartPanelFixture::sampleWithTimeSeries()
{
    QString sql = QStringLiteral("INSERT INTO series (id, name, unit, kind) VALUES ('prices', 'Prices', 'EUR', 'time'),"
                                 " ('single', 'Single', 'units', 'time');"
                                 "INSERT INTO point (series_id, position, label, value, source_id) VALUES"
                                 " ('single', 0, '2021-06-01', 5, 'source-article')");
    const double values[] = {17.3, 18.0, 35.2, 60.9, 117.7, 90.1, 64.4, 40.0, -81.7, 12.5, 30.3, 44.4};
    for (int month = 1; month <= 12; ++month)
        sql += QStringLiteral(", ('prices', %1, '2021-%2-01', %3, 'source-article')")
                   .arg(month)
                   .arg(month, 2, 10, QLatin1Char('0'))
                   .arg(values[month - 1]);
    return sampleWith(QStringLiteral("time"), sql + QLatin1Char(';'));
}

} // namespace bv::test
