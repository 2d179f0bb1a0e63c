// SPDX-License-Identifier: MIT
// The briefing's text in a content language (which may differ from the program's language):
// every translatable field takes its translation from the first language of a chain (the
// wanted language, then the user's languages) and otherwise stays in the source language.
// Where shown text comes from is kept, so views can mark fallback and stale text.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace bv {

class Briefing;
class SqliteConnection;
enum class ItemKind;

enum class TextState {
    Source,     // no content language is chosen, or it is the source language
    Translated, // in the content language, made from the current source text
    Stale,      // in the content language, but its source text has changed since
    Fallback    // not translated into the content language: shown in another language
};

class ContentLanguage
{
    Q_DECLARE_TR_FUNCTIONS(ContentLanguage)
public:
    // The translatable fields of each table: the column names used in translation.field.
    static QStringList fields(ItemKind kind);
    // The languages the briefing has translations for (its source language not included).
    static QStringList languagesIn(SqliteConnection &connection);
    // The chain for `wanted`: itself, then the user's languages, without the source language.
    static QStringList chain(const QString &wanted, const QString &sourceLanguage);
    // Replaces text fields with their translations along `chain`. Fields left out of memory
    // (event descriptions and FAQ answers of a briefing opened without full text) are read
    // with text() instead.
    static QString apply(SqliteConnection &connection, Briefing *briefing, const QStringList &chain);
    // One field's text and state along the chain, straight from the file.
    static QString text(SqliteConnection &connection, const Briefing &briefing, const QString &id,
                        const QString &field, const QString &source, TextState *state, QString *language = nullptr);
    static QByteArray sourceHash(const QString &source); // lower-case hex SHA-1 of UTF-8

    // Every translatable text of a briefing read with full text: what translators translate.
    struct Unit
    {
        QString id, field;
        ItemKind kind;
        QString itemTitle, source;
        QString unitId() const { return id + QLatin1Char('/') + field; }
    };
    static QVector<Unit> units(const Briefing &briefing);
    // The translatable texts of data points, read from the file: a category's `label`, a
    // point's `note` and `break_note`. Their id is the point's ("<series id>@<label>").
    static QVector<Unit> pointUnits(SqliteConnection &connection, const Briefing &briefing);
};

} // namespace bv
