// SPDX-License-Identifier: MIT
// The lines of a time chart as we draw them (SeriesLines) on a chart of ten series of 3,000
// daily points, each in a band of its own: every series drawn after a zoom, in its colour,
// decimated, with no point handed to QtCharts; a real pointer over a drawn point tells that
// point (series, period, value, source), a click selects it, a click beside the lines
// selects nothing; SVG keeps each line a vector polyline.
#include "charts/chartcanvas.h"
#include "charts/chartspec.h"
#include "charts/serieschart.h"
#include "charts/serieslines.h"
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "file/sqliteconnection.h"
#include "models/selection.h"

#include <QChart>
#include <QDate>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QXYSeries>

#include <cmath>
#include <memory>

using namespace bv;

namespace {
constexpr int seriesCount = 10, pointCount = 3000;
constexpr double msPerDay = 86400000.0;

// Series s: 3,000 days from 2000-01-01, values s × 100 + 0..19, so that no two lines meet.
QString tenSeries()
{
    QString sql;
    for (int s = 0; s < seriesCount; ++s)
        sql += QStringLiteral("INSERT INTO series (id, name, unit, kind) VALUES ('multi-%1', 'Multi %1', 'units', 'time');").arg(s);
    sql += QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1),"
                          " s(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM s WHERE k < %2)"
                          " INSERT INTO point (series_id, position, label, value, source_id)"
                          " SELECT 'multi-' || k, i, date('2000-01-01', '+' || i || ' days'), k * 100 + (i * 7) % 20,"
                          " 'source-article' FROM n, s;")
               .arg(pointCount - 1)
               .arg(seriesCount - 1);
    return sql;
}
} // namespace

class tst_SeriesLines : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everySeriesIsDrawnAfterAZoom();
    void hoveringAPointTellsWhatItIs();
    void clickingAPointSelectsItAndBesideNothing();
    void svgKeepsEachLineAVector();

private:
    // The point of `series` drawn in the middle of its first line, and where it is on the
    // canvas's viewport (mapped by QtCharts, not by the lines' own mapping).
    QPointF middlePoint(int series) const;
    QPoint onViewport(const QPointF &value) const;
    // The pointer moved over the canvas's viewport at `at`, no button down, as the window
    // system reports it (QTest's widget overload moves QCursor, whose offscreen position
    // misses a window's frame).
    void pointTo(const QPoint &at) const;
    // Until QtCharts has laid the chart out anew (it does so on a posted event).
    void settle() const;

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<BriefingDatabase> m_database;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<SeriesChart> m_chart;
};

void tst_SeriesLines::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("ten.briefing"));
    QVERIFY(BriefingWriter::writeSample(m_path, true).ok());
    SqliteConnection c;
    QVERIFY(c.open(m_path, SqliteConnection::Mode::ReadWrite));
    QVERIFY(c.execScript(tenSeries()));
}

void tst_SeriesLines::init()
{
    OpenError error;
    m_database = BriefingDatabase::open(m_path, &error);
    QVERIFY2(m_database, qPrintable(error.message));
    m_selection = std::make_unique<Selection>();
    m_selection->setDatabase(m_database);
    ChartSpec spec;
    spec.id = QStringLiteral("ten-series");
    spec.title = QStringLiteral("Ten series");
    spec.kind = Chart::Kind::Line;
    spec.isChartItem = true;
    spec.drawing = ChartSpec::Drawing::Lines;
    const Briefing &b = m_database->briefing();
    for (int s = 0; s < seriesCount; ++s) {
        for (int row = 0; row < b.series.size(); ++row) {
            if (b.series.at(row).id == QStringLiteral("multi-%1").arg(s))
                spec.seriesRows << row;
        }
    }
    QCOMPARE(spec.seriesRows.size(), seriesCount);
    m_chart = std::make_unique<SeriesChart>(m_selection.get(), nullptr, spec);
    m_chart->resize(1000, 700);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    m_chart->ensureLoaded();
    QTRY_VERIFY(m_chart->plotWidth() > 500 && m_chart->canvas()->chart()->plotArea().height() > 200);
    QCOMPARE(m_chart->values(9).size(), pointCount);
    settle();
}

void tst_SeriesLines::cleanup()
{
    QToolTip::hideText();
    m_chart.reset();
    m_selection.reset();
    m_database.reset();
}

QPointF tst_SeriesLines::middlePoint(int series) const
{
    const ChartLine line = m_chart->lines(series).value(0);
    return line.points.value(line.count() / 2);
}

QPoint tst_SeriesLines::onViewport(const QPointF &value) const
{
    QChart *chart = m_chart->canvas()->chart();
    return m_chart->canvas()->mapFromScene(chart->mapToPosition(value, chart->series().value(0)));
}

void tst_SeriesLines::settle() const
{
    QRectF last;
    for (int i = 0, same = 0; i < 50 && same < 3; ++i) {
        QTest::qWait(10);
        const QRectF plot = m_chart->canvas()->chart()->plotArea();
        same = plot == last ? same + 1 : 0;
        last = plot;
    }
}

void tst_SeriesLines::pointTo(const QPoint &at) const
{
    QTest::mouseMove(m_chart->windowHandle(), m_chart->canvas()->viewport()->mapTo(m_chart.get(), at));
}

void tst_SeriesLines::everySeriesIsDrawnAfterAZoom()
{
    ChartCanvas *canvas = m_chart->canvas();
    const double span = m_chart->to() - m_chart->from();
    // Zoomed in with the keys, three times (1.5 each).
    canvas->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(canvas, Qt::Key_Plus);
    settle();
    QVERIFY(std::abs((m_chart->to() - m_chart->from()) - span / 3.375) < 1);
    const int columns = m_chart->plotWidth();
    for (int s = 0; s < seriesCount; ++s) {
        const QVector<ChartLine> lines = m_chart->lines(s);
        QCOMPARE(lines.size(), 1);
        const ChartLine &line = lines.first();
        // Decimated for the visible range: about 890 days in view, at most two points a column.
        QVERIFY2(line.count() > 100 && line.count() <= 2 * columns + 2, qPrintable(QString::number(line.count())));
        QVERIFY(line.points.first().x() <= m_chart->from() * msPerDay);
        QVERIFY(line.points.last().x() >= m_chart->to() * msPerDay);
        QCOMPARE(line.pen.color(), m_chart->seriesColour(s));
        QCOMPARE(line.pen.style(), Qt::SolidLine);
        QVERIFY(!line.pointsVisible); // a day a pixel or less: too close to mark
    }
    // QtCharts holds no point of them: it draws the axes only.
    for (QAbstractSeries *series : canvas->chart()->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(series))
            QCOMPARE(xy->count(), 0);
    }
    QCOMPARE(m_chart->pointsInChart(), m_chart->seriesLines()->pointCount());
    // As drawn: every series' colour inked in the plot, each in its own band.
    const QImage image = canvas->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QRect plot = canvas->mapFromScene(canvas->chart()->plotArea()).boundingRect();
    for (int s = 0; s < seriesCount; ++s) {
        const QColor colour = m_chart->seriesColour(s);
        const int top = onViewport(QPointF(0, s * 100 + 25)).y(), bottom = onViewport(QPointF(0, s * 100 - 6)).y();
        int inked = 0, outside = 0;
        for (int y = plot.top(); y <= plot.bottom(); ++y) {
            for (int x = plot.left(); x <= plot.right(); ++x) {
                if (image.pixel(x, y) == colour.rgb())
                    (y >= top && y <= bottom ? inked : outside) += 1;
            }
        }
        QVERIFY2(inked >= plot.width(), qPrintable(QStringLiteral("series %1: %2 pixels").arg(s).arg(inked)));
        QCOMPARE(outside, 0);
    }
}

void tst_SeriesLines::hoveringAPointTellsWhatItIs()
{
    ChartCanvas *canvas = m_chart->canvas();
    // Zoomed in far enough that each point has pixels of its own.
    m_chart->setRange(m_chart->from(), m_chart->from() + 200);
    settle();
    const QPointF point = middlePoint(6);
    const QPoint at = onViewport(point);
    QVERIFY(canvas->viewport()->rect().contains(at));
    pointTo(at);
    QTRY_VERIFY(QToolTip::isVisible());
    const QDate date = QDate(1970, 1, 1).addDays(qint64(std::lround(point.x() / msPerDay)));
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(QStringLiteral(">Multi 6\n%1: %2 units\nSource: ").arg(date.toString(Qt::ISODate)).arg(point.y())),
             qPrintable(text));
    // Two pixels off the line is still on it.
    pointTo(at + QPoint(0, 2));
    QVERIFY(QToolTip::text().contains(QStringLiteral(">Multi 6\n")));
    // Between two bands, on no line: the tip goes.
    pointTo(onViewport(QPointF(point.x(), 6 * 100 + 60)));
    QTRY_VERIFY(!QToolTip::isVisible());
    // The lines' own search finds the same.
    const auto hit = m_chart->seriesLines()->hitAt(canvas->mapToScene(at));
    QVERIFY(hit);
    QCOMPARE(hit->series, 6);
    QCOMPARE(hit->value, point);
    QVERIFY(!m_chart->seriesLines()->hitAt(canvas->mapToScene(onViewport(QPointF(point.x(), 6 * 100 + 60)))));
}

void tst_SeriesLines::clickingAPointSelectsItAndBesideNothing()
{
    ChartCanvas *canvas = m_chart->canvas();
    // Zoomed in far enough that each point has pixels of its own.
    m_chart->setRange(m_chart->from(), m_chart->from() + 200);
    settle();
    const QPointF point = middlePoint(2);
    const QDate date = QDate(1970, 1, 1).addDays(qint64(std::lround(point.x() / msPerDay)));
    const QString id = Briefing::pointId(QStringLiteral("multi-2"), date.toString(Qt::ISODate));
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, onViewport(point));
    QCOMPARE(m_selection->currentId(), id);
    QCOMPARE(canvas->currentPoint(), std::optional<QPointF>(point)); // ringed
    // A click between the bands selects nothing else.
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, onViewport(QPointF(point.x(), 4 * 100 + 60)));
    QCOMPARE(m_selection->currentId(), id);
    // The top series, at the right end of the view.
    const ChartLine top = m_chart->lines(9).value(0);
    const QPointF right = top.points.at(top.count() - 3);
    QTest::mouseClick(canvas->viewport(), Qt::LeftButton, Qt::NoModifier, onViewport(right));
    const QDate rightDate = QDate(1970, 1, 1).addDays(qint64(std::lround(right.x() / msPerDay)));
    QCOMPARE(m_selection->currentId(), Briefing::pointId(QStringLiteral("multi-9"), rightDate.toString(Qt::ISODate)));
}

void tst_SeriesLines::svgKeepsEachLineAVector()
{
    const QString svg = m_dir.filePath(QStringLiteral("ten.svg"));
    QVERIFY2(m_chart->exportTo(svg, QStringLiteral("svg"), 1).isEmpty(), "export failed");
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // One polyline of all its points a series (QtCharts wrote an element a segment), and the
    // text as text.
    int lines = 0;
    const QRegularExpression polyline(QStringLiteral("<polyline[^>]*points=\"([^\"]*)\""));
    for (auto match = polyline.globalMatch(text); match.hasNext();)
        lines += match.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 500;
    QCOMPARE(lines, seriesCount);
    QVERIFY(!text.contains(QStringLiteral("<image")));
    QVERIFY(text.contains(QStringLiteral("Ten series")));
}

QTEST_MAIN(tst_SeriesLines)
#include "tst_serieslines.moc"
