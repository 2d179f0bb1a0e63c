// SPDX-License-Identifier: MIT
#include "translation/translationexchange.h"

#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "file/sqliteconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>


namespace bv {

namespace {

struct Existing
{
    QString text;
    QByteArray hash;
};

QHash<QString, Existing> existing(const SqliteConnection &connection, const QString &lang)
{
    QHash<QString, Existing> rows;
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT item_id, field, text, source_hash FROM translation WHERE lang = ?"));
    q.addBindValue(lang);
    if (q.exec()) {
        while (q.next())
            rows.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(),
                        Existing{q.value(2).toString(), q.value(3).toString().toLatin1()});
    }
    return rows;
}

QSet<QString> matches(const QRegularExpression &pattern, const QString &text, int group)
{
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(group));
    return found;
}

struct Unit
{
    QString id, source, target, state;
    bool hasTarget = false;
    qint64 line = 0;
};

// The items' texts, then the data points'.
QVector<ContentLanguage::Unit> allUnits(const BriefingDatabase &database)
{
    return ContentLanguage::units(database.briefing())
           + ContentLanguage::pointUnits(database.connection(), database.briefing());
}

} // namespace

QByteArray TranslationExchange::exportXliff(const BriefingDatabase &database, const QString &lang)
{
    const Briefing &b = database.briefing();
    const QHash<QString, Existing> rows = existing(database.connection(), lang);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("xliff"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeDefaultNamespace(QStringLiteral("urn:oasis:names:tc:xliff:document:1.2"));
    xml.writeStartElement(QStringLiteral("file"));
    xml.writeAttribute(QStringLiteral("original"), b.metadata.id);
    xml.writeAttribute(QStringLiteral("source-language"), b.metadata.sourceLanguage);
    xml.writeAttribute(QStringLiteral("target-language"), lang);
    xml.writeAttribute(QStringLiteral("datatype"), QStringLiteral("plaintext"));
    xml.writeStartElement(QStringLiteral("body"));
    for (const ContentLanguage::Unit &unit : allUnits(database)) {
        xml.writeStartElement(QStringLiteral("trans-unit"));
        xml.writeAttribute(QStringLiteral("id"), unit.unitId());
        xml.writeAttribute(QStringLiteral("resname"), unit.unitId());
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeTextElement(QStringLiteral("source"), unit.source);
        const auto row = rows.constFind(unit.unitId());
        xml.writeStartElement(QStringLiteral("target"));
        if (row == rows.constEnd()) {
            xml.writeAttribute(QStringLiteral("state"), QStringLiteral("new"));
        } else {
            const bool stale = row->hash != ContentLanguage::sourceHash(unit.source);
            xml.writeAttribute(QStringLiteral("state"), stale ? QStringLiteral("needs-review-translation")
                                                              : QStringLiteral("translated"));
            xml.writeCharacters(row->text);
        }
        xml.writeEndElement();
        QString note = tr("%1 “%2”, field: %3").arg(Briefing::kindName(unit.kind), unit.itemTitle, unit.field);
        if (row != rows.constEnd() && row->hash != ContentLanguage::sourceHash(unit.source))
            note += QLatin1Char(' ') + tr("The source text has changed since this translation was made: review it.");
        xml.writeStartElement(QStringLiteral("note"));
        xml.writeAttribute(QStringLiteral("from"), QStringLiteral("briefing-viewer"));
        xml.writeCharacters(note);
        xml.writeEndElement();
        xml.writeEndElement(); // trans-unit
    }
    xml.writeEndDocument();
    return out;
}

TranslationExchange::ImportResult TranslationExchange::importXliff(const QString &briefingPath, const QByteArray &xliff)
{
    ImportResult result;
    OpenError error;
    const auto database = BriefingDatabase::open(briefingPath, &error, true);
    if (!database) {
        result.problems.append(Problem{QString(), error.message});
        return result;
    }
    const Briefing &b = database->briefing();
    QHash<QString, ContentLanguage::Unit> units;
    for (const ContentLanguage::Unit &unit : allUnits(*database))
        units.insert(unit.unitId(), unit);

    // Read every unit first.
    QVector<Unit> read;
    QXmlStreamReader xml(xliff);
    Unit current;
    QString element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            element = xml.name().toString();
            if (element == QLatin1String("file")) {
                result.lang = xml.attributes().value(QStringLiteral("target-language")).toString();
            } else if (element == QLatin1String("trans-unit")) {
                current = Unit();
                current.id = xml.attributes().value(QStringLiteral("id")).toString();
                current.line = xml.lineNumber();
            } else if (element == QLatin1String("source")) {
                current.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (element == QLatin1String("target")) {
                current.hasTarget = true;
                current.state = xml.attributes().value(QStringLiteral("state")).toString();
                current.target = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("trans-unit")) {
            read.append(current);
        }
    }
    if (xml.hasError()) {
        result.problems.append(Problem{QString(), tr("The XLIFF file is not well-formed XML (line %1: %2). "
                                                     "Save it again from your translation tool.")
                                                      .arg(xml.lineNumber()).arg(xml.errorString())});
        return result;
    }
    static const QRegularExpression languagePattern(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (!languagePattern.match(result.lang).hasMatch()) {
        result.problems.append(Problem{QString(), tr("The XLIFF file names no valid target-language (“%1”).").arg(result.lang)});
        return result;
    }
    if (result.lang == b.metadata.sourceLanguage) {
        result.problems.append(Problem{QString(), tr("The target language “%1” is the briefing's source language.").arg(result.lang)});
        return result;
    }

    static const QRegularExpression placeholder(QStringLiteral("%L?\\d+"));
    static const QRegularExpression markdownLink(QStringLiteral("\\]\\(([^)\\s]+)\\)"));
    struct Accepted
    {
        QString id, field, text;
        QByteArray hash;
    };
    QVector<Accepted> accepted;
    QSet<QString> seen;
    for (const Unit &unit : std::as_const(read)) {
        const auto known = units.constFind(unit.id);
        if (known == units.constEnd()) {
            result.problems.append(Problem{unit.id, tr("unknown unit id (line %1): the briefing has no such item and field.").arg(unit.line)});
            continue;
        }
        if (seen.contains(unit.id)) {
            result.problems.append(Problem{unit.id, tr("the unit appears twice (line %1).").arg(unit.line)});
            continue;
        }
        seen.insert(unit.id);
        const bool untranslated = !unit.hasTarget
                                  || (unit.target.isEmpty() && (unit.state == QLatin1String("new")
                                                                || unit.state == QLatin1String("needs-translation")));
        // A stale translation still marked for review was not reviewed: it stays as it is
        // (and stays stale) rather than being taken as made from the current source.
        const bool unreviewed = unit.state.startsWith(QLatin1String("needs-review"));
        if (untranslated || unreviewed) {
            ++result.skipped;
            continue;
        }
        if (unit.source != known->source) {
            result.problems.append(Problem{unit.id, tr("stale source: the text was changed in the briefing after the "
                                                       "export. Export again and translate the new text.")});
            continue;
        }
        if (unit.target.trimmed().isEmpty()) {
            result.problems.append(Problem{unit.id, tr("empty target: translate the text, or mark the unit as new.")});
            continue;
        }
        if (matches(placeholder, unit.source, 0) != matches(placeholder, unit.target, 0)) {
            result.problems.append(Problem{unit.id, tr("the placeholders (%1, %2 …) differ from the source's.")});
            continue;
        }
        if (matches(markdownLink, unit.source, 1) != matches(markdownLink, unit.target, 1)) {
            result.problems.append(Problem{unit.id, tr("the Markdown links differ from the source's: keep every link target.")});
            continue;
        }
        accepted.append(Accepted{known->id, known->field, unit.target, ContentLanguage::sourceHash(known->source)});
    }
    if (!result.problems.isEmpty())
        return result; // nothing is written when anything is wrong
    if (accepted.isEmpty()) {
        result.problems.append(Problem{QString(), tr("The XLIFF file has no translated unit; nothing to import.")});
        return result;
    }

    // A backup beside the file, never overwriting an older one.
    QString backup = briefingPath + QStringLiteral(".bak");
    for (int n = 1; QFileInfo::exists(backup); ++n)
        backup = briefingPath + QStringLiteral(".bak%1").arg(n);
    if (!QFile::copy(briefingPath, backup)) {
        result.problems.append(Problem{QString(), tr("Could not make the backup “%1”; nothing was written.")
                                                      .arg(QDir::toNativeSeparators(backup))});
        return result;
    }
    result.backupPath = backup;
    QString problem;
    {
        SqliteConnection connection;
        // The file comes from anywhere: nothing in it runs on our behalf while we write.
        if (!connection.open(briefingPath, SqliteConnection::Mode::ReadWriteUntrusted)) {
            problem = connection.errorText();
        } else {
            if (!connection.execScript(QStringLiteral("BEGIN IMMEDIATE;"))) {
                problem = connection.errorText();
            } else {
                QSqlQuery q(connection.database());
                q.prepare(QStringLiteral("INSERT OR REPLACE INTO translation (item_id, field, lang, text, source_hash) "
                                         "VALUES (?, ?, ?, ?, ?)"));
                for (const Accepted &a : std::as_const(accepted)) {
                    q.addBindValue(a.id);
                    q.addBindValue(a.field);
                    q.addBindValue(result.lang);
                    q.addBindValue(a.text);
                    q.addBindValue(QString::fromLatin1(a.hash));
                    if (!q.exec()) {
                        problem = q.lastError().text();
                        break;
                    }
                }
                if (problem.isEmpty() && !connection.execScript(QStringLiteral("COMMIT;")))
                    problem = connection.errorText();
                if (!problem.isEmpty())
                    connection.execScript(QStringLiteral("ROLLBACK;"));
            }
        }
    }
    if (!problem.isEmpty()) {
        result.problems.append(Problem{QString(), tr("Writing the translations failed (%1); the file is as it was.").arg(problem)});
        return result;
    }
    result.written = int(accepted.size());
    // The shipped search index holds every language's text: bring it up to date.
    if (const WriteResult index = BriefingWriter::writeSearchIndex(briefingPath); !index.ok()) {
        result.warnings << tr("The translations were written, but the search index was not rebuilt (%1). "
                              "Run: briefing-tool index FILE").arg(index.message);
    }
    return result;
}

QVector<TranslationExchange::Row> TranslationExchange::rows(const BriefingDatabase &database, const QStringList &chain)
{
    QVector<Row> result;
    if (chain.isEmpty())
        return result;
    QVector<QHash<QString, Existing>> byLanguage;
    for (const QString &lang : chain)
        byLanguage.append(existing(database.connection(), lang));
    for (const ContentLanguage::Unit &unit : allUnits(database)) {
        Row row;
        row.unit = unit;
        for (int i = 0; i < byLanguage.size(); ++i) {
            const auto found = byLanguage.at(i).constFind(unit.unitId());
            if (found == byLanguage.at(i).constEnd())
                continue;
            row.target = found->text;
            row.targetLanguage = chain.at(i);
            if (i > 0)
                row.state = RowState::Fallback;
            else
                row.state = found->hash == ContentLanguage::sourceHash(unit.source) ? RowState::Translated : RowState::Stale;
            break;
        }
        result.append(row);
    }
    return result;
}

QVector<TranslationExchange::Status> TranslationExchange::status(const BriefingDatabase &database)
{
    QVector<Status> result;
    const QVector<ContentLanguage::Unit> units = allUnits(database);
    for (const QString &lang : ContentLanguage::languagesIn(database.connection())) {
        if (lang == database.briefing().metadata.sourceLanguage)
            continue;
        const QHash<QString, Existing> rows = existing(database.connection(), lang);
        Status status;
        status.lang = lang;
        status.total = int(units.size());
        for (const ContentLanguage::Unit &unit : units) {
            const auto row = rows.constFind(unit.unitId());
            if (row == rows.constEnd())
                ++status.missing;
            else if (row->hash == ContentLanguage::sourceHash(unit.source))
                ++status.translated;
            else
                ++status.stale;
        }
        result.append(status);
    }
    return result;
}

} // namespace bv
