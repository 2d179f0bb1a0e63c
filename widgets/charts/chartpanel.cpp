// SPDX-License-Identifier: MIT
#include "charts/chartpanel.h"

#include "file/briefingdatabase.h"
#include "models/selection.h"
#include "charts/chartcomparison.h"
#include "charts/chartspec.h"
#include "charts/serieschart.h"
#include "content/seriescache.h"
#include "models/timerange.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace bv {

ChartPanel::ChartPanel(Selection *selection, TimeRange *timeRange, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_timeRange(timeRange)
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget)
    , m_list(new QVBoxLayout(m_content))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("chartPanel"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_scroll->setWidget(m_content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &ChartPanel::loadVisible);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::sliderPressed, this, [this] { m_followedId.clear(); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_note);
    layout->addWidget(m_scroll, 1);
    connect(selection, &Selection::databaseChanged, this, [this] {
        m_built = false;
        if (isVisible())
            rebuild();
    });
    connect(selection, &Selection::currentChanged, this, &ChartPanel::followSelection);
    connect(timeRange, &TimeRange::rangeChanged, this, [this](double from, double to, const QObject *origin) {
        if (!followsTimeline())
            return;
        for (SeriesChart *chart : std::as_const(m_charts)) {
            if (chart != origin && chart->isTime())
                chart->setRange(from, to);
        }
    });
    connect(timeRange, &TimeRange::syncedChanged, this, [this](bool synced) {
        if (!synced || !followsTimeline() || !(m_timeRange->to() > m_timeRange->from()))
            return;
        for (SeriesChart *chart : std::as_const(m_charts)) {
            if (chart->isTime())
                chart->setRange(m_timeRange->from(), m_timeRange->to());
        }
    });
    retranslate();
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureBuilt();
    scheduleLoad();
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitCharts();
    scheduleLoad();
    // Undocked or resized, the panel keeps the chart it follows in view (the charts above
    // it take new heights).
    if (!m_followedId.isEmpty())
        QTimer::singleShot(0, this, &ChartPanel::scrollToFollowed);
}

void ChartPanel::ensureBuilt()
{
    if (!m_built)
        rebuild();
}

void ChartPanel::setMarks(const ItemMarks *marks)
{
    m_marks = marks;
    for (SeriesChart *chart : std::as_const(m_charts))
        chart->setMarks(marks);
}

SeriesChart *ChartPanel::chart(const QString &id) const
{
    for (SeriesChart *chart : m_charts) {
        if (chart->chartId() == id)
            return chart;
    }
    for (SeriesChart *chart : m_charts) {
        const int index = chart->indexOfSeries(id);
        if (index >= 0 && !chart->isCompared(index))
            return chart; // the first chart that shows the series as its own
    }
    return nullptr;
}

void ChartPanel::rebuild()
{
    m_built = true;
    const auto database = m_selection->database();
    // Comparisons last while the same briefing is open: another file, or none, ends them.
    const QString briefingKey = database ? database->path() + QLatin1Char('\n') + database->briefing().metadata.id
                                         : QString();
    const bool again = database && briefingKey == m_comparedIn;
    if (!again)
        m_compared.clear();
    m_comparedIn = briefingKey;
    const QVector<ChartSpec> specs = database ? chartSpecs(database->briefing()) : QVector<ChartSpec>();
    // The same briefing again (another content language): the same charts, in the same order.
    bool same = again && specs.size() == m_specs.size();
    for (int i = 0; same && i < specs.size(); ++i)
        same = specs.at(i).id == m_specs.at(i).id;
    if (!same) {
        qDeleteAll(m_charts);
        m_charts.clear();
        while (QLayoutItem *item = m_list->takeAt(0))
            delete item;
    }
    m_specs.clear();
    if (!database)
        return;
    m_events = database->timeIndex(EventTimeIndex::Lanes::ByCategory); // shared with the timeline
    // A chart of the briefing as one chart of its series; a series in no chart on its own.
    for (int i = 0; i < specs.size(); ++i) {
        const ChartSpec shown = ChartComparison::with(database->briefing(), specs.at(i), m_compared.value(specs.at(i).id));
        m_specs.append(specs.at(i));
        if (!same) {
            m_charts.append(makeChart(shown));
            m_list->addWidget(m_charts.last());
        } else if (!reuse(m_charts.at(i), shown)) {
            replace(i, makeChart(shown)); // a chart already drawn is drawn anew
        }
    }
    if (!same)
        m_list->addStretch();
    fitCharts();
    followSelection();
    retranslate();
    // A series read in the background: the charts in view are drawn once it is here.
    disconnect(m_cacheReady);
    m_cacheReady = connect(&database->seriesCache(), &SeriesCache::ready, this, &ChartPanel::scheduleLoad);
    prefetchFirst();
    scheduleLoad();
}

void ChartPanel::prefetchFirst()
{
    // The chart that will be in view first (the one followed, or the first) starts reading at
    // once, while the other views take the briefing, not after the layout has settled.
    if (!isVisible() || m_charts.isEmpty())
        return;
    SeriesChart *first = m_followedId.isEmpty() ? nullptr : chart(m_followedId);
    first = first ? first : m_charts.first();
    SeriesCache &cache = m_selection->database()->seriesCache();
    bool here = true;
    for (const Series &series : first->seriesList())
        here = cache.prefetch(series) && here;
    first->setWaiting(!here);
}

void ChartPanel::scheduleLoad()
{
    if (m_loadScheduled)
        return;
    m_loadScheduled = true;
    QTimer::singleShot(0, this, &ChartPanel::loadVisible);
}

bool ChartPanel::reuse(SeriesChart *chart, const ChartSpec &spec)
{
    if (!chart->reuse(spec, m_events.get()))
        return false;
    // As makeChart() would have: the period the timeline shows.
    if (followsTimeline() && chart->isTime() && m_timeRange->to() > m_timeRange->from())
        chart->setRange(m_timeRange->from(), m_timeRange->to());
    return true;
}

void ChartPanel::replace(int index, SeriesChart *chart)
{
    SeriesChart *old = m_charts.at(index);
    delete m_list->replaceWidget(old, chart); // the layout's item for the old chart
    m_charts[index] = chart;
    delete old;
    chart->show();
}

SeriesChart *ChartPanel::makeChart(const ChartSpec &spec)
{
    auto *chart = new SeriesChart(m_selection, m_events.get(), spec, m_content);
    if (m_marks)
        chart->setMarks(m_marks);
    connect(chart, &SeriesChart::rangeChangedByUser, this, [this, chart](double from, double to) {
        if (m_timeRange->isSynced())
            m_timeRange->setRange(from, to, chart);
    });
    // A chart above the one followed may grow once laid out: the followed one stays in view.
    connect(chart, &SeriesChart::heightChanged, this, [this] {
        if (!m_followedId.isEmpty())
            QTimer::singleShot(0, this, &ChartPanel::scrollToFollowed);
    });
    connect(chart, &SeriesChart::sortChangedByUser, this, [this, chart](bool byValue) {
        for (SeriesChart *other : std::as_const(m_charts)) {
            if (other != chart && !other->isTime())
                other->setSortByValue(byValue); // one choice for every category chart
        }
    });
    // Queued: the chart is replaced, which it cannot be from within its own menu.
    const QString id = spec.id;
    connect(chart, &SeriesChart::compareRequested, this, [this, id](const QString &series) { compare(id, series); },
            Qt::QueuedConnection);
    connect(chart, &SeriesChart::removeComparisonRequested, this,
            [this, id](const QString &series) { removeComparison(id, series); }, Qt::QueuedConnection);
    if (followsTimeline() && chart->isTime() && m_timeRange->to() > m_timeRange->from())
        chart->setRange(m_timeRange->from(), m_timeRange->to()); // the period the timeline shows
    return chart;
}

bool ChartPanel::followsTimeline() const
{
    // A briefing without events has a timeline of nothing: its charts keep their own periods
    // (else each would say that the timeline's period holds none of its points).
    return m_timeRange->isSynced() && m_events && !m_events->isEmpty();
}

void ChartPanel::compare(const QString &chartId, const QString &seriesId)
{
    QStringList ids = m_compared.value(chartId);
    if (!ids.contains(seriesId))
        ids.append(seriesId);
    setCompared(chartId, ids);
}

void ChartPanel::removeComparison(const QString &chartId, const QString &seriesId)
{
    QStringList ids = m_compared.value(chartId);
    if (seriesId.isEmpty())
        ids.clear();
    else
        ids.removeAll(seriesId);
    setCompared(chartId, ids);
}

void ChartPanel::setCompared(const QString &chartId, const QStringList &seriesIds)
{
    const auto database = m_selection->database();
    int index = -1;
    for (int i = 0; i < m_charts.size() && index < 0; ++i) {
        if (m_charts.at(i)->chartId() == chartId)
            index = i;
    }
    if (!database || index < 0)
        return;
    const ChartSpec spec = ChartComparison::with(database->briefing(), m_specs.at(index), seriesIds);
    QStringList added; // those that could be added
    for (int row : spec.comparedRows)
        added << database->briefing().series.at(row).id;
    if (added.isEmpty())
        m_compared.remove(chartId);
    else
        m_compared.insert(chartId, added);
    // The chart drawn anew in its place, with the added series as its own.
    SeriesChart *old = m_charts.at(index);
    SeriesChart *chart = makeChart(spec);
    delete m_list->replaceWidget(old, chart); // the layout's item for the old chart
    m_charts[index] = chart;
    old->hide();
    old->deleteLater();
    fitCharts();
    chart->show();
    chart->ensureLoaded();
    updateEmphasis(); // the panel stays where it is
    scheduleLoad();
}

void ChartPanel::fitCharts()
{
    // Each chart fits the viewport with its caption: whenever its plot is in view, the source
    // under it can be too.
    // The gap above a chart counts too: scrolled to show one chart, the viewport also shows the
    // list's margin or the spacing before it.
    const QMargins margins = m_list->contentsMargins();
    const int height = m_scroll->viewport()->height() - std::max({margins.top(), margins.bottom(), m_list->spacing(), 0});
    const int width = m_scroll->viewport()->width() - margins.left() - margins.right();
    for (SeriesChart *chart : std::as_const(m_charts)) {
        chart->fitHeight(height);
        chart->fitWidth(width);
    }
}

void ChartPanel::loadVisible()
{
    m_loadScheduled = false;
    const bool wasLoading = m_waitingInView;
    m_waitingInView = false;
    const auto database = m_selection->database();
    if (!isVisible() || !database) {
        if (wasLoading)
            emit visibleChartsLoaded();
        return;
    }
    // Only charts with some part in the viewport read their series. The layout is settled
    // first: before it is, every chart sits at the top and would count as seen.
    fitCharts();
    m_list->activate();
    m_scroll->widget()->resize(m_scroll->viewport()->width(), m_scroll->widget()->sizeHint().height());
    const QRect viewport(m_scroll->widget()->mapFrom(m_scroll->viewport(), QPoint(0, 0)), m_scroll->viewport()->size());
    // Series are read in the background (SeriesCache::prefetch; hundreds of thousands of
    // points take some tens of milliseconds), and a chart is built once its series are here,
    // one chart a turn of the event loop: the window paints in between.
    SeriesCache &cache = database->seriesCache();
    bool built = false;
    for (SeriesChart *chart : std::as_const(m_charts)) {
        if (chart->isLoaded() || chart->height() <= 0 || !chart->geometry().intersects(viewport))
            continue;
        bool reading = false;
        for (const Series &series : chart->seriesList()) {
            // A chart already waiting asks no more: a series the background could not read
            // is read by ensureLoaded() below, not asked for again and again.
            if (cache.isReading(series.id) || (!chart->isWaiting() && !cache.prefetch(series)))
                reading = true;
        }
        if (reading) {
            chart->setWaiting(true);
            m_waitingInView = true;
            continue;
        }
        if (built) {
            scheduleLoad();
            return;
        }
        chart->ensureLoaded();
        built = true;
    }
    if (!isLoading() && (wasLoading || built))
        emit visibleChartsLoaded();
}

void ChartPanel::followSelection()
{
    const auto database = m_selection->database();
    if (!database)
        return;
    updateEmphasis();
    const Briefing &b = database->briefing();
    const QString current = m_selection->currentId();
    const int pointSeries = b.seriesOfPointId(current);
    // The chart of the current chart, series or data point comes into view.
    const QString shownId = pointSeries >= 0 ? b.series.at(pointSeries).id : current;
    m_followedId = chart(shownId) ? shownId : QString();
    if (!m_followedId.isEmpty())
        QTimer::singleShot(0, this, &ChartPanel::scrollToFollowed); // once the layout has placed it
}

void ChartPanel::updateEmphasis()
{
    const auto database = m_selection->database();
    if (!database)
        return;
    const Briefing &b = database->briefing();
    const QString current = m_selection->currentId();
    const int pointSeries = b.seriesOfPointId(current);
    QVector<bool> highlighted;
    bool any = false;
    for (SeriesChart *chart : std::as_const(m_charts)) {
        const QString id = chart->chartId();
        bool on = id == current || m_selection->isLinked(id);
        for (const Series &series : chart->seriesList()) {
            on = on || series.id == current || m_selection->isLinked(series.id)
                 || (pointSeries >= 0 && b.series.at(pointSeries).id == series.id);
        }
        highlighted.append(on);
        any = any || on;
    }
    for (int i = 0; i < m_charts.size(); ++i)
        m_charts.at(i)->setEmphasis(highlighted.at(i), any && !highlighted.at(i));
}

void ChartPanel::scrollToFollowed()
{
    SeriesChart *shown = chart(m_followedId);
    if (!shown || !isVisible())
        return;
    m_list->activate();
    m_scroll->widget()->resize(m_scroll->viewport()->width(), m_scroll->widget()->sizeHint().height());
    m_scroll->verticalScrollBar()->setValue(shown->y()); // its title at the top
    loadVisible();
}

void ChartPanel::retranslate()
{
    m_scroll->setAccessibleName(tr("Charts"));
    const auto database = m_selection->database();
    if (database && database->briefing().series.isEmpty())
        m_note->setText(tr("This briefing has no data series."));
    else
        m_note->setText(tr("Each chart shows only the figures the briefing states, with their source. Hover a "
                           "point for its value, click it to see what relies on it."));
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // A chart with added series draws them anew, named in the new language.
        for (auto it = m_compared.cbegin(); it != m_compared.cend(); ++it) {
            QTimer::singleShot(0, this, [this, id = it.key()] {
                if (m_compared.contains(id))
                    setCompared(id, m_compared.value(id));
            });
        }
    }
    QWidget::changeEvent(event);
}

} // namespace bv
