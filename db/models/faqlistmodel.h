// SPDX-License-Identifier: MIT
// The FAQ's questions in order, optionally only those about a subject item ("Questions
// about this"). The subject is the current item, except that an FAQ entry never becomes
// the subject: choosing a question keeps the list it was chosen from.
#pragma once

#include <QAbstractListModel>

namespace bv {

class Selection;

class FaqListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    // AnswerRole: the start of the answer, at most TextLimits::showAllChars characters
    // (BriefingDatabase::textPart), however long the answer is.
    enum Role { AnswerRole = Qt::UserRole + 20 };

    explicit FaqListModel(Selection *selection, QObject *parent = nullptr);
    void setOnlyAboutSubject(bool only);
    bool onlyAboutSubject() const { return m_onlyAboutSubject; }
    QString subject() const { return m_subject; }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QModelIndex indexOfId(const QString &id) const;
    int faqRow(int row) const { return m_rows.value(row, -1); } // row in Briefing::faq

private:
    void refilter();
    void followSelection();
    Selection *m_selection;
    QVector<int> m_rows;
    QString m_subject;
    bool m_onlyAboutSubject = false;
};

} // namespace bv
