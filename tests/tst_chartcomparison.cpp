// SPDX-License-Identifier: MIT
// "Compare with…" (widgets/charts/chartcomparison.h) on the real chart panel, driven by real
// clicks on its button, its menu and the plot's context menu: only the series of the chart's
// kind and unit are offered (and why none is, when none is), an added series is drawn like
// the chart's own and named so, removing it restores the chart, and neither the file, the
// briefing's charts nor the other charts change. On the European defence example and on a
// generated briefing.
#include "charts/chartcanvas.h"
#include "charts/chartcomparison.h"
#include "charts/chartlegend.h"
#include "charts/chartpanel.h"
#include "charts/chartspec.h"
#include "charts/serieschart.h"
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "file/examples.h"
#include "file/sqliteconnection.h"
#include "generator/generator.h"
#include "models/selection.h"
#include "chartpanelfixture.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QTest>
#include <QToolButton>
#include <QWindow>

using namespace bv;

class tst_ChartComparison : public QObject, public test::ChartPanelFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { tearDownPanel(); }
    void theMenuOffersOnlySeriesOfTheChartsKindAndUnit();
    void addingDrawsTheSeriesAndRemovingRestoresTheChart();
    void aSeriesOnAChartOfItsOwnTakesAComparison();
    void noCompatibleSeriesSaysWhy();
    void exportsSayWhatWasAdded();
    void anotherBriefingEndsTheComparisons();
    void aGeneratedBriefingComparesItsSeries();

private:
    void openFile(const QString &path);
    void openDefence();
    SeriesChart *shown(const QString &id);
    // Opens the chart's menu with a click on its button (or a right click on its plot).
    QMenu *openMenu(SeriesChart *chart, bool contextMenu = false);
    QStringList offered(QMenu *menu) const; // the ids of the series offered
    void choose(QMenu *menu, const QString &actionName);
    QStringList legendTexts(SeriesChart *chart) const;
    QByteArray hash() const;

    QString m_path;
    std::shared_ptr<BriefingDatabase> m_database;
};

void tst_ChartComparison::init()
{
    QVERIFY(setUpPanel());
    m_panel->resize(900, 700);
    m_range->setSynced(false);
}

void tst_ChartComparison::openFile(const QString &path)
{
    m_path = path;
    OpenError error;
    m_database = BriefingDatabase::open(path, &error);
    QVERIFY2(m_database, qPrintable(error.message));
    m_selection->setDatabase(m_database);
}

void tst_ChartComparison::openDefence()
{
    const QString path = m_dir.filePath(QStringLiteral("defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), path, true).ok());
    openFile(path);
}

QByteArray tst_ChartComparison::hash() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

SeriesChart *tst_ChartComparison::shown(const QString &id)
{
    SeriesChart *chart = m_panel->chart(id);
    if (!chart)
        return nullptr;
    chart->ensureLoaded();
    m_panel->findChild<QScrollArea *>()->ensureWidgetVisible(chart, 0, 0);
    QTest::qWait(30);
    return chart;
}

QMenu *tst_ChartComparison::openMenu(SeriesChart *chart, bool contextMenu)
{
    if (contextMenu) {
        // A right click on the plot, sent to the window: the window turns it into a
        // context-menu event for the widget under the pointer.
        QWidget *viewport = chart->canvas()->viewport();
        // In view first, as a user would scroll to it: a click outside the window reaches nothing.
        for (QWidget *p = chart->parentWidget(); p; p = p->parentWidget()) {
            if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
                scroll->ensureWidgetVisible(viewport);
                break;
            }
        }
        QApplication::processEvents();
        QWindow *window = viewport->window()->windowHandle();
        const QPoint at = viewport->mapTo(viewport->window(), viewport->rect().center());
        QTest::mouseClick(window, Qt::RightButton, {}, at);
    } else {
        QTest::mouseClick(chart->compareButton(), Qt::LeftButton);
    }
    QMenu *menu = chart->compareMenu();
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 2000))
        return nullptr;
    return menu;
}

QStringList tst_ChartComparison::offered(QMenu *menu) const
{
    QStringList ids;
    for (QAction *action : menu->actions()) {
        if (action->objectName().startsWith(QLatin1String("compare:")) && action->isEnabled())
            ids << action->objectName().mid(8);
    }
    ids.sort(); // the menu has the briefing's order
    return ids;
}

void tst_ChartComparison::choose(QMenu *menu, const QString &actionName)
{
    QAction *action = menu->findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    QTRY_VERIFY(!menu->isVisible());
}

QStringList tst_ChartComparison::legendTexts(SeriesChart *chart) const
{
    QStringList texts;
    if (chart->legend()) {
        for (const ChartLegend::Entry &entry : chart->legend()->entries())
            texts << entry.text;
    }
    return texts;
}

void tst_ChartComparison::theMenuOffersOnlySeriesOfTheChartsKindAndUnit()
{
    openDefence();
    SeriesChart *chart = shown(QStringLiteral("chart-ukraine-russia"));
    QVERIFY(chart);
    QMenu *menu = openMenu(chart);
    QVERIFY(menu);
    // The time series in % of GDP not on the chart: Eurostat's EU series and the EDA's share.
    // Not the series in EUR billion, nor the countries' 2021 and 2023 figures (categories in
    // % of GDP), nor the share of government expenditure.
    QCOMPARE(offered(menu), (QStringList{QStringLiteral("eda_total_defence_exp_pct_gdp"),
                                         QStringLiteral("eurostat_eu_gf02_pct_gdp")}));
    const QString text = menu->findChild<QAction *>(QStringLiteral("compare:eurostat_eu_gf02_pct_gdp"))->text();
    QVERIFY2(text.contains(QStringLiteral("EU government defence expenditure (Eurostat)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("% of GDP")), qPrintable(text)); // with its unit
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("uncompare:eurostat_eu_gf02_pct_gdp")));
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());
    QCOMPARE(m_panel->chart(QStringLiteral("chart-ukraine-russia")), chart); // nothing chosen, nothing changed
}

void tst_ChartComparison::addingDrawsTheSeriesAndRemovingRestoresTheChart()
{
    openDefence();
    const QByteArray before = hash();
    QVERIFY(!before.isEmpty());
    const QVector<ChartSpec> specs = chartSpecs(m_database->briefing());
    SeriesChart *other = m_panel->chart(QStringLiteral("chart-eurostat-2021-2023"));
    QVERIFY(other);
    const int otherSeries = other->seriesCount();

    SeriesChart *chart = shown(QStringLiteral("chart-ukraine-russia"));
    QVERIFY(chart);
    QCOMPARE(chart->seriesCount(), 2);
    const QStringList ownLegend = legendTexts(chart);
    QMenu *menu = openMenu(chart);
    QVERIFY(menu);
    choose(menu, QStringLiteral("compare:eurostat_eu_gf02_pct_gdp"));

    // The chart is drawn anew with the EU's series as its third, like the other two.
    QTRY_VERIFY(m_panel->chart(QStringLiteral("chart-ukraine-russia")) != chart);
    chart = shown(QStringLiteral("chart-ukraine-russia"));
    QCOMPARE(chart->seriesCount(), 3);
    QVERIFY(chart->isTime());
    QVERIFY(!chart->isCompared(0) && !chart->isCompared(1) && chart->isCompared(2));
    QCOMPARE(chart->seriesList().at(2).id, QStringLiteral("eurostat_eu_gf02_pct_gdp"));
    QVERIFY(legendTexts(chart).contains(
        QStringLiteral("EU government defence expenditure (Eurostat) (added for comparison)")));
    int drawn = 0;
    for (const ChartLine &line : chart->lines(2))
        drawn += line.count();
    QVERIFY2(drawn >= 5, qPrintable(QString::number(drawn))); // its points, on the chart's axis
    QVERIFY(chart->seriesColour(2) != chart->seriesColour(0) && chart->seriesColour(2) != chart->seriesColour(1));
    QCOMPARE(m_panel->compared(QStringLiteral("chart-ukraine-russia")), QStringList{QStringLiteral("eurostat_eu_gf02_pct_gdp")});
    // The chart says it under the plot too.
    bool said = false;
    for (QLabel *label : chart->findChildren<QLabel *>())
        said = said || label->text().contains(QStringLiteral("Added for comparison"));
    QVERIFY(said);
    // Hovering a point of the added series names it so.
    const int last = chart->values(2).size() - 1;
    QVERIFY(chart->describePoint(2, last).contains(QStringLiteral("(added for comparison)")));

    // Neither the file, the briefing's charts nor another chart changed.
    QCOMPARE(hash(), before);
    const QVector<ChartSpec> after = chartSpecs(m_database->briefing());
    QCOMPARE(after.size(), specs.size());
    for (int i = 0; i < specs.size(); ++i) {
        QCOMPARE(after.at(i).id, specs.at(i).id);
        QCOMPARE(after.at(i).seriesRows, specs.at(i).seriesRows);
        QVERIFY(after.at(i).comparedRows.isEmpty());
    }
    QCOMPARE(m_panel->chart(QStringLiteral("chart-eurostat-2021-2023")), other);
    QCOMPARE(other->seriesCount(), otherSeries);
    // The EU's own chart still shows the series as its own.
    SeriesChart *own = m_panel->chart(QStringLiteral("eurostat_eu_gf02_pct_gdp"));
    QVERIFY(own && own != chart && !own->isCompared(own->indexOfSeries(QStringLiteral("eurostat_eu_gf02_pct_gdp"))));

    // The added series is offered no more; a second one can be added; the menu offers to
    // remove each. From the plot's context menu this time.
    menu = openMenu(chart, true);
    QVERIFY(menu);
    QCOMPARE(offered(menu), QStringList{QStringLiteral("eda_total_defence_exp_pct_gdp")});
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("uncompare:eurostat_eu_gf02_pct_gdp")));
    choose(menu, QStringLiteral("uncompare:eurostat_eu_gf02_pct_gdp"));
    QTRY_VERIFY(m_panel->chart(QStringLiteral("chart-ukraine-russia")) != chart);
    chart = shown(QStringLiteral("chart-ukraine-russia"));
    QCOMPARE(chart->seriesCount(), 2);
    QVERIFY(!chart->isCompared(0) && !chart->isCompared(1));
    QCOMPARE(legendTexts(chart), ownLegend);
    QVERIFY(m_panel->compared(QStringLiteral("chart-ukraine-russia")).isEmpty());
    for (QLabel *label : chart->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(QStringLiteral("Added for comparison")));
    QCOMPARE(hash(), before);
}

void tst_ChartComparison::aSeriesOnAChartOfItsOwnTakesAComparison()
{
    openDefence();
    // Eurostat's EU series in EUR billion is on no chart of the briefing.
    SeriesChart *chart = shown(QStringLiteral("eurostat_eu_gf02_eur_bn"));
    QVERIFY(chart);
    QCOMPARE(chart->seriesCount(), 1);
    QVERIFY(legendTexts(chart).filter(QStringLiteral("Eurostat")).isEmpty()); // one series: not named
    QMenu *menu = openMenu(chart);
    QVERIFY(menu);
    QCOMPARE(offered(menu), (QStringList{QStringLiteral("eda_total_defence_exp_eur_bn"),
                                         QStringLiteral("epf_ukraine_cumulative_eur_bn")}));
    choose(menu, QStringLiteral("compare:epf_ukraine_cumulative_eur_bn"));
    QTRY_VERIFY(m_panel->chart(QStringLiteral("eurostat_eu_gf02_eur_bn")) != chart);
    chart = shown(QStringLiteral("eurostat_eu_gf02_eur_bn"));
    QCOMPARE(chart->seriesCount(), 2);
    // Two series: both named in the legend, the added one so.
    const QStringList legend = legendTexts(chart);
    QVERIFY2(legend.contains(QStringLiteral("EU government defence expenditure in euros (Eurostat)")), qPrintable(legend.join(QLatin1Char('|'))));
    QVERIFY(legend.contains(
        QStringLiteral("EU military aid to Ukraine under the European Peace Facility (added for comparison)")));
    // The range takes in the added series' points (the EPF's run to 2024).
    QVERIFY(chart->to() >= day(2024, 1, 1));
}

void tst_ChartComparison::noCompatibleSeriesSaysWhy()
{
    openDefence();
    // The countries' 2021 and 2023 figures are the only category series: nothing to add.
    SeriesChart *chart = shown(QStringLiteral("chart-eurostat-2021-2023"));
    QVERIFY(chart);
    QMenu *menu = openMenu(chart);
    QVERIFY(menu);
    QVERIFY(offered(menu).isEmpty());
    QAction *none = menu->findChild<QAction *>(QStringLiteral("compare:none"));
    QVERIFY(none && !none->isEnabled());
    QVERIFY2(none->text().contains(QStringLiteral("% of GDP")) && none->text().contains(QStringLiteral("same unit")),
             qPrintable(none->text()));
    QTest::keyClick(menu, Qt::Key_Escape);

    // A time chart in a unit no other series has: says so, and that other units are left out.
    chart = shown(QStringLiteral("eurostat_eu_gf02_pct_total_exp"));
    QVERIFY(chart);
    menu = openMenu(chart);
    QVERIFY(menu);
    none = menu->findChild<QAction *>(QStringLiteral("compare:none"));
    QVERIFY(none);
    QVERIFY2(none->text().contains(QStringLiteral("time series")) && none->text().contains(QStringLiteral("other units")),
             qPrintable(none->text()));
    QTest::keyClick(menu, Qt::Key_Escape);
}

void tst_ChartComparison::exportsSayWhatWasAdded()
{
    openDefence();
    SeriesChart *chart = shown(QStringLiteral("chart-ukraine-russia"));
    QMenu *menu = openMenu(chart);
    QVERIFY(menu);
    choose(menu, QStringLiteral("compare:eda_total_defence_exp_pct_gdp"));
    QTRY_VERIFY(m_panel->chart(QStringLiteral("chart-ukraine-russia")) != chart);
    chart = shown(QStringLiteral("chart-ukraine-russia"));
    QCOMPARE(chart->seriesCount(), 3);

    const QString svg = m_dir.filePath(QStringLiteral("compared.svg"));
    QCOMPARE(chart->exportTo(svg, QStringLiteral("svg"), 1), QString());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("(added for comparison)"))); // the legend
    QVERIFY(text.contains(QStringLiteral("Added for comparison, not part of this chart in the briefing")));
    const QString png = m_dir.filePath(QStringLiteral("compared.png"));
    QCOMPARE(chart->exportTo(png, QStringLiteral("png"), 1), QString());
    QVERIFY(QImage(png).width() >= 640);
    const QString csv = chart->csv();
    QVERIFY(csv.contains(
        QStringLiteral("\"Total defence expenditure of EDA member states, share of GDP (added for comparison)\",2019")));
    QVERIFY(csv.contains(QStringLiteral("Ukraine: military expenditure (SIPRI),2012")));
}

void tst_ChartComparison::anotherBriefingEndsTheComparisons()
{
    openDefence();
    SeriesChart *chart = shown(QStringLiteral("chart-ukraine-russia"));
    QMenu *menu = openMenu(chart);
    QVERIFY(menu);
    choose(menu, QStringLiteral("compare:eurostat_eu_gf02_pct_gdp"));
    QTRY_COMPARE(m_panel->chart(QStringLiteral("chart-ukraine-russia"))->seriesCount(), 3);
    // The same file opened again (another content language does this): still compared.
    openFile(m_path);
    QCOMPARE(shown(QStringLiteral("chart-ukraine-russia"))->seriesCount(), 3);
    // Another briefing, then this one again: the comparison is gone.
    m_selection->setDatabase(m_sample);
    QVERIFY(m_panel->compared(QStringLiteral("chart-ukraine-russia")).isEmpty());
    openFile(m_path);
    QCOMPARE(shown(QStringLiteral("chart-ukraine-russia"))->seriesCount(), 2);
}

void tst_ChartComparison::aGeneratedBriefingComparesItsSeries()
{
    // Three series of one unit: a chart of the first two, the third on its own.
    const QString path = m_dir.filePath(QStringLiteral("generated.briefing"));
    GeneratorOptions options;
    options.events = 50;
    options.series = 3;
    options.points = 2000;
    options.faq = 2;
    Generator generator(options);
    QVERIFY(BriefingWriter::write(path, true, [&generator](SqliteConnection &c) { return generator.fill(c); }).ok());
    openFile(path);
    const QByteArray before = hash();
    SeriesChart *chart = shown(QStringLiteral("series-2"));
    QVERIFY(chart);
    QMenu *menu = openMenu(chart, true);
    QVERIFY(menu);
    QCOMPARE(offered(menu), (QStringList{QStringLiteral("series-0"), QStringLiteral("series-1")}));
    choose(menu, QStringLiteral("compare:series-0"));
    QTRY_VERIFY(m_panel->chart(QStringLiteral("series-2")) != chart);
    chart = shown(QStringLiteral("series-2"));
    QCOMPARE(chart->seriesCount(), 2);
    QCOMPARE(chart->values(1).size(), 2000);
    int drawn = 0;
    for (const ChartLine &line : chart->lines(1))
        drawn += line.count();
    QVERIFY(drawn > 0 && drawn <= 4 * chart->plotWidth() + 4 * 64); // decimated like the chart's own
    // The chart of series 0 and 1 takes series 2 only.
    SeriesChart *pair = shown(QStringLiteral("chart-0"));
    menu = openMenu(pair);
    QVERIFY(menu);
    QCOMPARE(offered(menu), QStringList{QStringLiteral("series-2")});
    QTest::keyClick(menu, Qt::Key_Escape);
    QCOMPARE(hash(), before);
}

QTEST_MAIN(tst_ChartComparison)
#include "tst_chartcomparison.moc"
