// SPDX-License-Identifier: MIT
// One data series as a chart of ours around QtCharts: a line for a time series, bars for
// categories, its source always under it, a data table beside it, exports. Large series are
// sliced and decimated on every zoom, pan and resize, so QtCharts never holds more than
// about four points per pixel column (serieschartline.cpp).
#pragma once

#include "content/briefing.h"
#include "charts/chartcanvas.h"
#include "content/decimator.h"
#include "content/seriesvalues.h"

#include <QWidget>

#include <memory>

class QChart;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QLineSeries;
class QTreeView;
class QToolButton;
class QAbstractAxis;
class QValueAxis;

namespace bv {

class CategoryBars;
class EventTimeIndex;
class ItemMarks;
class PointTableModel;
class Selection;

class SeriesChart final : public QWidget
{
    Q_OBJECT
public:
    SeriesChart(Selection *selection, const EventTimeIndex *events, int seriesRow, QWidget *parent = nullptr);
    ~SeriesChart() override;

    const Series &series() const { return m_series; }
    const SeriesValues &values() const
    {
        ensureLoaded();
        return m_values;
    }
    // Reads the series and builds the chart, once.
    void ensureLoaded() const;
    bool isLoaded() const { return m_loaded; }
    bool isTime() const { return m_series.kind == Series::Kind::Time; }
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
    int pointsInChart() const; // points currently handed to QtCharts
    int plotWidth() const;
    QString sourceText() const;
    QString csv() const;
    QString exportTo(const QString &path, const QString &format, qreal scale) const;
    void copyImage() const;
    QImage image(qreal scale) const;
    // Keeps the whole chart (title, plot, axis, source caption) within a scroll area's
    // viewport of this height, the plot no lower than a readable minimum; 0: no limit.
    void fitHeight(int viewportHeight);
    void setEmphasis(bool highlighted, bool faded);
    bool isHighlighted() const { return m_highlighted; }
    bool isFaded() const { return m_faded; }
    ChartCanvas *canvas() const { return m_canvas; }
    QTreeView *table() const { return m_table; }
    // The point of the data nearest to `x` (days or position), -1 when empty.
    int nearestPoint(double x) const;
    void selectPoint(int index);
    QString describePoint(int index) const;
    // Category charts: bars by value, largest first, or in the file's order.
    void setSortByValue(bool byValue);
    bool isSortedByValue() const;
    CategoryBars *bars() const { return m_bars; }
    // Marks the points and the series that have the user's note or bookmark
    // (serieschartmarks.cpp).
    void setMarks(const ItemMarks *marks);
    QString seriesMarks() const; // the series' own marks beside its title ("✎★"), or empty

signals:
    void rangeChangedByUser(double from, double to);
    void sortChangedByUser(bool byValue);
    void heightChanged(); // horizontal bars took the height their rows need

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr double msPerDay = 86400000.0; // the date axis counts milliseconds

    void build();
    void buildLine();
    void buildBars();
    void layOutBars();
    int categoryOf(const QString &title) const; // -1 when no category has this name
    void redecimate();
    void updateTimeTicks(int columns);
    // Where a time point of day `x` (its period's first day) is drawn: the middle of its
    // period, a year's for '2014'; and the point drawn nearest to `ms`.
    double drawnDay(double x) const;
    int pointDrawnAt(double ms) const;
    void updateMarkers();
    void updateCurrentPoint();
    void updateItemMarks();
    void updateCanvasHeight();
    void applyPalette();
    void retranslate();
    void paintExport(QPainter &painter, const QSize &size) const;
    void chooseExport(const QString &format, qreal scale);

    Selection *m_selection;
    const EventTimeIndex *m_events;
    Series m_series;
    SeriesValues m_values;
    QChart *m_chart;
    ChartCanvas *m_canvas;
    QVector<QLineSeries *> m_segments;
    QAbstractAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QBoxLayout *m_header; // title beside the buttons, or above them in a narrow chart
    QLabel *m_title;
    QLabel *m_caption;
    QLabel *m_description;
    QLabel *m_notShown;
    QToolButton *m_sort;
    QToolButton *m_tableButton;
    QToolButton *m_copyCsv;
    QToolButton *m_export;
    QTreeView *m_table;
    PointTableModel *m_tableModel;
    double m_from = 0, m_to = 1;
    bool m_shown = true;
    bool m_loaded = false;
    bool m_rangeSet = false; // a range was given before the chart was loaded
    bool m_highlighted = false, m_faded = false;
    DecimatedSeries m_decimated;
    int m_decimatedWidth = 0;
    QVector<double> m_tickBoundaries; // of the time axis, in milliseconds
    int m_viewportHeight = 0;
    CategoryBars *m_bars = nullptr;
    int m_barsHeight = 0; // the canvas height horizontal bars need, 0 for vertical bars
    const ItemMarks *m_marks = nullptr;
    QLabel *m_marksLabel = nullptr; // the series' own marks, beside the title
};

} // namespace bv
