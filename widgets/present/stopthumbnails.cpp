// SPDX-License-Identifier: MIT
#include "present/stopthumbnails.h"

#include "charts/chartcanvas.h"
#include "charts/serieschart.h"
#include "models/selection.h"
#include "present/stagechart.h"
#include "present/stageview.h"

#include <QChart>
#include <QGuiApplication>
#include <QPainter>
#include <QTimer>

namespace bv {

namespace {

// The stage a picture is drawn on: small, so that drawing is quick, yet large enough for the
// stage's layout (its type is sized from the height) to look as it does on a screen.
constexpr QSize stageSize(480, 270);
constexpr int settleTurns = 12; // at most, before a stop is drawn as it stands
constexpr int releaseMs = 3000;

} // namespace

StopThumbnails::StopThumbnails(Selection *selection, QSize size, QObject *parent)
    : QObject(parent)
    , m_selection(selection)
    , m_size(size)
    , m_timer(new QTimer(this))
    , m_release(new QTimer(this))
{
    m_timer->setInterval(0);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &StopThumbnails::makeNext);
    m_release->setInterval(releaseMs);
    m_release->setSingleShot(true);
    connect(m_release, &QTimer::timeout, this, [this] {
        if (m_queue.isEmpty() && m_drawing.isEmpty())
            m_stage.reset();
    });
    connect(selection, &Selection::databaseChanged, this, &StopThumbnails::clear);
}

StopThumbnails::~StopThumbnails() = default;

QString StopThumbnails::keyOf(const PathStop &stop)
{
    // What the stage shows of a stop (not its notes or budget).
    return QStringList{QString::number(int(stop.kind)), stop.title, stop.itemId, stop.itemIds.join(QLatin1Char('\n')),
                       stop.lanesByActor ? QStringLiteral("a") : QStringLiteral("c"), stop.from, stop.to,
                       stop.highlightId}
        .join(QChar(0x1f));
}

QImage StopThumbnails::thumbnail(const PathStop &stop)
{
    const QString key = keyOf(stop);
    const auto found = m_cache.constFind(key);
    if (found != m_cache.constEnd())
        return *found;
    if (!m_selection->database())
        return {};
    m_queue.removeOne(key);
    m_queue.append(key); // asked again: drawn sooner (the rows on screen now come first)
    m_wanted.insert(key, stop);
    if (m_drawing.isEmpty() && !m_timer->isActive())
        m_timer->start();
    return {};
}

void StopThumbnails::setLook(StageView::Look look)
{
    if (look == m_look)
        return;
    m_look = look;
    clear();
}

void StopThumbnails::clear()
{
    m_cache.clear();
    m_queue.clear();
    m_wanted.clear();
    m_drawing.clear();
    m_timer->stop();
    // It may hold the old briefing's charts. Let go later, not now: a change of the theme is
    // told to every window in turn, this stage among them.
    if (m_stage) {
        QObject::disconnect(m_selection, nullptr, m_stage.get(), nullptr); // it shows nothing more
        m_stage.release()->deleteLater();
    }
    emit ready();
}

void StopThumbnails::forgetPending()
{
    m_queue.clear();
    QHash<QString, PathStop> drawing;
    if (!m_drawing.isEmpty())
        drawing.insert(m_drawing, m_wanted.value(m_drawing));
    m_wanted = drawing;
}

void StopThumbnails::makeNext()
{
    if (!m_drawing.isEmpty()) {
        settleAndDraw();
        return;
    }
    if (m_queue.isEmpty()) {
        m_release->start();
        return;
    }
    m_release->stop();
    m_drawing = m_queue.takeLast();
    if (!m_stage) {
        m_stage = std::make_unique<StageView>(m_selection);
        m_stage->setObjectName(QStringLiteral("thumbnailStage"));
        m_stage->setAttribute(Qt::WA_DontShowOnScreen);
        m_stage->setAttribute(Qt::WA_QuitOnClose, false); // never keeps the program open
        m_stage->resize(stageSize);
        m_stage->setLook(m_look);
        m_stage->show();
    }
    m_stage->setStop(m_wanted.value(m_drawing));
    m_still = 0;
    m_turns = 0;
    m_lastLayout.clear();
    m_timer->start();
}

void StopThumbnails::settleAndDraw()
{
    // Until the layout has settled (as PathExport waits): a chart's rows take their height
    // once its width is known, its scale once its rows are.
    QString layout = QString::number(int(m_stage->page()));
    if (m_stage->page() == StageView::Page::Chart) {
        const ChartCanvas *canvas = m_stage->chartPage()->chart()->canvas();
        layout += QStringLiteral(" %1x%2 %3 %4")
                      .arg(canvas->width())
                      .arg(canvas->height())
                      .arg(canvas->scale())
                      .arg(canvas->chart()->plotArea().width());
    }
    m_still = layout == m_lastLayout ? m_still + 1 : 0;
    m_lastLayout = layout;
    if (m_still < 2 && ++m_turns < settleTurns) {
        m_timer->start();
        return;
    }
    const qreal ratio = qGuiApp->devicePixelRatio();
    QImage image(stageSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_stage->stageStyle().palette.color(QPalette::Base));
    {
        QPainter painter(&image);
        m_stage->render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    }
    QImage small = image.scaled(m_size * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    small.setDevicePixelRatio(ratio);
    if (m_cache.size() >= maxKept)
        m_cache.clear(); // a briefing with thousands of stops: start again rather than grow
    m_cache.insert(m_drawing, small);
    m_wanted.remove(m_drawing);
    m_drawing.clear();
    ++m_made;
    emit ready();
    m_timer->start(); // the next one, on the next turn
}

} // namespace bv
