// SPDX-License-Identifier: MIT
#include "faq/faqpanel.h"

#include "content/textlimits.h"
#include "file/briefingdatabase.h"
#include "models/faqlistmodel.h"
#include "faq/faqlistview.h"
#include "models/selection.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace bv {

FaqPanel::FaqPanel(Selection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_model(new FaqListModel(selection, this))
    , m_view(new FaqListView(selection, this))
    , m_aboutThis(new QCheckBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("faqPanel"));
    m_view->setModel(m_model);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    connect(m_aboutThis, &QCheckBox::toggled, m_model, &FaqListModel::setOnlyAboutSubject);
    connect(m_aboutThis, &QCheckBox::toggled, this, &FaqPanel::retranslate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FaqPanel::retranslate);
    connect(selection, &Selection::currentChanged, this, &FaqPanel::followSelection);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_aboutThis);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    retranslate();
}

void FaqPanel::followSelection()
{
    const QModelIndex index = m_model->indexOfId(m_selection->currentId());
    if (index.isValid() && m_view->currentIndex() != index) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    retranslate();
}

void FaqPanel::retranslate()
{
    m_aboutThis->setText(tr("&Questions about this"));
    m_aboutThis->setToolTip(tr("Show only the questions linked to the current item"));
    m_view->setAccessibleName(tr("Frequently asked questions"));
    const auto database = m_selection->database();
    QString status;
    if (database && m_aboutThis->isChecked()) {
        const Briefing &b = database->briefing();
        const QString subject = m_model->subject();
        if (subject.isEmpty() || subject == b.metadata.id)
            status = tr("Select an item to see the questions about it; all questions are shown.");
        else if (m_model->rowCount() == 0)
            status = tr("No question is linked to “%1”.").arg(shownTitle(b.title(subject)));
        else
            status = tr("%n question(s) about “%1”.", nullptr, m_model->rowCount()).arg(shownTitle(b.title(subject)));
    }
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

void FaqPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace bv
