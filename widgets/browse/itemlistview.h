// SPDX-License-Identifier: MIT
// A filterable table of the items of one kind. Choosing a row makes that item current in
// every view; when another view makes one of these items current, the row follows.
#pragma once

#include "content/briefing.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace bv {

class ItemMarks;
class ItemTableModel;
class LinkedRowDelegate;
class Selection;

class ItemListView final : public QWidget
{
    Q_OBJECT
public:
    ItemListView(ItemKind kind, Selection *selection, QWidget *parent = nullptr);

    ItemKind kind() const { return m_kind; }
    ItemTableModel *model() const { return m_model; }
    QTreeView *table() const { return m_table; }
    // Draws the user's note and bookmark marks on the rows.
    void setMarks(const ItemMarks *marks);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followSelection();
    void chooseRow(const QModelIndex &proxyIndex);
    void retranslate();

    ItemKind m_kind;
    Selection *m_selection;
    ItemTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_table;
    LinkedRowDelegate *m_delegate;
};

} // namespace bv
