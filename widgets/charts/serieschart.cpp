// SPDX-License-Identifier: MIT
#include "content/plaintext.h"
#include "charts/serieschart.h"

#include "file/briefingdatabase.h"
#include "models/pointtablemodel.h"
#include "common/viewcolours.h"
#include "models/selection.h"
#include "charts/categorybars.h"

#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QCursor>
#include <QEvent>
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
} // namespace

SeriesChart::SeriesChart(Selection *selection, const EventTimeIndex *events, int seriesRow, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_events(events)
    , m_series(selection->database()->briefing().series.at(seriesRow))
    , m_chart(new QChart)
    , m_canvas(new ChartCanvas(m_chart, this))
    , m_header(new QBoxLayout(QBoxLayout::LeftToRight))
    , m_title(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_description(new QLabel(this))
    , m_notShown(new QLabel(this))
    , m_sort(new QToolButton(this))
    , m_tableButton(new QToolButton(this))
    , m_copyCsv(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_table(new QTreeView(this))
{
    setObjectName(QStringLiteral("chart-") + m_series.id);
    m_tableModel = new PointTableModel(m_series, &m_values, this);
    for (QLabel *label : {m_title, m_caption, m_description, m_notShown}) {
        label->setTextFormat(Qt::PlainText); // content is untrusted text
        label->setWordWrap(true);
    }
    QFont titleFont = m_title->font();
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
    QAction *copyImageAction = exportMenu->addAction(QString(), this, &SeriesChart::copyImage);
    copyImageAction->setObjectName(QStringLiteral("copyImage"));
    m_export->setMenu(exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);

    m_header->addWidget(m_title, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(); // right-aligned (leading side mirrored) when under the title
    buttons->addWidget(m_sort);
    buttons->addWidget(m_tableButton);
    buttons->addWidget(m_copyCsv);
    buttons->addWidget(m_export);
    m_header->addLayout(buttons);
    auto *body = new QHBoxLayout;
    body->addWidget(m_canvas, 3);
    body->addWidget(m_table, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(m_header);
    layout->addWidget(m_notShown);
    layout->addLayout(body, 1);
    layout->addWidget(m_caption);
    layout->addWidget(m_description);
    updateCanvasHeight();

    m_chart->legend()->hide();
    m_chart->setLocalizeNumbers(true);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    applyPalette();
    retranslate();
    connect(selection, &Selection::currentChanged, this, &SeriesChart::updateMarkers);
    connect(selection, &Selection::currentChanged, this, &SeriesChart::updateCurrentPoint);
}

void SeriesChart::ensureLoaded() const
{
    if (m_loaded)
        return;
    // Values are read when the chart is first seen (or asked for): a briefing may hold many
    // large series, and only those on screen need memory.
    auto *self = const_cast<SeriesChart *>(this);
    self->m_loaded = true;
    self->m_tableModel->beginReload();
    self->m_values = loadSeriesValues(*m_selection->database(), m_series);
    self->m_tableModel->endReload();
    self->build();
    self->applyPalette();
    self->retranslate();
}

SeriesChart::~SeriesChart() = default;

void SeriesChart::build()
{
    m_shown = !m_values.x.isEmpty();
    m_notShown->setVisible(!m_shown);
    m_canvas->setVisible(m_shown);
    m_tableButton->setEnabled(m_shown);
    m_copyCsv->setEnabled(m_shown);
    m_export->setEnabled(m_shown);
    updateCanvasHeight();
    if (!m_shown)
        return;
    if (isTime())
        buildLine();
    else
        buildBars();
    updateCurrentPoint();
}

void SeriesChart::buildBars()
{
    m_bars = new CategoryBars(m_chart, m_values, this);
    m_yAxis = m_bars->valueAxis();
    m_bars->setOrder(QSettings().value(QLatin1String(sortSetting)).toBool() ? CategoryBars::Order::Value
                                                                             : CategoryBars::Order::File);
    m_sort->setVisible(m_values.size() > 2);
    m_sort->setChecked(m_bars->order() == CategoryBars::Order::Value);
    connect(m_bars, &CategoryBars::hovered, this, [this](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), plainToolTip(describePoint(index)), m_canvas);
        else
            QToolTip::hideText();
    });
    connect(m_bars, &CategoryBars::clicked, this, &SeriesChart::selectPoint);
    // Queued: the canvas may take a new height, which it cannot from within its resize.
    connect(m_canvas, &ChartCanvas::resized, this, &SeriesChart::layOutBars, Qt::QueuedConnection);
    // Once the layouts have given the canvas its width: labels wrapped for a canvas not yet
    // laid out would all be wrapped again.
    QMetaObject::invokeMethod(this, &SeriesChart::layOutBars, Qt::QueuedConnection);
    m_from = -0.5;
    m_to = m_values.size() - 0.5;
}

void SeriesChart::layOutBars()
{
    if (!m_bars)
        return;
    const bool wasHorizontal = m_bars->isHorizontal();
    const int needed = m_bars->layout(m_canvas->width());
    if (m_bars->isHorizontal() != wasHorizontal) {
        m_yAxis = m_bars->valueAxis(); // new axes when the bars turn
        applyPalette();
    }
    if (needed != m_barsHeight) {
        m_barsHeight = needed;
        updateCanvasHeight();
        emit heightChanged();
    }
    updateCurrentPoint(); // the bars may have turned
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

void SeriesChart::updateCurrentPoint()
{
    // A ring on the current data point, when it is one of this chart's.
    std::optional<QPointF> ring;
    const auto database = m_selection->database();
    if (m_loaded && m_shown && database) {
        const Briefing &b = database->briefing();
        QString label;
        const int row = b.seriesOfPointId(m_selection->currentId(), &label);
        int index = -1;
        if (row >= 0 && b.series.at(row).id == m_series.id) {
            if (!isTime()) {
                index = int(m_values.labels.indexOf(label));
            } else {
                const double x = SeriesValues::dayOfLabel(label);
                index = nearestPoint(x);
                if (index >= 0 && m_values.x.at(index) != x)
                    index = -1;
            }
        }
        if (index >= 0 && !std::isnan(m_values.y.at(index)))
            ring = isTime() ? QPointF(drawnDay(m_values.x.at(index)) * msPerDay, m_values.y.at(index))
                            : m_bars->chartPoint(index);
        if (m_bars) {
            // The bar of the current point stands out, else that of a category named like the
            // current item (a country's bar while its actor is current).
            if (index < 0 && row < 0 && !m_selection->currentId().isEmpty())
                index = categoryOf(b.title(m_selection->currentId()));
            m_bars->setHighlighted(index);
        }
    }
    m_canvas->setCurrentPoint(ring);
    updateItemMarks(); // the bars may have moved
}

int SeriesChart::categoryOf(const QString &title) const
{
    const QString wanted = title.trimmed();
    if (wanted.isEmpty())
        return -1;
    for (int i = 0; i < m_values.labels.size(); ++i) {
        if (m_values.labels.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int SeriesChart::nearestPoint(double x) const
{
    if (m_values.x.isEmpty())
        return -1;
    if (!isTime())
        return std::clamp(int(std::lround(x)), 0, m_values.size() - 1);
    const auto it = std::lower_bound(m_values.x.cbegin(), m_values.x.cend(), x);
    int index = int(it - m_values.x.cbegin());
    if (index >= m_values.size())
        index = m_values.size() - 1;
    if (index > 0 && std::abs(m_values.x.at(index - 1) - x) < std::abs(m_values.x.at(index) - x))
        --index;
    return index;
}

QString SeriesChart::describePoint(int index) const
{
    if (index < 0 || index >= m_values.size())
        return {};
    const double y = m_values.y.at(index);
    QString value = std::isnan(y) ? tr("no value") : QLocale().toString(y, 'g', 12);
    if (!std::isnan(y) && !m_series.unit.isEmpty())
        value = tr("%1 %2").arg(value, m_series.unit);
    return tr("%1: %2\nSource: %3").arg(m_tableModel->data(m_tableModel->index(index, 0)).toString(), value, sourceText());
}

void SeriesChart::selectPoint(int index)
{
    ensureLoaded();
    if (index < 0 || index >= m_values.size())
        return;
    const QString label = pointLabel(*m_selection->database(), m_series.id, m_values.positions.at(index));
    m_selection->select(Briefing::pointId(m_series.id, label));
}

QString SeriesChart::sourceText() const
{
    // The series' sources are known without reading its points.
    const Briefing &b = m_selection->database()->briefing();
    QStringList sources;
    for (const QString &id : m_series.sourceIds)
        sources << b.citation(id);
    return sources.join(QStringLiteral("; "));
}

QString SeriesChart::csv() const
{
    ensureLoaded();
    return m_tableModel->csv(sourceText());
}

void SeriesChart::fitHeight(int viewportHeight)
{
    if (viewportHeight == m_viewportHeight)
        return;
    m_viewportHeight = viewportHeight;
    updateCanvasHeight();
}

namespace {
constexpr int narrowWidth = 560;
} // namespace

void SeriesChart::updateCanvasHeight()
{
    constexpr int preferred = 220, smallest = 100;
    if (m_barsHeight > 0) {
        // Horizontal bars take a row each, whatever the viewport: the panel scrolls.
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
        cap = std::max(smallest, m_viewportHeight - rest);
    }
    m_canvas->setMinimumHeight(std::min(preferred, cap));
    m_canvas->setMaximumHeight(cap);
}

void SeriesChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // A narrow chart puts its buttons under the title, which then wraps less and leaves the
    // plot more height.
    const auto direction = width() < narrowWidth ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight;
    if (m_header->direction() != direction)
        m_header->setDirection(direction);
    updateCanvasHeight(); // the caption wraps anew
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

void SeriesChart::applyPalette()
{
    const QPalette pal = palette();
    const auto theme = ViewColours::isDark(pal) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme); // resets every series and axis: not for nothing
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setLocale(locale());
    QColor line = ViewColours::series(0, pal);
    if (m_faded)
        line.setAlpha(70);
    QPen pen(line, m_highlighted ? 2.5 : 1.5);
    for (QLineSeries *segment : std::as_const(m_segments))
        segment->setPen(pen);
    if (m_bars)
        m_bars->applyPalette(pal, line, m_highlighted ? pal.color(QPalette::Text) : line);
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

void SeriesChart::retranslate()
{
    m_title->setText(m_series.unit.isEmpty() ? m_series.name : tr("%1 (%2)").arg(m_series.name, m_series.unit));
    // The source right under the plot, always in view with it; the description after it.
    QString caption = tr("Source: %1").arg(sourceText());
    if (m_values.unsourcedCount > 0)
        caption += QLatin1Char('\n') + tr("%n point(s) without a source are not shown.", nullptr, m_values.unsourcedCount);
    m_caption->setText(caption);
    m_description->setText(m_series.description);
    m_description->setVisible(!m_series.description.isEmpty());
    m_notShown->setText(tr("No figure of this series names its source, so none is shown."));
    if (m_bars)
        m_bars->setUnit(m_series.unit);
    else if (m_yAxis)
        m_yAxis->setTitleText(m_series.unit.toHtmlEscaped()); // QtCharts renders it as rich text
    m_sort->setText(tr("Sort by value"));
    m_sort->setToolTip(tr("Show the largest value first, or the categories in the briefing's order"));
    m_tableButton->setText(tr("Table"));
    m_tableButton->setToolTip(tr("Show the figures as a table beside the chart"));
    m_copyCsv->setText(tr("Copy CSV"));
    m_copyCsv->setToolTip(tr("Copy every point, with unit and source, as CSV"));
    m_export->setText(tr("Export"));
    if (QAction *copy = m_export->menu()->findChild<QAction *>(QStringLiteral("copyImage")))
        copy->setText(tr("Copy Image"));
    m_canvas->setAccessibleName(tr("Chart: %1").arg(m_series.name));
    QString description;
    if (!m_loaded) {
        description = tr("Chart of %1. Source: %2.").arg(m_series.name, sourceText());
    } else if (m_shown && isTime()) {
        description = tr("Line chart of %n point(s) from %1 to %2. Source: %3.", nullptr, m_values.size())
                          .arg(m_tableModel->data(m_tableModel->index(0, 0)).toString(),
                               m_tableModel->data(m_tableModel->index(m_values.size() - 1, 0)).toString(), sourceText());
    } else if (m_shown) {
        description = tr("Bar chart of %n categorie(s). Source: %1. The table beside it lists the values.", nullptr,
                         m_values.size()).arg(sourceText());
    }
    m_canvas->setAccessibleDescription(description);
    m_table->setAccessibleName(tr("Figures of %1").arg(m_series.name));
    updateCanvasHeight();
}

void SeriesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LocaleChange)
        m_chart->setLocale(locale());
    QWidget::changeEvent(event);
}

void SeriesChart::paintEvent(QPaintEvent *)
{
    if (!m_highlighted)
        return;
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, 4, height()), palette().color(QPalette::Highlight));
}

} // namespace bv
