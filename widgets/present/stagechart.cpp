// SPDX-License-Identifier: MIT
#include "present/stagechart.h"

#include "charts/chartcanvas.h"
#include "charts/chartspec.h"
#include "charts/serieschart.h"
#include "content/seriescache.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsScene>
#include <QPaintEngine>
#include <QPaintEvent>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QStackedLayout>

namespace bv {

namespace {

// The last drawing of a chart on the stage, shown again as it is while nothing in its scene
// has changed: stepping back to a chart the stage keeps (or the console showing it again)
// copies its pixels instead of stroking a full screen of thick lines anew. Any change to the
// scene (a zoom, the highlight, the events marked, the look), a new size or palette draws
// it again. Drawn for a printer, an SVG or through a scale (PDF export, thumbnails), the
// chart is always drawn anew, as vectors.
class KeptDrawing final : public QObject
{
public:
    explicit KeptDrawing(ChartCanvas *canvas)
        : QObject(canvas)
        , m_canvas(canvas)
        , m_viewport(canvas->viewport())
        , m_scene(canvas->scene())
    {
        m_viewport->installEventFilter(this);
        m_scene->installEventFilter(this);
        connect(m_scene, &QGraphicsScene::changed, this, &KeptDrawing::forget);
    }

    void forget() { m_valid = false; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The canvas is never asked which its viewport and scene are: its viewport, a child
        // made before this filter, is deleted before it and tells this filter so while the
        // canvas is half destroyed, no longer a QGraphicsView (UBSan's "member call on an
        // object of the wrong type"; every stage closed did it).
        if (watched == m_scene) {
            // A view shown in the active window activates its scene, and QGraphicsWidget
            // redraws on every activation, though nothing of a chart changes with it: the
            // scene stays as a stage's is (the stage's window is never the active one).
            return event->type() == QEvent::WindowActivate || event->type() == QEvent::WindowDeactivate;
        }
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::PaletteChange:
        case QEvent::StyleChange:
        case QEvent::FontChange:
            forget();
            return false;
        case QEvent::Paint:
            break;
        default:
            return false;
        }
        QWidget *viewport = m_viewport;
        if (!viewport || watched != viewport || !m_scene)
            return false;
        // Changes to the scene not yet told (its items' updates wait for the event loop):
        // told now, so a changed chart is never shown as it was.
        QCoreApplication::sendPostedEvents(m_scene, QEvent::MetaCall);
        const qreal ratio = viewport->devicePixelRatioF();
        const QSize pixels = viewport->size() * ratio;
        QPainter painter(viewport);
        const bool onScreen = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster
                              && painter.deviceTransform().type() <= QTransform::TxTranslate;
        if (!onScreen || pixels.isEmpty())
            return false; // painted as usual once this painter has ended
        if (!m_valid || m_picture.size() != pixels) {
            // The view's own drawing of its scene (background, items, markers), into the picture.
            m_picture = QPixmap(pixels);
            m_picture.setDevicePixelRatio(ratio);
            m_picture.fill(viewport->palette().color(viewport->backgroundRole()));
            QPainter picture(&m_picture);
            picture.setRenderHints(m_canvas->renderHints());
            m_canvas->render(&picture, QRectF(QPointF(0, 0), QSizeF(viewport->size())), viewport->rect());
            m_valid = true;
        }
        const QRect area = static_cast<QPaintEvent *>(event)->rect();
        painter.drawPixmap(area, m_picture, QRectF(QPointF(area.topLeft()) * ratio, QSizeF(area.size()) * ratio));
        return true;
    }

private:
    ChartCanvas *m_canvas;
    QPointer<QWidget> m_viewport; // the canvas's, which it never replaces
    QPointer<QGraphicsScene> m_scene;
    QPixmap m_picture;
    bool m_valid = false;
};

} // namespace

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
    m_waiting = false;
    m_events.reset();
    disconnect(m_cacheReady);
    m_cacheReady = {};
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
    new KeptDrawing(chart->canvas());
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
    m_waiting = false;
    if (!m_inBackground || chart->isLoaded() || seriesRead(chart)) {
        chart->ensureLoaded();
        return true;
    }
    // Read in the background: the chart is built once every series is there.
    SeriesCache &cache = m_selection->database()->seriesCache();
    if (!m_cacheReady)
        m_cacheReady = connect(&cache, &SeriesCache::ready, this, &StageChart::seriesReady);
    bool all = true;
    for (const Series &series : chart->seriesList())
        all = cache.prefetch(series) && all;
    if (all)
        chart->ensureLoaded();
    else
        m_waiting = true;
    return true;
}

bool StageChart::seriesRead(const SeriesChart *chart) const
{
    const SeriesCache &cache = m_selection->database()->seriesCache();
    for (const Series &series : chart->seriesList()) {
        if (!cache.cached(series.id))
            return false;
    }
    return true;
}

void StageChart::seriesReady()
{
    if (!m_waiting || !m_current || !m_selection->database())
        return;
    const SeriesCache &cache = m_selection->database()->seriesCache();
    for (const Series &series : m_current->seriesList()) {
        if (cache.isReading(series.id))
            return; // more to come
    }
    // Here (or, if the background could not read one, read now).
    m_waiting = false;
    m_current->ensureLoaded();
    applyStopRange();
    emit loaded();
}

void StageChart::showStopRange(double from, double to)
{
    m_stopFrom = from;
    m_stopTo = to;
    if (!m_waiting)
        applyStopRange();
}

void StageChart::applyStopRange()
{
    if (!m_current)
        return;
    const auto own = m_current->ownRange();
    if (!own)
        return;
    // One decimation for the stop's period (the chart's own where it names none).
    double start = std::isnan(m_stopFrom) ? own->first : m_stopFrom, end = std::isnan(m_stopTo) ? own->second : m_stopTo;
    if (!(end > start)) { // an open period that ends before it starts
        start = own->first;
        end = own->second;
    }
    // A chart kept at that period already is drawn as it is, not decimated again.
    if (m_current->from() == start && m_current->to() == end)
        return;
    m_current->setRange(start, end);
}

void StageChart::applyStyle(SeriesChart *chart)
{
    chart->setPresentation(m_style.figureScale, m_style.seriesColours);
    for (QObject *child : chart->canvas()->children()) {
        if (auto *kept = dynamic_cast<KeptDrawing *>(child))
            kept->forget(); // drawn anew in the new look
    }
}

void StageChart::setStageStyle(const StageStyle &style)
{
    m_style = style;
    for (SeriesChart *chart : std::as_const(m_charts))
        applyStyle(chart);
}

void StageChart::setRange(double from, double to)
{
    if (m_current && !m_waiting)
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
