// SPDX-License-Identifier: MIT
#include "models/sectionlistmodel.h"

#include "file/briefingdatabase.h"
#include "models/itemroles.h"
#include "models/selection.h"

#include <QLocale>

namespace bv {

SectionListModel::SectionListModel(Selection *selection, QObject *parent)
    : QAbstractListModel(parent)
    , m_selection(selection)
{
    connect(selection, &Selection::databaseChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(selection, &Selection::currentChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1));
    });
}

const QVector<ItemKind> &SectionListModel::sections()
{
    // Charts (format 2) last, so the sections of format 1 keep their places.
    static const QVector<ItemKind> kinds{ItemKind::Briefing, ItemKind::Guarantee, ItemKind::Scenario,
                                         ItemKind::Event,    ItemKind::Series,    ItemKind::Source,
                                         ItemKind::Faq,      ItemKind::Actor,     ItemKind::Chart};
    return kinds;
}

int SectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_selection->database() ? 0 : int(sections().size());
}

int SectionListModel::linkedCount(ItemKind kind) const
{
    const Briefing &b = m_selection->database()->briefing();
    int count = 0;
    const QSet<QString> linked = m_selection->linkedIds();
    for (const QString &id : linked) {
        if (b.kindOf(id) == kind)
            ++count;
    }
    return count;
}

QVariant SectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto database = m_selection->database();
    if (!database)
        return {};
    const ItemKind kind = sections().at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = Briefing::kindPluralName(kind);
        if (kind == ItemKind::Briefing)
            return name;
        const QString count = locale.toString(database->briefing().count(kind));
        const int linked = linkedCount(kind);
        if (linked == 0)
            return Briefing::tr("%1 (%2)").arg(name, count);
        return Briefing::tr("%1 (%2, %3 linked)").arg(name, count, locale.toString(linked));
    }
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case KindRole:
        return int(kind);
    case LinkedRole:
        return kind != ItemKind::Briefing && linkedCount(kind) > 0;
    default:
        return {};
    }
}

} // namespace bv
