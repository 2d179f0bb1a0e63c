// SPDX-License-Identifier: MIT
#include "browse/itemlistview.h"

#include "models/itemroles.h"
#include "models/itemtablemodel.h"
#include "common/linkedrowdelegate.h"
#include "models/selection.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace bv {

ItemListView::ItemListView(ItemKind kind, Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_selection(selection)
    , m_model(new ItemTableModel(kind, selection, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTreeView(this))
{
    setObjectName(QStringLiteral("itemList%1").arg(int(kind)));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setModel(m_proxy);
    m_delegate = new LinkedRowDelegate(m_table);
    m_table->setItemDelegate(m_delegate);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // A tree view with uniform rows keeps nothing per row: lists of 100,000 events stay light.
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setItemsExpandable(false);
    m_table->header()->setStretchLastSection(true);
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    if (kind == ItemKind::Scenario || kind == ItemKind::Faq)
        m_table->setColumnWidth(0, 48);
    else
        m_table->setColumnWidth(0, kind == ItemKind::Event ? 180 : 320);
    m_table->setColumnWidth(1, kind == ItemKind::Event || kind == ItemKind::Scenario ? 420 : 200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { chooseRow(current); });
    connect(m_table, &QTreeView::clicked, this, &ItemListView::chooseRow);
    connect(m_table, &QTreeView::activated, this, &ItemListView::chooseRow);
    connect(selection, &Selection::currentChanged, this, &ItemListView::followSelection);
    connect(selection, &Selection::databaseChanged, m_filter, &QLineEdit::clear);
    retranslate();
    followSelection(); // made while an item is current: it is the list's current row
}

void ItemListView::chooseRow(const QModelIndex &proxyIndex)
{
    if (proxyIndex.isValid())
        m_selection->select(proxyIndex.data(IdRole).toString());
}

void ItemListView::followSelection()
{
    const QModelIndex source = m_model->indexOfId(m_selection->currentId());
    const QModelIndex proxyIndex = m_proxy->mapFromSource(source);
    if (!proxyIndex.isValid()) {
        m_table->selectionModel()->clearSelection();
        return;
    }
    if (m_table->currentIndex().row() != proxyIndex.row()) {
        m_table->selectionModel()->setCurrentIndex(
            proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_table->scrollTo(proxyIndex);
}

void ItemListView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter: %1").arg(Briefing::kindPluralName(m_kind)));
    m_filter->setAccessibleName(tr("Filter the list: %1").arg(Briefing::kindPluralName(m_kind)));
    m_table->setAccessibleName(Briefing::kindPluralName(m_kind));
}

void ItemListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void ItemListView::setMarks(const ItemMarks *marks)
{
    m_delegate->setMarks(marks, m_table->viewport());
}

} // namespace bv
