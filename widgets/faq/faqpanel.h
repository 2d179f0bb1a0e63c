// SPDX-License-Identifier: MIT
// The FAQ panel: questions with answers in place, and "Questions about this", which keeps
// only the entries linked to the current item.
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace bv {

class FaqListModel;
class FaqListView;
class Selection;

class FaqPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FaqPanel(Selection *selection, QWidget *parent = nullptr);
    FaqListView *view() const { return m_view; }
    FaqListModel *model() const { return m_model; }
    QCheckBox *aboutThis() const { return m_aboutThis; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void followSelection();
    Selection *m_selection;
    FaqListModel *m_model;
    FaqListView *m_view;
    QCheckBox *m_aboutThis;
    QLabel *m_status;
};

} // namespace bv
