// SPDX-License-Identifier: MIT
// Category charts on a briefing as users write them (tests/support/chartbriefing): thirty
// categories with long names, read in a small dock and undocked; sorting; the bar of the
// current item. Checked on the scene items QtCharts and our chart draw, not on pixels.
#include "chartbriefing.h"
#include "charts/categorybars.h"
#include "charts/chartcanvas.h"
#include "charts/chartpanel.h"
#include "charts/serieschart.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"
#include "models/timerange.h"

#include <QBarSet>
#include <QAbstractBarSeries>
#include <QChart>
#include <QGraphicsSimpleTextItem>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>

using namespace bv;

class tst_CategoryChart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyLabelIsDrawnWholeAndNoneOverlap_data();
    void everyLabelIsDrawnWholeAndNoneOverlap();
    void valueAxisEndsAtTheNextRoundStep();
    void sortingIsTheUsersChoiceAndRemembered();
    void clickingABarSelectsItsPoint();
    void theCurrentItemsBarStandsOut();

private:
    // The 'members' chart, loaded and laid out (its height settles after its width).
    SeriesChart *members();

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<BriefingDatabase> m_database;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<TimeRange> m_range;
    std::unique_ptr<ChartPanel> m_panel;
};

void tst_CategoryChart::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("members.briefing"));
    QVERIFY(test::writeChartBriefing(m_path));
}

void tst_CategoryChart::init()
{
    QSettings().remove(QStringLiteral("charts/sortByValue"));
    OpenError error;
    m_database = BriefingDatabase::open(m_path, &error);
    QVERIFY2(m_database, qPrintable(error.message));
    m_selection = std::make_unique<Selection>();
    m_range = std::make_unique<TimeRange>();
    m_selection->setDatabase(m_database);
    m_panel = std::make_unique<ChartPanel>(m_selection.get(), m_range.get());
    m_panel->resize(510, 300); // the Charts dock of the default window layout
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_CategoryChart::cleanup()
{
    m_panel.reset();
    m_selection.reset();
}

SeriesChart *tst_CategoryChart::members()
{
    SeriesChart *chart = m_panel->chart(QStringLiteral("members"));
    if (!chart)
        return nullptr;
    chart->ensureLoaded();
    QChart *qchart = chart->canvas()->chart();
    const int rows = chart->values().size();
    // Settled: horizontal bars, the plot as high as its rows.
    const bool settled = QTest::qWaitFor([&] {
        return chart->bars() && chart->bars()->isHorizontal() && qchart->plotArea().height() >= rows * 16
               && chart->canvas()->height() == chart->canvas()->minimumHeight();
    });
    return settled ? chart : nullptr;
}

void tst_CategoryChart::everyLabelIsDrawnWholeAndNoneOverlap_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("default dock") << QSize(510, 300);
    QTest::newRow("narrow dock") << QSize(360, 300);
    QTest::newRow("undocked, 1600 px") << QSize(1600, 900);
}

void tst_CategoryChart::everyLabelIsDrawnWholeAndNoneOverlap()
{
    QFETCH(QSize, size);
    m_panel->resize(size);
    SeriesChart *chart = members();
    QVERIFY(chart);
    QTRY_VERIFY(std::abs(chart->canvas()->width() - (size.width() - 40)) < 60);
    QTest::qWait(0);
    ChartCanvas *canvas = chart->canvas();
    const QRectF view = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
    const QRectF plot = canvas->chart()->plotArea();
    const auto &labels = chart->bars()->categoryLabels();
    QCOMPARE(labels.size(), 30);
    for (int i = 0; i < labels.size(); ++i) {
        const QGraphicsSimpleTextItem *label = labels.at(i);
        const QString text = label->text().replace(QLatin1Char('\n'), QLatin1Char(' '));
        QCOMPARE(text, test::memberLabel(i)); // whole: wrapped at most, never elided
        QVERIFY(label->isVisible());
        const QRectF rect = label->sceneBoundingRect();
        QVERIFY2(view.contains(rect), qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 outside the view")
                                                     .arg(text).arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())));
        QVERIFY2(rect.right() <= plot.left(), qPrintable(text)); // beside its bar, not over the bars
        for (int j = 0; j < i; ++j)
            QVERIFY2(!rect.intersects(labels.at(j)->sceneBoundingRect()), qPrintable(text));
    }
    const auto &values = chart->bars()->valueLabels();
    int shown = 0;
    for (int i = 0; i < values.size(); ++i) {
        const QGraphicsSimpleTextItem *value = values.at(i);
        if (!value->isVisible())
            continue;
        ++shown;
        const QRectF rect = value->sceneBoundingRect();
        QVERIFY2(view.contains(rect), qPrintable(value->text()));
        QCOMPARE(value->text(), QLocale().toString(chart->values().y.at(i), 'g', 12));
        for (int j = 0; j < i; ++j) {
            if (values.at(j)->isVisible())
                QVERIFY2(!rect.intersects(values.at(j)->sceneBoundingRect()), qPrintable(value->text()));
        }
    }
    QCOMPARE(shown, 30); // a row each: every value fits at its bar's end
    // The top value's label (3.92) is beside the end of its bar.
    QVERIFY(values.at(7)->isVisible());
    QCOMPARE(values.at(7)->text(), QStringLiteral("3.92"));
}

void tst_CategoryChart::valueAxisEndsAtTheNextRoundStep()
{
    SeriesChart *chart = members();
    QVERIFY(chart);
    QValueAxis *axis = chart->bars()->valueAxis();
    QCOMPARE(axis->min(), 0.0);
    QCOMPARE(axis->max(), 4.0); // 3.92 → 4, not 6
}

void tst_CategoryChart::sortingIsTheUsersChoiceAndRemembered()
{
    SeriesChart *chart = members();
    QVERIFY(chart);
    auto topLabel = [](SeriesChart *c) {
        const auto &labels = c->bars()->categoryLabels();
        int top = 0;
        for (int i = 1; i < labels.size(); ++i) {
            if (labels.at(i)->sceneBoundingRect().top() < labels.at(top)->sceneBoundingRect().top())
                top = i;
        }
        return top;
    };
    QCOMPARE(topLabel(chart), 0); // the file's order first
    QToolButton *sort = nullptr;
    for (QToolButton *button : chart->findChildren<QToolButton *>()) {
        if (button->text() == QStringLiteral("Sort by value"))
            sort = button;
    }
    QVERIFY(sort && sort->isVisible());
    QTest::mouseClick(sort, Qt::LeftButton);
    QVERIFY(chart->isSortedByValue());
    QTRY_COMPARE(topLabel(chart), 7); // 3.92, the largest
    QVERIFY(QSettings().value(QStringLiteral("charts/sortByValue")).toBool());
    // A new panel (the file opened again) keeps the choice.
    m_selection->setDatabase(m_database);
    chart = members();
    QVERIFY(chart && chart->isSortedByValue());
    QTRY_COMPARE(topLabel(chart), 7);
}

void tst_CategoryChart::clickingABarSelectsItsPoint()
{
    SeriesChart *chart = members();
    QVERIFY(chart);
    QChart *qchart = chart->canvas()->chart();
    auto *bars = qobject_cast<QAbstractBarSeries *>(qchart->series().value(0));
    QVERIFY(bars);
    // Category 5 is the sixth row from the top: set index 24 of the horizontal bars.
    const QPointF middle = qchart->mapToPosition(QPointF(chart->values().y.at(5) / 2, 24), bars);
    QScrollArea *scroll = m_panel->findChild<QScrollArea *>();
    QVERIFY(scroll);
    scroll->ensureWidgetVisible(chart->canvas(), 0, 0);
    const QPoint at = chart->canvas()->mapFromScene(middle);
    QTest::mouseClick(chart->canvas()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(m_selection->currentId(), Briefing::pointId(QStringLiteral("members"), test::memberLabel(5)));
    QCOMPARE(chart->bars()->highlighted(), 5);
}

void tst_CategoryChart::theCurrentItemsBarStandsOut()
{
    SeriesChart *chart = members();
    QVERIFY(chart);
    QCOMPARE(chart->bars()->highlighted(), -1);
    auto *set = qobject_cast<QAbstractBarSeries *>(chart->canvas()->chart()->series().value(0))->barSets().value(0);
    QVERIFY(set->selectedBars().isEmpty());
    // The actor category 12 stands for (its item_id): its bar, and only it, stands out.
    m_selection->select(QStringLiteral("testland-actor"));
    QCOMPARE(chart->bars()->highlighted(), 12);
    QCOMPARE(set->selectedBars(), QList<int>{30 - 1 - 12});
    QVERIFY(chart->bars()->categoryLabels().at(12)->font().bold());
    m_selection->select(QStringLiteral("faq-markdown"));
    QCOMPARE(chart->bars()->highlighted(), -1);
    QVERIFY(set->selectedBars().isEmpty());
    // A name is not enough: an actor only named like category 3 marks no bar.
    m_selection->select(QStringLiteral("namesake-actor"));
    QCOMPARE(chart->bars()->highlighted(), -1);
    QVERIFY(set->selectedBars().isEmpty());
    QVERIFY(!chart->bars()->categoryLabels().at(3)->font().bold());
}

QTEST_MAIN(tst_CategoryChart)
#include "tst_categorychart.moc"
