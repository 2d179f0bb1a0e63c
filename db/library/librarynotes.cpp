// SPDX-License-Identifier: MIT
// The library's notes: saving, editing beside another viewer's change, deleting, reading and searching.
#include "library/library.h"
#include "library/librarysql.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>
#include <sqlite3.h>

namespace bv {

using namespace librarysql;

namespace {

Note noteAt(const SqliteStatement &q)
{
    Note n;
    n.id = q.textAt(0);
    n.briefingId = q.textAt(1);
    n.itemId = q.textAt(2);
    n.itemTitle = q.textAt(3);
    n.text = q.textAt(4);
    n.itemHash = q.textAt(5);
    n.itemText = q.textAt(6);
    n.edition = q.textAt(7);
    n.created = timeFrom(q.textAt(8));
    n.modified = timeFrom(q.textAt(9));
    return n;
}

#define BV_NOTE_COLUMNS "id, briefing_id, item_id, item_title, text, item_hash, item_text, edition, created, modified"

} // namespace

QString Library::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

Note Library::stamped(const Note &note, Times times) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Note saved = note;
    if (saved.id.isEmpty())
        saved.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!saved.created.isValid())
        saved.created = now;
    if (times == Times::Now || !saved.modified.isValid())
        saved.modified = now;
    return saved;
}

bool Library::insertNote(const Note &saved)
{
    SqliteStatement seen(m_db, "INSERT OR IGNORE INTO briefing (briefing_id, last_opened) VALUES (?, ?)");
    seen.bind(saved.briefingId).bind(timeText(QDateTime::currentDateTimeUtc()));
    if (!seen.run())
        return false;
    SqliteStatement q(m_db, "INSERT INTO note (" BV_NOTE_COLUMNS ", folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT(id) DO UPDATE SET item_title = excluded.item_title, text = excluded.text, "
                            "item_hash = excluded.item_hash, item_text = excluded.item_text, edition = excluded.edition, "
                            "modified = excluded.modified, folded = excluded.folded");
    q.bind(saved.id).bind(saved.briefingId).bind(saved.itemId).bind(saved.itemTitle).bind(saved.text)
        .bind(saved.itemHash).bind(saved.itemText).bind(saved.edition).bind(timeText(saved.created))
        .bind(timeText(saved.modified)).bind(fold(saved.itemTitle + QLatin1Char('\n') + saved.text));
    return q.run();
}

bool Library::saveNote(Note *n, Times times)
{
    const Note saved = stamped(*n, times);
    const bool ok = write(tr("the note"), [&] { return insertNote(saved); });
    if (ok)
        *n = saved;
    return ok;
}

bool Library::saveEditedNote(Note *n, const QDateTime &read, bool *besideOther)
{
    *besideOther = false;
    Note saved = stamped(*n, Times::Now);
    bool beside = false;
    // Checked and written in one transaction: no other viewer can write in between.
    const bool ok = write(tr("the note"), [&] {
        beside = false;
        if (!n->id.isEmpty()) {
            SqliteStatement q(m_db, "SELECT modified FROM note WHERE id = ?");
            q.bind(n->id);
            beside = q.step() != SQLITE_ROW || q.textAt(0) != timeText(read);
        } else {
            SqliteStatement q(m_db, "SELECT count(*) FROM note WHERE briefing_id = ? AND item_id = ?");
            q.bind(n->briefingId).bind(n->itemId);
            beside = q.step() == SQLITE_ROW && q.int64At(0) > 0;
        }
        Note written = saved;
        if (beside && !n->id.isEmpty()) { // a note of its own, on the text the user read
            written.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            written.created = written.modified;
        }
        if (!insertNote(written))
            return false;
        saved = written;
        return true;
    });
    if (ok) {
        *n = saved;
        *besideOther = beside;
    }
    return ok;
}

bool Library::deleteEditedNote(const QString &noteId, const QDateTime &read, bool *changedSince)
{
    *changedSince = false;
    bool changed = false;
    const bool ok = write(tr("the deletion"), [&] {
        SqliteStatement q(m_db, "DELETE FROM note WHERE id = ? AND modified = ?");
        q.bind(noteId).bind(timeText(read));
        if (!q.run())
            return false;
        if (sqlite3_changes(m_db) == 0) {
            SqliteStatement left(m_db, "SELECT count(*) FROM note WHERE id = ?");
            left.bind(noteId);
            changed = left.step() == SQLITE_ROW && left.int64At(0) > 0;
        }
        return true;
    });
    if (ok)
        *changedSince = changed;
    return ok;
}

qint64 Library::dataVersion() const
{
    return m_db ? pragmaInt(m_db, "PRAGMA data_version") : -1;
}

QString Library::notesStamp(const QString &briefingId) const
{
    if (!m_db)
        return {};
    SqliteStatement q(m_db, "SELECT (SELECT count(*) || ' ' || ifnull(max(rowid), 0) FROM note) || ' ' || "
                            "(SELECT count(*) || ' ' || ifnull(max(modified), '') FROM note WHERE briefing_id = ?1) || ' ' || "
                            "(SELECT count(*) || ' ' || ifnull(max(created), '') FROM bookmark WHERE briefing_id = ?1)");
    q.bind(briefingId);
    return q.step() == SQLITE_ROW ? q.textAt(0) : QString();
}

bool Library::deleteNote(const QString &noteId)
{
    return write(tr("the deletion"), [&] {
        SqliteStatement q(m_db, "DELETE FROM note WHERE id = ?");
        q.bind(noteId);
        return q.run();
    });
}

QVector<Note> Library::notes(const QString &briefingId) const
{
    QVector<Note> result;
    if (!m_db)
        return result;
    SqliteStatement q(m_db, "SELECT " BV_NOTE_COLUMNS " FROM note WHERE briefing_id = ? ORDER BY item_id, created");
    q.bind(briefingId);
    while (q.step() == SQLITE_ROW)
        result.append(noteAt(q));
    return result;
}

QVector<Note> Library::allNotes() const
{
    QVector<Note> result;
    if (!m_db)
        return result;
    SqliteStatement q(m_db, "SELECT " BV_NOTE_COLUMNS " FROM note ORDER BY briefing_id, item_id, created");
    while (q.step() == SQLITE_ROW)
        result.append(noteAt(q));
    return result;
}

std::optional<Note> Library::note(const QString &noteId) const
{
    if (!m_db)
        return std::nullopt;
    SqliteStatement q(m_db, "SELECT " BV_NOTE_COLUMNS " FROM note WHERE id = ?");
    q.bind(noteId);
    if (q.step() == SQLITE_ROW)
        return noteAt(q);
    return std::nullopt;
}

std::optional<Note> Library::noteFor(const QString &briefingId, const QString &itemId) const
{
    if (!m_db)
        return std::nullopt;
    SqliteStatement q(m_db, "SELECT " BV_NOTE_COLUMNS " FROM note WHERE briefing_id = ? AND item_id = ? "
                            "ORDER BY modified DESC LIMIT 1");
    q.bind(briefingId).bind(itemId);
    if (q.step() == SQLITE_ROW)
        return noteAt(q);
    return std::nullopt;
}

QVector<Note> Library::notesPage(const QString &briefingId, const QString &query, int offset, int limit,
                                 Order order) const
{
    QVector<Note> result;
    if (!m_db)
        return result;
    const QStringList words = fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 16);
    // instr() matches the folded words as plain text: nothing in the query is a pattern. One
    // briefing's notes come through the index on briefing_id.
    QByteArray sql = "SELECT " BV_NOTE_COLUMNS " FROM note WHERE ";
    sql += briefingId.isEmpty() ? "1" : "briefing_id = ?";
    for (int i = 0; i < words.size(); ++i)
        sql += " AND instr(folded, ?) > 0";
    sql += order == Order::Recent ? " ORDER BY modified DESC" : " ORDER BY briefing_id, item_id, created";
    sql += " LIMIT ? OFFSET ?";
    SqliteStatement q(m_db, sql.constData());
    if (!briefingId.isEmpty())
        q.bind(briefingId);
    for (const QString &word : words)
        q.bind(word);
    q.bind(qint64(qBound(1, limit, 100000))).bind(qint64(qMax(0, offset)));
    while (q.step() == SQLITE_ROW)
        result.append(noteAt(q));
    return result;
}

QVector<Note> Library::searchNotes(const QString &query, const QString &briefingId, int limit) const
{
    if (fold(query).trimmed().isEmpty())
        return {};
    return notesPage(briefingId, query, 0, limit, Order::Recent);
}

int Library::noteCount() const
{
    return m_db ? pragmaInt(m_db, "SELECT count(*) FROM note") : 0;
}

} // namespace bv
