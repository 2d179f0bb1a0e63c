// SPDX-License-Identifier: MIT
// The names of a time chart's series at the ends of their lines, or in the legend where they
// would collide (charts/endlabels.h).
#include "charts/chartcanvas.h"
#include "charts/chartlegend.h"
#include "charts/endlabels.h"
#include "charts/serieschart.h"
#include "chartpanelfixture.h"

#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QTest>

#include <cmath>

using namespace bv;

class tst_EndLabels : public QObject, protected test::ChartPanelFixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(setUpPanel()); }
    void cleanup() { tearDownPanel(); }
    void namesAtTheEndsOfTheirLinesOrInTheLegend();
    void namesAreNudgedApartOrRefused();
};

void tst_EndLabels::namesAtTheEndsOfTheirLinesOrInTheLegend()
{
    // Two lines that end far apart carry their names at their ends, in their colours, and the
    // legend names them no more; two that end at the same height keep the legend.
    m_range->setSynced(false);
    QString sql = QStringLiteral("INSERT INTO series (id, name, unit, kind) VALUES ('apart-a', 'Apart A', 'units', 'time'),"
                                 " ('apart-b', 'Apart B', 'units', 'time'), ('close-a', 'Close A', 'units', 'time'),"
                                 " ('close-b', 'Close B', 'units', 'time');"
                                 "INSERT INTO point (series_id, position, label, value, source_id) VALUES ");
    QStringList rows;
    for (int year = 2014; year <= 2023; ++year) {
        const int i = year - 2014;
        rows << QStringLiteral("('apart-a', %1, '%2', %3, 'source-article')").arg(i).arg(year).arg(10 + i)
             << QStringLiteral("('apart-b', %1, '%2', %3, 'source-article')").arg(i).arg(year).arg(90 - i)
             << QStringLiteral("('close-a', %1, '%2', %3, 'source-article')").arg(i).arg(year).arg(50 + i)
             << QStringLiteral("('close-b', %1, '%2', %3, 'source-article')").arg(i).arg(year).arg(50.2 + i);
    }
    sql += rows.join(QLatin1Char(',')) + QLatin1Char(';');
    sql += QStringLiteral("INSERT INTO chart (id, title, kind, note) VALUES ('chart-apart', 'Apart', 'line', ''),"
                          " ('chart-close', 'Close', 'line', '');"
                          "INSERT INTO chart_series (chart_id, position, series_id) VALUES ('chart-apart', 1, 'apart-a'),"
                          " ('chart-apart', 2, 'apart-b'), ('chart-close', 1, 'close-a'), ('chart-close', 2, 'close-b');");
    QVERIFY(sampleWith(QStringLiteral("ends"), sql));
    m_panel->resize(900, 3000);
    auto legendTexts = [](SeriesChart *chart) {
        QStringList texts;
        for (const QGraphicsSimpleTextItem *text : chart->legend()->texts())
            texts << text->text();
        return texts;
    };
    SeriesChart *apart = m_panel->chart(QStringLiteral("chart-apart"));
    QVERIFY(apart && apart->isTime());
    apart->ensureLoaded();
    QVERIFY(apart->endLabels());
    QTRY_VERIFY(apart->endLabels()->isShown());
    QTRY_VERIFY(!legendTexts(apart).contains(QStringLiteral("Apart A")));
    QChart *qchart = apart->canvas()->chart();
    const QRectF plot = qchart->plotArea();
    QStringList shown;
    for (int s = 0; s < 2; ++s) {
        const QGraphicsSimpleTextItem *label = apart->endLabels()->items().at(s);
        QVERIFY(label->isVisible());
        shown << label->text();
        QCOMPARE(label->brush().color(), apart->lines(s).first().pen.color()); // its line's colour
        const QRectF box = label->mapRectToScene(label->boundingRect());
        QVERIFY2(box.left() >= plot.right() && box.right() <= qchart->size().width(), qPrintable(apart->series().id));
        // Beside the end of its own line.
        const QPointF end = apart->lines(s).last().points.last();
        const double endY = qchart->mapToPosition(end, qchart->series().first()).y();
        QVERIFY2(std::abs(box.center().y() - endY) <= box.height(), qPrintable(QString::number(box.center().y() - endY)));
    }
    QCOMPARE(shown, (QStringList{QStringLiteral("Apart A"), QStringLiteral("Apart B")}));
    QVERIFY(!apart->endLabels()->items().at(0)->mapRectToScene(apart->endLabels()->items().at(0)->boundingRect())
                 .intersects(apart->endLabels()->items().at(1)->mapRectToScene(apart->endLabels()->items().at(1)->boundingRect())));

    SeriesChart *close = m_panel->chart(QStringLiteral("chart-close"));
    QVERIFY(close);
    close->ensureLoaded();
    QTRY_COMPARE(legendTexts(close).mid(0, 2), (QStringList{QStringLiteral("Close A"), QStringLiteral("Close B")}));
    QVERIFY(!close->endLabels()->isShown());
    for (const QGraphicsSimpleTextItem *label : close->endLabels()->items())
        QVERIFY(!label->isVisible());
}

void tst_EndLabels::namesAreNudgedApartOrRefused()
{
    // Close ends are moved apart by a line's height at most; closer ones are refused.
    QVector<double> placed;
    QVERIFY(EndLabels::place({100, 108}, 16, 0, 300, &placed));
    QVERIFY(placed.at(1) - placed.at(0) >= 16);
    QVERIFY(std::abs(placed.at(0) - 100) <= 16 && std::abs(placed.at(1) - 108) <= 16);
    QVERIFY(!EndLabels::place({100, 100.5, 101}, 16, 0, 300, &placed)); // the middle one is 16 away, one 32
    QVERIFY(EndLabels::place({200, 10}, 16, 0, 300, &placed)); // order kept: each its own
    QCOMPARE(placed.at(0), 200.0);
    QCOMPARE(placed.at(1), 10.0);
    QVERIFY(!EndLabels::place({10, 20, 30}, 16, 0, 40, &placed)); // three lines do not fit in 40
    QVERIFY(EndLabels::place({5}, 16, 0, 300, &placed)); // kept inside the plot
    QCOMPARE(placed.at(0), 8.0);
}

QTEST_MAIN(tst_EndLabels)
#include "tst_endlabels.moc"
