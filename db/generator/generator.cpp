// SPDX-License-Identifier: MIT
#include "generator/generator.h"

#include "file/sqliteconnection.h"

#include <QCryptographicHash>
#include <QDate>
#include <QStringList>

#include <sqlite3.h>

#include <cmath>
#include <vector>

namespace bv {

namespace {

// splitmix64: the same numbers on every platform for the same seed.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) / double(1ULL << 53); }

private:
    quint64 m_state;
};

// A prepared statement that binds text, integers, doubles and NULL.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(const QByteArray &text)
    {
        sqlite3_bind_text(m_statement, ++m_column, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bind(const QString &text) { return bind(text.toUtf8()); }
    Statement &bind(qint64 value)
    {
        sqlite3_bind_int64(m_statement, ++m_column, value);
        return *this;
    }
    Statement &bind(double value)
    {
        if (std::isnan(value))
            sqlite3_bind_null(m_statement, ++m_column);
        else
            sqlite3_bind_double(m_statement, ++m_column, value);
        return *this;
    }
    Statement &bindNull()
    {
        sqlite3_bind_null(m_statement, ++m_column);
        return *this;
    }
    // Runs the statement; returns false and keeps the message on failure.
    bool run()
    {
        m_column = 0;
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        return true;
    }
    QString error() const { return m_statement ? m_error : QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_column = 0;
    QString m_error;
};

const char *const words[] = {
    "security", "guarantee", "treaty", "defence", "alliance", "ratification", "senate",
    "cyber", "resilience", "corridor", "training", "exercise", "deployment", "procurement",
    "artillery", "air", "fund", "reconstruction", "accession", "sanctions", "ceasefire",
    "border", "mission", "readiness", "deterrence", "autonomy", "coalition", "summit",
    "agreement", "protocol", "energy", "grid", "drone", "incursion", "misinformation",
    "campaign", "budget", "report", "review", "council", "parliament", "vote", "withdrawal",
    "administration", "observer", "monitoring", "logistics", "intelligence", "satellite",
    "maritime", "corridor", "négociation", "sécurité", "Übereinkunft", "безпека", "гарантія",
};
const char *const categories[] = {"Diplomacy", "Defence cooperation", "Cyber", "Report",
                                   "Military", "Economy", "Legislation", "Humanitarian"};
const char *const otherLanguages[] = {"uk", "de", "fr", "ar", "pl", "es", "it", "nl"};

QString phrase(Random &random, int minWords, int maxWords)
{
    const int wordCount = int(sizeof(words) / sizeof(words[0]));
    const int n = minWords + random.below(maxWords - minWords + 1);
    QStringList parts;
    for (int i = 0; i < n; ++i)
        parts << QString::fromUtf8(words[random.below(wordCount)]);
    QString text = parts.join(QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QByteArray sha1Hex(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex();
}

} // namespace

Generator::Generator(const GeneratorOptions &options)
    : m_options(options)
{
}

QString Generator::fill(SqliteConnection &connection)
{
    sqlite3 *db = connection.handle();
    Random random(m_options.seed);
    const int actorCount = 20, guaranteeCount = 10, scenarioCount = 5, sourceCount = 50;
    const int languageCount = qBound(1, m_options.languages, 1 + int(std::size(otherLanguages)));

    Statement briefing(db, "INSERT INTO briefing VALUES (?,?,?,?,?,?,?,?)");
    briefing.bind(QStringLiteral("generated-%1").arg(m_options.seed))
        .bind(QStringLiteral("Generated briefing (%1 events)").arg(m_options.events))
        .bind(QStringLiteral("Synthetic content for benchmarks and tests"))
        .bind(QStringLiteral("briefing-tool generate"))
        .bind(QStringLiteral("seed %1").arg(m_options.seed))
        .bind(QStringLiteral("2026-01-01"))
        .bind(QStringLiteral("en"))
        .bind(phrase(random, 30, 60));
    if (!briefing.run())
        return briefing.error();

    Statement actor(db, "INSERT INTO actor VALUES (?,?,?,?)");
    for (int i = 0; i < actorCount; ++i) {
        actor.bind(QStringLiteral("actor-%1").arg(i)).bind(QStringLiteral("Actor %1").arg(i))
            .bind(QString::fromLatin1(i % 3 ? "state" : "organisation")).bind(phrase(random, 5, 12));
        if (!actor.run())
            return actor.error();
    }
    Statement source(db, "INSERT INTO source VALUES (?,?,?,?,?)");
    for (int i = 0; i < sourceCount; ++i) {
        source.bind(QStringLiteral("source-%1").arg(i)).bind(phrase(random, 3, 6) + QStringLiteral(" report"))
            .bind(QStringLiteral("Publisher %1").arg(i % 7)).bind(qint64(1990 + i % 35))
            .bind(QStringLiteral("p. %1").arg(1 + random.below(300)));
        if (!source.run())
            return source.error();
    }
    Statement guarantee(db, "INSERT INTO guarantee VALUES (?,?,?,?,?,?,?,?,?)");
    for (int i = 0; i < guaranteeCount; ++i) {
        guarantee.bind(QStringLiteral("guarantee-%1").arg(i)).bind(phrase(random, 3, 6))
            .bind(QStringLiteral("actor-%1 actor-%2").arg(i % actorCount).arg((i + 1) % actorCount))
            .bind(QStringLiteral("actor-%1").arg((i + 5) % actorCount))
            .bind(QStringLiteral("Collective defence")).bind(QStringLiteral("Treaty"))
            .bind(QStringLiteral("Two-thirds Senate vote")).bind(QStringLiteral("Proposed"))
            .bind(phrase(random, 20, 40));
        if (!guarantee.run())
            return guarantee.error();
    }
    Statement scenario(db, "INSERT INTO scenario VALUES (?,?,?,?,?,?,?,?)");
    for (int i = 0; i < scenarioCount; ++i) {
        scenario.bind(QStringLiteral("scenario-%1").arg(i)).bind(qint64(i + 1)).bind(phrase(random, 2, 5))
            .bind(phrase(random, 20, 40)).bind(phrase(random, 10, 20)).bind(phrase(random, 10, 20))
            .bindNull().bindNull();
        if (!scenario.run())
            return scenario.error();
    }

    Statement event(db, "INSERT INTO event VALUES (?,?,?,?,?,?,?,?)");
    const QDate origin(1950, 1, 1);
    const int span = origin.daysTo(QDate(2025, 12, 31));
    for (int i = 0; i < m_options.events; ++i) {
        const QDate start = origin.addDays(random.below(span));
        const int precisionRoll = random.below(10);
        const char *precision = precisionRoll == 0 ? "year" : precisionRoll == 1 ? "month" : "day";
        const QString format = precisionRoll == 0 ? QStringLiteral("yyyy")
                               : precisionRoll == 1 ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd");
        event.bind(QStringLiteral("event-%1").arg(i)).bind(start.toString(format));
        if (random.below(5) == 0)
            event.bind(start.addDays(1 + random.below(400)).toString(format));
        else
            event.bindNull();
        event.bind(QByteArray(precision)).bind(phrase(random, 3, 8)).bind(phrase(random, 15, 40))
            .bind(QByteArray(categories[random.below(int(std::size(categories)))]))
            .bind(QStringLiteral("actor-%1").arg(random.below(actorCount)));
        if (!event.run())
            return event.error();
    }

    Statement series(db, "INSERT INTO series VALUES (?,?,?,?,?)");
    // Format 2: the last 2% of each series are a projection, every point a day.
    Statement point(db, "INSERT INTO point (series_id, position, label, value, note, source_id, status, precision) "
                        "VALUES (?,?,?,?,?,?,?,'day')");
    const int projectedFrom = m_options.points - m_options.points / 50;
    const QDate pointOrigin(1900, 1, 1);
    for (int s = 0; s < m_options.series; ++s) {
        const QString id = QStringLiteral("series-%1").arg(s);
        series.bind(id).bind(QStringLiteral("Series %1: ").arg(s) + phrase(random, 2, 4))
            .bind(QStringLiteral("index")).bind(QStringLiteral("time")).bind(phrase(random, 10, 20));
        if (!series.run())
            return series.error();
        const QByteArray seriesId = id.toUtf8();
        const QByteArray sourceId = QStringLiteral("source-%1").arg(s % sourceCount).toUtf8();
        double value = 100.0;
        for (int p = 0; p < m_options.points; ++p) {
            value += (random.unit() - 0.5) * 2.0;
            double shown = value;
            if (random.below(5000) == 0)
                shown = value + 50.0 * (random.unit() - 0.5); // a spike
            if (random.below(20000) == 0)
                shown = std::nan(""); // a gap
            point.bind(seriesId).bind(qint64(p)).bind(pointOrigin.addDays(p).toString(Qt::ISODate).toUtf8())
                .bind(shown).bind(QByteArray()).bind(sourceId)
                .bind(QByteArray(p >= projectedFrom ? "projection" : "measured"));
            if (!point.run())
                return point.error();
        }
    }

    Statement faq(db, "INSERT INTO faq VALUES (?,?,?,?)");
    for (int i = 0; i < m_options.faq; ++i) {
        faq.bind(QStringLiteral("faq-%1").arg(i)).bind(qint64(i + 1))
            .bind(phrase(random, 4, 10) + QLatin1Char('?')).bind(phrase(random, 20, 60) + QLatin1Char('.'));
        if (!faq.run())
            return faq.error();
    }

    Statement link(db, "INSERT OR IGNORE INTO link VALUES (?,?,?,'')");
    auto addLink = [&](const QString &from, const char *kind, const QString &to) {
        return link.bind(from).bind(QByteArray(kind)).bind(to).run();
    };
    for (int i = 0; i < scenarioCount; ++i) {
        if (!addLink(QStringLiteral("scenario-%1").arg(i), "depends_on",
                     QStringLiteral("guarantee-%1").arg(i % guaranteeCount)))
            return link.error();
    }
    for (int i = 0; i < m_options.faq; ++i) {
        if (!addLink(QStringLiteral("faq-%1").arg(i), "answers",
                     QStringLiteral("scenario-%1").arg(random.below(scenarioCount))))
            return link.error();
    }
    for (int i = 0; i < m_options.events && m_options.series > 0; i += 100) {
        if (!addLink(QStringLiteral("event-%1").arg(i), "evidence_for",
                     QStringLiteral("series-%1").arg(random.below(m_options.series))))
            return link.error();
    }

    // Charts of two series each (no random draws: the rest stays as it was before charts).
    Statement chart(db, "INSERT INTO chart (id, title, kind, note) VALUES (?,?,'line','')");
    Statement chartSeries(db, "INSERT INTO chart_series (chart_id, position, series_id) VALUES (?,?,?)");
    for (int s = 0; s + 1 < m_options.series; s += 2) {
        const QString id = QStringLiteral("chart-%1").arg(s / 2);
        if (!chart.bind(id).bind(QStringLiteral("Series %1 and %2").arg(s).arg(s + 1)).run())
            return chart.error();
        for (int i = 0; i < 2; ++i) {
            if (!chartSeries.bind(id).bind(qint64(i)).bind(QStringLiteral("series-%1").arg(s + i)).run())
                return chartSeries.error();
        }
    }

    // Translations: event titles and FAQ entries in each further language, about 1 in 20
    // left stale (made from an older source text).
    Statement translation(db, "INSERT INTO translation VALUES (?,?,?,?,?)");
    sqlite3_stmt *titles = nullptr;
    for (int l = 1; l < languageCount; ++l) {
        const QByteArray lang(otherLanguages[l - 1]);
        sqlite3_prepare_v2(db, "SELECT id, 'title', title FROM event UNION ALL "
                               "SELECT id, 'question', question FROM faq UNION ALL "
                               "SELECT id, 'answer', answer FROM faq", -1, &titles, nullptr);
        int row = 0;
        while (sqlite3_step(titles) == SQLITE_ROW) {
            const QString sourceText = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(titles, 2)));
            translation.bind(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(titles, 0))))
                .bind(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(titles, 1))))
                .bind(lang).bind(QLatin1Char('[') + QString::fromLatin1(lang) + QStringLiteral("] ") + sourceText)
                .bind(++row % 20 == 0 ? sha1Hex(sourceText + QLatin1Char('~')) : sha1Hex(sourceText));
            if (!translation.run()) {
                sqlite3_finalize(titles);
                return translation.error();
            }
        }
        sqlite3_finalize(titles);
        titles = nullptr;
    }
    return {};
}

} // namespace bv
