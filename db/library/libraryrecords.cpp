// SPDX-License-Identifier: MIT
// The library's briefings seen, bookmarks and reading positions (notes are in library.cpp).
#include "library/library.h"

#include "library/librarysql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bv {

using namespace librarysql;

bool Library::sawBriefing(const SeenBriefing &b)
{
    return write(tr("the briefing"), [&] {
        SqliteStatement q(m_db, "INSERT INTO briefing (briefing_id, title, edition, path, last_opened) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT(briefing_id) DO UPDATE SET title = excluded.title, edition = excluded.edition, "
                                "path = CASE WHEN excluded.path = '' THEN path ELSE excluded.path END, "
                                "last_opened = excluded.last_opened");
        q.bind(b.briefingId).bind(b.title).bind(b.edition).bind(b.path)
            .bind(timeText(b.lastOpened.isValid() ? b.lastOpened : QDateTime::currentDateTimeUtc()));
        return q.run();
    });
}

std::optional<SeenBriefing> Library::seenBriefing(const QString &briefingId) const
{
    for (const SeenBriefing &b : seenBriefings()) {
        if (b.briefingId == briefingId)
            return b;
    }
    return std::nullopt;
}

QVector<SeenBriefing> Library::seenBriefings() const
{
    QVector<SeenBriefing> result;
    if (!m_db)
        return result;
    SqliteStatement q(m_db, "SELECT briefing_id, title, edition, path, last_opened FROM briefing ORDER BY last_opened DESC");
    while (q.step() == SQLITE_ROW)
        result.append(SeenBriefing{q.textAt(0), q.textAt(1), q.textAt(2), q.textAt(3), timeFrom(q.textAt(4))});
    return result;
}

bool Library::isBookmarked(const QString &briefingId, const QString &itemId) const
{
    if (!m_db)
        return false;
    SqliteStatement q(m_db, "SELECT 1 FROM bookmark WHERE briefing_id = ? AND item_id = ?");
    q.bind(briefingId).bind(itemId);
    return q.step() == SQLITE_ROW;
}

bool Library::toggleBookmark(const QString &briefingId, const QString &itemId, const QString &itemTitle)
{
    const bool was = isBookmarked(briefingId, itemId);
    const bool ok = write(tr("the bookmark"), [&] {
        if (was) {
            SqliteStatement q(m_db, "DELETE FROM bookmark WHERE briefing_id = ? AND item_id = ?");
            q.bind(briefingId).bind(itemId);
            return q.run();
        }
        const QString now = timeText(QDateTime::currentDateTimeUtc());
        SqliteStatement seen(m_db, "INSERT OR IGNORE INTO briefing (briefing_id, last_opened) VALUES (?, ?)");
        seen.bind(briefingId).bind(now);
        SqliteStatement q(m_db, "INSERT INTO bookmark (briefing_id, item_id, item_title, created) VALUES (?, ?, ?, ?)");
        q.bind(briefingId).bind(itemId).bind(itemTitle).bind(now);
        return seen.run() && q.run();
    });
    return ok ? !was : was;
}

QVector<Bookmark> Library::bookmarks(const QString &briefingId) const
{
    QVector<Bookmark> result;
    if (!m_db)
        return result;
    SqliteStatement q(m_db, "SELECT briefing_id, item_id, item_title, created FROM bookmark WHERE briefing_id = ? "
                            "ORDER BY created, item_id");
    q.bind(briefingId);
    while (q.step() == SQLITE_ROW)
        result.append(Bookmark{q.textAt(0), q.textAt(1), q.textAt(2), timeFrom(q.textAt(3))});
    return result;
}

bool Library::savePosition(const ReadingPosition &p)
{
    return write(tr("the reading position"), [&] {
        const QString now = timeText(QDateTime::currentDateTimeUtc());
        SqliteStatement seen(m_db, "INSERT OR IGNORE INTO briefing (briefing_id, last_opened) VALUES (?, ?)");
        seen.bind(p.briefingId).bind(now);
        SqliteStatement q(m_db, "INSERT OR REPLACE INTO reading_position "
                                "(briefing_id, current_item, history, history_position, view_state, modified) "
                                "VALUES (?, ?, ?, ?, ?, ?)");
        q.bind(p.briefingId).bind(p.currentItem)
            .bind(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.history)).toJson(QJsonDocument::Compact)))
            .bind(qint64(p.historyPosition)).bind(QString::fromUtf8(p.viewState.isEmpty() ? QByteArray("{}") : p.viewState))
            .bind(now);
        return seen.run() && q.run();
    });
}

std::optional<ReadingPosition> Library::position(const QString &briefingId) const
{
    if (!m_db)
        return std::nullopt;
    SqliteStatement q(m_db, "SELECT current_item, history, history_position, view_state, modified FROM reading_position "
                            "WHERE briefing_id = ?");
    q.bind(briefingId);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    ReadingPosition p;
    p.briefingId = briefingId;
    p.currentItem = q.textAt(0);
    for (const QJsonValue &v : QJsonDocument::fromJson(q.textAt(1).toUtf8()).array())
        p.history << v.toString();
    p.historyPosition = int(q.int64At(2));
    p.viewState = q.textAt(3).toUtf8();
    p.modified = timeFrom(q.textAt(4));
    return p;
}

} // namespace bv
