// SPDX-License-Identifier: MIT
#include "present/stagecard.h"

#include "content/itemfields.h"
#include "content/textlimits.h"
#include "file/briefingdatabase.h"

#include <QLocale>

namespace bv {

namespace {

using Block = StageText::Block;
using Role = Block::Role;

void addSource(StageContent &content, const QString &citation)
{
    if (!citation.isEmpty() && !content.sources.contains(citation))
        content.sources << citation;
}

QString names(const Briefing &b, const QStringList &ids)
{
    QStringList shown;
    for (const QString &id : ids)
        shown << shownTitle(b.title(id));
    return shown.join(QStringLiteral(", "));
}

} // namespace

QString StageCard::missingText(const QString &id)
{
    return tr("This stop shows “%1”, which the briefing no longer has. Go on to the next stop, or edit the path.")
        .arg(cutText(id, 200));
}

StageContent StageCard::missing(const QString &id)
{
    StageContent content;
    content.missing = true;
    content.blocks.append({Role::Message, missingText(id), {}});
    return content;
}

StageContent StageCard::overview(const BriefingDatabase &database, const QString &stopTitle)
{
    const Briefing &b = database.briefing();
    const Metadata &m = b.metadata;
    StageContent content;
    if (shownTitle(m.title) != stopTitle)
        content.blocks.append({Role::Heading, shownTitle(m.title), {}});
    if (!m.subtitle.isEmpty())
        content.blocks.append({Role::Body, m.subtitle, {}});
    QStringList published;
    for (const QString &part : {m.publisher, m.edition.isEmpty() ? QString() : tr("edition %1").arg(m.edition), m.published}) {
        if (!part.isEmpty())
            published << part;
    }
    if (!published.isEmpty())
        content.blocks.append({Role::Kind, published.join(QStringLiteral(" · ")), {}});
    if (!m.summary.isEmpty())
        content.blocks.append({Role::Body, m.summary, {}});
    // What the briefing holds, in one line.
    QStringList counts;
    const QLocale locale;
    for (ItemKind kind : {ItemKind::Guarantee, ItemKind::Scenario, ItemKind::Event, ItemKind::Series, ItemKind::Faq,
                          ItemKind::Source}) {
        if (const int n = b.count(kind))
            counts << tr("%1: %2").arg(Briefing::kindPluralName(kind), locale.toString(n));
    }
    if (!counts.isEmpty())
        content.blocks.append({Role::Kind, counts.join(QStringLiteral(" · ")), {}});
    return content;
}

StageContent StageCard::point(const BriefingDatabase &database, const QString &pointId, const QString &stopTitle)
{
    const Briefing &b = database.briefing();
    QString label;
    const int row = b.seriesOfPointId(pointId, &label);
    const Series &series = b.series.at(row);
    const auto p = database.point(series.id, label);
    if (!p)
        return missing(pointId);
    StageContent content;
    content.blocks.append({Role::Kind, tr("Data point"), {}});
    const QString title = tr("%1: %2").arg(shownTitle(series.name), p->shownLabel);
    if (title != stopTitle)
        content.blocks.append({Role::Heading, title, {}});
    const QString value = p->value ? QLocale().toString(*p->value, 'g', 12) : tr("no value");
    content.blocks.append({Role::Heading, series.unit.isEmpty() || !p->value ? value : tr("%1 %2").arg(value, series.unit), {}});
    if (p->status != PointStatus::Measured)
        content.blocks.append({Role::Field, Point::statusName(p->status), tr("Status")});
    if (!p->note.isEmpty())
        content.blocks.append({Role::Body, p->note, {}});
    if (p->hasBreak())
        content.blocks.append({Role::Field, p->breakNote, tr("Break in the series")});
    addSource(content, b.citation(p->sourceId));
    return content;
}

StageContent StageCard::item(const BriefingDatabase &database, const QString &id, const QString &stopTitle)
{
    const Briefing &b = database.briefing();
    if (b.seriesOfPointId(id) >= 0)
        return point(database, id, stopTitle);
    const auto ref = b.find(id);
    if (!ref)
        return missing(id);
    const int row = ref->index;
    StageContent content;
    QString kind = Briefing::kindName(ref->kind);
    if (ref->kind == ItemKind::Scenario)
        kind = tr("Scenario %1").arg(QLocale().toString(b.scenarios.at(row).position));
    content.blocks.append({Role::Kind, kind, {}});
    const QString title = shownTitle(b.title(id));
    if (title != stopTitle)
        content.blocks.append({Role::Heading, title, {}});
    // What is not text of the item's own first: dates, likelihoods, who gives and receives.
    switch (ref->kind) {
    case ItemKind::Event: {
        const Event &e = b.events.at(row);
        QString date = e.start.isValid() ? e.start.toDisplayString() : e.start.text();
        if (e.end)
            date = tr("%1 to %2").arg(date, e.end->toDisplayString());
        content.blocks.append({Role::Field, date, tr("Date")});
        if (!e.actors.isEmpty())
            content.blocks.append({Role::Field, names(b, e.actors), tr("Actors")});
        break;
    }
    case ItemKind::Guarantee: {
        const Guarantee &g = b.guarantees.at(row);
        if (!g.guarantors.isEmpty())
            content.blocks.append({Role::Field, names(b, g.guarantors), tr("Guarantors")});
        if (!g.beneficiary.isEmpty())
            content.blocks.append({Role::Field, names(b, g.beneficiary), tr("Beneficiary")});
        break;
    }
    case ItemKind::Scenario: {
        const Scenario &s = b.scenarios.at(row);
        QString likelihood = s.likelihood ? *s.likelihood : tr("Not stated");
        if (s.likelihood && s.likelihoodScale)
            likelihood = tr("%1 (scale: %2)").arg(likelihood, *s.likelihoodScale);
        content.blocks.append({Role::Field, likelihood, tr("Likelihood")});
        break;
    }
    case ItemKind::Source:
        addSource(content, b.citation(id, true));
        break;
    default:
        break;
    }
    for (const ItemField *field : ItemFields::of(ref->kind)) {
        if (field->place == ItemField::Place::Title)
            continue;
        const QString text = database.text(*field, row).trimmed();
        if (text.isEmpty())
            continue;
        if (field->place == ItemField::Place::Row)
            content.blocks.append({Role::Field, text, field->translatedLabel()});
        else
            content.blocks.append({field->format == ItemField::Format::Markdown ? Role::Markdown : Role::Body, text, {}});
    }
    // The sources the item cites, and those of a series.
    if (ref->kind == ItemKind::Series) {
        for (const QString &source : b.series.at(row).sourceIds)
            addSource(content, b.citation(source));
    }
    for (const Neighbour &neighbour : b.neighbours(id)) {
        if (b.kindOf(neighbour.id) == ItemKind::Source && ref->kind != ItemKind::Source)
            addSource(content, b.citation(neighbour.id));
    }
    return content;
}

StageContent StageCard::scenario(const BriefingDatabase &database, const QString &id)
{
    const Briefing &b = database.briefing();
    const auto ref = b.find(id);
    if (!ref || ref->kind != ItemKind::Scenario)
        return missing(id);
    const Scenario &s = b.scenarios.at(ref->index);
    StageContent content;
    content.blocks.append({Role::Kind, tr("Scenario %1").arg(QLocale().toString(s.position)), {}});
    content.blocks.append({Role::Heading, shownTitle(s.title), {}});
    QString likelihood = s.likelihood ? *s.likelihood : tr("Not stated");
    if (s.likelihood && s.likelihoodScale)
        likelihood = tr("%1 (scale: %2)").arg(likelihood, *s.likelihoodScale);
    content.blocks.append({Role::Field, likelihood, tr("Likelihood")});
    for (const ItemField *field : ItemFields::of(ItemKind::Scenario)) {
        if (field->place == ItemField::Place::Title)
            continue;
        const QString text = database.text(*field, ref->index).trimmed();
        if (text.isEmpty())
            continue;
        content.blocks.append({Role::Kind, field->translatedLabel(), {}});
        content.blocks.append({Role::Body, text, {}});
    }
    for (const Neighbour &neighbour : b.neighbours(id)) {
        if (b.kindOf(neighbour.id) == ItemKind::Source)
            addSource(content, b.citation(neighbour.id));
    }
    return content;
}

} // namespace bv
