// SPDX-License-Identifier: MIT
#include "common/itemhtml.h"

#include "common/safemarkdown.h"
#include "content/itemfields.h"
#include "file/briefingdatabase.h"
#include "common/safetextbrowser.h"
#include "common/viewcolours.h"

#include <QGuiApplication>

#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <QMap>

namespace bv {

namespace {
constexpr int maximumPointsShown = 200;

// Secondary text in the theme's palette, readable on its base (the views render again when
// the palette changes).
QString mutedColour()
{
    return ViewColours::mutedText(QGuiApplication::palette()).name();
}

QString heading(const QString &kind, const QString &title)
{
    return (QStringLiteral("<p style=\"color:") + mutedColour() + QStringLiteral("\">")) + ItemHtml::text(kind) + QStringLiteral("</p><h2>")
           + ItemHtml::text(cutText(title, TextLimits::headingChars)) + QStringLiteral("</h2>");
}

QString noteHtml(const QString &plain)
{
    return (QStringLiteral("<span style=\"color:") + ViewColours::noteText(QGuiApplication::palette()).name() + QStringLiteral("\">")) + ItemHtml::italic(QLatin1Char('[') + plain + QLatin1Char(']'))
           + QStringLiteral("</span>");
}
// `plain` with a line break after every TextLimits::runChars characters of a run without a
// space or line break (never inside a surrogate pair).
QString breakLongRuns(const QString &plain)
{
    QString broken;
    qsizetype run = 0, copied = 0;
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain.at(i);
        run = c == QLatin1Char(' ') || c == QLatin1Char('\n') ? 0 : run + 1;
        if (run >= TextLimits::runChars && i + 1 < plain.size() && !c.isHighSurrogate()) {
            broken += QStringView(plain).mid(copied, i + 1 - copied);
            broken += QLatin1Char('\n');
            copied = i + 1;
            run = 0;
        }
    }
    if (copied == 0)
        return plain;
    broken += QStringView(plain).mid(copied);
    return broken;
}
} // namespace

QString ItemHtml::stateNote(TextState state, const QString &language)
{
    QString note;
    if (state == TextState::Fallback)
        note = tr("not translated; shown in %1").arg(QLocale(language).nativeLanguageName());
    else if (state == TextState::Stale)
        note = tr("translation may be out of date");
    if (note.isEmpty())
        return {};
    return QLatin1Char(' ') + noteHtml(note);
}

QString ItemHtml::italic(const QString &plain)
{
    const bool slanted = std::all_of(plain.cbegin(), plain.cend(), [](QChar c) {
        switch (c.script()) {
        case QChar::Script_Common:
        case QChar::Script_Inherited:
        case QChar::Script_Latin:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
            return true;
        default:
            return false;
        }
    });
    return slanted ? QStringLiteral("<i>") + text(plain) + QStringLiteral("</i>") : text(plain);
}

QString ItemHtml::placeholder(const QString &plain)
{
    return (QStringLiteral("<span style=\"color:") + mutedColour() + QStringLiteral("\">")) + italic(plain) + QStringLiteral("</span>");
}

QUrl ItemHtml::showAllUrl()
{
    return QUrl(QStringLiteral("briefing:show-all"));
}

bool ItemHtml::isShowAll(const QUrl &url)
{
    return url == showAllUrl();
}

QString ItemHtml::markdownNote(MarkdownLimit limit)
{
    const QLocale locale;
    switch (limit) {
    case MarkdownLimit::Length:
        return tr("Shown as plain text: Markdown of more than %1 characters is not formatted.")
            .arg(locale.toString(TextLimits::markdownChars));
    case MarkdownLimit::Nesting:
        return tr("Shown as plain text: Markdown nested more than %1 levels deep is not formatted.")
            .arg(locale.toString(TextLimits::markdownNesting));
    case MarkdownLimit::Marks:
        return tr("Shown as plain text: Markdown with more than %1 emphasis, code or link marks is not formatted.")
            .arg(locale.toString(TextLimits::markdownMarks));
    case MarkdownLimit::None:
        break;
    }
    return {};
}

QString ItemHtml::cutNote(qsizetype shown, qsizetype total)
{
    const QLocale locale;
    return noteHtml(tr("Only the first %1 of %2 characters are shown: the viewer shows no more of one text.")
                        .arg(locale.toString(shown), locale.toString(total)));
}

QString ItemHtml::restPieceHtml(const QString &piece, bool markdown)
{
    return markdown ? SafeTextDocument::safeHtml(piece) : text(piece);
}

QString ItemHtml::longText(const QString &plain, bool markdown, bool showAll, qsizetype total, bool extendable)
{
    total = std::max<qsizetype>(total, plain.size());
    showAll = showAll && extendable;
    const int limit = showAll ? TextLimits::showAllChars : TextLimits::shownChars;
    const bool cut = total > limit;
    // Cut where a piece of TextLimits::shownChars ends (a paragraph, a line, a word), so that
    // "Show all" in the detail pane goes on from there piece by piece.
    const bool final = showAll || !extendable; // no more of it will be shown
    const QString part = !cut ? plain : final ? cutText(plain, limit) : plain.left(pieceEnd(plain, 0, limit - 1)) + QChar(0x2026);
    QString html;
    const MarkdownLimit over = !markdown ? MarkdownLimit::None : total > TextLimits::markdownChars ? MarkdownLimit::Length : markdownLimit(plain);
    if (markdown && over == MarkdownLimit::None)
        html = SafeTextDocument::safeHtml(part);
    else if (markdown)
        html = QStringLiteral("<p>") + noteHtml(markdownNote(over)) + QStringLiteral("</p><p>") + text(breakLongRuns(part));
    else
        html = text(breakLongRuns(part));
    if (cut && final) {
        html += QLatin1Char(' ') + cutNote(limit, total);
    } else if (cut) {
        html += QStringLiteral(" <a href=\"") + showAllUrl().toString(QUrl::FullyEncoded)
                + QStringLiteral("\">") + text(tr("Show all (%1 characters)").arg(QLocale().toString(total)))
                + QStringLiteral("</a>");
    }
    if (markdown && over != MarkdownLimit::None)
        html += QStringLiteral("</p>");
    return html;
}

QString ItemHtml::text(const QString &plain)
{
    QString escaped = cutText(plain, TextLimits::showAllChars).toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}

QString ItemHtml::itemLink(const BriefingDatabase &database, const QString &id)
{
    const Briefing &b = database.briefing();
    return QStringLiteral("<a href=\"") + SafeTextBrowser::itemUrl(id).toString(QUrl::FullyEncoded).toHtmlEscaped()
           + QStringLiteral("\">") + text(shownTitle(b.title(id))) + QStringLiteral("</a>");
}

QString ItemHtml::fields(const QList<QPair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const auto &row : rows) {
        html += QStringLiteral("<tr><td valign=\"top\"><b>") + text(row.first)
                + QStringLiteral("</b></td><td valign=\"top\">") + row.second + QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

QString ItemHtml::links(const BriefingDatabase &database, const QString &id)
{
    const Briefing &b = database.briefing();
    const QVector<Neighbour> neighbours = b.neighbours(id);
    if (neighbours.isEmpty())
        return QStringLiteral("<h3>") + tr("Links") + QStringLiteral("</h3><p>") + tr("No linked items.") + QStringLiteral("</p>");
    QMap<QString, QStringList> byRelation;
    for (const Neighbour &n : neighbours) {
        QString line = itemLink(database, n.id) + (QStringLiteral(" <span style=\"color:") + mutedColour() + QStringLiteral("\">("))
                       + text(Briefing::kindName(b.kindOf(n.id))) + QStringLiteral(")</span>");
        if (!n.note.isEmpty())
            line += QStringLiteral("<br>") + italic(cutText(n.note, TextLimits::shownChars));
        byRelation[n.relation] << line;
    }
    QString html = QStringLiteral("<h3>") + tr("Links") + QStringLiteral("</h3>");
    for (auto it = byRelation.cbegin(); it != byRelation.cend(); ++it) {
        html += QStringLiteral("<p><b>") + text(it.key()) + QStringLiteral("</b><br>")
                + it.value().join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    return html;
}

QString ItemHtml::seriesPoints(const BriefingDatabase &database, const QString &seriesId)
{
    const QVector<Point> points = database.points(seriesId, maximumPointsShown); // only what is shown
    const Briefing &b = database.briefing();
    const QLocale locale;
    QString html = QStringLiteral("<h3>") + tr("Data points") + QStringLiteral("</h3>");
    if (points.isEmpty())
        return html + QStringLiteral("<p>") + tr("This series has no data points.") + QStringLiteral("</p>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr><th>") + tr("Period or category")
            + QStringLiteral("</th><th>") + tr("Value") + QStringLiteral("</th><th>") + tr("Source")
            + QStringLiteral("</th><th>") + tr("Note") + QStringLiteral("</th></tr>");
    const int shown = int(points.size());
    const int total = b.series.at(b.rowOf(seriesId)).pointCount;
    for (int i = 0; i < shown; ++i) {
        const Point &p = points.at(i);
        QString value = p.value ? locale.toString(*p.value, 'g', 12) : tr("no value");
        if (p.status != PointStatus::Measured)
            value += QStringLiteral(" (") + Point::statusName(p.status).toLower() + QLatin1Char(')');
        const QString note = p.hasBreak() ? (p.note.isEmpty() ? p.breakNote : p.note + QStringLiteral(" · ") + p.breakNote)
                                          : p.note;
        const QString source = p.sourceId.isEmpty() ? tr("none given")
                               : b.find(p.sourceId) ? itemLink(database, p.sourceId) : text(p.sourceId);
        const QString pointLink = QStringLiteral("<a href=\"")
                                  + SafeTextBrowser::itemUrl(p.id()).toString(QUrl::FullyEncoded).toHtmlEscaped()
                                  + QStringLiteral("\">") + text(p.shownLabel) + QStringLiteral("</a>");
        html += QStringLiteral("<tr><td>") + pointLink + QStringLiteral("</td><td align=\"right\">") + text(value)
                + QStringLiteral("</td><td>") + source + QStringLiteral("</td><td>") + text(note)
                + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    if (total > shown) {
        html += QStringLiteral("<p>") + tr("The first %1 of %2 points are shown.")
                    .arg(locale.toString(shown), locale.toString(total)) + QStringLiteral("</p>");
    }
    return html;
}

QString ItemHtml::point(const BriefingDatabase &database, const QString &pointId)
{
    const Briefing &b = database.briefing();
    QString label;
    const Series &series = b.series.at(b.seriesOfPointId(pointId, &label));
    const QLocale locale;
    const QString none = placeholder(tr("Not stated"));
    const auto found = database.point(series.id, label);
    if (!found)
        return QStringLiteral("<p>") + text(tr("The series “%1” has no point “%2”.").arg(series.name, label)) + QStringLiteral("</p>");
    const Point &p = *found;
    QString value = p.value ? text(locale.toString(*p.value, 'g', 12)) : placeholder(tr("no value"));
    if (p.value && !series.unit.isEmpty())
        value += QLatin1Char(' ') + text(series.unit);
    const QString source = p.sourceId.isEmpty() ? placeholder(tr("none given"))
                           : b.find(p.sourceId) ? itemLink(database, p.sourceId) : text(p.sourceId);
    QString period = text(p.shownLabel);
    if (series.kind == Series::Kind::Time && p.period.isValid())
        period = text(p.period.toDisplayString());
    QList<QPair<QString, QString>> rows{{tr("Value"), value},
                                       {tr("Status"), text(Point::statusName(p.status))},
                                       {tr("Period or category"), period},
                                       {tr("Series"), itemLink(database, series.id)},
                                       {tr("Source"), source},
                                       {tr("Note"), p.note.isEmpty() ? none : text(p.note)}};
    if (p.hasBreak())
        rows.append({tr("Break in the series"), text(p.breakNote)});
    if (!p.itemId.isEmpty())
        rows.append({tr("Stands for"), b.find(p.itemId) ? itemLink(database, p.itemId) : text(p.itemId)});
    QString html = heading(tr("Data point"), series.name + QStringLiteral(": ") + p.shownLabel) + fields(rows);
    if (const auto ref = b.find(p.sourceId); ref && ref->kind == ItemKind::Source)
        html += QStringLiteral("<p>") + text(tr("Source: %1").arg(b.citation(p.sourceId, true))) + QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + tr("What relies on this figure") + QStringLiteral("</h3>");
    const QStringList trail = b.reverseTrail(series.id, p.sourceId);
    if (trail.isEmpty()) {
        html += QStringLiteral("<p>") + tr("No event, scenario, guarantee or question of this briefing relies on it.") + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<ul>");
        for (const QString &item : trail) {
            html += QStringLiteral("<li>") + itemLink(database, item) + (QStringLiteral(" <span style=\"color:") + mutedColour() + QStringLiteral("\">("))
                    + text(Briefing::kindName(b.kindOf(item))) + QStringLiteral(")</span></li>");
        }
        html += QStringLiteral("</ul>");
    }
    return html + (QStringLiteral("<p style=\"color:") + mutedColour() + QStringLiteral("\">")) + text(tr("Id: %1").arg(pointId)) + QStringLiteral("</p>");
}

QString ItemHtml::render(const BriefingDatabase &database, const QString &id, bool showAll)
{
    const Briefing &b = database.briefing();
    if (id == b.metadata.id) {
        const Metadata &m = b.metadata;
        return heading(Briefing::kindName(ItemKind::Briefing), m.title)
               + fields({{tr("Edition"), m.edition.isEmpty() ? placeholder(tr("Not stated")) : text(m.edition)},
                         {tr("Published"), m.published.isEmpty() ? placeholder(tr("Not stated")) : text(m.published)}})
               + QStringLiteral("<p>") + tr("Select a guarantee, scenario, event, data series, source or question "
                                            "to see all its fields here, with every item linked to it.")
               + QStringLiteral("</p>");
    }
    if (b.seriesOfPointId(id) >= 0)
        return point(database, id);
    const auto ref = b.find(id);
    if (!ref)
        return QStringLiteral("<p>") + tr("Nothing is selected.") + QStringLiteral("</p>");
    const QString none = placeholder(tr("Not stated"));
    const int row = ref->index;
    // A field's text, marked when it is not in the content language or may be out of date.
    auto shown = [&](const ItemField &field) -> QString {
        TextState state = TextState::Source;
        QString language;
        qsizetype total = 0;
        // Never more than "Show all" shows: SQLite cuts a long text left in the file.
        const QString plain = database.textPart(field, row, TextLimits::showAllChars, &total, &state, &language);
        if (plain.isEmpty())
            return field.longText ? QString() : none;
        // Markdown as in the FAQ panel (briefing links only); long text cut, with "Show all".
        return longText(plain, field.format == ItemField::Format::Markdown, showAll, total, field.place != ItemField::Place::Row)
               + stateNote(state, language);
    };
    QList<QPair<QString, QString>> rows;
    const ItemField *titleField = nullptr;
    QString bodies;
    for (const ItemField *field : ItemFields::of(ref->kind)) {
        switch (field->place) {
        case ItemField::Place::Title:
            titleField = field;
            break;
        case ItemField::Place::Row:
            rows.append({field->translatedLabel(), shown(*field)});
            break;
        case ItemField::Place::Body:
            // Rendered Markdown brings its own paragraphs.
            bodies += field->format == ItemField::Format::Markdown
                          ? shown(*field)
                          : QStringLiteral("<p>") + shown(*field) + QStringLiteral("</p>");
            break;
        }
    }
    QString kindName = Briefing::kindName(ref->kind);
    // What is not text of the item's own: dates, likelihoods, the kind of a series.
    switch (ref->kind) {
    case ItemKind::Scenario: {
        const Scenario &s = b.scenarios.at(row);
        kindName = tr("Scenario %1").arg(QLocale().toString(s.position));
        QString likelihood = s.likelihood ? text(*s.likelihood) : placeholder(tr("None stated"));
        if (s.likelihood && s.likelihoodScale)
            likelihood += QStringLiteral(" ") + text(tr("(scale: %1)").arg(*s.likelihoodScale));
        rows.append({tr("Likelihood"), likelihood});
        break;
    }
    case ItemKind::Event: {
        const Event &e = b.events.at(row);
        QString date = e.start.isValid() ? text(e.start.toDisplayString()) : text(tr("unreadable date “%1”").arg(e.start.text()));
        if (e.end)
            date += QStringLiteral(" – ") + text(e.end->toDisplayString());
        rows.prepend({tr("Date"), date});
        break;
    }
    case ItemKind::Series: {
        const Series &s = b.series.at(row);
        rows.append({tr("Kind"), text(s.kind == Series::Kind::Time ? tr("Time series") : tr("Categories"))});
        bodies += seriesPoints(database, s.id);
        break;
    }
    case ItemKind::Chart: {
        QStringList shown;
        for (const QString &seriesId : b.charts.at(row).seriesIds)
            shown << itemLink(database, seriesId);
        rows.append({tr("Series"), shown.isEmpty() ? none : shown.join(QStringLiteral(", "))});
        break;
    }
    default:
        break;
    }
    QString html;
    if (titleField) {
        html = heading(kindName, titleField->get(b, row))
               + stateNote(b.textState(id, titleField->fieldName()), b.textLanguage(id, titleField->fieldName()));
    }
    if (!rows.isEmpty())
        html += fields(rows);
    html += bodies;
    return html + links(database, id) + (QStringLiteral("<p style=\"color:") + mutedColour() + QStringLiteral("\">")) + text(tr("Id: %1").arg(id))
           + QStringLiteral("</p>");
}

QString ItemHtml::overview(const BriefingDatabase &database)
{
    const Briefing &b = database.briefing();
    const Metadata &m = b.metadata;
    const QLocale locale;
    const QString none = placeholder(tr("Not stated"));
    auto value = [&none](const QString &plain) { return plain.isEmpty() ? none : text(plain); };
    // Cut as every text of the detail pane is (docs/format.md, "Limits on long text").
    const auto part = [](const QString &plain) { return cutText(plain, TextLimits::shownChars); };
    QString html = QStringLiteral("<h1>") + text(part(m.title)) + QStringLiteral("</h1>");
    if (!m.subtitle.isEmpty())
        html += QStringLiteral("<h3>") + text(part(m.subtitle)) + QStringLiteral("</h3>");
    html += fields({{tr("Publisher"), value(m.publisher)}, {tr("Edition"), value(m.edition)},
                    {tr("Published"), value(m.published)}, {tr("Language"), value(m.sourceLanguage)},
                    {tr("File"), text(database.isSample() ? tr("Built-in sample briefing") : database.isBuiltIn() ? database.displayName() : database.path())}});
    html += QStringLiteral("<p>") + text(part(m.summary)) + QStringLiteral("</p>");

    html += QStringLiteral("<h3>") + tr("Contents") + QStringLiteral("</h3><table cellspacing=\"0\" cellpadding=\"2\">");
    for (ItemKind kind : {ItemKind::Guarantee, ItemKind::Scenario, ItemKind::Event, ItemKind::Series,
                          ItemKind::Chart, ItemKind::Source, ItemKind::Faq, ItemKind::Actor}) {
        html += QStringLiteral("<tr><td>") + text(Briefing::kindPluralName(kind)) + QStringLiteral("</td><td align=\"right\">")
                + text(locale.toString(b.count(kind))) + QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");

    if (!b.scenarios.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("Scenarios") + QStringLiteral("</h3><ol>");
        for (const Scenario &s : b.scenarios)
            html += QStringLiteral("<li>") + itemLink(database, s.id) + QStringLiteral("</li>");
        html += QStringLiteral("</ol>");
    }
    html += QStringLiteral("<h3>") + tr("Sources") + QStringLiteral("</h3>");
    if (b.sources.isEmpty())
        html += QStringLiteral("<p>") + tr("This briefing names no sources.") + QStringLiteral("</p>");
    const int sourcesShown = int(qMin<qsizetype>(b.sources.size(), 50));
    html += QStringLiteral("<ul>");
    for (int i = 0; i < sourcesShown; ++i) {
        const Source &s = b.sources.at(i);
        QString line = itemLink(database, s.id);
        if (!s.publisher.isEmpty())
            line += QStringLiteral(" — ") + text(shownTitle(s.publisher));
        if (s.year)
            line += QStringLiteral(", ") + text(QString::number(*s.year));
        html += QStringLiteral("<li>") + line + QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    if (b.sources.size() > sourcesShown)
        html += QStringLiteral("<p>") + tr("%1 more in the Sources list.").arg(locale.toString(b.sources.size() - sourcesShown)) + QStringLiteral("</p>");

    if (!b.warnings.isEmpty()) {
        html += QStringLiteral("<h3>") + text(tr("%n warning(s) while opening", nullptr, b.warnings.size()))
                + QStringLiteral("</h3><ul>");
        const int shown = int(qMin<qsizetype>(b.warnings.size(), 100));
        for (int i = 0; i < shown; ++i)
            html += QStringLiteral("<li>") + text(part(b.warnings.at(i))) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    return html;
}

} // namespace bv
