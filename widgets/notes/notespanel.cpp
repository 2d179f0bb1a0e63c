// SPDX-License-Identifier: MIT
#include "notes/notespanel.h"

#include "file/briefingdatabase.h"
#include "library/deeplink.h"
#include "library/noteexchange.h"
#include "library/userlibrary.h"
#include "models/noteslistmodel.h"
#include "models/selection.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSaveFile>
#include <QVBoxLayout>

namespace bv {

NotesPanel::NotesPanel(Selection *selection, UserLibrary *library, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_library(library)
    , m_model(new NotesListModel(library, this))
    , m_filter(new QLineEdit(this))
    , m_all(new QCheckBox(this))
    , m_view(new QListView(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("notesPanel"));
    m_filter->setObjectName(QStringLiteral("notesFilter"));
    m_all->setObjectName(QStringLiteral("notesAllBriefings"));
    m_view->setObjectName(QStringLiteral("notesList"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_count->setTextFormat(Qt::PlainText);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_all);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    connect(m_filter, &QLineEdit::textChanged, m_model, &NotesListModel::setFilterText);
    connect(m_all, &QCheckBox::toggled, m_model, &NotesListModel::setAllBriefings);
    // A click opens a row's item, as in the item lists; so does Enter.
    connect(m_view, &QListView::clicked, this, &NotesPanel::activate);
    connect(m_view, &QListView::activated, this, &NotesPanel::activate);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotesPanel::updateCount);
    retranslate();
    updateCount();
}

void NotesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NotesPanel::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter your notes and bookmarks"));
    m_filter->setAccessibleName(tr("Filter notes"));
    m_all->setText(tr("All briefings"));
    m_all->setToolTip(tr("List the notes of every briefing in your library, not only of the open one"));
    m_view->setAccessibleName(tr("Your notes and bookmarks"));
    updateCount();
}

void NotesPanel::updateCount()
{
    const int rows = m_model->rowCount();
    if (!m_library->store().canWrite() && !m_library->store().problem().isEmpty())
        m_count->setText(m_library->store().problem());
    else if (rows == 0 && m_model->filterText().isEmpty())
        m_count->setText(tr("No notes or bookmarks yet: Ctrl+Shift+N writes a note on the current item, "
                            "Ctrl+D bookmarks it."));
    else
        m_count->setText(tr("%n entry(s)", nullptr, rows));
}

void NotesPanel::activate(const QModelIndex &index)
{
    const QString briefing = index.data(NotesListModel::BriefingIdRole).toString();
    const QString item = index.data(NotesListModel::ItemIdRole).toString();
    if (briefing == m_library->briefingId()) {
        m_selection->select(item);
        return;
    }
    emit linkActivated(DeepLink{briefing, item}.toString());
}

QString NotesPanel::exportNotes(UserLibrary *library, const QString &path, bool json)
{
    const auto database = library->briefing();
    if (!database)
        return tr("No briefing is open.");
    const Metadata &m = database->briefing().metadata;
    const QVector<Note> notes = library->store().notes(m.id);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
    file.write(json ? NoteExchange::toJson(SeenBriefing{m.id, m.title, m.edition, QString(), {}}, notes)
                    : NoteExchange::toMarkdown(m.title, notes).toUtf8());
    if (!file.commit())
        return tr("Could not write “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString NotesPanel::importNotes(UserLibrary *library, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not read “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
    const NoteExchange::ImportResult result = NoteExchange::importJson(library->store(), file.read(64 * 1024 * 1024));
    // The library changed under the views: let them read it again.
    library->setBriefing(library->briefing());
    return result.summary();
}

} // namespace bv
