// SPDX-License-Identifier: MIT
// The built-in example "European defence spending" against the cited dataset it was made
// from (tests/data/european-defence/, a copy of ../shared/data): every value, its source,
// its status and its breaks as the dataset's README states them; every source and event;
// no warnings; a German translation that is current.
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "file/pointcheck.h"
#include "testfiles.h"
#include "translation/translationexchange.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

namespace {

// RFC 4180: fields separated by commas, quoted with '"' (doubled inside) where needed.
QVector<QHash<QString, QString>> readCsv(const QString &name)
{
    QFile file(test::testDataPath(QStringLiteral("european-defence/") + name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            record << field;
            field.clear();
            records << record;
            record.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records << (record << field);
    QVector<QHash<QString, QString>> rows;
    for (int r = 1; r < records.size(); ++r) {
        QHash<QString, QString> row;
        for (int c = 0; c < records.first().size(); ++c)
            row.insert(records.first().at(c), records.at(r).value(c));
        rows << row;
    }
    return rows;
}

// The coverage a note states: EU-28, 27 or 26 members; 0 when it states none.
int coverage(const QString &note)
{
    static const QRegularExpression members(QStringLiteral("\\b(26|27|28)\\b"));
    const QRegularExpressionMatch match = members.match(note);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

class tst_DefenceExample : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyValueMatchesTheDataset();
    void everySourceAndEventIsThere();
    void validatesWithoutWarnings();
    void chartsGroupComparableSeries();
    void germanTranslationIsCurrent();
    void sampleStillExports();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<BriefingDatabase> m_database;
};

void tst_DefenceExample::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Examples::names().contains(QStringLiteral("european-defence")));
    m_path = m_dir.filePath(QStringLiteral("defence.briefing"));
    const WriteResult written = Examples::write(QStringLiteral("european-defence"), m_path, false);
    QVERIFY2(written.ok(), qPrintable(written.message));
    OpenError error;
    m_database = BriefingDatabase::open(m_path, &error);
    QVERIFY2(m_database, qPrintable(error.message));
}

void tst_DefenceExample::everyValueMatchesTheDataset()
{
    const Briefing &b = m_database->briefing();
    int checked = 0;
    QHash<QString, int> lastCoverage;
    for (const QString &file : {QStringLiteral("sipri_milex_share_gdp.csv"), QStringLiteral("eurostat_gov_defence.csv"),
                               QStringLiteral("eda_defence_expenditure.csv"), QStringLiteral("epf_ukraine.csv")}) {
        const auto rows = readCsv(file);
        QVERIFY2(!rows.isEmpty(), qPrintable(file));
        for (const auto &row : rows) {
            const QString series = row.value(QStringLiteral("series")), label = row.value(QStringLiteral("label_or_year"));
            const QString where = series + QLatin1Char('@') + label;
            const int seriesRow = b.rowOf(series);
            QVERIFY2(seriesRow >= 0 && b.kindOf(series) == ItemKind::Series, qPrintable(where));
            QCOMPARE(b.series.at(seriesRow).unit.left(8), row.value(QStringLiteral("unit")).left(8));
            const auto point = m_database->point(series, label);
            QVERIFY2(point, qPrintable(where));
            bool ok = false;
            const double value = row.value(QStringLiteral("value")).toDouble(&ok);
            QVERIFY(ok);
            QVERIFY2(point->value && *point->value == value, qPrintable(where));
            QCOMPARE(point->sourceId, row.value(QStringLiteral("source_id")));
            QVERIFY2(point->note.contains(row.value(QStringLiteral("quote"))), qPrintable(where));
            // README caveat 4: what Eurostat marks provisional (the note says so; France in
            // every year); caveat 3: the EDA's 2025 projection.
            const QString note = row.value(QStringLiteral("note"));
            PointStatus expected = PointStatus::Measured;
            if (note.contains(QStringLiteral("projection")))
                expected = PointStatus::Projection;
            else if (note.contains(QStringLiteral("provisional")) || label == QLatin1String("France"))
                expected = PointStatus::Provisional;
            QVERIFY2(point->status == expected, qPrintable(where + QStringLiteral(": ") + Point::statusKey(point->status)));
            // Caveat 2: a break wherever the EU aggregate changes (EU-28 / 27, EDA 26 / 27).
            const bool time = b.series.at(seriesRow).kind == Series::Kind::Time;
            if (time) {
                QVERIFY2(point->period.isValid(), qPrintable(where));
                const int covers = coverage(note) ? coverage(note) : lastCoverage.value(series);
                const bool changes = lastCoverage.contains(series) && lastCoverage.value(series) && covers != lastCoverage.value(series);
                QVERIFY2(point->hasBreak() == changes, qPrintable(where));
                lastCoverage.insert(series, covers);
            } else {
                QVERIFY(!point->hasBreak());
            }
            ++checked;
        }
    }
    QCOMPARE(checked, 94); // as the README counts them
    int points = 0;
    for (const Series &series : b.series)
        points += series.pointCount;
    QCOMPARE(points, checked); // and nothing else
}

void tst_DefenceExample::everySourceAndEventIsThere()
{
    const Briefing &b = m_database->briefing();
    const auto sources = readCsv(QStringLiteral("sources.csv"));
    QCOMPARE(sources.size(), 33);
    QCOMPARE(b.sources.size(), sources.size());
    for (const auto &row : sources) {
        const QString id = row.value(QStringLiteral("source_id"));
        QVERIFY2(b.kindOf(id) == ItemKind::Source, qPrintable(id));
        const Source &source = b.sources.at(b.rowOf(id));
        QCOMPARE(source.title, row.value(QStringLiteral("title")));
        QCOMPARE(source.publisher, row.value(QStringLiteral("publisher")));
        QCOMPARE(source.locator, row.value(QStringLiteral("locator")));
    }
    const auto events = readCsv(QStringLiteral("events.csv"));
    QCOMPARE(events.size(), 9);
    QCOMPARE(b.events.size(), events.size());
    for (const auto &row : events) {
        const QString id = QStringLiteral("event-") + row.value(QStringLiteral("date"));
        const int eventRow = b.events.rowOf(id);
        QVERIFY2(eventRow >= 0, qPrintable(id));
        QCOMPARE(b.events.startDate(eventRow).text(), row.value(QStringLiteral("date")));
        QCOMPARE(b.events.title(eventRow), row.value(QStringLiteral("event")));
        QVERIFY(b.events.description(eventRow).contains(row.value(QStringLiteral("quote"))));
        QVERIFY(b.linkedIds(id).contains(row.value(QStringLiteral("source_id"))));
    }
}

void tst_DefenceExample::validatesWithoutWarnings()
{
    const Briefing &b = m_database->briefing();
    QCOMPARE(b.formatVersion, 2);
    const QStringList warnings = b.warnings + PointCheck::warnings(m_database->connection(), b);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    // The caveats are where a reader meets them: FAQ entries on the three definitions and breaks.
    QVERIFY(b.faq.at(b.rowOf(QStringLiteral("faq-three-definitions"))).answer.contains(QStringLiteral("**Eurostat**")));
    QVERIFY(b.faq.at(b.rowOf(QStringLiteral("faq-breaks"))).answer.contains(QStringLiteral("EU-28")));
    // Categories stand for the countries' actors.
    QCOMPARE(m_database->point(QStringLiteral("eurostat_gf02_pct_gdp_2023"), QStringLiteral("Latvia"))->itemId,
             QStringLiteral("latvia"));
}

void tst_DefenceExample::chartsGroupComparableSeries()
{
    const Briefing &b = m_database->briefing();
    const Chart &years = b.charts.at(b.rowOf(QStringLiteral("chart-eurostat-2021-2023")));
    QCOMPARE(years.kind, Chart::Kind::GroupedBar);
    QCOMPARE(years.seriesIds, (QStringList{QStringLiteral("eurostat_gf02_pct_gdp_2021"), QStringLiteral("eurostat_gf02_pct_gdp_2023")}));
    const Chart &lines = b.charts.at(b.rowOf(QStringLiteral("chart-ukraine-russia")));
    QCOMPARE(lines.kind, Chart::Kind::Line);
    QCOMPARE(lines.seriesIds.size(), 2);
    // The chart that puts two measures on one axis says which is which.
    const Chart &measures = b.charts.at(b.rowOf(QStringLiteral("chart-eu-two-measures")));
    QVERIFY(measures.note.contains(QStringLiteral("Eurostat")) && measures.note.contains(QStringLiteral("EDA")));
}

void tst_DefenceExample::germanTranslationIsCurrent()
{
    const QVector<TranslationExchange::Status> status = TranslationExchange::status(*m_database);
    QCOMPARE(status.size(), 1);
    QCOMPARE(status.first().lang, QStringLiteral("de"));
    QCOMPARE(status.first().stale, 0);
    QVERIFY(status.first().translated >= 100);
    OpenError error;
    const auto german = BriefingDatabase::open(m_path, &error, true, QStringLiteral("de"));
    QVERIFY(german);
    const Briefing &b = german->briefing();
    QCOMPARE(b.metadata.title, QStringLiteral("Europäische Verteidigungsausgaben"));
    QCOMPARE(b.actors.at(b.rowOf(QStringLiteral("latvia"))).name, QStringLiteral("Lettland"));
    const auto latvia = german->point(QStringLiteral("eurostat_gf02_pct_gdp_2023"), QStringLiteral("Latvia"));
    QCOMPARE(latvia->shownLabel, QStringLiteral("Lettland"));
    QCOMPARE(*latvia->value, 3.1); // the figure is the same in every language
    QVERIFY(german->point(QStringLiteral("eurostat_eu_gf02_pct_gdp"), QStringLiteral("2018"))->breakNote.startsWith(QStringLiteral("Ab 2018")));
}

void tst_DefenceExample::sampleStillExports()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.briefing"));
    QVERIFY(Examples::write(QStringLiteral("sample"), path, false).ok());
    OpenError error;
    const auto sample = BriefingDatabase::open(path, &error);
    QVERIFY(sample);
    QCOMPARE(sample->briefing().scenarios.size(), 3);
}

QTEST_GUILESS_MAIN(tst_DefenceExample)
#include "tst_defenceexample.moc"
