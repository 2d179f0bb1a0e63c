// SPDX-License-Identifier: MIT
// SeriesChart's words and colours: title, source caption, note, legend, accessible texts,
// the palette (light or dark, faded or standing out) and the series' colours; the rows its
// buttons take.
#include "charts/serieschart.h"
#include "charts/endlabels.h"

#include "charts/breakmarks.h"
#include "charts/categorybars.h"
#include "charts/chartcomparison.h"
#include "charts/chartlegend.h"
#include "charts/slopechart.h"
#include "common/viewcolours.h"
#include "content/eventtimeindex.h"
#include "file/briefingdatabase.h"
#include "models/pointtablemodel.h"
#include "models/selection.h"

#include <QAccessible>
#include <QBoxLayout>
#include <QChart>
#include <QApplication>
#include <QEvent>
#include <QFontInfo>
#include <QLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QValueAxis>

#include <cmath>

namespace bv {

namespace {
constexpr char fullCaptionProperty[] = "bvFullCaption"; // the caption before a small stage shortened it
} // namespace

QVector<Series> SeriesChart::seriesOf(const Briefing &b, const ChartSpec &spec)
{
    QVector<Series> series;
    for (int row : spec.seriesRows) {
        series.append(b.series.at(row));
        if (spec.comparedRows.contains(row)) // said wherever its name is: legend, table, CSV, hover
            series.last().name = ChartComparison::addedName(series.last().name);
    }
    return series;
}

void SeriesChart::followBriefing()
{
    connect(m_selection, &Selection::currentChanged, this, &SeriesChart::updateMarkers);
    connect(m_selection, &Selection::currentChanged, this, &SeriesChart::updateCurrentPoint);
    // Made for one briefing: once another is open its rows and events mean nothing here, and
    // the chart follows the selection no more until whoever holds it replaces or reuses it.
    connect(m_selection, &Selection::databaseChanged, this, [this, madeFor = m_selection->database().get()] {
        if (m_selection->database().get() == madeFor)
            return;
        disconnect(m_selection, &Selection::currentChanged, this, nullptr);
        m_events = nullptr;
    });
}

bool SeriesChart::reuse(const ChartSpec &spec, const EventTimeIndex *events)
{
    const auto database = m_selection->database();
    if (m_loaded || spec.id != m_spec.id || !database)
        return false;
    // Nothing of the chart is built before it is loaded: only what it says changes, and what
    // a chart made anew starts with (no period of its own yet, not waiting for its series).
    disconnect(m_selection, &Selection::currentChanged, this, nullptr);
    disconnect(m_selection, &Selection::databaseChanged, this, nullptr);
    m_spec = spec;
    m_series = seriesOf(database->briefing(), spec);
    m_values = QVector<SeriesValues>(m_series.size());
    m_held.clear();
    m_tableModel->setSeries(m_series);
    m_events = events;
    m_madeFor = database;
    m_from = 0;
    m_to = 1;
    m_rangeSet = false;
    setWaiting(false);
    followBriefing();
    retranslate();
    return true;
}

QColor SeriesChart::seriesColour(int series) const
{
    QColor colour = m_presentColours.isEmpty() ? ViewColours::series(series, palette())
                                               : m_presentColours.at(series % m_presentColours.size());
    if (m_faded)
        colour.setAlpha(70);
    return colour;
}

void SeriesChart::buildLegend()
{
    if (!m_legend)
        return;
    using Shape = ChartLegend::Shape;
    const Shape shape = m_spec.drawing == ChartSpec::Drawing::Lines || m_spec.drawing == ChartSpec::Drawing::Slope ? Shape::Line
                        : m_spec.drawing == ChartSpec::Drawing::TimeDots || m_spec.drawing == ChartSpec::Drawing::Dots
                            ? Shape::Marker
                            : Shape::Bar;
    QVector<ChartLegend::Entry> entries;
    // A slope's columns are named; a time chart's lines may carry their names at their ends.
    const bool named = m_series.size() > 1 && m_spec.drawing != ChartSpec::Drawing::Slope && !m_namesAtEnds;
    if (named) {
        for (int i = 0; i < m_series.size(); ++i)
            entries.append({m_series.at(i).name, shape, PointStatus::Measured, i});
    }
    // What each style means, for the statuses the points have.
    QVector<PointStatus> statuses;
    bool breaks = false;
    for (const SeriesValues &values : std::as_const(m_values)) {
        for (PointStatus status : values.statuses) {
            if (status != PointStatus::Measured && !statuses.contains(status))
                statuses.append(status);
        }
        breaks = breaks || !values.breaks.isEmpty();
    }
    std::sort(statuses.begin(), statuses.end());
    // In the text colour for several series (each has its own colour), else in the series'.
    const int styleColour = m_series.size() > 1 ? -1 : 0;
    if (!statuses.isEmpty() && !named)
        entries.append({Point::statusName(PointStatus::Measured), shape, PointStatus::Measured, styleColour});
    for (PointStatus status : std::as_const(statuses))
        entries.append({Point::statusName(status), shape, status, styleColour});
    if (breaks)
        entries.append({tr("Break in the series"), Shape::Break, PointStatus::Measured, -1});
    // On a stage, the ticks the briefing's events leave under the lines are named too (the
    // panel's hover and the timeline beside it explain them there).
    auto eventsInSpan = [this] {
        if (!isTime() || !m_events || m_events->isEmpty())
            return false;
        double first = HUGE_VAL, last = -HUGE_VAL;
        for (const SeriesValues &values : std::as_const(m_values)) {
            if (!values.x.isEmpty()) {
                first = std::min(first, values.x.first());
                last = std::max(last, values.x.last());
            }
        }
        return first <= last && m_events->firstPositionFrom(first) < m_events->firstPositionFrom(last + 1);
    };
    if (isPresentation() && eventsInSpan())
        entries.append({tr("Event in the briefing's timeline"), Shape::EventTick, PointStatus::Measured, -1});
    m_legend->setEntries(entries);
    m_legendHeight = 0;
    if (m_bars || m_slope)
        layOutBars();
    else
        layOutLegend();
    applyPalette();
}

void SeriesChart::applyFonts()
{
    // QtCharts' themes draw axes in a fixed font: the chart's text is the window's instead, so
    // that it follows the text size (Ctrl+Plus, Ctrl+Minus).
    const QFont text = font();
    for (QAbstractAxis *axis : m_chart->axes()) {
        if (axis->labelsFont() != text)
            axis->setLabelsFont(text);
        if (axis->titleFont() != text)
            axis->setTitleFont(text);
    }
    if (m_endLabels)
        m_endLabels->setFont(text);
}

void SeriesChart::applyPalette()
{
    const QPalette pal = palette();
    const auto theme = ViewColours::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme); // resets every series and axis: not for nothing
    applyFonts(); // the bars' and slope's labels take the axis font below
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setLocale(locale());
    QVector<QColor> colours;
    for (int i = 0; i < m_series.size(); ++i)
        colours.append(seriesColour(i));
    for (int i = 0; i < m_lines.size(); ++i)
        styleLines(i);
    if (m_bars)
        m_bars->applyPalette(pal, colours, m_highlighted ? pal.color(QPalette::Text) : QColor());
    if (m_slope)
        m_slope->applyPalette(pal, colours.value(0), m_highlighted);
    if (m_legend)
        m_legend->setColours(colours, pal);
    if (m_breaks) {
        QColor line = pal.color(QPalette::Text);
        line.setAlpha(150);
        m_breaks->setColours(line, pal.color(QPalette::Base));
    }
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
    QPalette captionPalette = m_caption->palette();
    captionPalette.setColor(QPalette::WindowText, pal.color(m_faded ? QPalette::PlaceholderText : QPalette::WindowText));
    m_caption->setPalette(captionPalette);
    m_description->setPalette(captionPalette);
    m_title->setPalette(captionPalette);
}

void SeriesChart::fitPresentation()
{
    if (!isPresentation())
        return;
    // A category chart's rows share the stage's height at its scale (CategoryBars'
    // setFitHeight), each at least a line of its labels high; rows that need more even so:
    // a smaller scale. A few steps a resize at most (the rows' wrapping changes with the
    // width a scale leaves).
    qreal scale = m_presentScale;
    if (m_barsHeight > 0 && m_canvas->height() > 0)
        scale = std::min(scale, std::max(0.5, m_canvas->height() / double(m_barsHeight)));
    if (std::abs(scale - m_canvas->scale()) > 0.02 * scale && m_fitSteps < 4) {
        ++m_fitSteps;
        m_canvas->setScale(scale);
    }
}

void SeriesChart::fitCaption()
{
    if (!isPresentation() || width() <= 0)
        return;
    // Every source stays named under the figure; many of them are set smaller (down to half
    // the stage's size) so that the plot keeps seven eighths of the height. On a stage too
    // small for that (a console's preview of the next stop) the type stops at a size still
    // read, and the line is shortened ("…") to the height it has: it never runs over the plot.
    constexpr int smallestPx = 7;
    QString text = m_caption->property(fullCaptionProperty).toString();
    if (text.isEmpty())
        text = m_caption->text();
    QFont font = QApplication::font();
    const int full = std::max(1, int(std::lround(QFontInfo(font).pixelSize() * m_presentScale)));
    const QMargins margins = layout()->contentsMargins();
    const QRect area(0, 0, std::max(1, width() - margins.left() - margins.right()), 1000000);
    const int room = std::max(1, height() / 8);
    bool fits = false;
    for (double factor : {1.0, 0.85, 0.7, 0.6, 0.5}) {
        font.setPixelSize(std::max(std::min(full, smallestPx), int(std::lround(full * factor))));
        fits = QFontMetrics(font).boundingRect(area, Qt::TextWordWrap, text).height() <= room;
        if (fits || font.pixelSize() <= smallestPx)
            break;
    }
    QString shown = text;
    // At the smallest size a quarter of the height may go to the sources, whole; only a
    // stage too small even for that shortens them.
    if (!fits)
        fits = QFontMetrics(font).boundingRect(area, Qt::TextWordWrap, text).height() <= std::max(1, height() / 4);
    if (!fits) {
        // As many of its words as the room holds, then "…" (one line at the least).
        const QFontMetrics metrics(font);
        const int lines = std::max(1, std::max(1, height() / 4) / std::max(1, metrics.lineSpacing()));
        qsizetype keep = text.size();
        while (keep > 1 && metrics.boundingRect(area, Qt::TextWordWrap, shown).height() > lines * metrics.lineSpacing()) {
            keep = keep * 9 / 10;
            const qsizetype space = text.lastIndexOf(QLatin1Char(' '), keep);
            shown = text.left(space > 0 ? space : keep).trimmed() + QChar(0x2026);
        }
    }
    if (m_caption->font().pixelSize() != font.pixelSize())
        m_caption->setFont(font);
    if (m_caption->text() != shown)
        m_caption->setText(shown);
}

void SeriesChart::retranslate()
{
    const QString unit = m_series.first().unit;
    // The unit after the title, unless the title names it already ("..., EUR billion").
    const bool named = unit.isEmpty() || m_spec.title.contains(unit, Qt::CaseInsensitive);
    m_title->setText(named ? m_spec.title : tr("%1 (%2)").arg(m_spec.title, unit));
    // The source right under the plot, always in view with it; the note after it. A chart
    // whose series name no source (they have no points) has no "Source:" line at all.
    const QString sources = sourceText();
    QStringList captionLines;
    if (!sources.isEmpty())
        captionLines << tr("Source: %1").arg(sources);
    int unsourced = 0;
    for (const SeriesValues &values : std::as_const(m_values))
        unsourced += values.unsourcedCount;
    if (unsourced > 0)
        captionLines << tr("%n point(s) without a source are not shown.", nullptr, unsourced);
    QStringList added; // for the moment, by the user: said on the chart and in every export
    for (int i = 0; i < m_series.size(); ++i) {
        if (m_spec.isCompared(i))
            added << m_selection->database()->briefing().series.at(m_spec.seriesRows.at(i)).name;
    }
    if (!added.isEmpty())
        captionLines << ChartComparison::captionLine(added);
    m_caption->setText(captionLines.join(QLatin1Char('\n')));
    m_caption->setProperty(fullCaptionProperty, m_caption->text()); // what a stage may shorten
    m_caption->setVisible(!captionLines.isEmpty());
    fitCaption();
    m_description->setText(m_spec.note);
    m_description->setVisible(!m_spec.note.isEmpty() && !isPresentation());
    // Points that all lack a source are not shown; a series with no figure at all says so.
    m_notShown->setText(unsourced > 0 ? tr("No figure of this series names its source, so none is shown.")
                        : m_series.size() > 1 ? tr("These series have no values in this briefing.")
                                              : tr("This series has no values in this briefing."));
    if (m_bars)
        m_bars->setUnit(unit);
    else if (m_slope)
        m_slope->setUnit(unit);
    else if (m_yAxis)
        m_yAxis->setTitleText(unit.toHtmlEscaped()); // QtCharts renders it as rich text
    m_sort->setText(tr("Sort by value"));
    m_sort->setToolTip(tr("Show the largest value first, or the categories in the briefing's order"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the figures as a table beside the chart"));
    m_copyCsv->setText(tr("Copy CSV"));
    m_copyCsv->setToolTip(tr("Copy every point, with unit and source, as CSV"));
    m_export->setText(tr("Export"));
    m_export->menu()->setTitle(tr("Export")); // its own name, for screen readers
    m_compare->setText(tr("Compare with…"));
    m_compareMenu->setTitle(tr("Compare with…")); // its own name, for screen readers
    m_compare->setToolTip(tr("Add another series of the same unit to this chart for the moment; the file is not "
                             "changed"));
    if (QAction *copy = m_export->menu()->findChild<QAction *>(QStringLiteral("copyImage")))
        copy->setText(tr("Copy Image"));
    m_ownPeriod->setText(m_series.size() > 1 ? tr("Show the chart's own period") : tr("Show the series' own period"));
    if (m_outOfRange)
        m_outOfRangeLabel->setText(outOfRangeText());
    m_canvas->setAccessibleName(tr("Chart: %1").arg(m_spec.title));
    if (m_waiting)
        setWaiting(true); // its line in the new language
    QString description;
    if (!m_loaded) {
        description = tr("Chart of %1. Source: %2.").arg(m_spec.title, sourceText());
    } else if (m_shown && m_series.size() > 1) {
        QStringList names;
        for (const Series &series : std::as_const(m_series))
            names << series.name;
        description = tr("%1 of %n series: %2. Source: %3. The table beside it lists the values.", nullptr,
                         int(m_series.size()))
                          .arg(Chart::kindName(m_spec.kind), names.join(QStringLiteral("; ")), sourceText());
    } else if (m_shown && isTime()) {
        const SeriesValues &values = m_values.first();
        description = tr("Line chart of %n point(s) from %1 to %2. Source: %3.", nullptr, values.size())
                          .arg(values.periodText(0), values.periodText(values.size() - 1), sourceText());
    } else if (m_shown) {
        description = tr("Bar chart of %n categorie(s). Source: %1. The table beside it lists the values.", nullptr,
                         m_values.first().size()).arg(sourceText());
    }
    m_baseDescription = description;
    updateCanvasDescription();
    m_table->setAccessibleName(tr("Figures of %1").arg(m_spec.title));
    updateCanvasHeight();
}

void SeriesChart::updateCanvasDescription()
{
    QString text = m_baseDescription;
    if (!m_currentPointText.isEmpty())
        text += QLatin1Char(' ') + tr("Current point: %1.").arg(m_currentPointText);
    if (m_canvas->accessibleDescription() == text)
        return;
    m_canvas->setAccessibleDescription(text);
    if (QAccessible::isActive()) {
        QAccessibleEvent event(m_canvas, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void SeriesChart::fitWidth(int viewportWidth)
{
    if (viewportWidth == m_viewportWidth)
        return;
    m_viewportWidth = viewportWidth;
    updateHeaderDirection();
    updateButtonRows();
}

void SeriesChart::updateButtonRows()
{
    // "Compare with…" under the other buttons when they would not fit beside them. Judged by the
    // width the panel has (the chart's own grows to its minimum), so the move cannot undo itself.
    const QMargins margins = layout()->contentsMargins();
    const int available = (m_viewportWidth > 0 ? std::min(m_viewportWidth, width()) : width()) - margins.left() - margins.right();
    int needed = m_compare->sizeHint().width() + 6;
    for (QWidget *button : {static_cast<QWidget *>(m_sort), static_cast<QWidget *>(m_tableButton),
                            static_cast<QWidget *>(m_copyCsv), static_cast<QWidget *>(m_export)}) {
        if (!button->isHidden())
            needed += button->sizeHint().width() + 6;
    }
    const bool secondRow = m_header->direction() == QBoxLayout::TopToBottom && needed > available;
    if (secondRow == (m_moreButtons->indexOf(m_compare) >= 0))
        return;
    (secondRow ? m_buttons : m_moreButtons)->removeWidget(m_compare);
    if (secondRow)
        m_moreButtons->addWidget(m_compare, 0, Qt::AlignRight);
    else
        m_buttons->addWidget(m_compare);
}

void SeriesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::FontChange && m_legend) {
        buildLegend(); // the legend's text made again in the new size, laid out with the plot
        updateCanvasHeight();
    }
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        buildLegend(); // status names
    }
    if (event->type() == QEvent::LocaleChange)
        m_chart->setLocale(locale());
    QWidget::changeEvent(event);
}

} // namespace bv
