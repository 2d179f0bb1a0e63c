// SPDX-License-Identifier: MIT
// BriefingDatabase::textPart(): the start of a long text left in the file, read without holding
// the whole of it (docs/format.md, "Limits on long text").
#include "file/briefingdatabase.h"

#include "content/itemfields.h"
#include "file/sqliteconnection.h"

#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace bv {

bool BriefingDatabase::readTextStart(const ItemField &field, const QString &id, qsizetype maxChars, QString *text, qsizetype *total) const
{
    // SQLite loads a whole value to cut it (50 MB for 50 MB); its incremental I/O reads only the
    // pages asked for: the start of the text, and then, for its length, the rest a megabyte at
    // a time, never held whole.
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid, typeof(") + field.fieldName() + QStringLiteral(") FROM ") + ItemFields::table(field.kind)
              + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next() || q.value(1).toString() != QLatin1String("text"))
        return false;
    const qint64 rowid = q.value(0).toLongLong();
    q.finish();
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(m_connection->handle(), "main", ItemFields::table(field.kind).toUtf8().constData(), field.name, rowid, 0,
                          &blob)
        != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return false;
    }
    const qint64 bytes = sqlite3_blob_bytes(blob);
    const qint64 head = std::min<qint64>(bytes, qint64(maxChars) * 4); // UTF-8: at most 4 bytes a character
    QByteArray buffer(head, Qt::Uninitialized);
    bool read = sqlite3_blob_read(blob, buffer.data(), int(head), 0) == SQLITE_OK;
    // UTF-16 units, as QString counts them: one per UTF-8 sequence, two for a 4-byte one.
    const auto units = [](const QByteArray &chunk) {
        qsizetype count = 0;
        for (const char c : chunk) {
            const auto b = static_cast<unsigned char>(c);
            count += (b & 0xC0) != 0x80;
            count += b >= 0xF0;
        }
        return count;
    };
    *total = units(buffer);
    for (qint64 at = head; read && at < bytes;) {
        QByteArray chunk(std::min<qint64>(bytes - at, 1 << 20), Qt::Uninitialized);
        read = sqlite3_blob_read(blob, chunk.data(), int(chunk.size()), int(at)) == SQLITE_OK;
        *total += units(chunk);
        at += chunk.size();
    }
    sqlite3_blob_close(blob);
    if (!read)
        return false;
    *text = QString::fromUtf8(buffer);
    *total = std::max<qsizetype>(*total, text->size());
    return true;
}

QString BriefingDatabase::textPart(const ItemField &field, int row, qsizetype maxChars, qsizetype *total, TextState *state,
                                   QString *language) const
{
    TextState ignored;
    state = state ? state : &ignored;
    if (!field.longText || m_briefing.fullText || !m_briefing.contentLanguage.isEmpty()) {
        const QString whole = text(field, row, state, language);
        *total = whole.size();
        return whole.size() > maxChars ? whole.left(maxChars) : whole;
    }
    const QString key = field.fieldName() + QLatin1Char('/') + QString::number(int(field.kind)) + QLatin1Char('/')
                        + QString::number(row) + QLatin1Char('/') + QString::number(maxChars);
    if (m_lastPart.key != key) {
        m_lastPart = TextPart{key, {}, 0, TextState::Source, m_briefing.metadata.sourceLanguage};
        const QString id = m_briefing.idAt(field.kind, row);
        if (!readTextStart(field, id, maxChars, &m_lastPart.text, &m_lastPart.total)) {
            // The column and table names come from the field table, never from the file.
            // SQLite cuts the text: the program converts and holds maxChars characters.
            QSqlQuery q(m_connection->database());
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT substr(") + field.fieldName() + QStringLiteral(", 1, ?), length(") + field.fieldName()
                      + QStringLiteral(") FROM ") + ItemFields::table(field.kind) + QStringLiteral(" WHERE id = ?"));
            q.addBindValue(maxChars);
            q.addBindValue(id);
            if (q.exec() && q.next()) {
                m_lastPart.text = q.value(0).toString();
                m_lastPart.total = std::max<qsizetype>(q.value(1).toLongLong(), m_lastPart.text.size());
            }
        }
        if (m_lastPart.text.size() > maxChars) // SQLite counts characters, QString UTF-16 units
            m_lastPart.text = m_lastPart.text.left(m_lastPart.text.at(maxChars - 1).isHighSurrogate() ? maxChars - 1 : maxChars);
    }
    *total = m_lastPart.total;
    *state = m_lastPart.state;
    if (language)
        *language = m_lastPart.language;
    return m_lastPart.text;
}

} // namespace bv
