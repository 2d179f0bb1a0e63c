// SPDX-License-Identifier: MIT
// One description of every item kind's text fields: the column name (also the field name in
// translations and XLIFF), the label a reader sees, where the detail pane shows it, whether
// it is translatable, whether it is Markdown, and how to read and write it on a Briefing.
// The detail pane, the content language, the translator view and XLIFF all read this table:
// a new field is one entry here, plus the schema and the reader.
#pragma once

#include <QString>
#include <QVector>

namespace bv {

class Briefing;
enum class ItemKind;

struct ItemField
{
    enum class Place {
        Title, // the item's heading
        Row,   // a labelled row of the field table
        Body   // a paragraph after the field table
    };
    enum class Format { Plain, Markdown };

    ItemKind kind;
    const char *name;  // the column: "legal_form"
    const char *label; // untranslated, in the ItemField context: "Legal form"
    Place place;
    Format format;
    bool translatable;
    // Left in the file when a briefing is opened without full text (event descriptions, FAQ
    // answers): read through BriefingDatabase::longText(), not get().
    bool longText;
    QString (*get)(const Briefing &briefing, int row);
    void (*set)(Briefing &briefing, int row, const QString &text); // null for a field never translated

    QString fieldName() const { return QString::fromLatin1(name); }
    QString translatedLabel() const; // in the program's language
};

namespace ItemFields {

// The fields of one kind, in the order the detail pane shows them.
QVector<const ItemField *> of(ItemKind kind);
// The field of that kind with that column name, or null.
const ItemField *find(ItemKind kind, const QString &name);
// The names of the translatable fields of a kind: what translation.field may name.
QStringList translatable(ItemKind kind);
// The table items of this kind are stored in ("guarantee", "faq" ...).
QString table(ItemKind kind);
// The field that titles an item of this kind ("title", "name" or "question").
const ItemField *titleField(ItemKind kind);

} // namespace ItemFields

} // namespace bv
