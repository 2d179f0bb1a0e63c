// SPDX-License-Identifier: MIT
// The chart panel at every width, from one where its charts just fit to a wide undocked
// panel: the charts settle at once, none is wider than the panel, and where there is room a
// chart's buttons are beside its title. On a briefing with a chart of every kind
// (tests/support/multichartbriefing), with the default font and a larger one.
#include "chartpanelfixture.h"
#include "charts/serieschart.h"
#include "multichartbriefing.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

using namespace bv;

class tst_ChartWidths : public QObject, bv::test::ChartPanelFixture
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init() { QVERIFY(setUpPanelOn(m_path, QSize(510, 300))); } // the default Charts dock
    void cleanup() { tearDownPanel(); }
    void everyChartFitsItsPanelAtEveryWidth_data();
    void everyChartFitsItsPanelAtEveryWidth();

private:
    QString m_path;
};

void tst_ChartWidths::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("multi.briefing"));
    QVERIFY(test::writeMultiChartBriefing(m_path));
}

namespace {

// Counts the resizes of the widgets it watches.
class ResizeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void tst_ChartWidths::everyChartFitsItsPanelAtEveryWidth_data()
{
    QTest::addColumn<qreal>("fontScale");
    QTest::newRow("the default font") << 1.0;
    // A user's larger font: the buttons beside a title need more than narrowWidth.
    QTest::newRow("a font 1.6 times larger") << 1.6;
}

void tst_ChartWidths::everyChartFitsItsPanelAtEveryWidth()
{
    QFETCH(qreal, fontScale);
    QFont font = m_panel->font();
    font.setPointSizeF(font.pointSizeF() * fontScale);
    m_panel->setFont(font);
    // The buttons go under a chart's title where they do not fit beside it. Judged by the
    // chart's own width, a panel a little wider than a chart with its buttons under its title
    // made the charts wider than the panel (the buttons beside the title), then narrower, and
    // the scroll area resized them back and forth until the stack overflowed (seen in the
    // path editor's drag test, at a Charts dock of 575 px, on the minimal platform's font).
    // Every width from one where the charts just fit to a wide undocked panel, by steps
    // smaller than a scroll bar: the charts settle, none is wider than the panel's viewport,
    // none is scrolled sideways.
    auto *scroll = m_panel->findChild<QScrollArea *>();
    QVERIFY(scroll);
    ResizeCounter counter;
    for (SeriesChart *chart : m_panel->charts())
        chart->installEventFilter(&counter);
    const int charts = int(m_panel->charts().size());
    QVERIFY(charts >= 5);
    constexpr int first = 520;
    for (int width = first; width <= 1100; width += 7) {
        counter.count = 0;
        m_panel->resize(width, 420);
        for (int still = 0, i = 0; still < 3 && i < 100; ++i) {
            const int before = counter.count;
            QTest::qWait(5);
            still = counter.count == before ? still + 1 : 0;
        }
        if (width == first)
            continue; // the charts' first layout, as they load
        QVERIFY2(counter.count <= 5 * charts,
                 qPrintable(QStringLiteral("%1 resizes at %2 px").arg(counter.count).arg(width)));
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        const int inner = scroll->viewport()->width();
        for (SeriesChart *chart : m_panel->charts()) {
            QVERIFY2(chart->geometry().right() < inner,
                     qPrintable(QStringLiteral("%1 is %2 px wide in a viewport of %3 px (panel %4 px)")
                                        .arg(chart->chartId()).arg(chart->width()).arg(inner).arg(width)));
            // Where there is room, the buttons stay beside the title, at the chart's top.
            QToolButton *compare = chart->compareButton();
            if (fontScale == 1.0 && width >= 1050 && compare->isVisible()) {
                QVERIFY2(compare->mapTo(chart, QPoint(0, 0)).y() < compare->height(),
                         qPrintable(QStringLiteral("%1 at %2 px").arg(chart->chartId()).arg(width)));
            }
        }
    }
}

QTEST_MAIN(tst_ChartWidths)
#include "tst_chartwidths.moc"
