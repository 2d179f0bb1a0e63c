// SPDX-License-Identifier: MIT
// The presentation's stage: one stop of a briefing path, shown live from the briefing and
// sized for the screen it fills: the overview, an item card, a chart redrawn at the stage's
// size, the timeline over a period in chosen lanes, or two or three scenarios side by side,
// the stop's title above and the sources of its figures under them. Type and lines grow
// with the stage's height so they read from the back of a room; the projector look is high
// contrast. The stage has a Selection of its own (its highlight), so the window's current
// item never moves with it. The show's windows and console, and the export, are built on it.
#pragma once

#include "content/briefingpath.h"
#include "present/stagestyle.h"

#include <QWidget>

class QLabel;
class QStackedWidget;

namespace bv {

class Selection;
class StageChart;
class StageCompare;
class StageText;
class StageTimeline;

class StageView : public QWidget
{
    Q_OBJECT
public:
    enum class Look { Normal, Projector }; // projector = high contrast
    enum class Page { Text, Chart, Timeline, Compare };

    // Reads `selection`'s briefing (and follows it when another opens); never selects in it.
    explicit StageView(Selection *selection, QWidget *parent = nullptr);
    ~StageView() override;

    // Shows the stop, live from the briefing; resets the period and highlight to the stop's.
    void setStop(const PathStop &stop);
    const PathStop &stop() const { return m_stop; }
    void setLook(Look look);
    Look look() const { return m_look; }
    // Chart and timeline stops: the period shown (days, as TimeRange uses) and the
    // highlighted id, so a console can drive the stage live (zoom, pan, highlight).
    void setViewRange(double from, double to);
    void setHighlight(const QString &id);
    double viewFrom() const;
    double viewTo() const;
    QString highlight() const { return m_highlight; }

    // What is shown, for the export and tests.
    Page page() const;
    bool isMissing() const { return m_missing; } // the stop's item is gone: a notice instead
    QString titleText() const;
    // The citations of the sources of the stop's figures, as written under them.
    QStringList sources() const { return m_sources; }
    const StageStyle &stageStyle() const { return m_style; }
    StageChart *chartPage() const { return m_chart; }
    StageTimeline *timelinePage() const { return m_timeline; }
    StageText *textPage() const { return m_text; }
    StageCompare *comparePage() const { return m_compare; }
    QLabel *heading() const { return m_heading; }
    QLabel *sourceLine() const { return m_sourceLine; }
    Selection *stageSelection() const { return m_own; }
    // A stop's period bound ('2014', '2022-Q1', '2022-03', '2022-03-01') as days: the first
    // day of its period, or the day after its last with `end`. NaN when not a date.
    static double dayOf(const QString &bound, bool end);

signals:
    void viewRangeChanged(double from, double to); // the user zoomed/panned on this view
    void highlightChanged(const QString &id);
    void stopPainted(); // after each paint of the stop (for benches)

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void briefingChanged();
    void showStop();
    void applyStyle();
    void applyRange();
    void ownCurrentChanged(const QString &id);
    void setSources(const QStringList &citations, bool underPage);

    Selection *m_selection;
    Selection *m_own;
    PathStop m_stop;
    Look m_look = Look::Normal;
    StageStyle m_style;
    QLabel *m_heading;
    QStackedWidget *m_pages;
    StageText *m_text;
    StageChart *m_chart;
    StageTimeline *m_timeline;
    StageCompare *m_compare;
    QLabel *m_sourceLine;
    QStringList m_sources;
    QString m_highlight;
    bool m_missing = false;
    bool m_paintPending = false;
    bool m_applyingStyle = false;
};

} // namespace bv
