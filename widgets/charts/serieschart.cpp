// SPDX-License-Identifier: MIT
#include "charts/serieschart.h"
#include "charts/endlabels.h"

#include "charts/breakmarks.h"
#include "charts/categorybars.h"
#include "charts/categorytable.h"
#include "charts/chartcomparison.h"
#include "charts/chartlegend.h"
#include "charts/slopechart.h"
#include "content/plaintext.h"
#include "content/seriescache.h"
#include "file/briefingdatabase.h"
#include "models/pointtablemodel.h"
#include "models/selection.h"

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QFontInfo>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QTreeView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace bv {

namespace {
constexpr char sortSetting[] = "charts/sortByValue";
constexpr int narrowWidth = 560; // narrower: the buttons under the title
} // namespace

SeriesChart::SeriesChart(Selection *selection, const EventTimeIndex *events, int seriesRow, QWidget *parent)
    : SeriesChart(selection, events, ChartSpec::ofSeries(selection->database()->briefing(), seriesRow), parent)
{
}

SeriesChart::SeriesChart(Selection *selection, const EventTimeIndex *events, const ChartSpec &spec, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_events(events)
    , m_spec(spec)
    , m_series(seriesOf(selection->database()->briefing(), spec))
    , m_values(m_series.size())
    , m_chart(new QChart)
    , m_canvas(new ChartCanvas(m_chart, this))
    , m_header(new QBoxLayout(QBoxLayout::LeftToRight))
    , m_title(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_description(new QLabel(this))
    , m_notShown(new QLabel(this))
    , m_outOfRangeBox(new QWidget(this))
    , m_outOfRangeLabel(new QLabel(m_outOfRangeBox))
    , m_ownPeriod(new QToolButton(m_outOfRangeBox))
    , m_sort(new QToolButton(this))
    , m_tableButton(new QToolButton(this))
    , m_copyCsv(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_compare(new QToolButton(this))
    , m_compareMenu(new QMenu(this))
    , m_table(new QTreeView(this))
{
    setObjectName(QStringLiteral("chart-") + m_spec.id);
    m_madeFor = selection->database();
    m_tableModel = new PointTableModel(m_series, &m_values, this);
    setUpWidgets();
    m_chart->legend()->hide(); // ours (ChartLegend) knows statuses and draws plain text
    m_chart->setLocalizeNumbers(true);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    applyPalette();
    retranslate();
    followBriefing();
}

void SeriesChart::setUpWidgets()
{
    for (QLabel *label : {m_title, m_caption, m_description, m_notShown, m_outOfRangeLabel}) {
        label->setTextFormat(Qt::PlainText); // content is untrusted text
        label->setWordWrap(true);
    }
    QFont titleFont; // bold only: its size follows the window's text size
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_tableModel);
    m_table->setVisible(false);
    m_table->setMinimumWidth(220);
    // A tree view with uniform rows keeps nothing per row (a table's hidden row header kept
    // 10 MB for a 100,000-point series).
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setItemsExpandable(false);
    m_table->header()->setStretchLastSection(true);
    m_sort->setCheckable(true);
    m_sort->setVisible(false); // category charts only
    connect(m_sort, &QToolButton::clicked, this, [this](bool byValue) {
        QSettings().setValue(QLatin1String(sortSetting), byValue); // the user's choice, remembered
        setSortByValue(byValue);
        emit sortChangedByUser(byValue);
    });
    m_tableButton->setCheckable(true);
    connect(m_tableButton, &QToolButton::toggled, m_table, &QWidget::setVisible);
    connect(m_copyCsv, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(csv()); });
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(QStringLiteral("PNG 1×"), this, [this] { chooseExport(QStringLiteral("png"), 1); });
    exportMenu->addAction(QStringLiteral("PNG 2×"), this, [this] { chooseExport(QStringLiteral("png"), 2); });
    exportMenu->addAction(QStringLiteral("PNG 4×"), this, [this] { chooseExport(QStringLiteral("png"), 4); });
    exportMenu->addAction(QStringLiteral("SVG"), this, [this] { chooseExport(QStringLiteral("svg"), 1); });
    exportMenu->addAction(QStringLiteral("PDF"), this, [this] { chooseExport(QStringLiteral("pdf"), 1); });
    QAction *copyImageAction = exportMenu->addAction(QString(), this, &SeriesChart::copyImage);
    copyImageAction->setObjectName(QStringLiteral("copyImage"));
    m_export->setMenu(exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);
    // "Compare with…": from its button or the plot's context menu. The panel replaces the
    // chart once the menu has closed.
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compareMenu->setObjectName(QStringLiteral("compareMenu"));
    connect(m_compareMenu, &QMenu::aboutToShow, this, [this] {
        ChartComparison::fillMenu(
            m_compareMenu, m_selection->database()->briefing(), m_spec,
            [this](const QString &id) { emit compareRequested(id); },
            [this](const QString &id) { emit removeComparisonRequested(id); });
    });
    connect(m_compare, &QToolButton::clicked, this,
            [this] { m_compareMenu->popup(m_compare->mapToGlobal(QPoint(0, m_compare->height()))); });
    connect(m_canvas, &ChartCanvas::contextMenuRequested, this, [this](const QPoint &at) {
        if (!isPresentation()) // a stage's chart is the briefing's as it is
            m_compareMenu->popup(at);
    });
    // A time chart whose range holds none of its points: this instead of an empty plot.
    auto *outOfRange = new QHBoxLayout(m_outOfRangeBox);
    outOfRange->setContentsMargins(0, 12, 0, 12);
    outOfRange->addWidget(m_outOfRangeLabel, 1);
    outOfRange->addWidget(m_ownPeriod, 0, Qt::AlignTop);
    m_outOfRangeBox->setVisible(false);
    connect(m_ownPeriod, &QToolButton::clicked, this, [this] {
        resetRange();
        emit rangeChangedByUser(m_from, m_to);
    });

    m_header->addWidget(m_title, 1);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(); // right-aligned (leading side mirrored) when under the title
    m_buttons->addWidget(m_sort);
    m_buttons->addWidget(m_tableButton);
    m_buttons->addWidget(m_copyCsv);
    m_buttons->addWidget(m_export);
    m_buttons->addWidget(m_compare);
    m_header->addLayout(m_buttons);
    m_moreButtons = new QHBoxLayout; // a second row, where one is too narrow for them all
    m_header->addLayout(m_moreButtons);
    auto *plotColumn = new QVBoxLayout;
    plotColumn->setContentsMargins(0, 0, 0, 0);
    plotColumn->addWidget(m_canvas, 1);
    plotColumn->addWidget(m_outOfRangeBox);
    auto *body = new QHBoxLayout;
    body->addLayout(plotColumn, 3);
    body->addWidget(m_table, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(m_header);
    layout->addWidget(m_notShown);
    layout->addLayout(body, 1);
    layout->addWidget(m_caption);
    layout->addWidget(m_description);
    updateCanvasHeight();
}

void SeriesChart::setWaiting(bool waiting)
{
    m_waiting = waiting && !m_loaded;
    m_canvas->setStatusText(m_waiting ? tr("Reading the figures…") : QString());
}

void SeriesChart::ensureLoaded() const
{
    if (m_loaded)
        return;
    // Read when first seen (or asked for), once for every view (SeriesCache; copies share it).
    auto *self = const_cast<SeriesChart *>(this);
    self->m_loaded = true;
    self->setWaiting(false);
    self->m_tableModel->beginReload();
    for (int i = 0; i < m_series.size(); ++i)
        self->m_values[i] = *self->m_held.emplace_back(m_selection->database()->seriesCache().values(m_series.at(i)));
    self->m_tableModel->endReload();
    self->build();
    self->applyPalette();
    self->retranslate();
}

SeriesChart::~SeriesChart()
{
    // Our scene items go before the chart that holds them (the canvas, a child, goes later).
    delete m_bars;
    delete m_slope;
    delete m_legend;
    m_endLabels.reset();
    delete m_seriesLines;
    m_breaks.reset();
}

int SeriesChart::indexOfSeries(const QString &seriesId) const
{
    for (int i = 0; i < m_series.size(); ++i) {
        if (m_series.at(i).id == seriesId)
            return i;
    }
    return -1;
}

void SeriesChart::build()
{
    m_shown = false;
    for (const SeriesValues &values : std::as_const(m_values))
        m_shown = m_shown || !values.x.isEmpty();
    m_notShown->setVisible(!m_shown);
    m_canvas->setVisible(m_shown);
    // In place of the plot: on a stage the statement stands in the middle of the figure.
    if (auto *column = qobject_cast<QVBoxLayout *>(layout()))
        column->setStretchFactor(m_notShown, m_shown ? 0 : 1);
    m_notShown->setAlignment(isPresentation() ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignTop);
    m_tableButton->setEnabled(m_shown);
    m_copyCsv->setEnabled(m_shown);
    m_export->setEnabled(m_shown);
    updateCanvasHeight();
    if (!m_shown)
        return;
    m_legend = new ChartLegend(m_chart, this);
    if (isTime())
        buildLine();
    else if (m_spec.drawing == ChartSpec::Drawing::Slope)
        buildSlope();
    else
        buildBars();
    buildLegend();
    connect(m_canvas, &ChartCanvas::resized, this, &SeriesChart::layOutLegend);
    updateCurrentPoint();
}

void SeriesChart::buildBars()
{
    m_categories = std::make_unique<CategoryTable>(CategoryTable::make(m_values, m_series.first().kind == Series::Kind::Time));
    const auto style = m_spec.drawing == ChartSpec::Drawing::Stacked ? CategoryBars::Style::Stacked
                       : m_spec.drawing == ChartSpec::Drawing::Dots  ? CategoryBars::Style::Dots
                                                                      : CategoryBars::Style::Bars;
    m_bars = new CategoryBars(m_chart, *m_categories, style, this);
    m_yAxis = m_bars->valueAxis();
    m_bars->setOrder(QSettings().value(QLatin1String(sortSetting)).toBool() ? CategoryBars::Order::Value
                                                                             : CategoryBars::Order::File);
    m_sort->setVisible(canSort() && !isPresentation());
    updateButtonRows();
    m_sort->setChecked(m_bars->order() == CategoryBars::Order::Value);
    connect(m_bars, &CategoryBars::hovered, this, [this](bool status, int series, int point) {
        if (status && point >= 0)
            QToolTip::showText(QCursor::pos(), plainToolTip(describePoint(series, point)), m_canvas);
        else
            QToolTip::hideText();
    });
    connect(m_bars, &CategoryBars::clicked, this, [this](int series, int point) { selectPoint(series, point); });
    // Queued: the canvas may take a new height, which it cannot from within its resize.
    connect(m_canvas, &ChartCanvas::resized, this, &SeriesChart::layOutBars, Qt::QueuedConnection);
    // Once the layouts have given the canvas its width: labels wrapped for a canvas not yet
    // laid out would all be wrapped again.
    QMetaObject::invokeMethod(this, &SeriesChart::layOutBars, Qt::QueuedConnection);
    m_from = -0.5;
    m_to = m_categories->rows() - 0.5;
}

void SeriesChart::buildSlope()
{
    m_categories = std::make_unique<CategoryTable>(CategoryTable::make(m_values, false));
    QStringList columns;
    for (const Series &series : std::as_const(m_series))
        columns << series.name;
    m_slope = new SlopeChart(m_chart, *m_categories, columns, this);
    m_yAxis = m_slope->valueAxis();
    connect(m_slope, &SlopeChart::hovered, this, [this](bool status, int series, int point) {
        if (status && point >= 0)
            QToolTip::showText(QCursor::pos(), plainToolTip(describePoint(series, point)), m_canvas);
        else
            QToolTip::hideText();
    });
    connect(m_slope, &SlopeChart::clicked, this, [this](int series, int point) { selectPoint(series, point); });
    connect(m_canvas, &ChartCanvas::resized, this, &SeriesChart::layOutBars, Qt::QueuedConnection);
    QMetaObject::invokeMethod(this, &SeriesChart::layOutBars, Qt::QueuedConnection);
}

void SeriesChart::layOutBars()
{
    const int width = m_canvas->chartWidth();
    int needed = 0;
    if (m_bars) {
        const bool wasHorizontal = m_bars->isHorizontal();
        // A stage's rows fit its height at the stage's own scale (its type size).
        m_bars->setFitHeight(isPresentation() ? m_canvas->height() / m_presentScale : 0);
        m_legendHeight = m_legend ? m_legend->layout(width) : 0;
        needed = m_bars->layout(width, m_legendHeight);
        if (m_bars->isHorizontal() != wasHorizontal) {
            m_yAxis = m_bars->valueAxis(); // new axes when the bars turn
            applyPalette();
        }
    } else if (m_slope) {
        m_legendHeight = m_legend ? m_legend->layout(width) : 0;
        needed = m_slope->layout(width, m_legendHeight);
    } else {
        return;
    }
    if (needed != m_barsHeight) {
        m_barsHeight = needed;
        updateCanvasHeight();
        emit heightChanged();
    }
    fitPresentation();
    updateCurrentPoint(); // the bars may have turned
}

bool SeriesChart::canSort() const
{
    return m_bars && !m_categories->periods && m_categories->rows() > 2;
}

bool SeriesChart::isSortedByValue() const
{
    return m_bars ? m_bars->order() == CategoryBars::Order::Value
                  : QSettings().value(QLatin1String(sortSetting)).toBool();
}

void SeriesChart::setSortByValue(bool byValue)
{
    m_sort->setChecked(byValue);
    if (m_bars) {
        m_bars->setOrder(byValue ? CategoryBars::Order::Value : CategoryBars::Order::File);
        updateCurrentPoint();
    }
}

int SeriesChart::plotWidth() const
{
    const int width = int(m_chart->plotArea().width());
    return width > 10 ? width : 1000;
}

void SeriesChart::fitHeight(int viewportHeight)
{
    if (viewportHeight == m_viewportHeight)
        return;
    m_viewportHeight = viewportHeight;
    updateCanvasHeight();
}

void SeriesChart::updateCanvasHeight()
{
    constexpr int preferred = 220, smallest = 150; // 100 left a plot of 59 px under the axes and legend
    if (isPresentation()) {
        // A stage gives the plot what it has; rows that need more are drawn smaller.
        m_canvas->setMinimumHeight(1);
        m_canvas->setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    if (m_barsHeight > 0) {
        // Horizontal rows take a row each, whatever the viewport: the panel scrolls.
        m_canvas->setMinimumHeight(m_barsHeight);
        m_canvas->setMaximumHeight(m_barsHeight);
        return;
    }
    int cap = QWIDGETSIZE_MAX;
    if (m_viewportHeight > 0) {
        // What the plot leaves of the viewport: margins, header, notice, source caption and
        // the spacing between them, at the width they wrap to. The description may need a
        // scroll.
        const QMargins margins = layout()->contentsMargins();
        const int inner = std::max(1, width() - margins.left() - margins.right());
        int rest = margins.top() + margins.bottom();
        rest += m_header->hasHeightForWidth() ? m_header->heightForWidth(inner) : m_header->sizeHint().height();
        int parts = 2; // header and plot
        for (QLabel *label : {m_notShown, m_caption}) {
            if (label->isHidden())
                continue;
            rest += label->heightForWidth(inner);
            ++parts;
        }
        rest += std::max(0, layout()->spacing()) * (parts - 1);
        // Never less than a readable plot with its legend (drawn inside the canvas): a long
        // caption then scrolls instead of crushing the plot to a line.
        cap = std::max(smallest + m_legendHeight, m_viewportHeight - rest);
    }
    // A legend takes from the plot: the chart grows by its height.
    m_canvas->setMinimumHeight(std::min(preferred + m_legendHeight, cap));
    m_canvas->setMaximumHeight(cap);
}

void SeriesChart::setPresentation(qreal scale, const QVector<QColor> &colours)
{
    if (!(scale > 0))
        return;
    m_presentScale = scale;
    m_presentColours = colours;
    m_fitSteps = 0;
    m_tableButton->setChecked(false);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_title, m_sort, m_tableButton, m_copyCsv, m_export, m_compare,
                                                            m_table, m_description})
        widget->setVisible(false);
    if (m_marksLabel)
        m_marksLabel->setVisible(false);
    QFont font = QApplication::font();
    font.setPixelSize(std::max(1, int(std::lround(QFontInfo(font).pixelSize() * scale))));
    for (QWidget *widget : std::initializer_list<QWidget *>{m_caption, m_notShown, m_outOfRangeLabel, m_ownPeriod})
        widget->setFont(font);
    m_notShown->setAlignment(Qt::AlignCenter);
    fitCaption();
    m_canvas->setRenderHint(QPainter::Antialiasing, true); // lines as thick as a stage's are drawn smooth
    // QChartView makes the chart's own minimum (its margins for the rows' labels, in the
    // chart's units) the view's, in pixels: on a small stage (a console's preview) the plot
    // would then claim more height than the stage has and run under the source line.
    m_chart->setMinimumSize(QSizeF(1, 1));
    m_canvas->setScale(scale);
    applyPalette();
    updateCanvasHeight();
    if (m_loaded && (m_bars || m_slope))
        QMetaObject::invokeMethod(this, &SeriesChart::layOutBars, Qt::QueuedConnection);
}

void SeriesChart::resizeEvent(QResizeEvent *event)
{
    m_fitSteps = 0;
    QWidget::resizeEvent(event);
    fitCaption();
    updateHeaderDirection();
    updateButtonRows();
    updateCanvasHeight(); // the caption wraps anew
}

void SeriesChart::updateHeaderDirection()
{
    // A narrow chart puts its buttons under the title, which then wraps less and leaves the
    // plot more height. Beside the title only where they fit: the buttons beside the title
    // make the chart's minimum that wide, and a chart made wider than its panel would be
    // scrolled sideways. Judged, like the rows of buttons, by the width the panel has where
    // the chart is wider: in a scroll area the chart's width follows its minimum, so judged
    // by its own width the choice would undo itself, and the scroll area would resize the
    // chart back and forth without end.
    const int judged = m_viewportWidth > 0 ? std::min(m_viewportWidth, width()) : width();
    const QMargins margins = layout()->contentsMargins();
    const int spacing = std::max(0, m_header->spacing());
    int beside = margins.left() + margins.right() + m_title->minimumSizeHint().width() + spacing
            + m_buttons->minimumSize().width();
    if (!m_moreButtons->isEmpty())
        beside += spacing + m_moreButtons->minimumSize().width();
    const auto direction = judged < std::max(narrowWidth, beside) ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_header->direction() != direction)
        m_header->setDirection(direction);
}

void SeriesChart::setEmphasis(bool highlighted, bool faded)
{
    if (highlighted == m_highlighted && faded == m_faded)
        return;
    m_highlighted = highlighted;
    m_faded = faded;
    applyPalette();
    update();
}

void SeriesChart::paintEvent(QPaintEvent *)
{
    if (!m_highlighted)
        return;
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, 4, height()), palette().color(QPalette::Highlight));
}

} // namespace bv
