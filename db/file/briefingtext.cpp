// SPDX-License-Identifier: MIT
// BriefingDatabase::textPart(): the start of a long text left in the file, in the source or the
// content language, read without holding the whole of it (docs/format.md, "Limits on long text").
#include "file/briefingdatabase.h"

#include "content/contentlanguage.h"
#include "content/itemfields.h"
#include "file/sqliteconnection.h"

#include <QCryptographicHash>
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

QByteArray BriefingDatabase::sourceHashOf(const ItemField &field, const QString &id) const
{
    // SHA-1 of the text's UTF-8, as ContentLanguage::sourceHash() makes it of the whole text, but
    // read a megabyte at a time with incremental I/O. Bytes that are not UTF-8 become U+FFFD when
    // the text is read whole: such a text is read whole here too, so that the hash is the same.
    const auto whole = [&] {
        QSqlQuery q(m_connection->database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT ") + field.fieldName() + QStringLiteral(" FROM ") + ItemFields::table(field.kind)
                  + QStringLiteral(" WHERE id = ?"));
        q.addBindValue(id);
        return ContentLanguage::sourceHash(q.exec() && q.next() ? q.value(0).toString() : QString());
    };
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid, typeof(") + field.fieldName() + QStringLiteral(") FROM ") + ItemFields::table(field.kind)
              + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next() || q.value(1).toString() != QLatin1String("text"))
        return whole();
    const qint64 rowid = q.value(0).toLongLong();
    q.finish();
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(m_connection->handle(), "main", ItemFields::table(field.kind).toUtf8().constData(), field.name, rowid, 0,
                          &blob)
        != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return whole();
    }
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const qint64 bytes = sqlite3_blob_bytes(blob);
    QByteArray carry; // the start of a UTF-8 sequence the chunk before ended in
    bool valid = true;
    for (qint64 at = 0; valid && at < bytes;) {
        QByteArray chunk(std::min<qint64>(bytes - at, 1 << 20), Qt::Uninitialized);
        valid = sqlite3_blob_read(blob, chunk.data(), int(chunk.size()), int(at)) == SQLITE_OK;
        at += chunk.size();
        chunk.prepend(carry);
        carry.clear();
        // A sequence cut by the chunk's end goes on with the next chunk.
        qsizetype cut = chunk.size();
        for (qsizetype i = chunk.size() - 1; at < bytes && i >= 0 && i >= chunk.size() - 4; --i) {
            const auto b = static_cast<unsigned char>(chunk.at(i));
            if ((b & 0xC0) == 0x80)
                continue;
            const int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            if (chunk.size() - i < length)
                cut = i;
            break;
        }
        carry = chunk.mid(cut);
        chunk.truncate(cut);
        valid = valid && QByteArrayView(chunk).isValidUtf8();
        hash.addData(chunk);
    }
    sqlite3_blob_close(blob);
    return valid && carry.isEmpty() ? hash.result().toHex() : whole();
}

bool BriefingDatabase::readTranslationStart(const ItemField &field, const QString &id, qsizetype maxChars, TextPart *part) const
{
    // As ContentLanguage::text(): the first language of the chain that has a translation, else
    // the source (Fallback). The translation table has no rowid for incremental I/O: SQLite cuts
    // the text, and the program converts and holds maxChars characters of it.
    part->state = TextState::Fallback;
    part->language = m_briefing.metadata.sourceLanguage;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT lang, source_hash FROM translation WHERE item_id = ? AND field = ?"));
    q.addBindValue(id);
    q.addBindValue(field.fieldName());
    int best = -1;
    QByteArray hash;
    if (q.exec()) {
        while (q.next()) {
            const int position = int(m_briefing.contentChain.indexOf(q.value(0).toString()));
            if (position >= 0 && (best < 0 || position < best)) {
                best = position;
                hash = q.value(1).toString().toLatin1();
            }
        }
    }
    q.finish();
    if (best < 0)
        return false;
    q.prepare(QStringLiteral("SELECT substr(text, 1, ?), length(text) FROM translation WHERE item_id = ? AND field = ? AND lang = ?"));
    q.addBindValue(maxChars);
    q.addBindValue(id);
    q.addBindValue(field.fieldName());
    q.addBindValue(m_briefing.contentChain.at(best));
    if (!q.exec() || !q.next())
        return false;
    part->text = q.value(0).toString();
    part->total = std::max<qsizetype>(q.value(1).toLongLong(), part->text.size());
    part->language = m_briefing.contentChain.at(best);
    if (best == 0)
        part->state = hash == sourceHashOf(field, id) ? TextState::Translated : TextState::Stale;
    return true;
}

QString BriefingDatabase::textPart(const ItemField &field, int row, qsizetype maxChars, qsizetype *total, TextState *state,
                                   QString *language) const
{
    TextState ignored;
    state = state ? state : &ignored;
    if (!field.longText || m_briefing.fullText) {
        const QString whole = text(field, row, state, language);
        *total = whole.size();
        return whole.size() > maxChars ? whole.left(maxChars) : whole;
    }
    const QString key = field.fieldName() + QLatin1Char('/') + QString::number(int(field.kind)) + QLatin1Char('/')
                        + QString::number(row) + QLatin1Char('/') + QString::number(maxChars) + QLatin1Char('/')
                        + m_briefing.contentChain.join(QLatin1Char(','));
    if (m_lastPart.key != key) {
        m_lastPart = TextPart{key, {}, 0, TextState::Source, m_briefing.metadata.sourceLanguage};
        const QString id = m_briefing.idAt(field.kind, row);
        if ((m_briefing.contentLanguage.isEmpty() || !readTranslationStart(field, id, maxChars, &m_lastPart))
            && !readTextStart(field, id, maxChars, &m_lastPart.text, &m_lastPart.total)) {
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
