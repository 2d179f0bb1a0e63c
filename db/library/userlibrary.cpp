// SPDX-License-Identifier: MIT
#include "library/userlibrary.h"

#include "file/briefingdatabase.h"
#include "library/itemtext.h"

#include <QTimer>

namespace bv {

UserLibrary::UserLibrary(QObject *parent) : QObject(parent), m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setInterval(refreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &UserLibrary::refresh);
}

Library::State UserLibrary::open(const QString &path)
{
    const Library::State state = m_library.open(path);
    report();
    reload();
    if (state == Library::State::Off)
        m_refreshTimer->stop();
    else
        m_refreshTimer->start();
    return state;
}

bool UserLibrary::refresh()
{
    const qint64 version = m_library.dataVersion();
    if (version == m_dataVersion)
        return false;
    m_dataVersion = version;
    if (m_library.notesStamp(briefingId()) == m_notesStamp)
        return false; // a reading position or a briefing seen: nothing any view shows
    reload();
    return true;
}

void UserLibrary::report()
{
    const QString problem = m_library.problem();
    if (!problem.isEmpty() && problem != m_lastProblem)
        emit problemOccurred(problem);
    m_lastProblem = problem;
}

bool UserLibrary::startNewLibrary()
{
    const bool ready = m_library.moveAsideAndStartNew() == Library::State::Ready;
    report();
    setBriefing(m_database);
    return ready;
}

QString UserLibrary::briefingId() const
{
    return m_database ? m_database->briefing().metadata.id : QString();
}

void UserLibrary::setBriefing(std::shared_ptr<const BriefingDatabase> database)
{
    m_database = std::move(database);
    if (m_database && m_library.canWrite()) {
        const Metadata &m = m_database->briefing().metadata;
        m_library.sawBriefing({m.id, m.title, m.edition, m_database->path(), {}});
        report();
    }
    reload();
}

void UserLibrary::reload()
{
    m_dataVersion = m_library.dataVersion();
    m_notesStamp = m_library.notesStamp(briefingId());
    m_noted.clear();
    m_bookmarked.clear();
    const QString id = briefingId();
    if (!id.isEmpty()) {
        for (const Note &n : m_library.notes(id))
            m_noted.insert(n.itemId);
        for (const Bookmark &b : m_library.bookmarks(id))
            m_bookmarked.insert(b.itemId);
    }
    m_paths = id.isEmpty() ? QVector<BriefingPath>() : m_library.paths(id);
    emit notesChanged();
    emit bookmarksChanged();
    emit pathsChanged();
}

void UserLibrary::reloadPaths()
{
    const QString id = briefingId();
    m_paths = id.isEmpty() ? QVector<BriefingPath>() : m_library.paths(id);
    emit pathsChanged();
}

std::optional<Note> UserLibrary::noteFor(const QString &itemId) const
{
    if (!m_noted.contains(itemId))
        return std::nullopt;
    return m_library.noteFor(briefingId(), itemId);
}

QString UserLibrary::currentItemText(const QString &itemId) const
{
    return m_database ? ItemText::of(*m_database, itemId) : QString();
}

bool UserLibrary::saveNote(const QString &itemId, const QString &text)
{
    Edit edit{noteFor(itemId)};
    return saveEdit(itemId, text, &edit);
}

bool UserLibrary::saveEdit(const QString &itemId, const QString &text, Edit *edit)
{
    edit->besideOther = edit->keptChanged = false;
    if (!m_database)
        return false;
    const std::optional<Note> &existing = edit->read;
    bool ok = true;
    if (text.trimmed().isEmpty()) {
        if (existing) {
            ok = m_library.deleteEditedNote(existing->id, existing->modified, &edit->keptChanged);
            if (ok && !edit->keptChanged)
                edit->read.reset();
        }
    } else {
        Note n = existing.value_or(Note{});
        const Briefing &b = m_database->briefing();
        n.briefingId = b.metadata.id;
        n.itemId = itemId;
        n.itemTitle = b.title(itemId);
        n.text = text;
        // The item's text is that of when the note was first written, kept through edits,
        // so that "changed since" stays true until the user rewrites the note on the new text.
        if (!existing || existing->itemHash.isEmpty()) {
            n.itemText = ItemText::of(*m_database, itemId);
            n.itemHash = ItemText::hash(n.itemText);
            n.edition = b.metadata.edition;
        }
        ok = m_library.saveEditedNote(&n, existing ? existing->modified : QDateTime(), &edit->besideOther);
        if (ok)
            edit->read = n;
    }
    report();
    if (ok)
        reload();
    return ok;
}

bool UserLibrary::acceptChange(const QString &itemId)
{
    std::optional<Note> n = noteFor(itemId);
    if (!n || !m_database)
        return false;
    n->itemText = ItemText::of(*m_database, itemId);
    n->itemHash = ItemText::hash(n->itemText);
    n->edition = m_database->briefing().metadata.edition;
    const bool ok = m_library.saveNote(&*n);
    report();
    if (ok)
        reload();
    return ok;
}

bool UserLibrary::deleteNote(const QString &noteId)
{
    const bool ok = m_library.deleteNote(noteId);
    report();
    if (ok)
        reload();
    return ok;
}

bool UserLibrary::toggleBookmark(const QString &itemId)
{
    if (!m_database)
        return false;
    const bool was = m_bookmarked.contains(itemId);
    const bool now = m_library.toggleBookmark(briefingId(), itemId, m_database->briefing().title(itemId));
    report();
    if (now != was)
        reload();
    return now != was;
}

UserLibrary::ItemState UserLibrary::itemState(const Note &note) const
{
    if (!m_database || note.briefingId != briefingId())
        return ItemState::Unknown;
    const QString text = currentItemText(note.itemId);
    if (text.isEmpty())
        return ItemState::Orphaned;
    if (note.itemHash.isEmpty())
        return ItemState::Unknown;
    return ItemText::hash(text) == note.itemHash ? ItemState::Same : ItemState::Changed;
}

bool UserLibrary::savePosition(const ReadingPosition &position)
{
    if (!m_library.canWrite())
        return false;
    const bool ok = m_library.savePosition(position);
    report();
    return ok;
}

std::optional<ReadingPosition> UserLibrary::position() const
{
    const QString id = briefingId();
    return id.isEmpty() ? std::nullopt : m_library.position(id);
}

} // namespace bv

namespace bv {

std::optional<BriefingPath> UserLibrary::userPath(const QString &pathId) const
{
    for (const BriefingPath &path : m_paths) {
        if (path.id == pathId)
            return path;
    }
    return std::nullopt;
}

bool UserLibrary::savePath(BriefingPath *path)
{
    if (!m_database) {
        m_library.savePath(QString(), path); // refused: says that no briefing is open
        report();
        return false;
    }
    BriefingPath saved = *path;
    bool taken = saved.id == QLatin1String("default");
    for (const BriefingPath &own : m_database->briefing().paths)
        taken = taken || own.id == saved.id;
    if (taken)
        saved.id.clear(); // a new id: the briefing's path stays as it is
    const bool ok = m_library.savePath(briefingId(), &saved);
    report();
    if (ok) {
        *path = saved;
        reloadPaths();
    }
    return ok;
}

bool UserLibrary::renamePath(const QString &pathId, const QString &title)
{
    std::optional<BriefingPath> path = userPath(pathId);
    if (!path)
        return false;
    path->title = title;
    return savePath(&*path);
}

bool UserLibrary::deletePath(const QString &pathId)
{
    if (!m_database || !userPath(pathId))
        return false; // not one of the user's: the default path's and the briefing's rehearsals stay
    const bool ok = m_library.deletePath(briefingId(), pathId);
    report();
    if (ok)
        reloadPaths();
    return ok;
}

bool UserLibrary::saveRehearsal(const QString &pathId, const QVector<int> &secondsPerStop)
{
    const bool ok = m_library.saveRehearsal(briefingId(), pathId, secondsPerStop);
    report();
    if (ok)
        emit rehearsalsChanged(pathId);
    return ok;
}

QVector<int> UserLibrary::lastRehearsal(const QString &pathId) const
{
    const QVector<PathRehearsal> all = rehearsals(pathId);
    return all.isEmpty() ? QVector<int>() : all.first().secondsPerStop;
}

QVector<PathRehearsal> UserLibrary::rehearsals(const QString &pathId) const
{
    const QString id = briefingId();
    return id.isEmpty() ? QVector<PathRehearsal>() : m_library.rehearsals(id, pathId);
}

bool UserLibrary::saveLastStop(const QString &pathId, int stopIndex)
{
    const bool ok = m_library.saveLastStop(briefingId(), pathId, stopIndex);
    report();
    return ok;
}

std::optional<int> UserLibrary::lastStop(const QString &pathId) const
{
    const QString id = briefingId();
    return id.isEmpty() ? std::nullopt : m_library.lastStop(id, pathId);
}

} // namespace bv
