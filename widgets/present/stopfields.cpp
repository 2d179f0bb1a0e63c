// SPDX-License-Identifier: MIT
#include "present/stopfields.h"

#include "charts/chartspec.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"
#include "present/stageview.h"
#include "present/wrappingdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bv {

namespace {

constexpr int idRole = Qt::UserRole + 1;

QString quoted(const QString &text)
{
    return QStringLiteral("“") + text + QStringLiteral("”");
}

// The checked items' ids, in the list's order.
QStringList checkedIds(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(idRole).toString();
    }
    return ids;
}

void setChecks(QListWidget *list, const QStringList &ids)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        const Qt::CheckState state = ids.contains(item->data(idRole).toString()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
}

QListWidgetItem *checkable(QListWidget *list, const QString &text, const QString &id)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(idRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren);
    item->setCheckState(Qt::Unchecked);
    return item;
}

} // namespace

StopFields::StopFields(Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_form(new QFormLayout(this))
    , m_periodLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
    , m_highlightLabel(new QLabel(this))
    , m_lanesLabel(new QLabel(this))
    , m_scenariosLabel(new QLabel(this))
    , m_period(new QWidget(this))
    , m_whole(new QCheckBox(m_period))
    , m_from(new QLineEdit(m_period))
    , m_to(new QLineEdit(m_period))
    , m_highlight(new QComboBox(this))
    , m_lanesBox(new QWidget(this))
    , m_laneKind(new QComboBox(m_lanesBox))
    , m_lanes(new QListWidget(m_lanesBox))
    , m_scenarios(new QListWidget(this))
{
    setObjectName(QStringLiteral("stopFields"));
    m_whole->setObjectName(QStringLiteral("stopWholePeriod"));
    m_from->setObjectName(QStringLiteral("stopFrom"));
    m_to->setObjectName(QStringLiteral("stopTo"));
    m_highlight->setObjectName(QStringLiteral("stopHighlight"));
    m_laneKind->setObjectName(QStringLiteral("stopLaneKind"));
    m_lanes->setObjectName(QStringLiteral("stopLanes"));
    m_scenarios->setObjectName(QStringLiteral("stopScenarios"));
    for (QLineEdit *bound : {m_from, m_to}) {
        bound->setMaxLength(10); // 'YYYY-MM-DD'
        const int digits = fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00"));
        bound->setMinimumWidth(digits + 16); // a whole day shown, with the frame's margins
        bound->setMaximumWidth(digits * 2);
        connect(bound, &QLineEdit::editingFinished, this, &StopFields::periodEdited);
    }
    m_highlight->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_highlight->setMinimumContentsLength(12);
    for (QListWidget *list : {m_lanes, m_scenarios}) {
        new WrappingDelegate(list); // a long lane's or scenario's name wraps: the list never scrolls sideways
        list->setMinimumHeight(fontMetrics().lineSpacing() * 4);
        list->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    }
    m_periodLabel->setBuddy(m_from);
    m_highlightLabel->setBuddy(m_highlight);
    m_lanesLabel->setBuddy(m_laneKind);
    m_scenariosLabel->setBuddy(m_scenarios);

    // The bounds on a line, "Whole period" under them: the editor's column is narrow.
    auto *bounds = new QHBoxLayout;
    bounds->setContentsMargins(0, 0, 0, 0);
    bounds->addWidget(m_from, 1);
    bounds->addWidget(m_toLabel);
    bounds->addWidget(m_to, 1);
    bounds->addStretch(0);
    auto *period = new QVBoxLayout(m_period);
    period->setContentsMargins(0, 0, 0, 0);
    period->addLayout(bounds);
    period->addWidget(m_whole);
    auto *lanes = new QVBoxLayout(m_lanesBox);
    lanes->setContentsMargins(0, 0, 0, 0);
    lanes->addWidget(m_laneKind);
    lanes->addWidget(m_lanes);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(m_periodLabel, m_period);
    m_form->addRow(m_highlightLabel, m_highlight);
    m_form->addRow(m_lanesLabel, m_lanesBox);
    m_form->addRow(m_scenariosLabel, m_scenarios);

    connect(m_whole, &QCheckBox::toggled, this, &StopFields::wholeToggled);
    connect(m_highlight, &QComboBox::activated, this, &StopFields::highlightChosen);
    connect(m_laneKind, &QComboBox::activated, this, &StopFields::laneKindChosen);
    connect(m_lanes, &QListWidget::itemChanged, this, &StopFields::laneChanged);
    connect(m_scenarios, &QListWidget::itemChanged, this, &StopFields::scenarioChanged);
    connect(m_selection, &Selection::databaseChanged, this, [this] {
        m_highlight->clear();
        m_lanes->clear();
        m_scenarios->clear();
        fill();
    });
    retranslate();
    fill();
}

void StopFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StopFields::retranslate()
{
    m_periodLabel->setText(tr("P&eriod:"));
    //: Between the two bounds of a stop's period: "2018 to 2024"
    m_toLabel->setText(tr("to"));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));
    for (QLineEdit *bound : {m_from, m_to}) {
        //: A placeholder: the form of a period's bound
        bound->setPlaceholderText(tr("YYYY"));
        bound->setToolTip(tr("A year (2024), a quarter (2024-Q2), a month (2024-03) or a day (2024-03-15); "
                             "empty: open on that side"));
    }
    m_whole->setText(tr("&Whole period"));
    m_whole->setToolTip(tr("Show all of the chart's or the timeline's period"));
    m_highlightLabel->setText(tr("&Highlight:"));
    m_highlight->setAccessibleName(tr("Highlighted item"));
    if (m_highlight->count() > 0)
        m_highlight->setItemText(0, tr("Nothing highlighted"));
    m_lanesLabel->setText(tr("&Lanes:"));
    m_laneKind->setAccessibleName(tr("Lanes by"));
    m_lanes->setAccessibleName(tr("Lanes shown"));
    m_lanes->setToolTip(tr("The lanes the stop shows; none checked: all of them"));
    m_scenariosLabel->setText(tr("&Scenarios:"));
    m_scenarios->setAccessibleName(tr("Scenarios side by side"));
    m_scenarios->setToolTip(tr("Check two or three scenarios to show side by side"));
    const QSignalBlocker quiet(m_laneKind);
    const int kind = m_laneKind->currentIndex();
    m_laneKind->clear();
    m_laneKind->addItem(tr("By category"), false);
    m_laneKind->addItem(tr("By actor"), true);
    m_laneKind->setCurrentIndex(std::max(0, kind));
}

bool StopFields::hasFields() const
{
    return m_stop.kind == PathStop::Kind::Chart || m_stop.kind == PathStop::Kind::Timeline
           || m_stop.kind == PathStop::Kind::Compare;
}

void StopFields::setStop(const PathStop &stop, bool editable)
{
    const bool other = stop.kind != m_stop.kind || stop.itemId != m_stop.itemId;
    m_stop = stop;
    m_editable = editable;
    if (other)
        m_highlight->clear(); // another chart's points
    fill();
}

bool StopFields::isTimeChart() const
{
    const auto database = m_selection->database();
    if (!database || m_stop.kind != PathStop::Kind::Chart)
        return false;
    const Briefing &b = database->briefing();
    if (b.kindOf(m_stop.itemId) == ItemKind::Series)
        return ChartSpec::ofSeries(b, b.rowOf(m_stop.itemId)).isTimeAxis();
    for (const ChartSpec &spec : chartSpecs(b)) {
        if (spec.id == m_stop.itemId)
            return spec.isTimeAxis();
    }
    return false;
}

void StopFields::fill()
{
    const bool open = m_selection->database() != nullptr;
    const bool chart = m_stop.kind == PathStop::Kind::Chart, timeline = m_stop.kind == PathStop::Kind::Timeline;
    const bool compare = m_stop.kind == PathStop::Kind::Compare;
    m_loading = true;
    m_form->setRowVisible(m_period, open && (timeline || (chart && isTimeChart())));
    m_form->setRowVisible(m_highlight, open && chart);
    m_form->setRowVisible(m_lanesBox, open && timeline);
    m_form->setRowVisible(m_scenarios, open && compare);
    const bool whole = m_stop.from.isEmpty() && m_stop.to.isEmpty();
    if (m_from->text() != m_stop.from)
        m_from->setText(m_stop.from);
    if (m_to->text() != m_stop.to)
        m_to->setText(m_stop.to);
    m_whole->setChecked(whole);
    m_from->setEnabled(m_editable && !whole);
    m_to->setEnabled(m_editable && !whole);
    m_whole->setEnabled(m_editable);
    if (open && chart)
        fillHighlights();
    if (open && timeline)
        fillLanes();
    if (open && compare)
        fillScenarios();
    for (QWidget *field : std::initializer_list<QWidget *>{m_highlight, m_laneKind, m_lanes, m_scenarios})
        field->setEnabled(m_editable);
    m_loading = false;
}

void StopFields::fillHighlights()
{
    const Briefing &b = m_selection->database()->briefing();
    if (m_highlight->count() == 0) {
        m_highlight->addItem(tr("Nothing highlighted"), QString());
        QVector<int> rows;
        if (b.kindOf(m_stop.itemId) == ItemKind::Series) {
            rows << b.rowOf(m_stop.itemId);
        } else {
            for (const ChartSpec &spec : chartSpecs(b)) {
                if (spec.id == m_stop.itemId)
                    rows = spec.seriesRows;
            }
        }
        for (int row : std::as_const(rows)) {
            const Series &series = b.series.at(row);
            if (series.pointCount > maxListedPoints)
                continue; // a long series' points are highlighted on the stage or from the console
            for (const Point &point : m_selection->database()->points(series.id)) {
                const QString label = point.shownLabel.isEmpty() ? point.label : point.shownLabel;
                //: A data point to highlight: %1 its series, %2 its label (a year, a country)
                const QString text = rows.size() > 1 ? tr("%1: %2").arg(series.name, label) : label;
                m_highlight->addItem(text, Briefing::pointId(series.id, point.label));
            }
        }
    }
    int at = m_highlight->findData(m_stop.highlightId);
    if (at < 0) { // an item a category stands for, or a point of a long series
        m_highlight->addItem(b.title(m_stop.highlightId).isEmpty() ? m_stop.highlightId : b.title(m_stop.highlightId),
                             m_stop.highlightId);
        at = m_highlight->count() - 1;
    }
    m_highlight->setCurrentIndex(at);
    m_highlight->setToolTip(m_highlight->currentText()); // a long series' name is cut in the box
}

void StopFields::fillLanes()
{
    const Briefing &b = m_selection->database()->briefing();
    m_laneKind->setCurrentIndex(m_stop.lanesByActor ? 1 : 0);
    const bool byActor = m_lanes->property("byActor").toBool();
    if (m_lanes->count() == 0 || byActor != m_stop.lanesByActor) {
        m_lanes->clear();
        m_lanes->setProperty("byActor", m_stop.lanesByActor);
        if (m_stop.lanesByActor) {
            for (const Actor &actor : b.actors)
                checkable(m_lanes, actor.name.isEmpty() ? actor.id : actor.name, actor.id);
        } else {
            QSet<QString> seen;
            QStringList categories;
            for (int row = 0; row < b.events.size(); ++row) {
                const QString &category = b.events.category(row);
                if (!seen.contains(category)) {
                    seen.insert(category);
                    categories << category;
                }
            }
            std::sort(categories.begin(), categories.end(),
                      [](const QString &a, const QString &c) { return a.localeAwareCompare(c) < 0; });
            for (const QString &category : std::as_const(categories))
                checkable(m_lanes, category, category);
        }
    }
    setChecks(m_lanes, m_stop.itemIds);
}

void StopFields::fillScenarios()
{
    if (m_scenarios->count() == 0) {
        for (const Scenario &scenario : m_selection->database()->briefing().scenarios)
            checkable(m_scenarios, scenario.title.isEmpty() ? scenario.id : scenario.title, scenario.id);
    }
    setChecks(m_scenarios, m_stop.itemIds);
}

void StopFields::change(const PathStop &stop)
{
    if (stop == m_stop)
        return;
    m_stop = stop;
    emit edited(stop);
}

void StopFields::periodEdited()
{
    if (m_loading || !m_editable)
        return;
    const QString from = m_from->text().trimmed(), to = m_to->text().trimmed();
    QString wrong;
    for (const QString &bound : {from, to}) {
        if (wrong.isEmpty() && !bound.isEmpty() && !PathStop::isPeriodBound(bound))
            wrong = tr("%1 is not a date: write a year (2024), a quarter (2024-Q2), a month (2024-03) or a day "
                       "(2024-03-15).")
                        .arg(quoted(bound));
    }
    if (wrong.isEmpty() && !from.isEmpty() && !to.isEmpty()
        && !(StageView::dayOf(to, true) > StageView::dayOf(from, false)))
        wrong = tr("The period ends (%1) before it starts (%2).").arg(to, from);
    if (!wrong.isEmpty()) {
        emit problem(wrong);
        fill(); // the bounds as they were
        return;
    }
    PathStop stop = m_stop;
    stop.from = from;
    stop.to = to;
    change(stop);
}

void StopFields::wholeToggled(bool whole)
{
    if (m_loading)
        return;
    m_from->setEnabled(m_editable && !whole);
    m_to->setEnabled(m_editable && !whole);
    if (!whole) {
        m_from->setFocus(Qt::OtherFocusReason); // typed next; the whole period until then
        return;
    }
    PathStop stop = m_stop;
    stop.from.clear();
    stop.to.clear();
    m_loading = true;
    m_from->clear();
    m_to->clear();
    m_loading = false;
    change(stop);
}

void StopFields::highlightChosen(int index)
{
    if (m_loading || !m_editable || index < 0)
        return;
    PathStop stop = m_stop;
    stop.highlightId = m_highlight->itemData(index).toString();
    change(stop);
}

void StopFields::laneKindChosen(int index)
{
    if (m_loading || !m_editable || index < 0)
        return;
    PathStop stop = m_stop;
    stop.lanesByActor = m_laneKind->itemData(index).toBool();
    if (stop.lanesByActor == m_stop.lanesByActor)
        return;
    stop.itemIds.clear(); // categories are not actors
    change(stop);
    fill();
}

void StopFields::laneChanged(QListWidgetItem *)
{
    if (m_loading || !m_editable)
        return;
    PathStop stop = m_stop;
    stop.itemIds = checkedIds(m_lanes);
    change(stop);
}

void StopFields::scenarioChanged(QListWidgetItem *item)
{
    if (m_loading || !m_editable)
        return;
    const QString id = item->data(idRole).toString();
    QStringList scenarios = m_stop.itemIds; // in the order chosen, a new one last
    if (item->checkState() == Qt::Checked && !scenarios.contains(id))
        scenarios << id;
    else if (item->checkState() != Qt::Checked)
        scenarios.removeAll(id);
    QString wrong;
    if (scenarios.size() > 3)
        wrong = tr("A comparison shows at most three scenarios: uncheck one before checking %1.").arg(quoted(item->text()));
    else if (scenarios.size() < 2)
        wrong = tr("A comparison shows two or three scenarios: check another before unchecking %1.").arg(quoted(item->text()));
    if (!wrong.isEmpty()) {
        m_loading = true;
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        m_loading = false;
        emit problem(wrong);
        return;
    }
    PathStop stop = m_stop;
    stop.itemIds = scenarios;
    change(stop);
}

} // namespace bv
