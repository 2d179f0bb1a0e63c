// SPDX-License-Identifier: MIT
// The path editor's fields of what a stop shows, beyond its title, budget and notes: the
// period of a chart stop (of a time chart) or a timeline stop, as two bounds ("2018", "2024",
// "2022-03", "2022-Q2", "2022-03-15") or the whole period; the item a chart stop highlights,
// chosen among the chart's points (and the items its categories stand for); the lanes of a
// timeline stop, by category or by actor, as a checkable list (none checked: all); and the
// two or three scenarios of a comparison, checked in the list of the briefing's scenarios.
// Only the rows of the stop's kind are shown. Each change is told by edited() with the stop
// as changed; what cannot be (a bound that is not a date, a period that ends before it
// starts, a fourth scenario, fewer than two) is refused with problem() and the field put back.
#pragma once

#include "content/briefingpath.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace bv {

class Selection;

class StopFields final : public QWidget
{
    Q_OBJECT
public:
    explicit StopFields(Selection *selection, QWidget *parent = nullptr);

    // Shows `stop`'s fields (none for an overview or an item card), editable or read-only.
    void setStop(const PathStop &stop, bool editable);
    const PathStop &stop() const { return m_stop; }
    bool hasFields() const; // the stop's kind has fields here

    QCheckBox *wholePeriodBox() const { return m_whole; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QComboBox *highlightBox() const { return m_highlight; }
    QComboBox *laneKindBox() const { return m_laneKind; }
    QListWidget *laneList() const { return m_lanes; }
    QListWidget *scenarioList() const { return m_scenarios; }

    // A chart's points are listed for highlighting only for series of at most this many.
    static constexpr int maxListedPoints = 400;

signals:
    void edited(const PathStop &stop);
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void fillHighlights();
    void fillLanes();
    void fillScenarios();
    bool isTimeChart() const;
    void periodEdited();
    void wholeToggled(bool whole);
    void highlightChosen(int index);
    void laneKindChosen(int index);
    void laneChanged(QListWidgetItem *item);
    void scenarioChanged(QListWidgetItem *item);
    void change(const PathStop &stop);

    Selection *m_selection;
    PathStop m_stop;
    bool m_editable = false;
    bool m_loading = false;
    QFormLayout *m_form;
    QLabel *m_periodLabel, *m_toLabel, *m_highlightLabel, *m_lanesLabel, *m_scenariosLabel;
    QWidget *m_period;
    QCheckBox *m_whole;
    QLineEdit *m_from, *m_to;
    QComboBox *m_highlight;
    QWidget *m_lanesBox;
    QComboBox *m_laneKind;
    QListWidget *m_lanes;
    QListWidget *m_scenarios;
};

} // namespace bv
