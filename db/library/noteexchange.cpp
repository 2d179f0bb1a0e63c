// SPDX-License-Identifier: MIT
#include "library/noteexchange.h"

#include "library/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace bv {

namespace {

const QLatin1String formatName("briefing-viewer-notes");

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString NoteExchange::toMarkdown(const QString &briefingTitle, const QVector<Note> &notes)
{
    QString md = QStringLiteral("# ") + tr("Notes on %1").arg(briefingTitle) + QStringLiteral("\n");
    for (const Note &n : notes) {
        const QString title = n.itemTitle.isEmpty() ? n.itemId : n.itemTitle;
        md += QStringLiteral("\n## ") + QString(title).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QStringLiteral("\n\n");
        md += QStringLiteral("*") + tr("Item %1, written on edition %2, last changed %3")
                                         .arg(n.itemId, n.edition.isEmpty() ? tr("(none stated)") : n.edition,
                                              n.modified.toUTC().toString(Qt::ISODate))
              + QStringLiteral("*\n\n");
        md += n.text.trimmed() + QStringLiteral("\n");
    }
    return md;
}

QByteArray NoteExchange::toJson(const SeenBriefing &briefing, const QVector<Note> &notes)
{
    QJsonArray array;
    for (const Note &n : notes) {
        array.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("briefing_id"), n.briefingId},
                                 {QStringLiteral("item_id"), n.itemId},
                                 {QStringLiteral("item_title"), n.itemTitle},
                                 {QStringLiteral("text"), n.text},
                                 {QStringLiteral("item_hash"), n.itemHash},
                                 {QStringLiteral("item_text"), n.itemText},
                                 {QStringLiteral("edition"), n.edition},
                                 {QStringLiteral("created"), timeText(n.created)},
                                 {QStringLiteral("modified"), timeText(n.modified)}});
    }
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("briefing"), QJsonObject{{QStringLiteral("id"), briefing.briefingId},
                                                                    {QStringLiteral("title"), briefing.title},
                                                                    {QStringLiteral("edition"), briefing.edition}}},
                           {QStringLiteral("notes"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString NoteExchange::ImportResult::summary() const
{
    if (!problem.isEmpty())
        return problem;
    return tr("%n note(s) added", nullptr, added) + QStringLiteral(", ") + tr("%n updated", nullptr, updated)
           + QStringLiteral(", ") + tr("%n already there", nullptr, unchanged) + QLatin1Char('.');
}

NoteExchange::ImportResult NoteExchange::importJson(Library &library, const QByteArray &json)
{
    ImportResult result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        result.problem = tr("The notes file is not JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset);
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName) {
        result.problem = tr("The file is JSON but not Briefing Viewer notes (its \"format\" is not \"%1\").").arg(formatName);
        return result;
    }
    if (root.value(QStringLiteral("version")).toInt() > formatVersion) {
        result.problem = tr("The notes were exported by a newer Briefing Viewer (notes format %1); update Briefing Viewer.")
                             .arg(root.value(QStringLiteral("version")).toInt());
        return result;
    }
    if (!library.canWrite()) {
        result.problem = library.problem().isEmpty() ? tr("Your library cannot be written.") : library.problem();
        return result;
    }
    const QString fallbackBriefing = root.value(QStringLiteral("briefing")).toObject().value(QStringLiteral("id")).toString();
    const QJsonArray notes = root.value(QStringLiteral("notes")).toArray();
    QVector<Note> incoming;
    for (const QJsonValue &value : notes) {
        const QJsonObject o = value.toObject();
        Note n;
        n.id = o.value(QStringLiteral("id")).toString();
        n.briefingId = o.value(QStringLiteral("briefing_id")).toString(fallbackBriefing);
        n.itemId = o.value(QStringLiteral("item_id")).toString();
        n.itemTitle = o.value(QStringLiteral("item_title")).toString();
        n.text = o.value(QStringLiteral("text")).toString();
        n.itemHash = o.value(QStringLiteral("item_hash")).toString();
        n.itemText = o.value(QStringLiteral("item_text")).toString();
        n.edition = o.value(QStringLiteral("edition")).toString();
        n.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
        n.modified = QDateTime::fromString(o.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
        if (QUuid::fromString(n.id).isNull() || n.briefingId.isEmpty() || n.itemId.isEmpty() || !n.modified.isValid()) {
            result.problem = tr("Note %1 of the file is incomplete (it needs an id, a briefing id, an item id and a "
                                "time of change); nothing was imported.").arg(incoming.size() + 1);
            return result;
        }
        incoming.append(n);
    }
    for (Note &n : incoming) {
        const auto existing = library.note(n.id);
        if (existing && existing->modified >= n.modified) {
            ++result.unchanged;
            continue;
        }
        if (!library.saveNote(&n, Library::Times::Keep)) {
            result.problem = library.problem();
            return result;
        }
        ++(existing ? result.updated : result.added);
    }
    return result;
}

} // namespace bv
