// SPDX-License-Identifier: MIT
#include "present/stageview.h"

#include "charts/serieschart.h"
#include "content/textlimits.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"
#include "present/stagecard.h"
#include "present/stagechart.h"
#include "present/stagecompare.h"
#include "present/stagetext.h"
#include "present/stagetimeline.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace bv {

StageView::StageView(Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_own(new Selection(this))
    , m_heading(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_text(new StageText(m_pages))
    , m_chart(new StageChart(m_own, m_pages))
    , m_timeline(new StageTimeline(m_own, m_pages))
    , m_compare(new StageCompare(m_pages))
    , m_sourceLine(new QLabel(this))
{
    setObjectName(QStringLiteral("stageView"));
    setAutoFillBackground(true);
    m_heading->setObjectName(QStringLiteral("stageTitle"));
    m_sourceLine->setObjectName(QStringLiteral("stageSources"));
    for (QLabel *label : {m_heading, m_sourceLine}) {
        label->setTextFormat(Qt::PlainText); // the briefing's text is untrusted
        label->setWordWrap(true);
    }
    m_pages->addWidget(m_text); // in the order of Page
    m_pages->addWidget(m_chart);
    m_pages->addWidget(m_timeline);
    m_pages->addWidget(m_compare);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_sourceLine);
    connect(selection, &Selection::databaseChanged, this, &StageView::briefingChanged);
    connect(m_own, &Selection::currentChanged, this, &StageView::ownCurrentChanged);
    auto userRange = [this](double from, double to) {
        emit viewRangeChanged(from, to);
        update();
    };
    connect(m_chart, &StageChart::rangeChangedByUser, this, userRange);
    connect(m_chart, &StageChart::loaded, this, qOverload<>(&QWidget::update)); // a chart read in the background
    connect(m_timeline, &StageTimeline::rangeChangedByUser, this, userRange);
    m_own->setDatabase(selection->database());
    applyStyle();
    showStop();
}

StageView::~StageView() = default;

double StageView::dayOf(const QString &bound, bool end)
{
    PartialDate::Precision precision;
    if (bound.isEmpty() || !PartialDate::precisionOfText(bound, &precision))
        return std::nan("");
    const PartialDate date = PartialDate::parse(bound, precision);
    if (!date.isValid())
        return std::nan("");
    return end ? EventTimeIndex::dayNumber(date.last()) + 1 : EventTimeIndex::dayNumber(date.first());
}

void StageView::briefingChanged()
{
    m_applyingStyle = true; // the stage's own selection follows: no highlight is the user's
    m_own->setDatabase(m_selection->database());
    m_applyingStyle = false;
    m_chart->clear();
    showStop();
}

void StageView::setStop(const PathStop &stop)
{
    m_stop = stop;
    showStop();
}

StageView::Page StageView::page() const
{
    return Page(m_pages->currentIndex());
}

QString StageView::titleText() const
{
    return m_heading->text();
}

void StageView::showStop()
{
    m_applyingStyle = true;
    const auto database = m_own->database();
    m_missing = false;
    QString title = cutText(m_stop.title, TextLimits::titleChars);
    Page page = Page::Text;
    QStringList sources;
    bool captioned = false; // the figure writes its own source under it
    auto showContent = [&](const StageContent &content) {
        m_text->setBlocks(content.blocks);
        sources = content.sources;
        m_missing = content.missing;
    };
    if (!database) {
        m_text->setBlocks({{StageText::Block::Role::Message, tr("No briefing is open."), {}}});
    } else {
        const Briefing &b = database->briefing();
        const ItemKind itemKind = b.kindOf(m_stop.itemId);
        const bool figure = itemKind == ItemKind::Chart || itemKind == ItemKind::Series;
        if (title.isEmpty())
            title = m_stop.kind == PathStop::Kind::Overview ? shownTitle(b.metadata.title) : shownTitle(b.title(m_stop.itemId));
        switch (m_stop.kind) {
        case PathStop::Kind::Overview:
            showContent(StageCard::overview(*database, title));
            break;
        case PathStop::Kind::Item:
        case PathStop::Kind::Chart:
            if (figure && m_chart->showChart(m_stop.itemId)) {
                page = Page::Chart;
                sources = m_chart->sources();
                captioned = true;
            } else if (m_stop.kind == PathStop::Kind::Item) {
                showContent(StageCard::item(*database, m_stop.itemId, title));
            } else {
                showContent(StageCard::missing(m_stop.itemId));
            }
            break;
        case PathStop::Kind::Timeline:
            m_timeline->showLanes(m_stop.lanesByActor, m_stop.itemIds);
            page = Page::Timeline;
            break;
        case PathStop::Kind::Compare: {
            QStringList scenarios;
            QString gone;
            for (const QString &id : m_stop.itemIds) {
                if (b.kindOf(id) == ItemKind::Scenario)
                    scenarios << id;
                else if (gone.isEmpty())
                    gone = id;
            }
            if (scenarios.size() >= 2) {
                m_compare->showScenarios(*database, scenarios);
                sources = m_compare->sources();
                page = Page::Compare;
            } else {
                showContent(StageCard::missing(gone.isEmpty() ? m_stop.itemIds.value(0) : gone));
            }
            break;
        }
        }
    }
    m_heading->setText(title);
    m_heading->setVisible(!title.isEmpty());
    m_pages->setCurrentIndex(int(page));
    m_sources = sources;
    m_sourceLine->setText(sources.isEmpty() ? QString() : tr("Source: %1").arg(sources.join(QStringLiteral("; "))));
    m_sourceLine->setVisible(!captioned && !sources.isEmpty());
    // The stop's highlight and period.
    m_highlight = m_stop.highlightId;
    if (database) {
        const QString none = database->briefing().metadata.id;
        m_own->select(m_highlight.isEmpty() ? none : m_highlight);
        if (m_own->currentId() != m_highlight) {
            m_highlight.clear(); // not an item of the briefing
            m_own->select(none);
        }
    }
    applyRange();
    m_applyingStyle = false;
    update();
}

void StageView::applyRange()
{
    const double from = dayOf(m_stop.from, false), to = dayOf(m_stop.to, true);
    if (page() == Page::Chart) {
        m_chart->showStopRange(from, to); // once its series are read, for a view that reads them in the background
    } else if (page() == Page::Timeline) {
        m_timeline->fitAll();
        if (!std::isnan(from) || !std::isnan(to))
            m_timeline->setRange(std::isnan(from) ? m_timeline->from() : from, std::isnan(to) ? m_timeline->to() : to);
    }
}

double StageView::viewFrom() const
{
    if (page() == Page::Chart && m_chart->chart()->isTime())
        return m_chart->chart()->from();
    return page() == Page::Timeline ? m_timeline->from() : std::nan("");
}

double StageView::viewTo() const
{
    if (page() == Page::Chart && m_chart->chart()->isTime())
        return m_chart->chart()->to();
    return page() == Page::Timeline ? m_timeline->to() : std::nan("");
}

void StageView::setViewRange(double from, double to)
{
    const double before[2] = {viewFrom(), viewTo()};
    if (page() == Page::Chart)
        m_chart->setRange(from, to);
    else if (page() == Page::Timeline)
        m_timeline->setRange(from, to);
    else
        return;
    if (viewFrom() != before[0] || viewTo() != before[1])
        emit viewRangeChanged(viewFrom(), viewTo());
    update();
}

void StageView::setHighlight(const QString &id)
{
    const auto database = m_own->database();
    if (id == m_highlight || !database)
        return;
    m_applyingStyle = true;
    m_own->select(id.isEmpty() ? database->briefing().metadata.id : id);
    // An id the briefing does not have highlights nothing.
    const QString highlight = m_own->currentId() == id ? id : QString();
    if (highlight.isEmpty())
        m_own->select(database->briefing().metadata.id);
    m_applyingStyle = false;
    if (highlight == m_highlight)
        return;
    m_highlight = highlight;
    emit highlightChanged(m_highlight);
    update();
}

void StageView::ownCurrentChanged(const QString &id)
{
    // A point clicked on the stage's chart.
    if (m_applyingStyle)
        return;
    const auto database = m_own->database();
    const QString highlight = database && id == database->briefing().metadata.id ? QString() : id;
    if (highlight == m_highlight)
        return;
    m_highlight = highlight;
    emit highlightChanged(m_highlight);
    update();
}

void StageView::setLook(Look look)
{
    if (look == m_look)
        return;
    m_look = look;
    applyStyle();
}

void StageView::applyStyle()
{
    const bool applying = m_applyingStyle;
    m_applyingStyle = true;
    const QPalette normal = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    m_style = StageStyle::of(height(), m_look == Look::Projector ? StageStyle::Look::Projector : StageStyle::Look::Normal,
                             normal);
    QPalette stage = m_style.palette;
    stage.setColor(QPalette::Window, stage.color(QPalette::Base)); // figures and text on one ground
    stage.setColor(QPalette::WindowText, stage.color(QPalette::Text));
    m_style.palette = stage;
    setPalette(stage);
    m_heading->setFont(m_style.font(m_style.titlePx, true));
    m_sourceLine->setFont(m_style.font(m_style.smallPx));
    QPalette muted = stage;
    muted.setColor(QPalette::WindowText, m_style.muted());
    m_sourceLine->setPalette(muted);
    layout()->setContentsMargins(m_style.margin, m_style.margin * 2 / 3, m_style.margin, m_style.margin * 2 / 3);
    layout()->setSpacing(m_style.margin / 2);
    m_text->setStageStyle(m_style);
    m_chart->setStageStyle(m_style);
    m_timeline->setStageStyle(m_style);
    m_compare->setStageStyle(m_style);
    m_applyingStyle = applying;
    update();
}

void StageView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (StageStyle::of(height(), StageStyle::Look::Normal, palette()).bodyPx != m_style.bodyPx
        || StageStyle::of(height(), StageStyle::Look::Normal, palette()).titlePx != m_style.titlePx)
        applyStyle();
}

void StageView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingStyle && m_look == Look::Normal)
        QTimer::singleShot(0, this, &StageView::applyStyle); // the window's theme changed
    if (event->type() == QEvent::LanguageChange)
        showStop();
}

void StageView::paintEvent(QPaintEvent *)
{
    // The children paint after this, in the same pass: the signal goes once they have.
    if (m_paintPending)
        return;
    m_paintPending = true;
    QTimer::singleShot(0, this, [this] {
        m_paintPending = false;
        emit stopPainted();
    });
}

} // namespace bv
