// SPDX-License-Identifier: MIT
#include "present/stagechart.h"

#include "charts/chartspec.h"
#include "charts/serieschart.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"

#include <QStackedLayout>

namespace bv {

StageChart::StageChart(Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_stack(new QStackedLayout(this))
{
    setObjectName(QStringLiteral("stageChart"));
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_style = StageStyle::of(540, StageStyle::Look::Normal, palette());
}

StageChart::~StageChart() = default;

void StageChart::clear()
{
    for (SeriesChart *chart : std::as_const(m_charts))
        delete chart;
    m_charts.clear();
    m_order.clear();
    m_current = nullptr;
    m_events.reset();
}

SeriesChart *StageChart::make(const QString &id)
{
    const auto database = m_selection->database();
    if (!database)
        return nullptr;
    const Briefing &b = database->briefing();
    // As the Charts panel draws it: a chart of the briefing, or a series on a chart of its own.
    std::optional<ChartSpec> spec;
    const ItemKind kind = b.kindOf(id);
    if (kind == ItemKind::Chart) {
        for (const ChartSpec &shown : chartSpecs(b)) {
            if (shown.id == id)
                spec = shown;
        }
    } else if (kind == ItemKind::Series) {
        spec = ChartSpec::ofSeries(b, b.rowOf(id));
    }
    if (!spec || spec->seriesRows.isEmpty())
        return nullptr;
    if (!m_events)
        m_events = database->timeIndex(EventTimeIndex::Lanes::ByCategory);
    auto *chart = new SeriesChart(m_selection, m_events.get(), *spec, this);
    connect(chart, &SeriesChart::rangeChangedByUser, this, [this, chart](double from, double to) {
        if (chart == m_current)
            emit rangeChangedByUser(from, to);
    });
    applyStyle(chart);
    m_stack->addWidget(chart);
    return chart;
}

bool StageChart::showChart(const QString &id)
{
    SeriesChart *chart = m_charts.value(id);
    if (!chart) {
        chart = make(id);
        if (!chart)
            return false;
        m_charts.insert(id, chart);
        while (m_charts.size() > kept) {
            // The one shown longest ago goes.
            const QString oldest = m_order.takeFirst();
            delete m_charts.take(oldest);
        }
    }
    m_order.removeAll(id);
    m_order.append(id);
    m_current = chart;
    m_stack->setCurrentWidget(chart);
    chart->ensureLoaded();
    return true;
}

void StageChart::applyStyle(SeriesChart *chart)
{
    chart->setPresentation(m_style.figureScale, m_style.seriesColours);
}

void StageChart::setStageStyle(const StageStyle &style)
{
    m_style = style;
    for (SeriesChart *chart : std::as_const(m_charts))
        applyStyle(chart);
}

void StageChart::setRange(double from, double to)
{
    if (m_current)
        m_current->setRange(from, to);
}

void StageChart::resetRange()
{
    if (m_current)
        m_current->resetRange();
}

QStringList StageChart::sources() const
{
    QStringList citations;
    const auto database = m_selection->database();
    if (!m_current || !database)
        return citations;
    for (const Series &series : m_current->seriesList()) {
        for (const QString &source : series.sourceIds) {
            const QString citation = database->briefing().citation(source);
            if (!citations.contains(citation))
                citations << citation;
        }
    }
    return citations;
}

} // namespace bv
