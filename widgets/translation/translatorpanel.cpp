// SPDX-License-Identifier: MIT
#include "translation/translatorpanel.h"

#include "file/briefingdatabase.h"
#include "models/itemroles.h"
#include "models/selection.h"
#include "models/translationtablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bv {

using RowState = TranslationExchange::RowState;

TranslatorPanel::TranslatorPanel(Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new TranslationTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("translatorPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(TranslationTableModel::StateRole);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TranslationTableModel::SourceColumn, 260);
    m_table->setColumnWidth(TranslationTableModel::TargetColumn, 260);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    for (int i = 0; i < 5; ++i)
        m_filter->addItem(QString());
    connect(m_filter, &QComboBox::currentIndexChanged, this, &TranslatorPanel::applyFilter);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_selection->select(index.data(IdRole).toString());
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        m_selection->select(index.data(IdRole).toString());
    });
    connect(selection, &Selection::databaseChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    retranslate();
}

void TranslatorPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TranslatorPanel::refresh()
{
    m_stale = false;
    const auto shown = m_selection->database();
    QVector<TranslationExchange::Row> rows;
    if (shown && !shown->briefing().contentLanguage.isEmpty()) {
        // The source texts, read whole for this view (the shown briefing may hold translations).
        OpenError error;
        const auto source = BriefingDatabase::open(shown->path(), &error, true); // a built-in example too
        if (source)
            rows = TranslationExchange::rows(*source, shown->briefing().contentChain);
    }
    m_model->setRows(rows);
    retranslate();
}

void TranslatorPanel::applyFilter()
{
    const int choice = m_filter->currentIndex();
    if (choice <= 0) {
        m_proxy->setFilterRegularExpression(QString());
        return;
    }
    const RowState states[] = {RowState::Missing, RowState::Stale, RowState::Fallback, RowState::Translated};
    if (choice == 1) // missing: not in the content language at all, shown in a fallback or not
        m_proxy->setFilterRegularExpression(QStringLiteral("^(%1|%2)$").arg(int(RowState::Missing)).arg(int(RowState::Fallback)));
    else
        m_proxy->setFilterRegularExpression(QStringLiteral("^%1$").arg(int(states[choice - 1])));
}

void TranslatorPanel::retranslate()
{
    m_filter->setItemText(0, tr("All text fields"));
    m_filter->setItemText(1, tr("Missing"));
    m_filter->setItemText(2, tr("Stale"));
    m_filter->setItemText(3, tr("Shown in a fallback language"));
    m_filter->setItemText(4, tr("Translated"));
    m_filter->setAccessibleName(tr("Show text fields"));
    m_table->setAccessibleName(tr("Source texts and their translations"));
    m_model->retranslate();
    const auto database = m_selection->database();
    if (!database || database->briefing().contentLanguage.isEmpty()) {
        m_summary->setText(tr("Choose a content language (View > Content Language) to see its translations here."));
        return;
    }
    const QLocale locale;
    m_summary->setText(tr("%1: %2 translated, %3 missing (%4 shown in a fallback language), %5 stale.")
                           .arg(QLocale(database->briefing().contentLanguage).nativeLanguageName(),
                                locale.toString(m_model->count(RowState::Translated)),
                                locale.toString(m_model->count(RowState::Missing) + m_model->count(RowState::Fallback)),
                                locale.toString(m_model->count(RowState::Fallback)),
                                locale.toString(m_model->count(RowState::Stale))));
}

void TranslatorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bv
