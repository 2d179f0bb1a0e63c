// SPDX-License-Identifier: MIT
#include "present/rehearsalsdialog.h"

#include "common/viewcolours.h"
#include "file/briefingdatabase.h"
#include "library/library.h"
#include "library/userlibrary.h"
#include "models/pathchoice.h"
#include "models/rehearsaltablemodel.h"
#include "models/selection.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace bv {

namespace {

using Model = RehearsalTableModel;

// A time with its change from the rehearsal before ("1:10 (+0:12)"), in the colour of its
// budget: green within, red (and bold) over; the budgets muted, the median in italics, the
// totals bold.
class RehearsalDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString change = index.data(Model::ChangeTextRole).toString();
        if (!change.isEmpty())
            // A left-to-right mark keeps the sign before the figures in a right-to-left line.
            option->text = RehearsalsDialog::tr("%1 (%2)").arg(option->text, QChar(0x200e) + change);
        const QColor base = option->palette.color(QPalette::Base);
        const auto kind = Model::ColumnKind(index.data(Model::ColumnKindRole).toInt());
        if (kind == Model::ColumnKind::Budget)
            option->palette.setColor(QPalette::Text, ViewColours::mutedText(option->palette));
        if (kind == Model::ColumnKind::Median)
            option->font.setItalic(true);
        switch (Model::BudgetState(index.data(Model::BudgetStateRole).toInt())) {
        case Model::BudgetState::Over:
            option->palette.setColor(QPalette::Text, RehearsalsDialog::overColour(base));
            option->font.setBold(true);
            break;
        case Model::BudgetState::Within:
            option->palette.setColor(QPalette::Text, RehearsalsDialog::withinColour(base));
            break;
        case Model::BudgetState::None:
            break;
        }
        if (index.row() == index.model()->rowCount() - 1)
            option->font.setBold(true); // the totals
    }
};

QLabel *wrappedLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText); // a path's title is the user's or the briefing's text
    label->setWordWrap(true);
    return label;
}

} // namespace

RehearsalsDialog::RehearsalsDialog(Selection *selection, PathChoice *choice, UserLibrary *library, QWidget *parent)
    : QDialog(parent)
    , m_selection(selection)
    , m_choice(choice)
    , m_library(library)
    , m_model(new RehearsalTableModel(this))
    , m_heading(wrappedLabel(this, "rehearsalsHeading"))
    , m_summary(wrappedLabel(this, "rehearsalsSummary"))
    , m_table(new QTableView(this))
    , m_legend(wrappedLabel(this, "rehearsalsLegend"))
{
    setObjectName(QStringLiteral("rehearsalsDialog"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_table->setObjectName(QStringLiteral("rehearsalsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RehearsalDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A stop's title takes at most a third of the table's width; the whole title is its tooltip.
    m_table->verticalHeader()->setMaximumWidth(fontMetrics().averageCharWidth() * 36);
    m_table->verticalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_legend);
    layout->addWidget(buttons);
    resize(760, 480);

    connect(m_choice, &PathChoice::pathChanged, this, &RehearsalsDialog::reload);
    connect(m_library, &UserLibrary::rehearsalsChanged, this, [this](const QString &pathId) {
        if (pathId == m_choice->path().id)
            reload();
    });
    connect(m_library, &UserLibrary::pathsChanged, this, &RehearsalsDialog::reload);
    connect(m_selection, &Selection::databaseChanged, this, &RehearsalsDialog::reload);
    retranslate();
    reload();
}

QColor RehearsalsDialog::withinColour(const QColor &base)
{
    return ViewColours::readable(QColor(0x1b, 0x6e, 0x34), base, ViewColours::textContrast);
}

QColor RehearsalsDialog::overColour(const QColor &base)
{
    return ViewColours::readable(QColor(0xb0, 0x1e, 0x28), base, ViewColours::textContrast);
}

void RehearsalsDialog::reload()
{
    const BriefingPath &path = m_choice->path();
    const auto database = m_selection->database();
    m_model->setPath(path, database ? &database->briefing() : nullptr);
    m_model->setRehearsals(database ? m_library->rehearsals(path.id) : QVector<PathRehearsal>());
    QString title = path.title.simplified().left(200);
    m_heading->setText(title.isEmpty() ? tr("Rehearsals") : tr("Rehearsals of “%1”").arg(title));
    showSummary();
}

void RehearsalsDialog::showSummary()
{
    const int count = int(m_model->rehearsals().size());
    m_table->setVisible(count > 0);
    m_legend->setVisible(count > 0);
    if (count == 0) {
        m_summary->setText(tr("This path has not been rehearsed yet. Presentation > Rehearse times each of its stops."));
        return;
    }
    QStringList sentences;
    sentences << tr("%n rehearsal(s); the library keeps the newest %1.", nullptr, count).arg(Library::keptRehearsals);
    const auto newest = m_model->total(0);
    if (newest) {
        sentences << tr("The newest took %1 in all.").arg(Model::timeText(*newest));
        if (const auto before = m_model->total(1)) {
            const int by = *newest - *before;
            sentences << (by > 0   ? tr("That is %1 longer than the rehearsal before.").arg(Model::timeText(by))
                          : by < 0 ? tr("That is %1 shorter than the rehearsal before.").arg(Model::timeText(-by))
                                   : tr("That is as long as the rehearsal before."));
        }
    }
    int over = 0, budgeted = 0;
    for (int row = 0; row < m_model->totalRow(); ++row) {
        const QModelIndex cell = m_model->index(row, m_model->rehearsalColumn(0));
        const auto state = Model::BudgetState(cell.data(Model::BudgetStateRole).toInt());
        over += state == Model::BudgetState::Over ? 1 : 0;
        budgeted += state != Model::BudgetState::None ? 1 : 0;
    }
    if (budgeted > 0)
        sentences << (over > 0 ? tr("It went over the budget on %n stop(s).", nullptr, over)
                               : tr("It kept within the budget on every stop that has one."));
    m_summary->setText(sentences.join(QLatin1Char(' ')));
}

void RehearsalsDialog::retranslate()
{
    setWindowTitle(tr("Compare Rehearsals"));
    m_table->setAccessibleName(tr("Rehearsals by stop"));
    m_legend->setText(tr("Each time is followed by its change from the rehearsal before it, in the column to its right "
                         "(+ longer, − shorter). Green: within the stop's budget; red: over it. —: not timed, or no budget. "
                         "Median: the middle time of the rehearsals kept."));
    m_model->retranslate();
    reload();
}

void RehearsalsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace bv
