// SPDX-License-Identifier: MIT
#include "content/plaintext.h"
#include "content/textlimits.h"
#include "models/itemtablemodel.h"

#include "file/briefingdatabase.h"
#include "models/selection.h"
#include "models/itemroles.h"

#include <QFont>
#include <QLocale>

namespace bv {

namespace {

QStringList headers(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Guarantee:
        return {Briefing::tr("Title"), Briefing::tr("Kind"), Briefing::tr("Ratification"), Briefing::tr("Status")};
    case ItemKind::Scenario:
        return {Briefing::tr("No."), Briefing::tr("Title"), Briefing::tr("Likelihood")};
    case ItemKind::Event:
        return {Briefing::tr("Date"), Briefing::tr("Title"), Briefing::tr("Category")};
    case ItemKind::Source:
        return {Briefing::tr("Title"), Briefing::tr("Publisher"), Briefing::tr("Year")};
    case ItemKind::Series:
        return {Briefing::tr("Name"), Briefing::tr("Unit"), Briefing::tr("Points")};
    case ItemKind::Faq:
        return {Briefing::tr("No."), Briefing::tr("Question")};
    case ItemKind::Actor:
        return {Briefing::tr("Name"), Briefing::tr("Kind")};
    case ItemKind::Chart:
        return {Briefing::tr("Title"), Briefing::tr("Kind"), Briefing::tr("Series")};
    case ItemKind::Briefing:
        break;
    }
    return {Briefing::tr("Title")};
}

QString eventDate(const Event &event)
{
    if (!event.start.isValid())
        return Briefing::tr("unreadable date “%1”").arg(event.start.text());
    if (event.end)
        return Briefing::tr("%1 – %2").arg(event.start.toDisplayString(), event.end->toDisplayString());
    return event.start.toDisplayString();
}

} // namespace

ItemTableModel::ItemTableModel(ItemKind kind, Selection *selection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_selection(selection)
{
    connect(selection, &Selection::databaseChanged, this, &ItemTableModel::reset);
    connect(selection, &Selection::currentChanged, this, &ItemTableModel::followSelection);
    // Made while an item is current (a list made when first shown): marked from the start.
    m_marked = m_selection->linkedIds();
    m_marked.insert(m_selection->currentId());
}

const Briefing *ItemTableModel::briefing() const
{
    const auto database = m_selection->database();
    return database ? &database->briefing() : nullptr;
}

void ItemTableModel::reset()
{
    beginResetModel();
    m_marked.clear();
    endResetModel();
}

void ItemTableModel::followSelection()
{
    QSet<QString> marked = m_selection->linkedIds();
    marked.insert(m_selection->currentId());
    // Only rows whose marking changed are announced.
    QSet<QString> changed = marked;
    changed.unite(m_marked);
    changed.subtract(QSet<QString>(marked).intersect(m_marked));
    m_marked = marked;
    const int lastColumn = columnCount() - 1;
    for (const QString &id : std::as_const(changed)) {
        const QModelIndex first = indexOfId(id);
        if (first.isValid())
            emit dataChanged(first, index(first.row(), lastColumn));
    }
    // The current item itself may have stayed marked but changed role (linked -> current).
    for (const QString &id : {m_selection->currentId()}) {
        const QModelIndex first = indexOfId(id);
        if (first.isValid())
            emit dataChanged(first, index(first.row(), lastColumn));
    }
}

void ItemTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ItemTableModel::rowCount(const QModelIndex &parent) const
{
    const Briefing *b = briefing();
    return parent.isValid() || !b ? 0 : b->count(m_kind);
}

int ItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers(m_kind).size());
}

QModelIndex ItemTableModel::indexOfId(const QString &id) const
{
    const Briefing *b = briefing();
    if (!b)
        return {};
    const auto ref = b->find(id);
    if (!ref || ref->kind != m_kind)
        return {};
    return index(ref->index, 0);
}

QVariant ItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList names = headers(m_kind);
    return section >= 0 && section < names.size() ? QVariant(names.at(section)) : QVariant();
}

int ItemTableModel::titleColumn() const
{
    return m_kind == ItemKind::Scenario || m_kind == ItemKind::Faq || m_kind == ItemKind::Event ? 1 : 0;
}

QString ItemTableModel::titleField() const
{
    switch (m_kind) {
    case ItemKind::Actor:
    case ItemKind::Series:
        return QStringLiteral("name");
    case ItemKind::Faq:
        return QStringLiteral("question");
    default:
        return QStringLiteral("title");
    }
}

QString ItemTableModel::cellText(int row, int column) const
{
    const Briefing &b = *briefing();
    const QLocale locale;
    switch (m_kind) {
    case ItemKind::Guarantee: {
        const Guarantee &g = b.guarantees.at(row);
        return QStringList{g.title, g.kind, g.ratification, g.status}.value(column);
    }
    case ItemKind::Scenario: {
        const Scenario &s = b.scenarios.at(row);
        const QString likelihood = s.likelihood ? *s.likelihood : Briefing::tr("Not stated");
        return QStringList{locale.toString(s.position), s.title, likelihood}.value(column);
    }
    case ItemKind::Event: {
        const Event &e = b.events.at(row);
        return QStringList{eventDate(e), e.title, e.category}.value(column);
    }
    case ItemKind::Source: {
        const Source &s = b.sources.at(row);
        return QStringList{s.title, s.publisher, s.year ? QString::number(*s.year) : QString()}.value(column);
    }
    case ItemKind::Series: {
        const Series &s = b.series.at(row);
        return QStringList{s.name, s.unit, locale.toString(s.pointCount)}.value(column);
    }
    case ItemKind::Faq: {
        const FaqEntry &f = b.faq.at(row);
        return QStringList{locale.toString(f.position), f.question}.value(column);
    }
    case ItemKind::Actor: {
        const Actor &a = b.actors.at(row);
        return QStringList{a.name, a.kind}.value(column);
    }
    case ItemKind::Chart: {
        const Chart &c = b.charts.at(row);
        return QStringList{c.title, Chart::kindName(c.kind), locale.toString(c.seriesIds.size())}.value(column);
    }
    case ItemKind::Briefing:
        break;
    }
    return b.metadata.title;
}

QVariant ItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Briefing *b = briefing();
    if (!b)
        return {};
    const QString id = b->idAt(m_kind, index.row());
    switch (role) {
    case Qt::DisplayRole: // cut before a view measures it
        return shownTitle(cellText(index.row(), index.column()));
    case Qt::ToolTipRole: {
        const TextState state = b->textState(id, titleField());
        if (index.column() == titleColumn() && state == TextState::Fallback)
            return Briefing::tr("Not translated; shown in %1").arg(QLocale(b->textLanguage(id, titleField())).nativeLanguageName());
        if (index.column() == titleColumn() && state == TextState::Stale)
            return Briefing::tr("The translation may be out of date");
        return plainToolTip(cellText(index.row(), index.column()));
    }
    case Qt::AccessibleTextRole:
        return shownTitle(cellText(index.row(), index.column()));
    case IdRole:
        return id;
    case LinkedRole:
        return m_selection->isLinked(id);
    case CurrentRole:
        return m_selection->currentId() == id;
    case Qt::FontRole: {
        // Linked rows bold; text not in the content language italic.
        const bool linked = m_selection->isLinked(id);
        const bool fallback = index.column() == titleColumn() && b->textState(id, titleField()) != TextState::Source
                              && b->textState(id, titleField()) != TextState::Translated;
        if (!linked && !fallback)
            return {};
        QFont font;
        font.setBold(linked);
        font.setItalic(fallback);
        return font;
    }
    default:
        return {};
    }
}

} // namespace bv
