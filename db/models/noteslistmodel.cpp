// SPDX-License-Identifier: MIT
#include "models/noteslistmodel.h"

#include "content/plaintext.h"
#include "library/userlibrary.h"
#include "models/itemroles.h"

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

void NotesListModel::reload()
{
    beginResetModel();
    m_entries.clear();
    const Library &store = m_library->store();
    const QString briefing = m_library->briefingId();
    const QStringList words = Library::fold(m_filter).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto matches = [&words](const QString &title, const QString &text) {
        if (words.isEmpty())
            return true;
        const QString folded = Library::fold(title + QLatin1Char('\n') + text);
        for (const QString &word : words) {
            if (!folded.contains(word))
                return false;
        }
        return true;
    };
    if (!m_all && !briefing.isEmpty()) {
        for (const Bookmark &b : store.bookmarks(briefing)) {
            if (matches(b.itemTitle, QString()))
                m_entries.append(Entry{EntryKind::Bookmark, b.briefingId, b.itemId, b.itemTitle, QString(), QString(), 0});
        }
    }
    const QVector<Note> notes = m_all ? store.allNotes() : briefing.isEmpty() ? QVector<Note>() : store.notes(briefing);
    for (const Note &n : notes) {
        if (!matches(n.itemTitle, n.text))
            continue;
        m_entries.append(Entry{EntryKind::Note, n.briefingId, n.itemId, n.itemTitle, n.id, n.text,
                               int(m_library->itemState(n))});
    }
    endResetModel();
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
        if (e.state == int(UserLibrary::ItemState::Changed))
            line += QStringLiteral(" ") + tr("[item changed since]");
        else if (e.state == int(UserLibrary::ItemState::Orphaned))
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
        return e.state;
    case NoteTextRole:
        return e.text;
    default:
        return {};
    }
}

} // namespace bv
