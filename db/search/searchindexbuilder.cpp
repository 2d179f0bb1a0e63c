// SPDX-License-Identifier: MIT
#include "search/searchindexbuilder.h"

#include "search/searchindex.h"
#include "search/searchresults.h"
#include "search/searchterms.h"
#include "search/searchtokenizer.h"
#include "content/markdowntext.h"
#include "content/textlimits.h"
#include "file/sqliteconnection.h"
#include "file/sqlitestatement.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace bv {

namespace {

// The text of each kind, read in the order BriefingReader lists the items: the id, the
// title, then the body's fields. Column names are the `field` of a translation.
struct KindQuery
{
    ItemKind kind;
    const char *sql;
};

const KindQuery kindQueries[] = {
    {ItemKind::Guarantee, "SELECT id, title, kind, legal_form, ratification, status, description "
                          "FROM guarantee ORDER BY title, id"},
    {ItemKind::Scenario, "SELECT id, title, summary, preconditions, consequences "
                         "FROM scenario ORDER BY position, id"},
    {ItemKind::Event, "SELECT id, title, description, category FROM event ORDER BY start_date, id"},
    {ItemKind::Series, "SELECT id, name, unit, description FROM series ORDER BY name, id"},
    {ItemKind::Source, "SELECT id, title, publisher, locator FROM source ORDER BY title, id"},
    {ItemKind::Faq, "SELECT id, question, answer FROM faq ORDER BY position, id"},
    {ItemKind::Actor, "SELECT id, name, description FROM actor ORDER BY name, id"},
    // Format 2; a format-1 file has no chart table, and no charts.
    {ItemKind::Chart, "SELECT id, title, note FROM chart ORDER BY title, id"},
};

bool hasTable(SqliteConnection &connection, const QString &table)
{
    QSqlQuery query(connection.database());
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next();
}

// Markers would confuse the highlighting of snippets; the tokenizer wants composed text.
// Only the first TextLimits::indexedChars characters of a text are indexed (docs/format.md):
// one 50 MB text took 5.6 s to index whole.
QString clean(const QString &text)
{
    QString result = text.size() > TextLimits::indexedChars ? cutText(text, TextLimits::indexedChars) : text;
    result.remove(QChar(MarkedText::open));
    result.remove(QChar(MarkedText::close));
    return result.normalized(QString::NormalizationForm_C);
}

// Writes the rows of one language, each field translated where it can be.
class RowWriter
{
public:
    RowWriter(sqlite3 *db, const QHash<QString, QString> &translations, const QString &lang)
        : m_insert(db, "INSERT INTO search (rowid, kind, item_id, lang, title, body) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
          m_translations(translations), m_lang(lang), m_tokenizer(db), m_terms(db, lang)
    {
    }

    // Adds the rows of every item in `source`, from rowid `*rowid` + 1 on, and their words.
    QString addAll(SqliteConnection &source, qint64 *rowid)
    {
        if (!m_tokenizer.isValid())
            return SearchIndexBuilder::tr("the items could not be read");
        const qint64 first = *rowid + 1;
        if (!readBreaks(source))
            return SearchIndexBuilder::tr("the items could not be read");
        for (const ItemKind kind : SearchIndex::kindOrder()) {
            const auto *found = std::find_if(std::cbegin(kindQueries), std::cend(kindQueries),
                                             [kind](const KindQuery &q) { return q.kind == kind; });
            if (kind == ItemKind::Chart && !hasTable(source, QStringLiteral("chart")))
                continue;
            QSqlQuery query(source.database());
            query.setForwardOnly(true);
            if (!query.exec(QString::fromLatin1(found->sql)))
                return SearchIndexBuilder::tr("the items could not be read");
            const QSqlRecord record = query.record();
            while (query.next()) {
                ++*rowid;
                if (!add(*rowid, int(*rowid - first), kind, query, record))
                    return m_insert.errorText();
            }
        }
        return m_terms.write(int(*rowid - first + 1));
    }

private:
    // The break notes of each series' points (format 2): searched in the series' body, so
    // that "EU-27" finds the series whose coverage changes there.
    bool readBreaks(SqliteConnection &source)
    {
        m_breaks.clear();
        QSqlQuery query(source.database());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT 1 FROM pragma_table_info('point') WHERE name = 'break_note'")))
            return false;
        if (!query.next())
            return true; // format 1
        query.finish();
        if (!query.exec(QStringLiteral("SELECT series_id, label, break_note FROM point WHERE break_note <> '' "
                                       "ORDER BY series_id, position")))
            return false;
        while (query.next()) {
            m_breaks[query.value(0).toString()].append(
                {query.value(1).toString(), query.value(2).toString()});
        }
        return true;
    }

    bool add(qint64 rowid, int position, ItemKind kind, const QSqlQuery &query,
             const QSqlRecord &record)
    {
        const QString id = query.value(0).toString();
        const QString title = clean(translated(id, record.fieldName(1), query.value(1)));
        QStringList body;
        for (int i = 2; i < record.count(); ++i) {
            QString text = clean(translated(id, record.fieldName(i), query.value(i)));
            // A Markdown field as a reader sees it: no link targets to match, no marks in
            // snippets.
            if (kind == ItemKind::Faq && record.fieldName(i) == QLatin1String("answer"))
                text = markdownToPlainText(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (!text.isEmpty())
                body << text;
        }
        if (kind == ItemKind::Series) {
            for (const auto &point : m_breaks.value(id)) {
                body << clean(translated(id + QLatin1Char('@') + point.first, QStringLiteral("break_note"),
                                         point.second));
            }
        }
        const QString bodyText = body.join(QStringLiteral(" · "));
        m_terms.add(position, m_tokenizer.tokens(title), m_tokenizer.tokens(bodyText));
        return m_insert.bind(rowid)
            .bind(QString(SearchIndex::kindKey(kind)))
            .bind(id)
            .bind(m_lang)
            .bind(title)
            .bind(bodyText)
            .run();
    }

    QString translated(const QString &id, const QString &field, const QVariant &source) const
    {
        if (!m_translations.isEmpty()) {
            const auto found =
                m_translations.constFind(SearchIndexBuilder::translationKey(id, field));
            if (found != m_translations.constEnd())
                return *found;
        }
        return source.toString();
    }

    SqliteStatement m_insert;
    QHash<QString, QVector<QPair<QString, QString>>> m_breaks; // series id: (label, note)
    const QHash<QString, QString> &m_translations;
    QString m_lang;
    SearchTokenizer m_tokenizer;
    SearchTermWriter m_terms;
};

} // namespace

QString SearchIndexBuilder::translationKey(const QString &itemId, const QString &field)
{
    return itemId + QChar(0x1F) + field;
}

QString SearchIndexBuilder::sql()
{
    QFile file(QStringLiteral(":/db/search_index.sql"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Resource :/db/search_index.sql is missing from the build");
    return QString::fromUtf8(file.readAll());
}

QString SearchIndexBuilder::readTranslations(SqliteConnection &connection, const QString &lang,
                                             Translations *translations)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (lang.isEmpty()) {
        query.prepare(QStringLiteral("SELECT item_id, field, lang, text FROM translation"));
    } else {
        query.prepare(
            QStringLiteral("SELECT item_id, field, lang, text FROM translation WHERE lang = ?"));
        query.addBindValue(lang);
    }
    if (!query.exec())
        return tr("the translations could not be read");
    while (query.next()) {
        (*translations)[query.value(2).toString()].insert(
            translationKey(query.value(0).toString(), query.value(1).toString()),
            query.value(3).toString());
    }
    return {};
}

QStringList SearchIndexBuilder::languages(const QString &sourceLanguage,
                                          const Translations &translations)
{
    QStringList others;
    for (auto it = translations.cbegin(); it != translations.cend(); ++it) {
        if (it.key() != sourceLanguage)
            others << it.key();
    }
    std::sort(others.begin(), others.end());
    return QStringList{sourceLanguage} + others;
}

QString SearchIndexBuilder::build(sqlite3 *db, SqliteConnection &source,
                                  const QString &sourceLanguage, const Translations &translations,
                                  const QStringList &languages)
{
    // Merging segments while rows arrive costs more than one merge at the end ('optimize').
    const QString create =
        sql() + QStringLiteral(";INSERT INTO search (search, rank) VALUES ('automerge', 0)");
    if (QString problem = sqliteExec(db, create); !problem.isEmpty())
        return problem;
    SqliteStatement range(
        db, "INSERT INTO search_language (lang, first_rowid, last_rowid) VALUES (?, ?, ?)");
    const QHash<QString, QString> none;
    for (int i = 0; i < languages.size(); ++i) {
        const QString &lang = languages.at(i);
        // The source text is never replaced, even by a "translation" into its own language.
        const auto found = translations.constFind(lang);
        const bool translated = found != translations.constEnd() && lang != sourceLanguage;
        RowWriter writer(db, translated ? *found : none, lang);
        const qint64 first = (qint64(i) << 32) + 1;
        qint64 rowid = first - 1;
        if (QString problem = writer.addAll(source, &rowid); !problem.isEmpty())
            return problem;
        if (!range.bind(lang).bind(first).bind(rowid).run())
            return range.errorText();
    }
    // One segment instead of many: fewer b-trees to search for every query. Then FTS5's
    // default merging again, for any program that adds rows later.
    return sqliteExec(db,
                      QStringLiteral("INSERT INTO search (search) VALUES ('optimize');"
                                     "INSERT INTO search (search, rank) VALUES ('automerge', 4)"));
}

QString SearchIndexBuilder::buildFrom(SqliteConnection &connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT source_language FROM briefing LIMIT 1")) ||
        !query.next())
        return tr("the briefing has no “briefing” row");
    const QString sourceLanguage = query.value(0).toString();
    query.finish();
    Translations translations;
    if (QString problem = readTranslations(connection, QString(), &translations);
        !problem.isEmpty())
        return problem;
    return build(connection.handle(), connection, sourceLanguage, translations,
                 languages(sourceLanguage, translations));
}

QString SearchIndexBuilder::drop(sqlite3 *db)
{
    return sqliteExec(
        db, QStringLiteral("DROP TABLE IF EXISTS search; DROP TABLE IF EXISTS search_language; "
                 "DROP TABLE IF EXISTS search_term; DROP TABLE IF EXISTS search_format;"));
}

} // namespace bv
