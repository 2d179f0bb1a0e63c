// SPDX-License-Identifier: MIT
// The chart panel when the same briefing is read again in another content language (View >
// Content Language): the same charts in the same order, each saying what a chart made anew in
// that language says, the chart of the current item still followed. A chart not yet drawn is
// kept and given its new texts (SeriesChart::reuse); one drawn is drawn anew.
#include "chartsettle.h"
#include "charts/chartcanvas.h"
#include "charts/chartpanel.h"
#include "charts/chartspec.h"
#include "charts/serieschart.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"
#include "models/timerange.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QTest>
#include <QTreeView>

using namespace bv;

namespace {

// What a chart says in words: its labels (title, source, note …) not hidden, and its plot's name.
QStringList wordsOf(const SeriesChart *chart)
{
    QStringList words;
    for (const QLabel *label : chart->findChildren<QLabel *>()) {
        if (!label->isHidden())
            words << label->text();
    }
    return words << chart->canvas()->accessibleName() << chart->canvas()->accessibleDescription();
}

} // namespace

class tst_ChartLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aContentLanguageSwitchRetitlesTheSameCharts();

private:
    // The chart of `id`, scrolled into view and loaded, its layout settled.
    SeriesChart *settled(const QString &id);

    Selection m_selection;
    TimeRange m_range;
    ChartPanel m_panel{&m_selection, &m_range};
    std::shared_ptr<BriefingDatabase> m_database;
};

void tst_ChartLanguage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_chartlanguage"));
    QSettings().remove(QStringLiteral("charts/sortByValue"));
    m_range.setSynced(false);
    m_panel.resize(510, 300); // the Charts dock of the default window layout
    m_panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_panel));
}

SeriesChart *tst_ChartLanguage::settled(const QString &id)
{
    SeriesChart *chart = m_panel.chart(id);
    if (!chart)
        return nullptr;
    m_panel.findChild<QScrollArea *>()->ensureWidgetVisible(chart, 0, 0);
    if (!QTest::qWaitFor([chart] { return chart->isLoaded(); }, 10000)) // drawn once seen
        return chart; // the caller says it is not
    bv::test::waitUntilChartSettles(chart);
    return chart;
}

void tst_ChartLanguage::aContentLanguageSwitchRetitlesTheSameCharts()
{
    // The same briefing read again in another content language (as View > Content Language
    // does): the same charts in the same order, each saying what a chart made anew says in
    // that language, and the chart of the current item still the one followed. A chart not yet
    // drawn is kept and given its new texts; the one drawn is drawn anew.
    OpenError error;
    m_database = BriefingDatabase::openSample(&error);
    QVERIFY2(m_database, qPrintable(error.message));
    m_selection.setDatabase(m_database);
    const QString followed = QStringLiteral("ransomware-customers");
    m_selection.select(followed);
    QTRY_VERIFY(m_panel.chart(followed) && m_panel.chart(followed)->isLoaded());
    QTRY_VERIFY(!m_panel.isLoading());
    const QVector<SeriesChart *> before = m_panel.charts();
    QVERIFY(before.size() >= 2);
    QVector<QPointer<SeriesChart>> old;
    QStringList ids, englishTitles;
    for (SeriesChart *chart : before) {
        old << QPointer<SeriesChart>(chart);
        ids << chart->chartId();
        englishTitles << chart->spec().title;
    }
    int notDrawn = -1;
    for (int i = 0; i < before.size() && notDrawn < 0; ++i)
        notDrawn = before.at(i)->isLoaded() ? -1 : i;
    QVERIFY2(notDrawn >= 0, "a chart out of view is drawn only once seen");
    QAbstractItemModelTester tester(before.at(notDrawn)->table()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto uk = BriefingDatabase::openSample(&error, QStringLiteral("uk"));
    QVERIFY2(uk, qPrintable(error.message));
    m_database = uk;
    m_selection.setDatabase(uk);
    m_selection.select(followed); // the item kept, as CurrentBriefing keeps it
    QCOMPARE(m_selection.currentId(), followed);
    const QVector<ChartSpec> specs = chartSpecs(uk->briefing());
    QCOMPARE(m_panel.charts().size(), before.size());
    for (int i = 0; i < specs.size(); ++i) {
        SeriesChart *chart = m_panel.charts().at(i);
        QCOMPARE(chart->chartId(), ids.at(i));
        SeriesChart fresh(&m_selection, nullptr, specs.at(i)); // what a chart made now says
        QCOMPARE(wordsOf(chart), wordsOf(&fresh));
        QCOMPARE(chart->seriesList().first().name, fresh.seriesList().first().name);
        QVERIFY2(wordsOf(chart).first().contains(fresh.spec().title), qPrintable(wordsOf(chart).first()));
    }
    // Their names are Ukrainian now, not the English they had.
    const SeriesChart *kept = m_panel.charts().at(notDrawn);
    QCOMPARE(kept, old.at(notDrawn).data()); // the same widget, told its new texts
    QVERIFY(kept->spec().title != englishTitles.at(notDrawn));
    QVERIFY2(wordsOf(kept).first().contains(QRegularExpression(QStringLiteral("[А-Яа-яІіЇїЄє]"))),
             qPrintable(wordsOf(kept).first()));
    const int drawn = ids.indexOf(followed);
    QVERIFY(!old.at(drawn)); // drawn before: made anew, the old one gone
    SeriesChart *current = m_panel.chart(followed);
    QTRY_VERIFY(current->isLoaded());
    QVERIFY(current->isHighlighted());
    QVERIFY(wordsOf(current).first().contains(QStringLiteral("Споживачі")));

    // The kept chart, once scrolled to, draws the Ukrainian figures as a new chart would.
    SeriesChart *shown = settled(ids.at(notDrawn));
    QCOMPARE(shown, old.at(notDrawn).data());
    QVERIFY(shown->isLoaded());
    SeriesChart fresh(&m_selection, nullptr, specs.at(notDrawn));
    fresh.ensureLoaded();
    QCOMPARE(wordsOf(shown), wordsOf(&fresh));
    QCOMPARE(shown->csv(), fresh.csv());
    QCOMPARE(shown->table()->model()->rowCount(), fresh.table()->model()->rowCount());
    QVERIFY(shown->table()->model()->rowCount() > 0);
}

QTEST_MAIN(tst_ChartLanguage)
#include "tst_chartlanguage.moc"
