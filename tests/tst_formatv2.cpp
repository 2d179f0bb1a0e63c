// SPDX-License-Identifier: MIT
// Format 2 on real files: format-1 files open unchanged with format 2's defaults, `upgrade`
// writes a copy that validates, damaged format-2 tables are refused by name, and every new
// field reaches validate, XLIFF and search.
#include "file/briefingdatabase.h"
#include "file/pointcheck.h"
#include "search/searchindex.h"
#include "testfiles.h"
#include "translation/translationexchange.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

namespace {

using Run = bv::test::ProgramRun;

Run tool(const QStringList &arguments)
{
    return bv::test::runProgram(QStringLiteral(BRIEFING_TOOL), arguments);
}

// A format-2 briefing with a chart and points using every new column, some of them wrong.
const char *const v2Content = R"sql(
INSERT INTO series (id, name, unit, kind, description) VALUES
 ('spend-2014', 'Spending 2014', '% of GDP', 'categories', ''),
 ('spend-2023', 'Spending 2023', '% of GDP', 'categories', ''),
 ('allies-2pct', 'Allies meeting 2%', 'allies', 'time', '');
INSERT INTO point (series_id, position, label, value, note, source_id, status, precision, item_id, break_note) VALUES
 ('spend-2014', 1, 'Ukraine', 3.0, 'first estimate', 'source-article', 'estimate', '', 'ukraine', ''),
 ('spend-2023', 1, 'Ukraine', 37.0, '', 'source-article', 'provisional', '', 'ukraine', ''),
 ('spend-2023', 2, 'Atlantis', 1.0, '', 'source-article', 'guess', '', 'atlantis', ''),
 ('allies-2pct', 1, '2014', 3, '', 'source-article', 'measured', 'year', '', ''),
 ('allies-2pct', 2, '2023-Q2', 11, '', 'source-article', 'measured', 'quarter', '', 'Counted by a new method from here'),
 ('allies-2pct', 3, '2024 (expected)', 18, '', 'source-article', 'projection', 'year', '', ''),
 ('allies-2pct', 4, '2025', 20, '', 'source-article', 'target', 'fortnight', '', '');
INSERT INTO chart (id, title, kind, note) VALUES
 ('chart-spend', 'Spending compared, 2014 and 2023', 'grouped_bar', 'Two years side by side'),
 ('chart-mixed', 'Allies and spending', 'pie', '');
INSERT INTO chart_series (chart_id, position, series_id) VALUES
 ('chart-spend', 1, 'spend-2014'), ('chart-spend', 2, 'spend-2023'),
 ('chart-mixed', 1, 'spend-2023'), ('chart-mixed', 2, 'allies-2pct'), ('chart-mixed', 3, 'no-such-series');
)sql";

// The file itself untouched (files written beside it do not count).
bool unchanged(const QString &path, const test::Fingerprint &before)
{
    const test::Fingerprint now = test::fingerprint(path);
    return now.hash == before.hash && now.modified == before.modified;
}

bool containsAll(const QStringList &lines, const QStringList &parts)
{
    for (const QString &line : lines) {
        bool all = true;
        for (const QString &part : parts)
            all = all && line.contains(part);
        if (all)
            return true;
    }
    return false;
}

} // namespace

class tst_FormatV2 : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void format1FilesOpenWithDefaults();
    void upgradeWritesAValidCopy();
    void upgradeNeverWritesInPlace();
    void newFieldsAreRead();
    void validateNamesSeriesAndPoint();
    void damagedFormat2TablesAreRefused_data();
    void damagedFormat2TablesAreRefused();
    void newFieldsReachXliffAndContentLanguage();
    void chartsAreFound();

private:
    QString v2File();
    QTemporaryDir m_dir;
};

QString tst_FormatV2::v2File()
{
    const QString path = m_dir.filePath(QStringLiteral("v2.briefing"));
    if (!test::writeSample(path) || !test::execSql(path, QString::fromUtf8(v2Content)))
        return {};
    return path;
}

void tst_FormatV2::format1FilesOpenWithDefaults()
{
    const QString v1 = m_dir.filePath(QStringLiteral("v1.briefing"));
    QVERIFY(test::writeFormat1Sample(v1));
    const test::Fingerprint before = test::fingerprint(v1);
    OpenError error;
    const auto database = BriefingDatabase::open(v1, &error);
    QVERIFY2(database, qPrintable(error.message));
    const Briefing &b = database->briefing();
    QCOMPARE(b.formatVersion, 1);
    QVERIFY2(b.warnings.isEmpty(), qPrintable(b.warnings.join(QLatin1Char('\n'))));
    QVERIFY(b.charts.isEmpty());
    QVERIFY(unchanged(v1, before));
    // The same content as the sample written in format 2.
    const QString v2 = m_dir.filePath(QStringLiteral("sample.briefing"));
    QVERIFY(test::writeSample(v2));
    const auto current = BriefingDatabase::open(v2, &error);
    QVERIFY(current);
    QCOMPARE(current->briefing().formatVersion, 2);
    QCOMPARE(b.series.size(), current->briefing().series.size());
    for (const Series &series : b.series) {
        const QVector<Point> points = database->points(series.id);
        const QVector<Point> again = current->points(series.id);
        QCOMPARE(points.size(), again.size());
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(points.at(i).label, again.at(i).label);
            QCOMPARE(points.at(i).value, again.at(i).value);
            QCOMPARE(points.at(i).status, PointStatus::Measured);
            QVERIFY(points.at(i).itemId.isEmpty());
            QVERIFY(!points.at(i).hasBreak());
            QCOMPARE(points.at(i).shownLabel, points.at(i).label);
            if (series.kind == Series::Kind::Time)
                QVERIFY2(points.at(i).period.isValid(), qPrintable(points.at(i).label)); // read from the label
        }
    }
    QVERIFY(PointCheck::warnings(database->connection(), b).isEmpty());

    const Run validated = tool({QStringLiteral("validate"), v1});
    QCOMPARE(validated.exitCode, 0);
    QVERIFY2(validated.out.contains(QStringLiteral("a valid briefing (format 1)")), qPrintable(validated.out));
    QVERIFY(validated.out.contains(QStringLiteral("briefing-tool upgrade")));
}

void tst_FormatV2::upgradeWritesAValidCopy()
{
    const QString v1 = m_dir.filePath(QStringLiteral("old.briefing"));
    // A format-1 label that is no period: the upgrade says so and validate names it.
    QVERIFY(test::writeFormat1Sample(v1, QStringLiteral("INSERT INTO series (id, name, unit, kind) VALUES ('allies', 'Allies', '', 'time');"
                                                        "INSERT INTO point (series_id, position, label, value) VALUES "
                                                        "('allies', 1, '2014', 3), ('allies', 2, '2024 (expected)', 18);")));
    const test::Fingerprint before = test::fingerprint(v1);
    const QString out = m_dir.filePath(QStringLiteral("new.briefing"));
    const Run upgraded = tool({QStringLiteral("upgrade"), v1, out});
    QCOMPARE(upgraded.exitCode, 0);
    QVERIFY2(upgraded.out.contains(QStringLiteral("(format 2) from")), qPrintable(upgraded.out));
    QVERIFY(upgraded.out.contains(QStringLiteral("point.status")));
    QVERIFY(upgraded.out.contains(QStringLiteral("1 year")));
    QVERIFY(upgraded.out.contains(QStringLiteral("1 time-series point")));
    QVERIFY(upgraded.out.contains(QStringLiteral("chart and chart_series")));
    QVERIFY(unchanged(v1, before));

    OpenError error;
    const auto database = BriefingDatabase::open(out, &error);
    QVERIFY2(database, qPrintable(error.message));
    QCOMPARE(database->briefing().formatVersion, 2);
    const auto old = BriefingDatabase::open(v1, &error);
    QCOMPARE(database->briefing().translationCount, old->briefing().translationCount);
    QCOMPARE(database->briefing().links.size(), old->briefing().links.size());
    QCOMPARE(database->points(QStringLiteral("allies")).first().precision, PartialDate::Precision::Year);
    QVERIFY(SearchIndex::openShipped(database)); // with its search index

    const Run validated = tool({QStringLiteral("validate"), out});
    QCOMPARE(validated.exitCode, 0);
    QVERIFY2(validated.out.contains(QStringLiteral("a valid briefing (format 2)")), qPrintable(validated.out));
    QVERIFY2(validated.out.contains(QStringLiteral("Data series “allies”, point “2024 (expected)”")), qPrintable(validated.out));
    QVERIFY(validated.out.contains(QStringLiteral("1 warning")));

    // Refused without --force, replaced with it.
    const Run again = tool({QStringLiteral("upgrade"), v1, out});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("already exists")));
    QCOMPARE(tool({QStringLiteral("upgrade"), v1, out, QStringLiteral("--force")}).exitCode, 0);
}

void tst_FormatV2::upgradeNeverWritesInPlace()
{
    const QString v1 = m_dir.filePath(QStringLiteral("inplace.briefing"));
    QVERIFY(test::writeFormat1Sample(v1));
    const test::Fingerprint before = test::fingerprint(v1);
    const Run run = tool({QStringLiteral("upgrade"), v1, v1, QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("never writes in place")), qPrintable(run.err));
    QVERIFY(unchanged(v1, before));
    // A bad input is refused as the viewer refuses it.
    const QString text = m_dir.filePath(QStringLiteral("text.briefing"));
    QVERIFY(test::writeBytes(text, "not a briefing"));
    QCOMPARE(tool({QStringLiteral("upgrade"), text, m_dir.filePath(QStringLiteral("x.briefing"))}).exitCode, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.briefing"))));
}

void tst_FormatV2::newFieldsAreRead()
{
    const QString path = v2File();
    QVERIFY(!path.isEmpty());
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    const Briefing &b = database->briefing();
    QCOMPARE(b.charts.size(), 2);
    const Chart &spend = b.charts.at(b.rowOf(QStringLiteral("chart-spend")));
    QCOMPARE(spend.kind, Chart::Kind::GroupedBar);
    QCOMPARE(spend.seriesIds, (QStringList{QStringLiteral("spend-2014"), QStringLiteral("spend-2023")}));
    QCOMPARE(spend.note, QStringLiteral("Two years side by side"));
    QCOMPARE(b.kindOf(QStringLiteral("chart-spend")), ItemKind::Chart);
    // A chart links to the series it shows, and back.
    QVERIFY(b.linkedIds(QStringLiteral("chart-spend")).contains(QStringLiteral("spend-2014")));
    QVERIFY(b.linkedIds(QStringLiteral("spend-2023")).contains(QStringLiteral("chart-spend")));

    const QVector<Point> points = database->points(QStringLiteral("allies-2pct"));
    QCOMPARE(points.size(), 4);
    QCOMPARE(points.at(0).precision, PartialDate::Precision::Year);
    QCOMPARE(points.at(0).period.first(), QDate(2014, 1, 1));
    QCOMPARE(points.at(0).period.last(), QDate(2014, 12, 31));
    QCOMPARE(points.at(1).precision, PartialDate::Precision::Quarter);
    QCOMPARE(points.at(1).period.first(), QDate(2023, 4, 1));
    QCOMPARE(points.at(1).period.last(), QDate(2023, 6, 30));
    QCOMPARE(points.at(1).breakNote, QStringLiteral("Counted by a new method from here"));
    QVERIFY(points.at(1).hasBreak());
    QVERIFY(!points.at(2).period.isValid());
    QCOMPARE(points.at(2).status, PointStatus::Projection);
    QCOMPARE(points.at(3).status, PointStatus::Target);
    const auto ukraine = database->point(QStringLiteral("spend-2014"), QStringLiteral("Ukraine"));
    QVERIFY(ukraine);
    QCOMPARE(ukraine->status, PointStatus::Estimate);
    QCOMPARE(ukraine->itemId, QStringLiteral("ukraine"));
}

void tst_FormatV2::validateNamesSeriesAndPoint()
{
    const QString path = v2File();
    QVERIFY(!path.isEmpty());
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);
    QVERIFY(database);
    const QStringList warnings = database->briefing().warnings + PointCheck::warnings(database->connection(), database->briefing());
    const QString all = warnings.join(QLatin1Char('\n'));
    QVERIFY2(containsAll(warnings, {QStringLiteral("“allies-2pct”"), QStringLiteral("“2024 (expected)”"), QStringLiteral("YYYY")}), qPrintable(all));
    QVERIFY2(containsAll(warnings, {QStringLiteral("“spend-2023”"), QStringLiteral("“Atlantis”"), QStringLiteral("“guess”")}), qPrintable(all));
    QVERIFY2(containsAll(warnings, {QStringLiteral("“spend-2023”"), QStringLiteral("“Atlantis”"), QStringLiteral("item_id “atlantis”")}), qPrintable(all));
    QVERIFY2(containsAll(warnings, {QStringLiteral("“allies-2pct”"), QStringLiteral("“2025”"), QStringLiteral("“fortnight”")}), qPrintable(all));
    QVERIFY2(containsAll(warnings, {QStringLiteral("“chart-mixed”"), QStringLiteral("mixes units"), QStringLiteral("“allies-2pct” (allies)")}), qPrintable(all));
    QVERIFY2(containsAll(warnings, {QStringLiteral("“chart-mixed”"), QStringLiteral("“pie”")}), qPrintable(all));
    QVERIFY2(containsAll(warnings, {QStringLiteral("“chart-mixed”"), QStringLiteral("“no-such-series”")}), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("chart-spend")));
    QVERIFY2(containsAll(warnings, {QStringLiteral("“chart-mixed”"), QStringLiteral("mixes time series and category series")}), qPrintable(all));
    QVERIFY2(warnings.size() == 8, qPrintable(all));

    const Run validated = tool({QStringLiteral("validate"), path});
    QCOMPARE(validated.exitCode, 0);
    QVERIFY2(validated.out.contains(QStringLiteral("8 warning(s)")), qPrintable(validated.out));
    QVERIFY(validated.out.contains(QStringLiteral("charts        2")));
}

void tst_FormatV2::damagedFormat2TablesAreRefused_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("named");
    QTest::newRow("no chart table") << "DROP TABLE chart;" << int(OpenError::Code::MissingTable) << "“chart” table";
    QTest::newRow("chart table is a view") << "DROP TABLE chart; CREATE VIEW chart AS SELECT 'a' AS id, 'b' AS title, 'line' AS kind, '' AS note;"
                                           << int(OpenError::Code::MissingTable) << "“chart” table";
    QTest::newRow("no chart_series table") << "DROP TABLE chart_series;" << int(OpenError::Code::MissingTable) << "“chart_series”";
    QTest::newRow("point without status") << "ALTER TABLE point DROP COLUMN status;" << int(OpenError::Code::MissingColumn)
                                          << "“point” table has no “status” column, which format 2";
    QTest::newRow("chart without kind") << "ALTER TABLE chart DROP COLUMN kind;" << int(OpenError::Code::MissingColumn) << "“kind”";
    QTest::newRow("format 3") << "PRAGMA user_version = 3;" << int(OpenError::Code::NewerVersion) << "format 3";
}

void tst_FormatV2::damagedFormat2TablesAreRefused()
{
    QFETCH(QString, sql);
    QFETCH(int, code);
    QFETCH(QString, named);
    const QString path = m_dir.filePath(QStringLiteral("damaged.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, sql));
    const test::Fingerprint before = test::fingerprint(path);
    OpenError error;
    QVERIFY(!BriefingDatabase::open(path, &error));
    QCOMPARE(int(error.code), code);
    QVERIFY2(error.message.contains(named), qPrintable(error.message));
    QVERIFY(test::fingerprint(path) == before);
    // A format-1 file needs none of it.
    if (code == int(OpenError::Code::MissingTable) || code == int(OpenError::Code::MissingColumn)) {
        QVERIFY(test::execSql(path, QStringLiteral("PRAGMA user_version = 1;")));
        QVERIFY2(BriefingDatabase::open(path, &error), qPrintable(error.message));
    }
}

void tst_FormatV2::newFieldsReachXliffAndContentLanguage()
{
    const QString path = v2File();
    QVERIFY(!path.isEmpty());
    OpenError error;
    auto database = BriefingDatabase::open(path, &error, true);
    QVERIFY(database);
    const QString xliff = QString::fromUtf8(TranslationExchange::exportXliff(*database, QStringLiteral("fr")));
    QVERIFY(xliff.contains(QStringLiteral("<trans-unit id=\"spend-2014@Ukraine/label\"")));
    QVERIFY(xliff.contains(QStringLiteral("<trans-unit id=\"spend-2014@Ukraine/note\"")));
    QVERIFY(xliff.contains(QStringLiteral("<trans-unit id=\"allies-2pct@2023-Q2/break_note\"")));
    QVERIFY(xliff.contains(QStringLiteral("<trans-unit id=\"chart-spend/title\"")));
    QVERIFY(xliff.contains(QStringLiteral("<trans-unit id=\"chart-spend/note\"")));
    QVERIFY(!xliff.contains(QStringLiteral("allies-2pct@2014/label"))); // a period is not translated

    QString translated = xliff;
    auto setTarget = [&translated](const QString &unit, const QString &text) {
        const int at = int(translated.indexOf(QStringLiteral("<trans-unit id=\"") + unit + QLatin1Char('"')));
        const int target = int(translated.indexOf(QStringLiteral("<target state=\"new\"/>"), at));
        translated.replace(target, int(qstrlen("<target state=\"new\"/>")),
                           QStringLiteral("<target state=\"translated\">") + text + QStringLiteral("</target>"));
    };
    setTarget(QStringLiteral("spend-2014@Ukraine/label"), QStringLiteral("Ukraine (de)"));
    setTarget(QStringLiteral("spend-2014@Ukraine/note"), QStringLiteral("erste Schätzung"));
    setTarget(QStringLiteral("allies-2pct@2023-Q2/break_note"), QStringLiteral("Ab hier neue Zählweise"));
    setTarget(QStringLiteral("chart-spend/title"), QStringLiteral("Ausgaben im Vergleich"));
    database.reset();
    const TranslationExchange::ImportResult imported = TranslationExchange::importXliff(path, translated.toUtf8());
    QVERIFY(imported.problems.isEmpty());
    QCOMPARE(imported.written, 4);

    database = BriefingDatabase::open(path, &error, true, QStringLiteral("fr"));
    QVERIFY(database);
    const auto ukraine = database->point(QStringLiteral("spend-2014"), QStringLiteral("Ukraine"));
    QCOMPARE(ukraine->label, QStringLiteral("Ukraine")); // the id stays
    QCOMPARE(ukraine->shownLabel, QStringLiteral("Ukraine (de)"));
    QCOMPARE(ukraine->note, QStringLiteral("erste Schätzung"));
    QCOMPARE(database->points(QStringLiteral("allies-2pct")).at(1).breakNote, QStringLiteral("Ab hier neue Zählweise"));
    const Briefing &b = database->briefing();
    QCOMPARE(b.charts.at(b.rowOf(QStringLiteral("chart-spend"))).title, QStringLiteral("Ausgaben im Vergleich"));
    QCOMPARE(b.textState(QStringLiteral("chart-spend"), QStringLiteral("title")), TextState::Translated);
}

void tst_FormatV2::chartsAreFound()
{
    const QString path = v2File();
    QVERIFY(!path.isEmpty());
    OpenError error;
    const std::shared_ptr<const BriefingDatabase> database = BriefingDatabase::open(path, &error);
    QVERIFY(database);
    // The file's index was written before the chart rows: the viewer builds its own.
    QVERIFY(!SearchIndex::openShipped(database));
    const auto memory = SearchIndex::buildInMemory(database, QStringLiteral("en"));
    QVERIFY(memory);
    const SearchResults byTitle = memory->search(QStringLiteral("spending compared"), QStringLiteral("en"));
    QVERIFY(!byTitle.hits.isEmpty());
    QCOMPARE(byTitle.hits.first().id, QStringLiteral("chart-spend"));
    QCOMPARE(byTitle.hits.first().kind, ItemKind::Chart);
    const SearchResults byNote = memory->search(QStringLiteral("side by side"), QStringLiteral("en"));
    QVERIFY(!byNote.hits.isEmpty());
    QCOMPARE(byNote.hits.first().id, QStringLiteral("chart-spend"));
    // A series is found by the breaks of its points.
    const SearchResults byBreak = memory->search(QStringLiteral("new method"), QStringLiteral("en"));
    QVERIFY(!byBreak.hits.isEmpty());
    QCOMPARE(byBreak.hits.first().id, QStringLiteral("allies-2pct"));
    // Written again, the index in the file holds the charts too.
    const Run indexed = tool({QStringLiteral("index"), path});
    QCOMPARE(indexed.exitCode, 0);
    const std::shared_ptr<const BriefingDatabase> again = BriefingDatabase::open(path, &error);
    const auto shipped = SearchIndex::openShipped(again);
    QVERIFY(shipped);
    QCOMPARE(shipped->search(QStringLiteral("spending compared"), QStringLiteral("en")).hits.first().id, QStringLiteral("chart-spend"));
}

QTEST_GUILESS_MAIN(tst_FormatV2)
#include "tst_formatv2.moc"
