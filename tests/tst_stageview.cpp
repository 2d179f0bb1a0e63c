// SPDX-License-Identifier: MIT
// The presentation's stage: every kind of stop on the sample, the real-data example and a
// generated briefing; type that grows with the stage; charts redrawn at the stage's size as
// vectors; the projector look's contrast; a stop whose item is gone; each paint reported.
// The stage driven live (period, highlight, the window's Selection): tst_stagelive.
#include "charts/chartcanvas.h"
#include "charts/serieschart.h"
#include "models/selection.h"
#include "stagefixture.h"
#include "present/stagechart.h"
#include "present/stagecompare.h"
#include "present/stagetext.h"
#include "present/stagetimeline.h"

#include <QApplication>
#include <QBuffer>
#include <QFontInfo>
#include <QPainter>
#include <QChart>
#include <QLabel>
#include <QSignalSpy>
#include <QSvgGenerator>
#include <QTest>

#include <cmath>

using namespace bv;

class tst_StageView : public QObject, private test::StageFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(setUpFiles()); }
    void everyStopOfTheDefaultPath_data();
    void everyStopOfTheDefaultPath();
    void timelineAndCompareStops_data();
    void timelineAndCompareStops();
    void textGrowsWithTheStage();
    void chartIsRedrawnAtTheStageSize();
    void chartIsDrawnAsVectors();
    void projectorLookIsHighContrast();
    void aStopWhoseItemIsGoneSaysSo_data();
    void aStopWhoseItemIsGoneSaysSo();
    void eachPaintIsReported();
};

void tst_StageView::everyStopOfTheDefaultPath_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("european-defence") << QStringLiteral("defence");
    QTest::newRow("generated") << QStringLiteral("generated");
}

void tst_StageView::everyStopOfTheDefaultPath()
{
    QFETCH(QString, name);
    const auto database = briefing(name);
    Selection selection;
    selection.setDatabase(database);
    auto view = stage(&selection, QSize(1280, 720));
    const BriefingPath path = BriefingPath::defaultPath(database->briefing());
    QVERIFY(path.stops.size() >= 3);
    int charts = 0, cards = 0;
    for (const PathStop &stop : path.stops) {
        view->setStop(stop);
        settle();
        QVERIFY2(!view->isMissing(), qPrintable(stop.itemId));
        QCOMPARE(view->titleText(), stop.title.left(300));
        QVERIFY(view->heading()->font().pixelSize() >= 720 / 16 - 1);
        switch (stop.kind) {
        case PathStop::Kind::Chart: {
            ++charts;
            QCOMPARE(view->page(), StageView::Page::Chart);
            SeriesChart *chart = view->chartPage()->chart();
            QCOMPARE(chart->chartId(), stop.itemId);
            QVERIFY(chart->isPresentation());
            // Its series and the source under it, as the briefing says.
            QVERIFY(!view->sources().isEmpty());
            const QString shown = caption(chart);
            for (const QString &source : view->sources())
                QVERIFY2(shown.contains(source), qPrintable(source));
            break;
        }
        case PathStop::Kind::Overview:
            QCOMPARE(view->page(), StageView::Page::Text);
            QVERIFY(view->textPage()->plainText().contains(database->briefing().metadata.title)
                    || view->titleText() == database->briefing().metadata.title);
            break;
        case PathStop::Kind::Item: {
            ++cards;
            QCOMPARE(view->page(), StageView::Page::Text);
            const QString text = view->textPage()->plainText();
            QVERIFY2(!text.isEmpty(), qPrintable(stop.itemId));
            if (database->briefing().kindOf(stop.itemId) == ItemKind::Faq) {
                // The answer, rendered from its Markdown: no '**' or link syntax left.
                QVERIFY(!text.contains(QLatin1String("**")));
                QVERIFY(!text.contains(QLatin1String("](briefing:")));
            }
            break;
        }
        default:
            break;
        }
    }
    QVERIFY(cards > 0);
    QCOMPARE(charts > 0, !database->briefing().series.isEmpty());
}

void tst_StageView::timelineAndCompareStops_data()
{
    everyStopOfTheDefaultPath_data();
}

void tst_StageView::timelineAndCompareStops()
{
    QFETCH(QString, name);
    const auto database = briefing(name);
    const Briefing &b = database->briefing();
    Selection selection;
    selection.setDatabase(database);
    auto view = stage(&selection, QSize(1280, 720));
    // The timeline over a period, in two of the briefing's categories.
    QStringList categories;
    for (int row = 0; row < b.events.size() && categories.size() < 2; ++row) {
        if (!b.events.category(row).isEmpty() && !categories.contains(b.events.category(row)))
            categories << b.events.category(row);
    }
    QVERIFY(!categories.isEmpty());
    PathStop timeline;
    timeline.kind = PathStop::Kind::Timeline;
    timeline.title = QStringLiteral("The timeline");
    timeline.itemIds = categories;
    timeline.from = QStringLiteral("2000");
    timeline.to = QStringLiteral("2030-06");
    view->setStop(timeline);
    settle();
    QCOMPARE(view->page(), StageView::Page::Timeline);
    QCOMPARE(view->timelinePage()->index().laneCount(), int(categories.size()));
    QCOMPARE(view->viewFrom(), StageView::dayOf(QStringLiteral("2000"), false));
    QCOMPARE(view->viewTo(), EventTimeIndex::dayNumber(QDate(2030, 7, 1)));
    QVERIFY(!view->timelinePage()->scene().items.isEmpty() || b.events.size() == 0);
    // Lanes by actor: the actors named, and only they.
    QString actor;
    for (int row = 0; row < b.events.size() && actor.isEmpty(); ++row)
        actor = b.events.actors(row).value(0);
    if (!actor.isEmpty()) {
        timeline.lanesByActor = true;
        timeline.itemIds = {actor};
        view->setStop(timeline);
        QCOMPARE(view->timelinePage()->index().laneCount(), 1);
        QCOMPARE(view->timelinePage()->index().laneName(0), b.title(actor));
    }
    // Two or three scenarios side by side.
    if (b.scenarios.size() >= 2) {
        PathStop compare;
        compare.kind = PathStop::Kind::Compare;
        compare.title = QStringLiteral("Side by side");
        for (int i = 0; i < std::min<qsizetype>(3, b.scenarios.size()); ++i)
            compare.itemIds << b.scenarios.at(i).id;
        view->setStop(compare);
        settle();
        QCOMPARE(view->page(), StageView::Page::Compare);
        const QVector<StageText *> columns = view->comparePage()->columns();
        for (int i = 0; i < compare.itemIds.size(); ++i) {
            QVERIFY(columns.at(i)->isVisible());
            QVERIFY(columns.at(i)->plainText().contains(b.title(compare.itemIds.at(i)).left(20)));
            QVERIFY(columns.at(i)->x() > (i == 0 ? -1 : columns.at(i - 1)->geometry().right())); // side by side
        }
        // The columns at one size.
        QCOMPARE(columns.at(0)->bodyPixelSize(), columns.at(1)->bodyPixelSize());
    }
}

void tst_StageView::textGrowsWithTheStage()
{
    Selection selection;
    selection.setDatabase(m_defence);
    PathStop card;
    card.kind = PathStop::Kind::Item;
    card.itemId = QStringLiteral("faq-breaks");
    card.title = QStringLiteral("Breaks");
    QHash<int, QVector<int>> sizes; // by stage height: title, card body, chart caption
    for (const QSize &size : {QSize(960, 540), QSize(1920, 1080)}) {
        auto view = stage(&selection, size);
        view->setStop(card);
        settle();
        sizes[size.height()] << view->heading()->font().pixelSize() << view->stageStyle().bodyPx;
        view->setStop(chartStop(QStringLiteral("chart-ukraine-russia")));
        settle();
        QLabel *shown = nullptr;
        for (QLabel *label : view->chartPage()->chart()->findChildren<QLabel *>()) {
            if (label->isVisible() && label->text().startsWith(QLatin1String("Source:")))
                shown = label;
        }
        QVERIFY(shown);
        sizes[size.height()] << QFontInfo(shown->font()).pixelSize();
    }
    for (int i = 0; i < 3; ++i)
        QVERIFY2(sizes[1080].at(i) >= 2 * sizes[540].at(i), qPrintable(QStringLiteral("%1: %2 at 1080, %3 at 540")
                                                                            .arg(i).arg(sizes[1080].at(i)).arg(sizes[540].at(i))));
    // Body text about a 28th of the height.
    QVERIFY(std::abs(sizes[1080].at(1) - 1080 / 28) <= 1);
}

void tst_StageView::chartIsRedrawnAtTheStageSize()
{
    Selection selection;
    selection.setDatabase(m_defence);
    QHash<int, double> plotPixels;
    for (const QSize &size : {QSize(960, 540), QSize(1920, 1080)}) {
        auto view = stage(&selection, size);
        view->setStop(chartStop(QStringLiteral("chart-ukraine-russia")));
        settle();
        SeriesChart *chart = view->chartPage()->chart();
        ChartCanvas *canvas = chart->canvas();
        // The scene drawn through the stage's scale, the chart laid out for the view's size
        // divided by it: every line and label redrawn larger, nothing enlarged.
        QCOMPARE(canvas->scale(), view->stageStyle().figureScale);
        QCOMPARE(canvas->transform().m11(), canvas->scale());
        QVERIFY(std::abs(canvas->chart()->size().width() * canvas->scale() - canvas->width()) <= 2);
        QVERIFY(std::abs(canvas->chart()->size().height() * canvas->scale() - canvas->height()) <= 2);
        QVERIFY(canvas->width() > size.width() * 3 / 4);
        QVERIFY(canvas->height() > size.height() / 3);
        QVERIFY(chart->pointsInChart() > 0);
        plotPixels[size.height()] = chart->canvas()->chart()->plotArea().width() * canvas->scale();
    }
    QVERIFY(plotPixels[1080] > 1.8 * plotPixels[540]);
}

void tst_StageView::chartIsDrawnAsVectors()
{
    // The stage rendered to SVG: the chart's lines are paths and its labels text, no image.
    Selection selection;
    selection.setDatabase(m_defence);
    auto view = stage(&selection, QSize(1600, 900));
    for (const QString &id : {QStringLiteral("chart-ukraine-russia"), QStringLiteral("chart-eurostat-2021-2023")}) {
        view->setStop(chartStop(id));
        settle();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            svg.setSize(view->size());
            svg.setViewBox(QRect(QPoint(), view->size()));
            QPainter painter(&svg);
            view->render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
        }
        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY2(!text.contains(QLatin1String("<image")), qPrintable(id));
        QVERIFY(text.contains(QLatin1String("<path")) || text.contains(QLatin1String("<polyline")));
        QVERIFY(text.contains(QLatin1String("Source:")));
        QVERIFY(text.contains(id.endsWith(QLatin1String("russia")) ? QStringLiteral("2020") : QStringLiteral("Latvia")));
    }
}

void tst_StageView::projectorLookIsHighContrast()
{
    Selection selection;
    selection.setDatabase(m_defence);
    auto view = stage(&selection, QSize(1280, 720));
    view->setStop(chartStop(QStringLiteral("chart-ukraine-russia")));
    settle();
    SeriesChart *chart = view->chartPage()->chart();
    // Normal: the window's palette.
    QCOMPARE(view->palette().color(QPalette::Text), QApplication::palette().color(QPalette::Text));
    const QColor normalColour = chart->seriesColour(0);
    view->setLook(StageView::Look::Projector);
    settle();
    QCOMPARE(view->look(), StageView::Look::Projector);
    const QPalette pal = view->palette();
    QVERIFY(StageStyle::contrast(pal.color(QPalette::Text), pal.color(QPalette::Base)) >= 20);
    QVERIFY(StageStyle::contrast(view->heading()->palette().color(QPalette::WindowText), pal.color(QPalette::Window)) >= 20);
    QVERIFY(StageStyle::contrast(view->sourceLine()->palette().color(QPalette::WindowText), pal.color(QPalette::Base)) >= 4.5);
    for (int s = 0; s < chart->seriesCount(); ++s) {
        QCOMPARE(chart->seriesColour(s), view->stageStyle().seriesColours.at(s));
        QVERIFY(StageStyle::contrast(chart->seriesColour(s), pal.color(QPalette::Base)) >= 4.5);
        QVERIFY(chart->seriesColour(s).hsvSaturation() >= 200); // strong colours
    }
    QCOMPARE(chart->palette().color(QPalette::Base), QColor(Qt::white));
    QVERIFY(!view->stageStyle().seriesColours.contains(pal.color(QPalette::Highlight))); // a highlight no series has
    QVERIFY(chart->seriesColour(0) != normalColour || normalColour == view->stageStyle().seriesColours.first());
    view->setLook(StageView::Look::Normal);
    QCOMPARE(view->palette().color(QPalette::Text), QApplication::palette().color(QPalette::Text));
}

void tst_StageView::aStopWhoseItemIsGoneSaysSo_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("item") << int(PathStop::Kind::Item) << QStringList{QStringLiteral("guarantee-gone")};
    QTest::newRow("chart") << int(PathStop::Kind::Chart) << QStringList{QStringLiteral("chart-gone")};
    QTest::newRow("point") << int(PathStop::Kind::Item) << QStringList{QStringLiteral("eu-defence-fund@No such label")};
    QTest::newRow("compare") << int(PathStop::Kind::Compare)
                             << QStringList{QStringLiteral("scenario-nato-membership"), QStringLiteral("scenario-gone")};
}

void tst_StageView::aStopWhoseItemIsGoneSaysSo()
{
    QFETCH(int, kind);
    QFETCH(QStringList, ids);
    Selection selection;
    selection.setDatabase(m_sample);
    auto view = stage(&selection, QSize(1280, 720));
    PathStop stop;
    stop.kind = PathStop::Kind(kind);
    stop.title = QStringLiteral("Gone");
    if (stop.kind == PathStop::Kind::Compare)
        stop.itemIds = ids;
    else
        stop.itemId = ids.first();
    view->setStop(stop);
    settle();
    QVERIFY(view->isMissing());
    QCOMPARE(view->page(), StageView::Page::Text);
    const QString text = view->textPage()->plainText();
    QVERIFY2(text.contains(QLatin1String("no longer has")), qPrintable(text));
    QVERIFY(text.contains(ids.last()));
    QCOMPARE(view->titleText(), QStringLiteral("Gone"));
    // The next stop shows as ever.
    view->setStop(BriefingPath::defaultPath(m_sample->briefing()).stops.at(1));
    QVERIFY(!view->isMissing());
}

void tst_StageView::eachPaintIsReported()
{
    Selection selection;
    selection.setDatabase(m_defence);
    auto view = stage(&selection, QSize(1280, 720));
    QSignalSpy painted(view.get(), &StageView::stopPainted);
    view->setStop(chartStop(QStringLiteral("chart-eda-totals")));
    QVERIFY(painted.wait(2000));
    const int before = int(painted.size());
    view->setStop(BriefingPath::defaultPath(m_defence->briefing()).stops.first());
    QTRY_VERIFY(painted.size() > before);
}

QTEST_MAIN(tst_StageView)
#include "tst_stageview.moc"
