// SPDX-License-Identifier: MIT
// The items of one kind (guarantees, scenarios, events ...) as a table, marking those
// linked to the shared selection's current item.
#pragma once

#include "content/briefing.h"

#include <QAbstractTableModel>

namespace bv {

class Selection;

class ItemTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    ItemTableModel(ItemKind kind, Selection *selection, QObject *parent = nullptr);

    ItemKind kind() const { return m_kind; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex indexOfId(const QString &id) const;
    // Headers and cells again, after the program's language changed.
    void retranslate();

private:
    void reset();
    void followSelection();
    QString cellText(int row, int column) const;
    int titleColumn() const;
    QString titleField() const;
    const Briefing *briefing() const;

    ItemKind m_kind;
    Selection *m_selection;
    QSet<QString> m_marked; // the rows currently shown as linked or current
};

} // namespace bv
