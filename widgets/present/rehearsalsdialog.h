// SPDX-License-Identifier: MIT
// Presentation > Compare Rehearsals…: the rehearsals the library keeps of the path chosen for
// presenting, side by side (RehearsalTableModel): each stop's budget, its time in each
// rehearsal, the newest first, with the change from the rehearsal before ("+0:12"), in red
// when over the stop's budget and green within it, the median of the rehearsals, and the
// totals; above the table, what the newest rehearsal says against the one before and the
// budget. It follows PathChoice (another path chosen) and UserLibrary (a rehearsal saved) while
// it is open; not modal, so a presenter can keep it beside the path editor.
#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace bv {

class PathChoice;
class RehearsalTableModel;
class Selection;
class UserLibrary;

class RehearsalsDialog final : public QDialog
{
    Q_OBJECT
public:
    RehearsalsDialog(Selection *selection, PathChoice *choice, UserLibrary *library, QWidget *parent = nullptr);

    RehearsalTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *headingLabel() const { return m_heading; }
    QLabel *summaryLabel() const { return m_summary; }

    // Colours of a time within and over its budget, readable on `base`.
    static QColor withinColour(const QColor &base);
    static QColor overColour(const QColor &base);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void showSummary();

    Selection *m_selection;
    PathChoice *m_choice;
    UserLibrary *m_library;
    RehearsalTableModel *m_model;
    QLabel *m_heading;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_legend;
};

} // namespace bv
