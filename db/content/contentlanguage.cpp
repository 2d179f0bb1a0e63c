// SPDX-License-Identifier: MIT
#include "content/contentlanguage.h"

#include "content/briefing.h"
#include "content/itemfields.h"
#include "file/sqliteconnection.h"
#include "file/sqlitestatement.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

#include <sqlite3.h>

namespace bv {

namespace {

QStringList distinctLanguagesBySqlite(SqliteConnection &connection)
{
    QStringList languages;
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT lang FROM translation ORDER BY lang"))) {
        while (q.next())
            languages << q.value(0).toString();
    }
    return languages;
}

// A translatable field of one item, as the item field table describes it.
struct Field
{
    const ItemField *field = nullptr;
    int row = -1;
    Briefing *briefing = nullptr;

    bool exists() const { return field != nullptr; }
    QString value() const { return field->get(*briefing, row); }
    void set(const QString &text) const { field->set(*briefing, row, text); }
};

// The field of an item a translation names; none for a field this version does not show or
// does not translate, and for a long text left in the file (it is read with text()).
Field fieldOf(Briefing &b, const QString &id, const QString &name)
{
    ItemKind kind = ItemKind::Briefing;
    int row = 0;
    if (id != b.metadata.id) {
        const auto ref = b.find(id);
        if (!ref)
            return Field{};
        kind = ref->kind;
        row = ref->index;
    }
    const ItemField *field = ItemFields::find(kind, name);
    if (!field || !field->translatable || !field->set || (field->longText && !b.fullText))
        return Field{};
    return Field{field, row, &b};
}

} // namespace

QVector<ContentLanguage::Unit> ContentLanguage::units(const Briefing &constBriefing)
{
    // fieldOf() names the fields; it needs a non-const briefing but changes nothing.
    Briefing &b = const_cast<Briefing &>(constBriefing);
    QVector<Unit> result;
    auto add = [&](ItemKind kind, const QString &id, const QString &title) {
        for (const QString &field : fields(kind)) {
            const Field text = fieldOf(b, id, field);
            if (text.exists() && !text.value().isEmpty())
                result.append(Unit{id, field, kind, title, text.value()});
        }
    };
    add(ItemKind::Briefing, b.metadata.id, b.metadata.title);
    for (const Actor &a : b.actors)
        add(ItemKind::Actor, a.id, a.name);
    for (const Guarantee &g : b.guarantees)
        add(ItemKind::Guarantee, g.id, g.title);
    for (const Scenario &s : b.scenarios)
        add(ItemKind::Scenario, s.id, s.title);
    for (int row = 0; row < b.events.size(); ++row)
        add(ItemKind::Event, b.events.id(row), b.events.title(row));
    for (const Source &s : b.sources)
        add(ItemKind::Source, s.id, s.title);
    for (const Series &s : b.series)
        add(ItemKind::Series, s.id, s.name);
    for (const FaqEntry &f : b.faq)
        add(ItemKind::Faq, f.id, f.question);
    for (const Chart &c : b.charts)
        add(ItemKind::Chart, c.id, c.title);
    return result;
}

QVector<ContentLanguage::Unit> ContentLanguage::pointUnits(SqliteConnection &connection, const Briefing &b)
{
    QVector<Unit> result;
    if (b.formatVersion < 2 && b.series.isEmpty())
        return result;
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    const QString breakColumn = b.formatVersion >= 2 ? QStringLiteral("break_note") : QStringLiteral("''");
    // Only points with something to translate: a category's name, a note, a break.
    if (!q.exec(QStringLiteral("SELECT series_id, label, note, ") + breakColumn
                + QStringLiteral(" FROM point WHERE note <> '' OR ") + breakColumn
                + QStringLiteral(" <> '' OR series_id IN (SELECT id FROM series WHERE kind <> 'time') "
                                 "ORDER BY series_id, position")))
        return result;
    QHash<QString, int> seriesRows;
    for (int row = 0; row < b.series.size(); ++row)
        seriesRows.insert(b.series.at(row).id, row);
    QSet<QString> seen; // a label twice in a series names one point
    while (q.next()) {
        const auto row = seriesRows.constFind(q.value(0).toString());
        if (row == seriesRows.constEnd())
            continue;
        const Series &series = b.series.at(*row);
        const QString label = q.value(1).toString();
        const QString id = Briefing::pointId(series.id, label);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const QString title = series.name + QStringLiteral(": ") + label;
        if (series.kind != Series::Kind::Time && !label.isEmpty())
            result.append(Unit{id, QStringLiteral("label"), ItemKind::Series, title, label});
        if (!q.value(2).toString().isEmpty())
            result.append(Unit{id, QStringLiteral("note"), ItemKind::Series, title, q.value(2).toString()});
        if (!q.value(3).toString().isEmpty())
            result.append(Unit{id, QStringLiteral("break_note"), ItemKind::Series, title, q.value(3).toString()});
    }
    return result;
}

QStringList ContentLanguage::fields(ItemKind kind)
{
    return ItemFields::translatable(kind);
}

QByteArray ContentLanguage::sourceHash(const QString &source)
{
    return QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1).toHex();
}

QStringList ContentLanguage::languagesIn(SqliteConnection &connection)
{
    // What "SELECT DISTINCT lang FROM translation ORDER BY lang" gives, without SQLite's sort
    // of every row (a large briefing has hundreds of thousands of translations, in a few
    // languages): the rows' languages, each kept once, sorted as the BINARY collation does.
    // A language that is not text (a hostile file's number or blob) is left to SQLite.
    std::vector<QByteArray> found;
    {
        SqliteStatement q(connection.handle(), "SELECT lang FROM translation");
        if (!q.isValid())
            return {};
        int rc = SQLITE_ROW;
        QByteArrayView last;
        while ((rc = q.step()) == SQLITE_ROW) {
            if (q.typeAt(0) != SQLITE_TEXT)
                return distinctLanguagesBySqlite(connection);
            const QByteArrayView lang = q.utf8At(0);
            if (!found.empty() && lang == last)
                continue;
            auto known = std::find_if(found.cbegin(), found.cend(), [lang](const QByteArray &one) { return one == lang; });
            if (known == found.cend()) {
                found.push_back(lang.toByteArray());
                known = found.cend() - 1;
            }
            last = *known;
        }
        if (rc != SQLITE_DONE)
            return {}; // as the query gave: its sort reads every row before the first
    }
    std::sort(found.begin(), found.end()); // byte by byte, as BINARY compares UTF-8
    QStringList languages;
    for (const QByteArray &lang : found)
        languages << QString::fromUtf8(lang);
    return languages;
}

QStringList ContentLanguage::chain(const QString &wanted, const QString &sourceLanguage)
{
    QStringList chain;
    auto add = [&](const QString &code) {
        if (!code.isEmpty() && code != sourceLanguage && !chain.contains(code))
            chain << code;
    };
    add(wanted);
    for (const QString &language : QLocale().uiLanguages())
        add(QLocale(language).name().section(QLatin1Char('_'), 0, 0));
    return chain;
}

QString ContentLanguage::apply(SqliteConnection &connection, Briefing *b, const QStringList &chain)
{
    b->textOrigins.clear();
    // Language by language, the best first: a field takes the first translation it meets,
    // and its source text is still in it then, to judge staleness against.
    for (const QString &lang : chain) {
        QSqlQuery q(connection.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT item_id, field, text, source_hash FROM translation WHERE lang = ?"));
        q.addBindValue(lang);
        if (!q.exec())
            return q.lastError().text();
        while (q.next()) {
            const QString id = q.value(0).toString(), field = q.value(1).toString();
            Field target = fieldOf(*b, id, field);
            if (!target.exists())
                continue;
            const QString key = Briefing::textKey(id, field);
            if (b->textOrigins.contains(key))
                continue; // a better language of the chain has it
            Briefing::TextOrigin origin;
            origin.lang = lang;
            origin.stale = sourceHash(target.value()) != q.value(3).toString().toLatin1();
            b->textOrigins.insert(key, origin);
            target.set(q.value(2).toString());
        }
    }
    return {};
}

QString ContentLanguage::text(SqliteConnection &connection, const Briefing &b, const QString &id, const QString &field,
                              const QString &source, TextState *state, QString *language)
{
    *state = TextState::Source;
    if (language)
        *language = b.metadata.sourceLanguage;
    if (b.contentLanguage.isEmpty())
        return source;
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT lang, text, source_hash FROM translation WHERE item_id = ? AND field = ?"));
    q.addBindValue(id);
    q.addBindValue(field);
    int best = -1;
    QString text = source;
    QByteArray hash;
    if (q.exec()) {
        while (q.next()) {
            const int position = int(b.contentChain.indexOf(q.value(0).toString()));
            if (position >= 0 && (best < 0 || position < best)) {
                best = position;
                text = q.value(1).toString();
                hash = q.value(2).toString().toLatin1();
            }
        }
    }
    if (language && best >= 0)
        *language = b.contentChain.at(best);
    if (best != 0)
        *state = TextState::Fallback; // another language of the chain, or the source
    else
        *state = hash == sourceHash(source) ? TextState::Translated : TextState::Stale;
    return text;
}

} // namespace bv
