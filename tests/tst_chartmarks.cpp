// SPDX-License-Identifier: MIT
// The user's notes and bookmarks on the charts, as the lists and the timeline show them: a
// bar (category chart) or a point (time chart) with a note shows ✎, with a bookmark ★, drawn
// on the chart; a series with a note shows the mark beside its title. Checked on the marks
// the canvas draws and on its pixels.
#include "chartbriefing.h"
#include "charts/categorybars.h"
#include "charts/chartcanvas.h"
#include "charts/chartpanel.h"
#include "charts/serieschart.h"
#include "file/briefingdatabase.h"
#include "library/userlibrary.h"
#include "models/itemmarks.h"
#include "models/selection.h"
#include "models/timerange.h"

#include <QAbstractBarSeries>
#include <QChart>
#include <QImage>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

namespace {

// The canvas' pixels inside a mark's box.
QImage markPixels(ChartCanvas *canvas, const ChartCanvas::ItemMark &mark)
{
    const QRect box = canvas->mapFromScene(canvas->itemMarkRect(mark)).boundingRect();
    return canvas->viewport()->grab(box).toImage();
}

} // namespace

class tst_ChartMarks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aNotedBarShowsTheNoteMark();
    void aNotedPointOfATimeChartShowsItsMark();
    void aNotedSeriesShowsTheMarkBesideItsTitle();

private:
    SeriesChart *loaded(const QString &seriesId);

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<BriefingDatabase> m_database;
    std::unique_ptr<UserLibrary> m_library;
    std::unique_ptr<ItemMarks> m_marks;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<TimeRange> m_range;
    std::unique_ptr<ChartPanel> m_panel;
    int m_round = 0;
};

void tst_ChartMarks::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_chartmarks"));
    QSettings().remove(QStringLiteral("charts/sortByValue"));
    m_path = m_dir.filePath(QStringLiteral("members.briefing"));
    QVERIFY(test::writeChartBriefing(m_path, 5)); // few categories: vertical bars in a wide panel
}

void tst_ChartMarks::init()
{
    OpenError error;
    m_database = BriefingDatabase::open(m_path, &error);
    QVERIFY2(m_database, qPrintable(error.message));
    m_library = std::make_unique<UserLibrary>();
    QCOMPARE(m_library->open(m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_round))), Library::State::Ready);
    m_marks = std::make_unique<ItemMarks>(m_library.get());
    m_selection = std::make_unique<Selection>();
    m_range = std::make_unique<TimeRange>();
    m_selection->setDatabase(m_database);
    m_library->setBriefing(m_database);
    m_panel = std::make_unique<ChartPanel>(m_selection.get(), m_range.get());
    m_panel->setMarks(m_marks.get());
    m_panel->resize(1400, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_ChartMarks::cleanup()
{
    m_panel.reset();
    m_selection.reset();
    m_marks.reset();
    m_library.reset();
}

SeriesChart *tst_ChartMarks::loaded(const QString &seriesId)
{
    SeriesChart *chart = m_panel->chart(seriesId);
    if (!chart)
        return nullptr;
    chart->ensureLoaded();
    m_panel->findChild<QScrollArea *>()->ensureWidgetVisible(chart, 0, 0);
    QTest::qWait(50); // the bars are laid out once the canvas has its width
    return chart->canvas()->chart()->plotArea().width() > 50 ? chart : nullptr;
}

void tst_ChartMarks::aNotedBarShowsTheNoteMark()
{
    SeriesChart *chart = loaded(QStringLiteral("members"));
    QVERIFY(chart);
    QVERIFY(chart->bars() && !chart->bars()->isHorizontal());
    QVERIFY(chart->canvas()->itemMarks().isEmpty());
    // The user clicks the bar of category 3 (its middle), then writes a note on it.
    QChart *qchart = chart->canvas()->chart();
    auto *bars = qobject_cast<QAbstractBarSeries *>(qchart->series().value(0));
    const QPointF middle = qchart->mapToPosition(QPointF(3, chart->values().y.at(3) / 2), bars);
    QTest::mouseClick(chart->canvas()->viewport(), Qt::LeftButton, Qt::NoModifier, chart->canvas()->mapFromScene(middle));
    const QString point = Briefing::pointId(QStringLiteral("members"), test::memberLabel(3));
    QCOMPARE(m_selection->currentId(), point);
    m_selection->select(QStringLiteral("faq-markdown")); // the ring leaves the bar: only the mark differs
    const QImage before = chart->canvas()->viewport()->grab().toImage();
    QVERIFY(m_library->saveNote(point, QStringLiteral("Ask where this figure comes from.")));

    QCOMPARE(chart->canvas()->itemMarks().size(), 1);
    const ChartCanvas::ItemMark mark = chart->canvas()->itemMarks().first();
    QCOMPARE(mark.glyphs, QStringLiteral("✎"));
    // Drawn inside the top of its own bar, within the plot, clear of the current point's ring.
    const QRectF box = chart->canvas()->itemMarkRect(mark);
    const QPointF top = qchart->mapToPosition(QPointF(3, chart->values().y.at(3)), bars);
    QVERIFY(qAbs(box.center().x() - top.x()) < 1);
    QVERIFY2(box.top() >= top.y() + 10 && box.bottom() < qchart->plotArea().bottom(),
             qPrintable(QStringLiteral("mark %1..%2, bar top %3").arg(box.top()).arg(box.bottom()).arg(top.y())));
    QTRY_VERIFY(markPixels(chart->canvas(), mark) != before.copy(chart->canvas()->mapFromScene(box).boundingRect()));

    // Bookmarked too: both marks; the note deleted: the bookmark's alone; neither: no mark.
    QVERIFY(m_library->toggleBookmark(point));
    QCOMPARE(chart->canvas()->itemMarks().first().glyphs, QStringLiteral("✎★"));
    QVERIFY(m_library->saveNote(point, QString()));
    QCOMPARE(chart->canvas()->itemMarks().first().glyphs, QStringLiteral("★"));
    QVERIFY(m_library->toggleBookmark(point));
    QVERIFY(chart->canvas()->itemMarks().isEmpty());
    QTRY_COMPARE(chart->canvas()->viewport()->grab().toImage(), before);

    // Sorted by value, the mark follows its bar.
    QVERIFY(m_library->saveNote(point, QStringLiteral("Again.")));
    chart->setSortByValue(true);
    const QPointF moved = chart->bars()->chartPoint(3);
    QCOMPARE(chart->canvas()->itemMarks().first().point, moved);
    chart->setSortByValue(false);

    // In a narrow panel the bars turn horizontal: the mark is inside the end of its bar.
    m_panel->resize(380, 500);
    QTRY_VERIFY(chart->bars()->isHorizontal());
    QTRY_COMPARE(chart->canvas()->itemMarks().first().point, chart->bars()->chartPoint(3));
    const QRectF across = chart->canvas()->itemMarkRect(chart->canvas()->itemMarks().first());
    const QPointF end = qchart->mapToPosition(chart->bars()->chartPoint(3), qchart->series().value(0));
    QVERIFY(qAbs(across.center().y() - end.y()) < 1);
    QVERIFY2(across.right() <= end.x() - 10 && across.left() > qchart->plotArea().left(),
             qPrintable(QStringLiteral("mark %1..%2, bar end %3").arg(across.left()).arg(across.right()).arg(end.x())));
}

void tst_ChartMarks::aNotedPointOfATimeChartShowsItsMark()
{
    SeriesChart *chart = loaded(QStringLiteral("sparse"));
    QVERIFY(chart && chart->isTime());
    const QString point = Briefing::pointId(QStringLiteral("sparse"), QStringLiteral("2019"));
    const QImage before = chart->canvas()->viewport()->grab().toImage();
    QVERIFY(m_library->saveNote(point, QStringLiteral("Why the jump?")));
    QCOMPARE(chart->canvas()->itemMarks().size(), 1);
    const ChartCanvas::ItemMark mark = chart->canvas()->itemMarks().first();
    QCOMPARE(mark.glyphs, QStringLiteral("✎"));
    // Above the point drawn for 2019 (the middle of its year).
    const QPointF drawn = chart->canvas()->chart()->mapToPosition(mark.point);
    QCOMPARE(mark.point.y(), 11.0);
    const QRectF box = chart->canvas()->itemMarkRect(mark);
    QVERIFY(qAbs(box.center().x() - drawn.x()) < 1);
    QVERIFY(box.bottom() < drawn.y() - 10); // clear of the current point's ring
    QVERIFY(chart->canvas()->chart()->plotArea().contains(box.center()));
    QTRY_VERIFY(markPixels(chart->canvas(), mark) != before.copy(chart->canvas()->mapFromScene(box).boundingRect()));
    // The other points have no mark; a note on a point the series does not have draws none.
    Note stray;
    stray.briefingId = m_database->briefing().metadata.id;
    stray.itemId = Briefing::pointId(QStringLiteral("sparse"), QStringLiteral("2016"));
    stray.text = QStringLiteral("On a year without a figure.");
    QVERIFY(m_library->store().saveNote(&stray));
    m_library->setBriefing(m_database); // read again, as when the briefing is opened
    QCOMPARE(chart->canvas()->itemMarks().size(), 1);
}

void tst_ChartMarks::aNotedSeriesShowsTheMarkBesideItsTitle()
{
    SeriesChart *chart = loaded(QStringLiteral("members"));
    QVERIFY(chart);
    auto *label = chart->findChild<QLabel *>(QStringLiteral("seriesMarks"));
    QVERIFY(label);
    QVERIFY(!label->isVisible());
    QVERIFY(m_library->saveNote(QStringLiteral("members"), QStringLiteral("The whole series: check the year.")));
    QCOMPARE(chart->seriesMarks(), QStringLiteral("✎"));
    QVERIFY(label->isVisible());
    QVERIFY(chart->canvas()->itemMarks().isEmpty()); // no point is noted
    QVERIFY(m_library->toggleBookmark(QStringLiteral("members")));
    QCOMPARE(chart->seriesMarks(), QStringLiteral("✎★"));
    QCOMPARE(m_panel->chart(QStringLiteral("sparse"))->seriesMarks(), QString());
}

QTEST_MAIN(tst_ChartMarks)
#include "tst_chartmarks.moc"
