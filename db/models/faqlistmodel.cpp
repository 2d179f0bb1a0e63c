// SPDX-License-Identifier: MIT
#include "models/faqlistmodel.h"
#include "content/itemfields.h"
#include "content/textlimits.h"

#include "file/briefingdatabase.h"
#include "models/itemroles.h"
#include "models/selection.h"

#include <QFont>

namespace bv {

FaqListModel::FaqListModel(Selection *selection, QObject *parent)
    : QAbstractListModel(parent)
    , m_selection(selection)
{
    connect(selection, &Selection::databaseChanged, this, [this] {
        m_subject.clear();
        refilter();
    });
    connect(selection, &Selection::currentChanged, this, &FaqListModel::followSelection);
    refilter();
}

void FaqListModel::setOnlyAboutSubject(bool only)
{
    if (only == m_onlyAboutSubject)
        return;
    m_onlyAboutSubject = only;
    refilter();
}

void FaqListModel::followSelection()
{
    const auto database = m_selection->database();
    const QString current = m_selection->currentId();
    if (database && database->briefing().kindOf(current) != ItemKind::Faq && current != m_subject) {
        m_subject = current;
        if (m_onlyAboutSubject) {
            refilter();
            return;
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {LinkedRole, CurrentRole, Qt::FontRole});
}

void FaqListModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    const auto database = m_selection->database();
    if (database) {
        const Briefing &b = database->briefing();
        const bool filter = m_onlyAboutSubject && !m_subject.isEmpty() && m_subject != b.metadata.id;
        const QSet<QString> about = filter ? b.linkedIds(m_subject) : QSet<QString>();
        for (int row = 0; row < b.faq.size(); ++row) {
            if (!filter || about.contains(b.faq.at(row).id))
                m_rows.append(row);
        }
    }
    endResetModel();
}

int FaqListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QModelIndex FaqListModel::indexOfId(const QString &id) const
{
    const auto database = m_selection->database();
    if (!database)
        return {};
    const auto ref = database->briefing().find(id);
    if (!ref || ref->kind != ItemKind::Faq)
        return {};
    const int row = int(m_rows.indexOf(ref->index));
    return row >= 0 ? index(row) : QModelIndex();
}

QVariant FaqListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto database = m_selection->database();
    if (!database)
        return {};
    const FaqEntry &entry = database->briefing().faq.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return shownTitle(entry.question);
    case AnswerRole: {
        // The part the FAQ view shows (FaqListView::answer): at most TextLimits::showAllChars
        // characters, read in part from the file, never the whole of a long answer.
        qsizetype total = 0;
        return database->textPart(*ItemFields::find(ItemKind::Faq, QStringLiteral("answer")), m_rows.at(index.row()),
                                  TextLimits::showAllChars, &total);
    }
    case IdRole:
        return entry.id;
    case LinkedRole:
        return m_selection->isLinked(entry.id);
    case CurrentRole:
        return m_selection->currentId() == entry.id;
    default:
        return {};
    }
}

} // namespace bv
