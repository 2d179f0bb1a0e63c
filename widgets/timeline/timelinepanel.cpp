// SPDX-License-Identifier: MIT
#include "timeline/timelinepanel.h"

#include "common/safefilename.h"

#include "file/briefingdatabase.h"
#include "models/eventlistmodel.h"
#include "models/itemroles.h"
#include "common/linkedrowdelegate.h"
#include "common/sceneexport.h"
#include "models/selection.h"
#include "timeline/timelineoverview.h"
#include "timeline/timelineview.h"
#include "models/timerange.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace bv {

TimelinePanel::TimelinePanel(Selection *selection, TimeRange *timeRange, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_timeRange(timeRange)
    , m_view(new TimelineView(selection, timeRange, this))
    , m_overview(new TimelineOverview(m_view, this))
    , m_listModel(new EventListModel(selection, this))
    , m_list(new QListView(this))
    , m_lanes(new QComboBox(this))
    , m_fit(new QToolButton(this))
    , m_sync(new QCheckBox(this))
    , m_export(new QToolButton(this))
    , m_lanesLabel(new QLabel(this))
    , m_listTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_lanes->addItem(QString(), int(EventTimeIndex::Lanes::ByCategory));
    m_lanes->addItem(QString(), int(EventTimeIndex::Lanes::ByActor));
    m_lanesLabel->setBuddy(m_lanes);
    connect(m_lanes, &QComboBox::currentIndexChanged, this, [this] {
        m_view->setLanes(EventTimeIndex::Lanes(m_lanes->currentData().toInt()));
    });
    connect(m_fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    m_sync->setChecked(timeRange->isSynced());
    connect(m_sync, &QCheckBox::toggled, timeRange, &TimeRange::setSynced);
    connect(timeRange, &TimeRange::syncedChanged, m_sync, &QCheckBox::setChecked);
    connect(timeRange, &TimeRange::syncedChanged, this, [this](bool synced) {
        if (synced)
            m_timeRange->setRange(m_view->from(), m_view->to(), m_view);
    });

    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(QStringLiteral("PNG"), this, [this] { chooseExport(QStringLiteral("png"), 1); });
    exportMenu->addAction(QStringLiteral("PNG 2×"), this, [this] { chooseExport(QStringLiteral("png"), 2); });
    exportMenu->addAction(QStringLiteral("SVG"), this, [this] { chooseExport(QStringLiteral("svg"), 1); });
    m_export->setMenu(exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);

    m_list->setModel(m_listModel);
    m_list->setObjectName(QStringLiteral("visibleEventsList"));
    m_listDelegate = new LinkedRowDelegate(m_list);
    m_list->setItemDelegate(m_listDelegate);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        m_selection->select(index.data(IdRole).toString());
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_selection->select(index.data(IdRole).toString());
    });
    // The list follows the visible range a moment after panning or zooming stops.
    m_listTimer->setSingleShot(true);
    m_listTimer->setInterval(120);
    connect(m_listTimer, &QTimer::timeout, this, &TimelinePanel::refreshList);
    connect(m_view, &TimelineView::visibleRangeChanged, m_listTimer, qOverload<>(&QTimer::start));
    connect(m_view, &TimelineView::indexRebuilt, m_listTimer, qOverload<>(&QTimer::start));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_lanesLabel);
    controls->addWidget(m_lanes);
    controls->addWidget(m_fit);
    controls->addWidget(m_sync);
    controls->addStretch();
    controls->addWidget(m_export);

    auto *timeline = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(2);
    timelineLayout->addWidget(m_view, 1);
    timelineLayout->addWidget(m_overview);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(timeline);
    splitter->addWidget(m_list);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 260});
    m_list->setMinimumWidth(160);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    retranslate();
    refreshList();
}

void TimelinePanel::refreshList()
{
    constexpr int listed = 1000;
    QVector<int> visible = m_view->visibleEvents();
    const int more = std::max(0, int(visible.size()) - listed);
    if (more > 0)
        visible.resize(listed);
    m_listModel->setEvents(visible, more);
}

QString TimelinePanel::stamp() const
{
    const auto database = m_selection->database();
    if (!database)
        return {};
    const Metadata &m = database->briefing().metadata;
    const QLocale locale;
    const QString range = tr("%1 to %2").arg(locale.toString(EventTimeIndex::dateOf(m_view->from()), QLocale::ShortFormat),
                                             locale.toString(EventTimeIndex::dateOf(m_view->to()), QLocale::ShortFormat));
    if (m.edition.isEmpty())
        return tr("%1 — %2").arg(m.title, range);
    return tr("%1 — edition %2 — %3").arg(m.title, m.edition, range);
}

QString TimelinePanel::exportTo(const QString &path, const QString &format, qreal scale) const
{
    const auto database = m_selection->database();
    if (!database)
        return tr("No briefing is open.");
    const QSize size = m_view->isVisible() && m_view->width() > 300 ? m_view->size() + QSize(0, 40) : QSize(1400, 520);
    const QString text = stamp();
    const EventTimeIndex &index = m_view->index();
    const TimelineHighlight highlight = m_view->highlight();
    const double from = m_view->from(), to = m_view->to();
    const QFont font = m_view->font();
    const QLocale locale = m_view->locale();
    const QPalette palette = m_view->palette();
    auto paint = [&](QPainter &painter, const QSize &area) {
        painter.setFont(font);
        const TimelineScene scene = TimelinePainter::scene(index, database->briefing(), QRectF(QPointF(0, 0), area),
                                                           from, to, font, locale, text);
        TimelinePainter::paint(painter, scene, index, database->briefing(), highlight, palette);
    };
    if (format == QLatin1String("svg"))
        return SceneExport::svg(path, size, text, tr("Timeline of events exported from Briefing Viewer"), paint);
    return SceneExport::png(path, size, scale, paint);
}

void TimelinePanel::chooseExport(const QString &format, qreal scale)
{
    const QString filter = format == QLatin1String("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"), QStringLiteral("timeline.") + format, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    const QString error = exportTo(path, format, scale);
    if (!error.isEmpty())
        warnPlainText(this, tr("Export failed"), error); // it names the path
}

void TimelinePanel::retranslate()
{
    m_lanesLabel->setText(tr("&Lanes:"));
    m_lanes->setItemText(0, tr("By category"));
    m_lanes->setItemText(1, tr("By actor"));
    m_fit->setText(tr("Fit All"));
    m_fit->setToolTip(tr("Show every event (Ctrl+0 in the timeline)"));
    m_sync->setText(tr("S&ync time"));
    m_sync->setToolTip(tr("The timeline and the time-axis charts show the same period"));
    m_export->setText(tr("Export"));
    m_export->setToolTip(tr("Save the visible timeline as PNG or SVG"));
    m_export->menu()->setTitle(tr("Export")); // its own name, for screen readers
    m_list->setAccessibleName(tr("Events visible on the timeline"));
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelinePanel::setMarks(const ItemMarks *marks)
{
    m_view->setMarks(marks);
    m_listDelegate->setMarks(marks, m_list->viewport());
}

} // namespace bv
