// SPDX-License-Identifier: MIT
// A path's rehearsals side by side, for comparing them (Presentation > Compare Rehearsals…):
// a row for each stop of the path (its title in the vertical header) and a Total row; a column
// for the stop's budget, one for each rehearsal the library keeps, the newest first (headed
// by its date and time in the interface language's format), and, with two or more, their
// median. A cell is a time as "m:ss" ("—" for a stop not timed, or without a budget); its
// roles say the seconds, the change from the rehearsal before (the column to its right), and
// whether it is within the stop's budget or over it. A rehearsal made when the path had other
// stops is matched by position, and its header's tooltip says so. No widgets.
#pragma once

#include "content/briefingpath.h"
#include "library/librarytypes.h"

#include <QAbstractTableModel>

namespace bv {

class Briefing;

class RehearsalTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SecondsRole = Qt::UserRole + 400, // int seconds, or an invalid QVariant for none
        ChangeRole,                       // int seconds more (+) or fewer (−) than the rehearsal before; invalid for none
        ChangeTextRole,                   // QString: "+0:12", "−0:05", "±0:00"; empty for none
        BudgetStateRole,                  // int(BudgetState)
        ColumnKindRole                    // int(ColumnKind), also in headerData
    };
    enum class BudgetState { None, Within, Over }; // None: no budget to compare with, or no time
    enum class ColumnKind { Budget, Rehearsal, Median };

    explicit RehearsalTableModel(QObject *parent = nullptr);

    // The path's stops (titles from `briefing` for stops without one of their own, when given)
    // and its rehearsals, newest first, as UserLibrary::rehearsals gives them.
    void setPath(const BriefingPath &path, const Briefing *briefing = nullptr);
    void setRehearsals(const QVector<PathRehearsal> &newestFirst);
    const BriefingPath &path() const { return m_path; }
    const QVector<PathRehearsal> &rehearsals() const { return m_rehearsals; }

    int totalRow() const { return int(m_path.stops.size()); }
    int rehearsalColumn(int rehearsal) const { return 1 + rehearsal; } // 0 the newest
    int medianColumn() const { return m_rehearsals.size() >= 2 ? 1 + int(m_rehearsals.size()) : -1; }
    ColumnKind columnKind(int column) const;

    // The seconds of a cell; none for a stop not timed (or without a budget), or a total of nothing.
    std::optional<int> seconds(int row, int column) const;
    // A rehearsal's total: the seconds of the stops it timed; none when it timed none.
    std::optional<int> total(int rehearsal) const;
    int untimedStops(int rehearsal) const; // of the path's stops, those the rehearsal did not time

    // "4:05", "1:02:03"; and a change: "+0:12", "−0:05" (a minus sign), "±0:00".
    static QString timeText(int seconds);
    static QString changeText(int seconds);
    static QString noTime(); // "—"

    // The headers' and tooltips' texts again, in the language now in use.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<int> budget(int row) const;
    std::optional<int> rehearsed(int rehearsal, int row) const; // row == totalRow(): its total
    std::optional<int> median(int row) const;
    std::optional<int> change(int row, int column) const;
    BudgetState budgetState(int row, int column) const;
    QString stopTitle(int row) const;
    QString cellToolTip(int row, int column) const;
    QString cellAccessibleText(int row, int column) const;

    BriefingPath m_path;
    QStringList m_titles; // one a stop, as shown
    QVector<PathRehearsal> m_rehearsals;
};

} // namespace bv
