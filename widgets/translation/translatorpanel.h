// SPDX-License-Identifier: MIT
// The translator view: every text field of the briefing beside its translation into the
// content language, filterable to missing, stale and fallback text; a row jumps to its item.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace bv {

class Selection;
class TranslationTableModel;

class TranslatorPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit TranslatorPanel(Selection *selection, QWidget *parent = nullptr);
    TranslationTableModel *model() const { return m_model; }
    QSortFilterProxyModel *filtered() const { return m_proxy; }
    QComboBox *filter() const { return m_filter; }
    // Reads the table now (it is otherwise read when the panel is first shown).
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    Selection *m_selection;
    TranslationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QLabel *m_summary;
    QTableView *m_table;
    bool m_stale = true;
};

} // namespace bv
