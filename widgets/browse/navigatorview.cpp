// SPDX-License-Identifier: MIT
#include "browse/navigatorview.h"

#include "models/itemroles.h"
#include "common/linkedrowdelegate.h"
#include "models/sectionlistmodel.h"
#include "models/selection.h"

#include <QEvent>

namespace bv {

NavigatorView::NavigatorView(Selection *selection, QWidget *parent)
    : QListView(parent)
    , m_model(new SectionListModel(selection, this))
{
    setObjectName(QStringLiteral("navigator"));
    setAccessibleName(tr("Sections of the briefing"));
    setModel(m_model);
    setItemDelegate(new LinkedRowDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    setSpacing(2);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            emit sectionChosen(ItemKind(current.data(KindRole).toInt()));
    });
    connect(selection, &Selection::databaseChanged, this, [this] { showSection(ItemKind::Briefing); });
}

void NavigatorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Sections of the briefing"));
        m_model->retranslate();
    }
    QListView::changeEvent(event);
}

void NavigatorView::showSection(ItemKind kind)
{
    const int row = m_model->rowOf(kind);
    if (row >= 0 && currentIndex().row() != row)
        setCurrentIndex(m_model->index(row));
}

} // namespace bv
