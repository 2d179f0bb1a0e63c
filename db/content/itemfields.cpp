// SPDX-License-Identifier: MIT
#include "content/itemfields.h"

#include "content/briefing.h"

#include <QCoreApplication>

namespace bv {

namespace {

using Place = ItemField::Place;
using Format = ItemField::Format;

// Accessors for a member of an item struct in one of the Briefing's vectors.
template<auto Vector, auto Member>
QString getMember(const Briefing &b, int row)
{
    return (b.*Vector)[row].*Member;
}
template<auto Vector, auto Member>
void setMember(Briefing &b, int row, const QString &text)
{
    (b.*Vector)[row].*Member = text;
}
#define BV_MEMBER(vector, member) &getMember<&Briefing::vector, &member>, &setMember<&Briefing::vector, &member>

QString sourceYear(const Briefing &b, int row)
{
    const auto &year = b.sources[row].year;
    return year ? QString::number(*year) : QString();
}

// Every field, kind by kind: rows and bodies in display order, and every field in the order
// translators meet them (XLIFF units, the translator view). Labels are marked for lupdate here and
// translated in ItemField::translatedLabel().
const ItemField fields[] = {
    {ItemKind::Briefing, "title", QT_TRANSLATE_NOOP("ItemField", "Title"), Place::Title, Format::Plain, true, false,
     [](const Briefing &b, int) { return b.metadata.title; }, [](Briefing &b, int, const QString &t) { b.metadata.title = t; }},
    {ItemKind::Briefing, "subtitle", QT_TRANSLATE_NOOP("ItemField", "Subtitle"), Place::Row, Format::Plain, true, false,
     [](const Briefing &b, int) { return b.metadata.subtitle; }, [](Briefing &b, int, const QString &t) { b.metadata.subtitle = t; }},
    {ItemKind::Briefing, "summary", QT_TRANSLATE_NOOP("ItemField", "Summary"), Place::Body, Format::Plain, true, false,
     [](const Briefing &b, int) { return b.metadata.summary; }, [](Briefing &b, int, const QString &t) { b.metadata.summary = t; }},

    {ItemKind::Actor, "name", QT_TRANSLATE_NOOP("ItemField", "Name"), Place::Title, Format::Plain, true, false, BV_MEMBER(actors, Actor::name)},
    {ItemKind::Actor, "kind", QT_TRANSLATE_NOOP("ItemField", "Kind"), Place::Row, Format::Plain, false, false, BV_MEMBER(actors, Actor::kind)},
    {ItemKind::Actor, "description", QT_TRANSLATE_NOOP("ItemField", "Description"), Place::Body, Format::Plain, true, false,
     BV_MEMBER(actors, Actor::description)},

    {ItemKind::Guarantee, "title", QT_TRANSLATE_NOOP("ItemField", "Title"), Place::Title, Format::Plain, true, false,
     BV_MEMBER(guarantees, Guarantee::title)},
    {ItemKind::Guarantee, "kind", QT_TRANSLATE_NOOP("ItemField", "Kind"), Place::Row, Format::Plain, true, false,
     BV_MEMBER(guarantees, Guarantee::kind)},
    {ItemKind::Guarantee, "legal_form", QT_TRANSLATE_NOOP("ItemField", "Legal form"), Place::Row, Format::Plain, true, false,
     BV_MEMBER(guarantees, Guarantee::legalForm)},
    {ItemKind::Guarantee, "ratification", QT_TRANSLATE_NOOP("ItemField", "Ratification"), Place::Row, Format::Plain, true, false,
     BV_MEMBER(guarantees, Guarantee::ratification)},
    {ItemKind::Guarantee, "status", QT_TRANSLATE_NOOP("ItemField", "Status"), Place::Row, Format::Plain, true, false,
     BV_MEMBER(guarantees, Guarantee::status)},
    {ItemKind::Guarantee, "description", QT_TRANSLATE_NOOP("ItemField", "Description"), Place::Body, Format::Plain, true, false,
     BV_MEMBER(guarantees, Guarantee::description)},

    {ItemKind::Scenario, "title", QT_TRANSLATE_NOOP("ItemField", "Title"), Place::Title, Format::Plain, true, false,
     BV_MEMBER(scenarios, Scenario::title)},
    {ItemKind::Scenario, "summary", QT_TRANSLATE_NOOP("ItemField", "Summary"), Place::Row, Format::Plain, true, false,
     BV_MEMBER(scenarios, Scenario::summary)},
    {ItemKind::Scenario, "preconditions", QT_TRANSLATE_NOOP("ItemField", "Preconditions"), Place::Row, Format::Plain, true, false,
     BV_MEMBER(scenarios, Scenario::preconditions)},
    {ItemKind::Scenario, "consequences", QT_TRANSLATE_NOOP("ItemField", "Consequences"), Place::Row, Format::Plain, true, false,
     BV_MEMBER(scenarios, Scenario::consequences)},

    {ItemKind::Event, "title", QT_TRANSLATE_NOOP("ItemField", "Title"), Place::Title, Format::Plain, true, false,
     [](const Briefing &b, int row) { return b.events.title(row); },
     [](Briefing &b, int row, const QString &t) { b.events.setTitle(row, t); }},
    {ItemKind::Event, "description", QT_TRANSLATE_NOOP("ItemField", "Description"), Place::Body, Format::Plain, true, true,
     [](const Briefing &b, int row) { return b.events.description(row); },
     [](Briefing &b, int row, const QString &t) { b.events.setDescription(row, t); }},

    {ItemKind::Event, "category", QT_TRANSLATE_NOOP("ItemField", "Category"), Place::Row, Format::Plain, true, false,
     [](const Briefing &b, int row) { return b.events.category(row); },
     [](Briefing &b, int row, const QString &t) { b.events.setCategory(row, t); }},
    {ItemKind::Source, "title", QT_TRANSLATE_NOOP("ItemField", "Title"), Place::Title, Format::Plain, true, false,
     BV_MEMBER(sources, Source::title)},
    {ItemKind::Source, "publisher", QT_TRANSLATE_NOOP("ItemField", "Publisher"), Place::Row, Format::Plain, true, false,
     BV_MEMBER(sources, Source::publisher)},
    {ItemKind::Source, "year", QT_TRANSLATE_NOOP("ItemField", "Year"), Place::Row, Format::Plain, false, false, &sourceYear, nullptr},
    {ItemKind::Source, "locator", QT_TRANSLATE_NOOP("ItemField", "Locator"), Place::Row, Format::Plain, true, false,
     BV_MEMBER(sources, Source::locator)},

    {ItemKind::Series, "name", QT_TRANSLATE_NOOP("ItemField", "Name"), Place::Title, Format::Plain, true, false,
     BV_MEMBER(series, Series::name)},
    {ItemKind::Series, "unit", QT_TRANSLATE_NOOP("ItemField", "Unit"), Place::Row, Format::Plain, true, false,
     BV_MEMBER(series, Series::unit)},
    {ItemKind::Series, "description", QT_TRANSLATE_NOOP("ItemField", "Description"), Place::Body, Format::Plain, true, false,
     BV_MEMBER(series, Series::description)},

    {ItemKind::Faq, "question", QT_TRANSLATE_NOOP("ItemField", "Question"), Place::Title, Format::Plain, true, false,
     BV_MEMBER(faq, FaqEntry::question)},
    {ItemKind::Faq, "answer", QT_TRANSLATE_NOOP("ItemField", "Answer"), Place::Body, Format::Markdown, true, true,
     BV_MEMBER(faq, FaqEntry::answer)},
    // Format 2. The chart's series are shown as its links ("Shows").
    {ItemKind::Chart, "title", QT_TRANSLATE_NOOP("ItemField", "Title"), Place::Title, Format::Plain, true, false,
     BV_MEMBER(charts, Chart::title)},
    {ItemKind::Chart, "kind", QT_TRANSLATE_NOOP("ItemField", "Kind"), Place::Row, Format::Plain, false, false,
     [](const Briefing &b, int row) { return Chart::kindName(b.charts[row].kind); }, nullptr},
    {ItemKind::Chart, "note", QT_TRANSLATE_NOOP("ItemField", "Note"), Place::Body, Format::Plain, true, false,
     BV_MEMBER(charts, Chart::note)},
};
#undef BV_MEMBER

} // namespace

QString ItemField::translatedLabel() const
{
    return QCoreApplication::translate("ItemField", label);
}

QVector<const ItemField *> ItemFields::of(ItemKind kind)
{
    QVector<const ItemField *> result;
    for (const ItemField &field : fields) {
        if (field.kind == kind)
            result.append(&field);
    }
    return result;
}

const ItemField *ItemFields::find(ItemKind kind, const QString &name)
{
    for (const ItemField &field : fields) {
        if (field.kind == kind && name == QLatin1String(field.name))
            return &field;
    }
    return nullptr;
}

QStringList ItemFields::translatable(ItemKind kind)
{
    QStringList names;
    for (const ItemField &field : fields) {
        if (field.kind == kind && field.translatable)
            names << field.fieldName();
    }
    return names;
}

QString ItemFields::table(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Briefing: return QStringLiteral("briefing");
    case ItemKind::Actor: return QStringLiteral("actor");
    case ItemKind::Guarantee: return QStringLiteral("guarantee");
    case ItemKind::Scenario: return QStringLiteral("scenario");
    case ItemKind::Event: return QStringLiteral("event");
    case ItemKind::Source: return QStringLiteral("source");
    case ItemKind::Series: return QStringLiteral("series");
    case ItemKind::Faq: return QStringLiteral("faq");
    case ItemKind::Chart: return QStringLiteral("chart");
    }
    return {};
}

const ItemField *ItemFields::titleField(ItemKind kind)
{
    for (const ItemField &field : fields) {
        if (field.kind == kind && field.place == ItemField::Place::Title)
            return &field;
    }
    return nullptr;
}

} // namespace bv
