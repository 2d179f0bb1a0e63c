// SPDX-License-Identifier: MIT
#include "models/translationtablemodel.h"

#include "content/briefing.h"
#include "content/plaintext.h"
#include "models/itemroles.h"

#include <QLocale>

namespace bv {

namespace {
constexpr int toolTipLength = 2000; // characters of a text shown in its tool tip
}

using RowState = TranslationExchange::RowState;

void TranslationTableModel::setRows(const QVector<TranslationExchange::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int TranslationTableModel::count(RowState state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const auto &row) { return row.state == state; }));
}

int TranslationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TranslationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranslationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn: return Briefing::tr("Item");
    case FieldColumn: return Briefing::tr("Field");
    case SourceColumn: return Briefing::tr("Source text");
    case TargetColumn: return Briefing::tr("Translation");
    case StateColumn: return Briefing::tr("State");
    default: return {};
    }
}

QVariant TranslationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranslationExchange::Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.unit.id;
    if (role == StateRole)
        return int(row.state);
    if (role == Qt::ToolTipRole) {
        // The briefing's text as the plain text it is (a tool tip guesses rich text), cut
        // before it is laid out.
        const QString text = data(index, Qt::DisplayRole).toString();
        return text.isEmpty() ? QVariant() : QVariant(plainToolTip(text.size() > toolTipLength ? text.left(toolTipLength) + QChar(0x2026) : text));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ItemColumn:
        return Briefing::tr("%1: %2").arg(Briefing::kindName(row.unit.kind), row.unit.itemTitle);
    case FieldColumn:
        return row.unit.field;
    case SourceColumn:
        return row.unit.source;
    case TargetColumn:
        return row.target;
    case StateColumn:
        switch (row.state) {
        case RowState::Translated: return Briefing::tr("Translated");
        case RowState::Stale: return Briefing::tr("Stale: the source changed");
        case RowState::Missing: return Briefing::tr("Missing");
        case RowState::Fallback:
            return Briefing::tr("Missing; shown in %1").arg(QLocale(row.targetLanguage).nativeLanguageName());
        }
        break;
    default:
        break;
    }
    return {};
}

} // namespace bv
