// SPDX-License-Identifier: MIT
// Briefing paths in memory: the default path of the sample, the European defence example and
// a generated briefing (every stop shows an item the briefing has, in the order overview,
// guarantees, scenarios, charts, FAQ, titled from the content, in the content language); the
// check against a briefing, naming each stop; the JSON form, round trip and errors that say
// where.
#include "content/pathjson.h"
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "testfiles.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;
using Kind = PathStop::Kind;

namespace {

// The kinds of the default path's groups, in their order.
int group(const Briefing &b, const PathStop &stop)
{
    if (stop.kind == Kind::Overview)
        return 0;
    if (stop.kind == Kind::Chart)
        return 3;
    switch (b.kindOf(stop.itemId)) {
    case ItemKind::Guarantee:
        return 1;
    case ItemKind::Scenario:
        return 2;
    case ItemKind::Faq:
        return 4;
    default:
        return -1;
    }
}

PathStop stop(Kind kind, const QString &item = QString(), const QStringList &items = {})
{
    PathStop s;
    s.kind = kind;
    s.itemId = item;
    s.itemIds = items;
    return s;
}

} // namespace

class tst_BriefingPath : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void defaultPathOfEveryBriefing_data();
    void defaultPathOfEveryBriefing();
    void defaultPathTitlesFollowTheContentLanguage();
    void checkNamesEveryStopItCannotShow();
    void jsonRoundTrip();
    void jsonErrorsSayWhere_data();
    void jsonErrorsSayWhere();

private:
    QTemporaryDir m_dir;
};

void tst_BriefingPath::defaultPathOfEveryBriefing_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("european-defence") << QStringLiteral("european-defence");
    QTest::newRow("generated") << QStringLiteral("generated");
}

void tst_BriefingPath::defaultPathOfEveryBriefing()
{
    QFETCH(QString, which);
    const QString file = m_dir.filePath(which + QStringLiteral(".briefing"));
    if (which == QLatin1String("generated"))
        QVERIFY(test::writeGenerated(file, 300));
    else
        QVERIFY(Examples::write(which, file, true).ok());
    OpenError error;
    const auto database = BriefingDatabase::open(file, &error);
    QVERIFY2(database, qPrintable(error.message));
    const Briefing &b = database->briefing();
    const BriefingPath path = BriefingPath::defaultPath(b);
    QCOMPARE(path.id, QStringLiteral("default"));
    QCOMPARE(path.origin, BriefingPath::Origin::Default);
    QVERIFY(path.check(b).isEmpty()); // every stop's item exists

    // The series on a chart are shown with it, the others on a chart of their own.
    QSet<QString> charted;
    for (const Chart &chart : b.charts)
        charted.unite(QSet<QString>(chart.seriesIds.cbegin(), chart.seriesIds.cend()));
    const qsizetype ownCharts = b.series.size() - charted.size();
    QCOMPARE(path.stops.size(), 1 + b.guarantees.size() + b.scenarios.size() + b.charts.size() + ownCharts + b.faq.size());
    QVERIFY(path.stops.size() > 5);
    QCOMPARE(path.stops.first().kind, Kind::Overview);
    QCOMPARE(path.stops.first().title, b.metadata.title);
    int previous = 0;
    QSet<QString> shown;
    for (const PathStop &s : path.stops) {
        const int g = group(b, s);
        QVERIFY2(g >= previous, qPrintable(s.itemId)); // overview, guarantees, scenarios, charts, FAQ
        previous = g;
        QVERIFY2(!shown.contains(s.itemId) || s.itemId.isEmpty(), qPrintable(s.itemId));
        shown.insert(s.itemId);
        if (s.kind == Kind::Chart) {
            const ItemKind kind = b.kindOf(s.itemId);
            QVERIFY(kind == ItemKind::Chart || (kind == ItemKind::Series && !charted.contains(s.itemId)));
        }
        if (s.kind != Kind::Overview)
            QCOMPARE(s.title, b.title(s.itemId)); // titled from the content
        QVERIFY(!s.title.isEmpty());
    }
    if (which == QLatin1String("european-defence")) {
        QVERIFY(b.charts.size() >= 4);
        QVERIFY(shown.contains(QStringLiteral("chart-ukraine-russia")));
        QVERIFY(!shown.contains(QStringLiteral("sipri_milex_pct_gdp_ukraine"))); // on that chart
    }
    for (const FaqEntry &entry : b.faq)
        QVERIFY(shown.contains(entry.id));
}

void tst_BriefingPath::defaultPathTitlesFollowTheContentLanguage()
{
    const QString file = m_dir.filePath(QStringLiteral("defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), file, true).ok());
    OpenError error;
    const auto german = BriefingDatabase::open(file, &error, true, QStringLiteral("de"));
    QVERIFY2(german, qPrintable(error.message));
    const BriefingPath path = BriefingPath::defaultPath(german->briefing());
    const auto chart = std::find_if(path.stops.cbegin(), path.stops.cend(),
                                    [](const PathStop &s) { return s.itemId == QLatin1String("chart-ukraine-russia"); });
    QVERIFY(chart != path.stops.cend());
    QCOMPARE(chart->title, QStringLiteral("Militärausgaben als Anteil am BIP: Ukraine und Russland"));
    // Made where the file was read, in its content language, and the same as one made now.
    QVERIFY(!german->briefing().madeDefaultPath.stops.isEmpty());
    Briefing fresh = german->briefing();
    fresh.madeDefaultPath = BriefingPath();
    QCOMPARE(path, BriefingPath::defaultPath(fresh));
    QCOMPARE(path.title, QStringLiteral("All of the briefing"));
}

void tst_BriefingPath::checkNamesEveryStopItCannotShow()
{
    OpenError error;
    const auto sample = BriefingDatabase::openSample(&error);
    QVERIFY2(sample, qPrintable(error.message));
    const Briefing &b = sample->briefing();
    BriefingPath path;
    path.title = QStringLiteral("Mixed");
    PathStop chart = stop(Kind::Chart, QStringLiteral("joint-training-increase"));
    chart.highlightId = QStringLiteral("atlantis");
    chart.from = QStringLiteral("2024");
    chart.to = QStringLiteral("2020");
    PathStop timeline = stop(Kind::Timeline, QString(), {QStringLiteral("Cyber"), QStringLiteral("Sports")});
    timeline.from = QStringLiteral("March 2022");
    PathStop actors = stop(Kind::Timeline, QString(), {QStringLiteral("nato"), QStringLiteral("guarantee-article5-like")});
    actors.lanesByActor = true;
    path.stops = {stop(Kind::Overview), stop(Kind::Item, QStringLiteral("no-such-item")), chart, timeline, actors,
                  stop(Kind::Compare, QString(), {QStringLiteral("scenario-nato-membership"), QStringLiteral("faq-troops")}),
                  stop(Kind::Chart, QStringLiteral("faq-troops")),
                  stop(Kind::Item, QStringLiteral("joint-training-increase@2020–2022"))};
    BriefingPath usable;
    const QStringList problems = path.check(b, &usable);
    const QStringList expected{
        QStringLiteral("stop 2: the briefing has no item “no-such-item”; the stop is left out"),
        QStringLiteral("stop 3: “atlantis” is not an item or data point of the briefing; nothing is highlighted"),
        QStringLiteral("stop 3: the period ends (2020) before it starts (2024); the whole span is shown"),
        QStringLiteral("stop 4: no event of the briefing has the category “Sports”; its lane is left out"),
        QStringLiteral("stop 4: “March 2022” is not a date (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD); the period is open on that side"),
        QStringLiteral("stop 5: “guarantee-article5-like” is not an actor of the briefing; its lane is left out"),
        QStringLiteral("stop 6: “faq-troops” is not a scenario of the briefing; it is left out of the comparison"),
        QStringLiteral("stop 6: a comparison needs two or three scenarios of the briefing; the stop is left out"),
        QStringLiteral("stop 7: “faq-troops” is not a chart or data series of the briefing; the stop is left out"),
    };
    QCOMPARE(problems, expected);
    // What can be shown: the overview, the chart without highlight and period, the timelines
    // with the lanes that exist, a data point's card.
    QCOMPARE(usable.stops.size(), 5);
    QCOMPARE(usable.stops.at(1).kind, Kind::Chart);
    QVERIFY(usable.stops.at(1).highlightId.isEmpty() && usable.stops.at(1).from.isEmpty());
    QCOMPARE(usable.stops.at(2).itemIds, QStringList{QStringLiteral("Cyber")});
    QCOMPARE(usable.stops.at(3).itemIds, QStringList{QStringLiteral("nato")});
    QCOMPARE(usable.stops.at(4).itemId, QStringLiteral("joint-training-increase@2020–2022"));
    // Asked without repairing, the same problems without what becomes of them.
    const QStringList bare = path.check(b);
    QCOMPARE(bare.size(), expected.size());
    QCOMPARE(bare.first(), QStringLiteral("stop 2: the briefing has no item “no-such-item”"));
    // Stops named by the numbers given (a file's numbering).
    QVERIFY(path.check(b, nullptr, {10, 20, 30, 40, 50, 60, 70, 80}).first().startsWith(QStringLiteral("stop 20: ")));
}

void tst_BriefingPath::jsonRoundTrip()
{
    BriefingPath path;
    path.id = QStringLiteral("committee.v2");
    path.title = QStringLiteral("For the committee — “quoted”, ünïcode");
    PathStop overview = stop(Kind::Overview);
    overview.notes = QStringLiteral("Line one\n\n- **bold** point");
    overview.budgetSeconds = 75;
    PathStop chart = stop(Kind::Chart, QStringLiteral("joint-training-increase"));
    chart.highlightId = QStringLiteral("joint-training-increase@2020–2022");
    chart.from = QStringLiteral("2020-Q1");
    chart.to = QStringLiteral("2022-12-31");
    PathStop timeline = stop(Kind::Timeline, QString(), {QStringLiteral("Defence cooperation")});
    timeline.to = QStringLiteral("2023");
    PathStop actors = stop(Kind::Timeline, QString(), {QStringLiteral("nato")});
    actors.lanesByActor = true;
    path.stops = {overview, stop(Kind::Item, QStringLiteral("faq-troops")), chart, timeline, actors,
                  stop(Kind::Compare, QString(), {QStringLiteral("scenario-a"), QStringLiteral("scenario-b"), QStringLiteral("scenario-c")})};
    const QByteArray bytes = PathJson::toBytes(path, QStringLiteral("us-guarantees-ukraine"), QStringLiteral("U.S. guarantees"));
    QString error;
    const auto parsed = PathJson::fromBytes(bytes, BriefingPath::Origin::User, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->briefingId, QStringLiteral("us-guarantees-ukraine"));
    QCOMPARE(parsed->briefingTitle, QStringLiteral("U.S. guarantees"));
    path.origin = BriefingPath::Origin::User;
    QCOMPARE(parsed->path, path);
    // Without an id or a briefing: both empty.
    path.id.clear();
    const auto anonymous = PathJson::fromJson(PathJson::toJson(path), BriefingPath::Origin::Briefing, &error);
    QVERIFY2(anonymous, qPrintable(error));
    QVERIFY(anonymous->path.id.isEmpty() && anonymous->briefingId.isEmpty());
    QCOMPARE(anonymous->path.origin, BriefingPath::Origin::Briefing);
    // The id lists of the tables.
    QStringList ids;
    QVERIFY(PathJson::parseIdList(PathJson::idListText({QStringLiteral("a b"), QStringLiteral("\"c\"")}), &ids));
    QCOMPARE(ids, (QStringList{QStringLiteral("a b"), QStringLiteral("\"c\"")}));
    QVERIFY(!PathJson::parseIdList(QStringLiteral("nato ukraine"), &ids));
    QVERIFY(!PathJson::parseIdList(QStringLiteral("[1, 2]"), &ids));
}

void tst_BriefingPath::jsonErrorsSayWhere_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray head = R"({"format": "briefing-viewer-path", "version": 1, "id": "p", "title": "T", )";
    auto path = [&](const QByteArray &stops) -> QByteArray { return head + "\"stops\": [" + stops + "]}"; };
    QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("it is not JSON (");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("the JSON is not an object");
    QTest::newRow("notes file") << QByteArray(R"({"format": "briefing-viewer-notes"})") << QStringLiteral("'format' must be \"briefing-viewer-path\"");
    QTest::newRow("newer") << QByteArray(R"({"format": "briefing-viewer-path", "version": 2})") << QStringLiteral("version 2, from a newer Briefing Viewer");
    QTest::newRow("unknown key") << QByteArray(head + R"("stops": [{"kind": "overview"}], "colour": "red"})") << QStringLiteral("'colour' is not a key of a path");
    QTest::newRow("no title") << QByteArray(R"({"format": "briefing-viewer-path", "version": 1, "stops": [{"kind": "overview"}]})") << QStringLiteral("'title' is missing");
    QTest::newRow("bad id") << QByteArray(R"({"format": "briefing-viewer-path", "version": 1, "id": "a/b", "title": "T", "stops": [{"kind": "overview"}]})") << QStringLiteral("'id' must be letters, digits");
    QTest::newRow("no stops") << path("") << QStringLiteral("'stops' must be a list of at least one stop");
    QTest::newRow("stop not object") << path(R"({"kind": "overview"}, 3)") << QStringLiteral("stop 2: must be an object");
    QTest::newRow("unknown kind") << path(R"({"kind": "overview"}, {"kind": "item", "item": "x"}, {"kind": "slide"})")
                                  << QStringLiteral("stop 3: 'kind' must be one of overview, item, chart, timeline, compare");
    QTest::newRow("item without item") << path(R"({"kind": "item"})") << QStringLiteral("stop 1: 'item' is missing");
    QTest::newRow("item of number") << path(R"({"kind": "chart", "item": 5})") << QStringLiteral("stop 1: 'item' must be a string");
    QTest::newRow("key of another kind") << path(R"({"kind": "item", "item": "x", "from": "2020"})")
                                         << QStringLiteral("stop 1: 'from' is not a key of a stop of kind 'item'");
    QTest::newRow("one scenario") << path(R"({"kind": "compare", "items": ["a"]})") << QStringLiteral("stop 1: 'items' must name two or three scenarios");
    QTest::newRow("lanes not strings") << path(R"({"kind": "timeline", "lanes": ["a", 2]})") << QStringLiteral("stop 1: 'lanes' must be a list of names");
    QTest::newRow("lanes by actor text") << path(R"({"kind": "timeline", "lanes_by_actor": "yes"})") << QStringLiteral("'lanes_by_actor' must be true or false");
    QTest::newRow("bad date") << path(R"({"kind": "timeline", "from": "spring 2022"})") << QStringLiteral("stop 1: 'from' must be a date: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD");
    QTest::newRow("budget zero") << path(R"({"kind": "overview", "budget_seconds": 0})") << QStringLiteral("stop 1: 'budget_seconds' must be a whole number of seconds from 1 to 86400");
    QTest::newRow("budget text") << path(R"({"kind": "overview", "budget_seconds": "60"})") << QStringLiteral("'budget_seconds' must be a whole number");
    QTest::newRow("long notes") << path(R"({"kind": "overview"}, {"kind": "overview", "notes": ")" + QByteArray(100001, 'n') + "\"}")
                                << QStringLiteral("stop 2: the notes are 100001 characters long; at most 100000");
    QByteArray many;
    for (int i = 0; i <= BriefingPath::maxStops; ++i)
        many += QByteArray(i ? "," : "") + R"({"kind": "overview"})";
    QTest::newRow("too many stops") << path(many) << QStringLiteral("it has 501 stops; at most 500");
}

void tst_BriefingPath::jsonErrorsSayWhere()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!PathJson::fromBytes(json, BriefingPath::Origin::Briefing, &error));
    QVERIFY2(error.startsWith(expected) || error.contains(expected), qPrintable(error));
    QVERIFY(error.size() < 400);
}

QTEST_GUILESS_MAIN(tst_BriefingPath)
#include "tst_briefingpath.moc"
