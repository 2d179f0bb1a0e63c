// SPDX-License-Identifier: MIT
// One chart of ours around QtCharts: a briefing's chart (format 2) of several series, or a
// series on a chart of its own. Lines over a time axis, bars (side by side or stacked), a
// dot plot or a slope chart for categories; the source always under it, a legend where it
// has several series or statuses, a data table beside it, exports. Large series are sliced
// and decimated on every zoom, pan and resize to about two points per pixel column and
// series (serieschartline.cpp), and their lines drawn by us over QtCharts' axes
// (serieslines.h).
#pragma once

#include "charts/chartcanvas.h"
#include "charts/chartspec.h"
#include "charts/serieslines.h"
#include "content/briefing.h"
#include "content/decimator.h"
#include "content/seriesvalues.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <utility>

class QChart;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QLineSeries;
class QMenu;
class QScatterSeries;
class QTreeView;
class QToolButton;
class QAbstractAxis;
class QValueAxis;

namespace bv {

class BriefingDatabase;
class EndLabels;

class BreakMarks;
class CategoryBars;
struct CategoryTable;
class ChartLegend;
class EventTimeIndex;
class ItemMarks;
class PointTableModel;
class Selection;
class SlopeChart;

class SeriesChart final : public QWidget
{
    Q_OBJECT
public:
    SeriesChart(Selection *selection, const EventTimeIndex *events, const ChartSpec &spec, QWidget *parent = nullptr);
    // A series on a chart of its own.
    SeriesChart(Selection *selection, const EventTimeIndex *events, int seriesRow, QWidget *parent = nullptr);
    ~SeriesChart() override;

    const ChartSpec &spec() const { return m_spec; }
    // The same chart (the same id) of the briefing open now, which may be the same briefing in
    // another content language: its title, series, source and note taken from `spec`, its events
    // from `events`, as a chart made anew for them would show. Only a chart not yet loaded (never
    // in view) is reused; false, and nothing changed, for one loaded or of another id.
    bool reuse(const ChartSpec &spec, const EventTimeIndex *events);
    // The chart's id, or its series' id for a series on a chart of its own.
    QString chartId() const { return m_spec.id; }
    const Series &series() const { return m_series.first(); } // the first
    const QVector<Series> &seriesList() const { return m_series; }
    int seriesCount() const { return int(m_series.size()); }
    int indexOfSeries(const QString &seriesId) const; // -1 when not on this chart
    const SeriesValues &values(int series = 0) const
    {
        ensureLoaded();
        return m_values.at(series);
    }
    // Reads the series and builds the chart, once.
    void ensureLoaded() const;
    bool isLoaded() const { return m_loaded; }
    // Its series are being read in the background (SeriesCache::prefetch): the plot says so
    // until ensureLoaded() builds it.
    void setWaiting(bool waiting);
    bool isWaiting() const { return m_waiting; }
    bool isTime() const { return m_spec.isTimeAxis(); }
    bool isShown() const // false when no figure has a source
    {
        ensureLoaded();
        return m_shown;
    }
    // Visible x range in days (time series) or category positions.
    double from() const { return m_from; }
    double to() const { return m_to; }
    void setRange(double from, double to);
    void resetRange();
    // Time charts: the range resetRange() shows (the whole of every series, a little margin).
    std::optional<std::pair<double, double>> ownRange() const;
    // A time chart whose range holds none of its points says so instead of drawing an
    // empty plot, and offers its own period.
    bool isOutOfRange() const { return m_outOfRange; }
    QString outOfRangeText() const;
    QToolButton *ownPeriodButton() const { return m_ownPeriod; }
    int pointsInChart() const; // points currently drawn (time charts) or held
    int plotWidth() const;
    QString sourceText() const;      // of every series
    QString sourceText(int series) const;
    QString csv() const;
    // Writes the chart to `path` as PNG, SVG or PDF ("png", "svg", "pdf"); an error message,
    // or empty on success. `size` 0: the size the chart has on screen.
    QString exportTo(const QString &path, const QString &format, qreal scale, QSize size = QSize()) const;
    void copyImage() const;
    QImage image(qreal scale) const;
    // Keeps the whole chart (title, plot, axis, source caption) within a scroll area's
    // viewport of this height, the plot no lower than a readable minimum; 0: no limit.
    void fitHeight(int viewportHeight);
    // The width of the scroll area's viewport it sits in (0: none): a narrow one puts the
    // "Compare with…" button on a row of its own.
    void fitWidth(int viewportWidth);
    void setEmphasis(bool highlighted, bool faded);
    // On a presentation's stage: the plot drawn `scale` times larger (ChartCanvas::setScale:
    // redrawn, not enlarged), the source caption in a font as much larger, the buttons,
    // table, title and note left out (the stage shows its own heading), and the series in
    // `colours` when given (a projector's strong colours). The plot takes the height it is
    // given; the rows of a category chart share it, each at least a line of its labels
    // high (so that the names stay at the stage's size), and only rows that need more even
    // so are drawn smaller to fit.
    void setPresentation(qreal scale, const QVector<QColor> &colours = {});
    bool isPresentation() const { return m_presentScale > 0; }
    bool isHighlighted() const { return m_highlighted; }
    bool isFaded() const { return m_faded; }
    ChartCanvas *canvas() const { return m_canvas; }
    QTreeView *table() const { return m_table; }
    // The point of a series nearest to `x` (days or position), -1 when empty.
    int nearestPoint(double x, int series = 0) const;
    void selectPoint(int series, int index);
    void selectPoint(int index) { selectPoint(0, index); }
    QString describePoint(int series, int index) const;
    QString describePoint(int index) const { return describePoint(0, index); }
    // Category charts: rows by value, largest first, or in the file's order.
    void setSortByValue(bool byValue);
    bool isSortedByValue() const;
    bool canSort() const;
    CategoryBars *bars() const { return m_bars; }
    // Marks the points and the series that have the user's note or bookmark
    // (serieschartmarks.cpp).
    void setMarks(const ItemMarks *marks);
    QString seriesMarks() const; // the series' own marks beside its title ("✎★"), or empty
    SlopeChart *slope() const { return m_slope; }
    ChartLegend *legend() const { return m_legend; }
    // Time charts: the breaks drawn; the lines of a series as drawn (one per stretch of one
    // status between gaps), and the item that draws them; the hollow markers of its points
    // that are not measured.
    const BreakMarks *breakMarks() const;
    QVector<ChartLine> lines(int series) const;
    SeriesLines *seriesLines() const { return m_seriesLines; }
    // A time chart of several series: their names at the ends of their lines (EndLabels), or,
    // where those would collide, in the legend (null for other charts).
    const EndLabels *endLabels() const { return m_endLabels.get(); }
    QVector<QScatterSeries *> statusMarkers(int series) const;
    QColor seriesColour(int series) const;
    // "Compare with…" (chartcomparison.h): its button and menu (filled as it opens).
    QToolButton *compareButton() const { return m_compare; }
    QMenu *compareMenu() const { return m_compareMenu; }
    bool isCompared(int series) const { return m_spec.isCompared(series); }

signals:
    void rangeChangedByUser(double from, double to);
    void sortChangedByUser(bool byValue);
    void heightChanged(); // horizontal rows took the height they need
    // "Compare with…" chose a series to add, or one to remove (empty: every one added).
    void compareRequested(const QString &seriesId);
    void removeComparisonRequested(const QString &seriesId);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr double msPerDay = 86400000.0; // the date axis counts milliseconds

    // A stretch of one series drawn in one style: the points [begin, end) of one status, the
    // line reaching out to `from` and `to` (the neighbours it joins).
    struct Run
    {
        int begin = 0, end = 0, from = 0, to = 0;
        PointStatus status = PointStatus::Measured;
    };
    struct Lines
    {
        QVector<Run> runs;
        QVector<QScatterSeries *> markers; // hollow, one per status the series has
        QVector<PointStatus> markerStatus;
    };

    static QVector<Series> seriesOf(const Briefing &b, const ChartSpec &spec);
    void followBriefing(); // the selection, while the briefing it was made for is open
    void setUpWidgets();
    void build();
    void buildLine();
    void buildBars();
    void buildSlope();
    void buildLegend();
    void layOutBars();
    void layOutLegend();
    void updateEndLabels();
    void redecimate();
    QVector<Run> runsOf(const SeriesValues &values) const;
    QScatterSeries *addMarkers(int series, PointStatus status);
    void styleLines(int series);
    void updateTimeTicks(int columns);
    void updateBreakMarks();
    void updateOutOfRange(bool outOfRange);
    // Where a time point of day `x` (its period's first day) is drawn: the middle of its
    // period, a year's for '2014'; and the point drawn nearest to `ms`.
    double drawnDay(int series, double x) const;
    int pointDrawnAt(int series, double ms) const;
    void updateMarkers();
    void updateCurrentPoint();
    void updateItemMarks();
    void updateCanvasHeight();
    void updateHeaderDirection();
    void updateButtonRows();
    void fitPresentation();
    void fitCaption(); // a stage's long source caption set smaller, to a quarter of the height
    void applyPalette();
    void applyFonts();
    // The canvas's accessible description: the chart, then its current point; screen readers
    // hear of each change (DescriptionChanged).
    void updateCanvasDescription();
    void retranslate();
    QString pointText(int series, int index) const; // "Period: value unit" and its status
    void paintExport(QPainter &painter, const QSize &size) const;
    QSize exportSize() const;
    QString exportCaption() const;
    void chooseExport(const QString &format, qreal scale);

    Selection *m_selection;
    const EventTimeIndex *m_events;
    ChartSpec m_spec;
    QVector<Series> m_series;
    QVector<SeriesValues> m_values;
    QVector<std::shared_ptr<const SeriesValues>> m_held; // the cache's, shared while shown
    std::unique_ptr<CategoryTable> m_categories;
    QChart *m_chart;
    ChartCanvas *m_canvas;
    QVector<Lines> m_lines; // time charts: by series
    QLineSeries *m_anchor = nullptr;       // time charts: empty, it holds the axes' mapping
    SeriesLines *m_seriesLines = nullptr; // time charts: the lines, drawn by us
    std::unique_ptr<EndLabels> m_endLabels;
    QVector<std::optional<QPointF>> m_lineEnds; // each series' last point in view (values)
    std::weak_ptr<const BriefingDatabase> m_madeFor; // the briefing whose rows and events it shows
    bool m_namesAtEnds = false; // the series' names at their lines' ends, not in the legend
    int m_rightMargin = 4;
    bool m_endLabelsQueued = false;
    std::unique_ptr<BreakMarks> m_breaks;
    QAbstractAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QBoxLayout *m_header; // title beside the buttons, or above them in a narrow chart
    QHBoxLayout *m_buttons = nullptr, *m_moreButtons = nullptr; // the second row in a narrow one
    QLabel *m_title;
    QLabel *m_caption;
    QLabel *m_description;
    QLabel *m_notShown;
    QWidget *m_outOfRangeBox;
    QLabel *m_outOfRangeLabel;
    QToolButton *m_ownPeriod;
    QToolButton *m_sort;
    QToolButton *m_tableButton;
    QToolButton *m_copyCsv;
    QToolButton *m_export;
    QToolButton *m_compare;
    QMenu *m_compareMenu;
    QTreeView *m_table;
    PointTableModel *m_tableModel;
    ChartLegend *m_legend = nullptr;
    double m_from = 0, m_to = 1;
    bool m_shown = true;
    bool m_loaded = false;
    bool m_waiting = false;
    QString m_baseDescription;  // what the chart is, for screen readers
    QString m_currentPointText; // the current data point, when it is on this chart
    bool m_rangeSet = false; // a range was given before the chart was loaded
    bool m_outOfRange = false;
    bool m_highlighted = false, m_faded = false;
    int m_decimatedWidth = 0;
    int m_legendHeight = 0;
    QVector<double> m_tickBoundaries; // of the time axis, in milliseconds
    int m_viewportHeight = 0;
    int m_viewportWidth = 0;
    CategoryBars *m_bars = nullptr;
    SlopeChart *m_slope = nullptr;
    const ItemMarks *m_marks = nullptr;
    QLabel *m_marksLabel = nullptr; // the series' own marks, beside the title
    int m_barsHeight = 0; // the canvas height horizontal rows need, 0 for vertical bars
    qreal m_presentScale = 0; // > 0 on a presentation's stage
    QVector<QColor> m_presentColours;
    int m_fitSteps = 0; // scale changes made to fit rows since the last resize
};

} // namespace bv
