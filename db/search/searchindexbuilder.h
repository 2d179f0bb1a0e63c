// SPDX-License-Identifier: MIT
// Fills the search index of db/search/search_index.sql from a briefing's tables and translations:
// one row per item and language, each field translated where a translation exists.
// The same rows whether briefing-tool ships them in a file or the viewer builds them in memory.
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

struct sqlite3;

namespace bv {

class SqliteConnection;

class SearchIndexBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndexBuilder)
public:
    // Translated text by language, then by translationKey(item id, field).
    using Translations = QHash<QString, QHash<QString, QString>>;
    static QString translationKey(const QString &itemId, const QString &field);

    // The text of db/search/search_index.sql.
    static QString sql();

    // Reads the translation table; only the rows of `lang` when it is not empty. Returns an
    // empty string or what went wrong.
    static QString readTranslations(SqliteConnection &connection, const QString &lang,
                                    Translations *translations);

    // The languages to index: the source language first, then those of `translations` by name.
    static QStringList languages(const QString &sourceLanguage, const Translations &translations);

    // Creates the index tables in `db` and fills them for `languages` with the items read
    // from `source` (which may be the same database), inside the caller's transaction.
    // Returns an empty string or what went wrong.
    static QString build(sqlite3 *db, SqliteConnection &source, const QString &sourceLanguage,
                         const Translations &translations, const QStringList &languages);

    // Indexes the briefing in `connection` in the same database for every language it has
    // (briefing-tool), inside the caller's transaction.
    static QString buildFrom(SqliteConnection &connection);

    // Removes the index tables, if any, inside the caller's transaction.
    static QString drop(sqlite3 *db);
};

} // namespace bv
