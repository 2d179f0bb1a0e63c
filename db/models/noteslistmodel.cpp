// SPDX-License-Identifier: MIT
#include "models/noteslistmodel.h"

#include "content/plaintext.h"
#include "library/userlibrary.h"
#include "models/itemroles.h"

#include <algorithm>

namespace bv {

namespace {
constexpr int snippetLength = 160;

// One line of at most `length` characters: line breaks and controls become spaces, and a
// long text is cut before it is measured or drawn.
QString plainLine(const QString &text, int length)
{
    QString line = text.left(length);
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    if (text.size() > length)
        line += QChar(0x2026);
    return line.simplified();
}
} // namespace

NotesListModel::NotesListModel(UserLibrary *library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    connect(library, &UserLibrary::notesChanged, this, &NotesListModel::reload);
    connect(library, &UserLibrary::bookmarksChanged, this, &NotesListModel::reload);
    reload();
}

void NotesListModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    reload();
}

void NotesListModel::setAllBriefings(bool all)
{
    if (all == m_all)
        return;
    m_all = all;
    reload();
}

namespace {
constexpr int pageSize = 500;
}

void NotesListModel::reload()
{
    m_changing = true;
    beginResetModel();
    m_entries.clear();
    m_notesLoaded = 0;
    const QString briefing = m_library->briefingId();
    if (!m_all && !briefing.isEmpty()) {
        const QStringList words = Library::fold(m_filter).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const Bookmark &b : m_library->store().bookmarks(briefing)) {
            const QString folded = Library::fold(b.itemTitle);
            if (std::all_of(words.cbegin(), words.cend(), [&folded](const QString &w) { return folded.contains(w); }))
                m_entries.append(Entry{EntryKind::Bookmark, b.briefingId, b.itemId, b.itemTitle, QString(), QString(), 0, {}});
        }
    }
    m_moreNotes = m_all || !briefing.isEmpty();
    if (m_moreNotes)
        appendPage();
    endResetModel();
    m_changing = false;
}

void NotesListModel::appendPage()
{
    const QVector<Note> notes = m_library->store().notesPage(m_all ? QString() : m_library->briefingId(), m_filter,
                                                             m_notesLoaded, pageSize);
    m_moreNotes = notes.size() == pageSize;
    for (const Note &n : notes)
        m_entries.append(Entry{EntryKind::Note, n.briefingId, n.itemId, n.itemTitle, n.id, n.text, -1, n});
    m_notesLoaded += int(notes.size());
}

bool NotesListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreNotes;
}

void NotesListModel::fetchMore(const QModelIndex &parent)
{
    // Not while this model is telling its views of a change (a view may ask for more then).
    if (parent.isValid() || !m_moreNotes || m_changing)
        return;
    // The next page is read first, so the rows are inserted only when there are some.
    const QVector<Note> notes = m_library->store().notesPage(m_all ? QString() : m_library->briefingId(), m_filter,
                                                             m_notesLoaded, pageSize);
    if (notes.isEmpty()) {
        m_moreNotes = false;
        return;
    }
    const int first = int(m_entries.size());
    m_changing = true;
    beginInsertRows(QModelIndex(), first, first + int(notes.size()) - 1);
    for (const Note &n : notes)
        m_entries.append(Entry{EntryKind::Note, n.briefingId, n.itemId, n.itemTitle, n.id, n.text, -1, n});
    m_notesLoaded += int(notes.size());
    m_moreNotes = notes.size() == pageSize;
    endInsertRows();
    m_changing = false;
}

int NotesListModel::stateOf(const Entry &e) const
{
    if (e.state < 0)
        e.state = int(m_library->itemState(e.note));
    return e.state;
}

int NotesListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NotesListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = plainLine(e.title.isEmpty() ? e.itemId : e.title, 200);
        if (e.kind == EntryKind::Bookmark)
            return QString(QStringLiteral("★ ") + title);
        QString snippet = plainLine(e.text, snippetLength);
        QString line = title + QStringLiteral(" — ") + snippet;
        const int state = stateOf(e);
        if (state == int(UserLibrary::ItemState::Changed))
            line += QStringLiteral(" ") + tr("[item changed since]");
        else if (state == int(UserLibrary::ItemState::Orphaned))
            line += QStringLiteral(" ") + tr("[item no longer in this briefing]");
        return line;
    }
    case Qt::ToolTipRole:
        return e.kind == EntryKind::Bookmark ? tr("Bookmark") : plainToolTip(e.text.left(1000));
    case Qt::AccessibleTextRole:
        return (e.kind == EntryKind::Bookmark ? tr("Bookmark: %1") : tr("Note on %1")).arg(plainLine(e.title, 200));
    case IdRole:
    case ItemIdRole:
        return e.itemId;
    case BriefingIdRole:
        return e.briefingId;
    case NoteIdRole:
        return e.noteId;
    case EntryKindRole:
        return int(e.kind);
    case ItemStateRole:
        return e.kind == EntryKind::Note ? stateOf(e) : -1;
    case NoteTextRole:
        return e.text;
    default:
        return {};
    }
}

} // namespace bv
