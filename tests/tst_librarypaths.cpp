// SPDX-License-Identifier: MIT
// The user's own paths in the library: every kind of stop kept whole, per briefing, renamed,
// replaced, deleted with their rehearsals; rehearsal times and the last stop of any path; a
// library of version 1 brought up to date with its notes; a path exported and imported, junk
// refused; a writer killed mid-burst loses no path it saved, nor a stop of one.
#include "content/pathjson.h"
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "file/sqliteconnection.h"
#include "library/pathexchange.h"
#include "library/userlibrary.h"
#include "testfiles.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

namespace {

// A path with one stop of every kind and every field set, on the sample's items.
BriefingPath everyKind(const QString &title = QStringLiteral("For the committee"))
{
    BriefingPath path;
    path.title = title;
    PathStop overview;
    overview.title = QStringLiteral("Where we stand");
    overview.notes = QStringLiteral("Open with the **headline**.");
    overview.budgetSeconds = 45;
    PathStop item;
    item.kind = PathStop::Kind::Item;
    item.itemId = QStringLiteral("guarantee-article5-like");
    item.title = QStringLiteral("The offer");
    PathStop chart;
    chart.kind = PathStop::Kind::Chart;
    chart.itemId = QStringLiteral("joint-training-increase");
    chart.highlightId = QStringLiteral("joint-training-increase@2020–2022");
    chart.from = QStringLiteral("2020");
    chart.to = QStringLiteral("2022-Q4");
    chart.budgetSeconds = 90;
    PathStop timeline;
    timeline.kind = PathStop::Kind::Timeline;
    timeline.itemIds = {QStringLiteral("nato"), QStringLiteral("ukraine")};
    timeline.lanesByActor = true;
    timeline.from = QStringLiteral("1995-03");
    PathStop compare;
    compare.kind = PathStop::Kind::Compare;
    compare.itemIds = {QStringLiteral("scenario-nato-membership"), QStringLiteral("scenario-guarantee-bloc")};
    compare.title = QStringLiteral("Two ways");
    path.stops = {overview, item, chart, timeline, compare};
    return path;
}

int rows(const QString &library, const QString &sql)
{
    SqliteConnection check;
    if (!check.open(library, SqliteConnection::Mode::ReadWrite))
        return -1;
    QSqlQuery q(check.database());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class tst_LibraryPaths : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void pathsKeepEveryStopPerBriefing();
    void userLibraryAppliesToTheOpenBriefing();
    void theBriefingsOwnPathsAreNeverReplaced();
    void overTheLimitsIsRefused();
    void rehearsalsAndLastStop();
    void versionOneLibraryIsBroughtUpToDate();
    void exportedPathImportsOnceAndJunkIsRefused();
    void killedWriterLosesNoSavedPath();

private:
    QString libraryPath() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_LibraryPaths::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_LibraryPaths::pathsKeepEveryStopPerBriefing()
{
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    BriefingPath path = everyKind();
    QVERIFY2(library.savePath(QStringLiteral("brief"), &path), qPrintable(library.problem()));
    QVERIFY(!path.id.isEmpty()); // a new id, filled in
    QCOMPARE(path.origin, BriefingPath::Origin::User);
    BriefingPath second = everyKind(QStringLiteral("Short version"));
    second.stops.remove(1, 3);
    QVERIFY(library.savePath(QStringLiteral("brief"), &second));
    BriefingPath elsewhere = everyKind(QStringLiteral("Another briefing's"));
    QVERIFY(library.savePath(QStringLiteral("other"), &elsewhere));

    // Read back by another connection: every field of every stop, in order, per briefing.
    Library again;
    QCOMPARE(again.open(libraryPath()), Library::State::Ready);
    const QVector<BriefingPath> paths = again.paths(QStringLiteral("brief"));
    QCOMPARE(paths.size(), 2);
    QCOMPARE(paths.at(0), path);
    QCOMPARE(paths.at(1).title, QStringLiteral("Short version"));
    QCOMPARE(paths.at(1).stops.size(), 2);
    QCOMPARE(paths.at(0).stops.at(2).highlightId, QStringLiteral("joint-training-increase@2020–2022"));
    QVERIFY(!paths.at(0).stops.at(1).budgetSeconds);
    QCOMPARE(again.paths(QStringLiteral("other")).size(), 1);
    QVERIFY(again.paths(QStringLiteral("nobody")).isEmpty());

    // Saved again under its id, the path is replaced whole: title and stops.
    path.title = QStringLiteral("For the committee, revised");
    path.stops.removeFirst();
    const QString id = path.id;
    QVERIFY(again.savePath(QStringLiteral("brief"), &path));
    QCOMPARE(path.id, id);
    QCOMPARE(*again.path(QStringLiteral("brief"), id), path);
    QCOMPARE(again.paths(QStringLiteral("brief")).size(), 2);
    QCOMPARE(rows(libraryPath(), QStringLiteral("SELECT count(*) FROM user_path_stop WHERE path_id = '%1'").arg(id)), 4);

    // Deleted, it goes with its stops, rehearsals and last stop; the others stay.
    QVERIFY(again.saveRehearsal(QStringLiteral("brief"), id, {10, 20, 30, 40}));
    QVERIFY(again.saveLastStop(QStringLiteral("brief"), id, 2));
    QVERIFY(again.deletePath(QStringLiteral("brief"), id));
    QVERIFY(!again.path(QStringLiteral("brief"), id));
    QVERIFY(again.rehearsals(QStringLiteral("brief"), id).isEmpty());
    QVERIFY(!again.lastStop(QStringLiteral("brief"), id));
    QCOMPARE(rows(libraryPath(), QStringLiteral("SELECT count(*) FROM user_path_stop WHERE path_id = '%1'").arg(id)), 0);
    QCOMPARE(again.paths(QStringLiteral("brief")).size(), 1);
    QCOMPARE(again.paths(QStringLiteral("other")).size(), 1);
}

void tst_LibraryPaths::userLibraryAppliesToTheOpenBriefing()
{
    UserLibrary user;
    QCOMPARE(user.open(libraryPath()), Library::State::Ready);
    QSignalSpy changed(&user, &UserLibrary::pathsChanged);
    BriefingPath path = everyKind();
    QVERIFY(!user.savePath(&path)); // no briefing open
    QVERIFY(user.store().problem().contains(QStringLiteral("no briefing is open")));
    QCOMPARE(changed.count(), 0);

    OpenError error;
    const auto sample = BriefingDatabase::openSample(&error);
    QVERIFY2(sample, qPrintable(error.message));
    user.setBriefing(sample);
    QCOMPARE(changed.count(), 1); // another briefing: its paths
    QVERIFY(user.userPaths().isEmpty());
    QVERIFY(user.savePath(&path));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(user.userPaths().size(), 1);
    QCOMPARE(user.userPaths().first(), path);
    QCOMPARE(user.store().paths(sample->briefing().metadata.id).size(), 1); // kept under the briefing's id

    QVERIFY(user.renamePath(path.id, QStringLiteral("Renamed")));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(user.userPath(path.id)->title, QStringLiteral("Renamed"));
    QCOMPARE(user.userPath(path.id)->stops, path.stops);

    // Another briefing does not see them; back on the sample they are there.
    const QString other = m_dir->filePath(QStringLiteral("generated.briefing"));
    QVERIFY(test::writeGenerated(other, 50));
    user.setBriefing(BriefingDatabase::open(other, &error));
    QVERIFY(user.userPaths().isEmpty());
    user.setBriefing(sample);
    QCOMPARE(user.userPaths().size(), 1);

    QVERIFY(user.deletePath(path.id));
    QVERIFY(user.userPaths().isEmpty());
    QCOMPARE(changed.count(), 6);
    QVERIFY(user.store().paths(sample->briefing().metadata.id).isEmpty());
}

void tst_LibraryPaths::theBriefingsOwnPathsAreNeverReplaced()
{
    // A briefing with a path of its own, "tour".
    const QString file = m_dir->filePath(QStringLiteral("with-path.briefing"));
    QVERIFY(test::writeSample(file));
    BriefingPath tour = everyKind(QStringLiteral("The author's tour"));
    tour.id = QStringLiteral("tour");
    const WriteResult written = BriefingWriter::writePath(file, tour);
    QVERIFY2(written.ok(), qPrintable(written.message));
    OpenError error;
    const auto database = BriefingDatabase::open(file, &error);
    QVERIFY2(database, qPrintable(error.message));
    QCOMPARE(database->briefing().paths.size(), 1);

    UserLibrary user;
    QCOMPARE(user.open(libraryPath()), Library::State::Ready);
    user.setBriefing(database);
    // The user's copy of the briefing's path, and one saved as "default", get ids of their own.
    BriefingPath copy = database->briefing().paths.first();
    copy.title = QStringLiteral("My version of the tour");
    QVERIFY(user.savePath(&copy));
    QVERIFY(copy.id != QLatin1String("tour"));
    BriefingPath all = BriefingPath::defaultPath(database->briefing());
    QVERIFY(user.savePath(&all));
    QVERIFY(all.id != QLatin1String("default"));
    QCOMPARE(all.origin, BriefingPath::Origin::User);
    QCOMPARE(user.userPaths().size(), 2);
    // Rehearsals and last stops of the briefing's own and the default path are kept by their ids.
    QVERIFY(user.saveRehearsal(QStringLiteral("tour"), {5, 6, 7, 8, 9}));
    QVERIFY(user.saveLastStop(QStringLiteral("default"), 3));
    QCOMPARE(user.lastRehearsal(QStringLiteral("tour")), (QVector<int>{5, 6, 7, 8, 9}));
    QCOMPARE(user.lastStop(QStringLiteral("default")), std::optional<int>(3));
    QVERIFY(user.lastRehearsal(copy.id).isEmpty());
    // Only the user's own paths can be deleted: the others' rehearsals and last stops stay.
    QVERIFY(!user.deletePath(QStringLiteral("tour")));
    QVERIFY(!user.deletePath(QStringLiteral("default")));
    QCOMPARE(user.lastRehearsal(QStringLiteral("tour")).size(), 5);
    QCOMPARE(user.lastStop(QStringLiteral("default")), std::optional<int>(3));
    QVERIFY(user.deletePath(copy.id));
    QCOMPARE(user.userPaths().size(), 1);
}

void tst_LibraryPaths::overTheLimitsIsRefused()
{
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    BriefingPath untitled = everyKind(QStringLiteral("   "));
    QVERIFY(!library.savePath(QStringLiteral("brief"), &untitled));
    QVERIFY2(library.problem().contains(QStringLiteral("needs a title")), qPrintable(library.problem()));
    BriefingPath badId = everyKind();
    badId.id = QStringLiteral("../../etc");
    QVERIFY(!library.savePath(QStringLiteral("brief"), &badId));
    QVERIFY(library.problem().contains(QStringLiteral("letters, digits")));
    BriefingPath huge = everyKind();
    huge.stops[2].notes = QString(BriefingPath::maxNotesLength + 1, QLatin1Char('x'));
    QVERIFY(!library.savePath(QStringLiteral("brief"), &huge));
    QVERIFY2(library.problem().contains(QStringLiteral("stop 3: the notes are 100001 characters long")),
             qPrintable(library.problem()));
    BriefingPath endless = everyKind();
    endless.stops = QVector<PathStop>(BriefingPath::maxStops + 1, everyKind().stops.first());
    QVERIFY(!library.savePath(QStringLiteral("brief"), &endless));
    QVERIFY(library.problem().contains(QStringLiteral("501 stops; at most 500")));
    QVERIFY(endless.id.isEmpty()); // a refused path is not given an id
    QCOMPARE(rows(libraryPath(), QStringLiteral("SELECT count(*) FROM user_path")), 0);
    QCOMPARE(rows(libraryPath(), QStringLiteral("SELECT count(*) FROM user_path_stop")), 0);
}

void tst_LibraryPaths::rehearsalsAndLastStop()
{
    UserLibrary user;
    QCOMPARE(user.open(libraryPath()), Library::State::Ready);
    OpenError error;
    user.setBriefing(BriefingDatabase::openSample(&error));
    QSignalSpy rehearsed(&user, &UserLibrary::rehearsalsChanged);
    QVERIFY(user.lastRehearsal(QStringLiteral("default")).isEmpty());
    QVERIFY(!user.lastStop(QStringLiteral("default")));
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(user.saveRehearsal(QStringLiteral("default"), {62, -1, 130}));
    QCOMPARE(rehearsed.count(), 1);
    QCOMPARE(rehearsed.first().first().toString(), QStringLiteral("default"));
    QCOMPARE(user.lastRehearsal(QStringLiteral("default")), (QVector<int>{62, -1, 130}));
    QVERIFY(user.rehearsals(QStringLiteral("default")).first().rehearsed >= before);
    // The newest ten are kept, the newest first.
    for (int i = 0; i < 12; ++i)
        QVERIFY(user.saveRehearsal(QStringLiteral("default"), {i, i + 1}));
    const QVector<PathRehearsal> kept = user.rehearsals(QStringLiteral("default"));
    QCOMPARE(kept.size(), Library::keptRehearsals);
    QCOMPARE(kept.first().secondsPerStop, (QVector<int>{11, 12}));
    QCOMPARE(kept.last().secondsPerStop, (QVector<int>{2, 3}));
    QVERIFY(kept.first().rehearsed >= kept.last().rehearsed);
    // Junk is refused with a reason, and the last rehearsal stays.
    QVERIFY(!user.saveRehearsal(QStringLiteral("default"), {10, -5}));
    QVERIFY(user.store().problem().contains(QStringLiteral("-5 is not a time")));
    QVERIFY(!user.saveRehearsal(QStringLiteral("default"), {}));
    QCOMPARE(user.lastRehearsal(QStringLiteral("default")), (QVector<int>{11, 12}));

    QVERIFY(user.saveLastStop(QStringLiteral("default"), 4));
    QVERIFY(user.saveLastStop(QStringLiteral("default"), 2));
    QCOMPARE(user.lastStop(QStringLiteral("default")), std::optional<int>(2));
    QVERIFY(!user.saveLastStop(QStringLiteral("default"), -1));
    QCOMPARE(user.lastStop(QStringLiteral("default")), std::optional<int>(2));
    QVERIFY(!user.lastStop(QStringLiteral("another-path")));
    // Kept across a restart.
    UserLibrary later;
    QCOMPARE(later.open(libraryPath()), Library::State::Ready);
    later.setBriefing(BriefingDatabase::openSample(&error));
    QCOMPARE(later.lastStop(QStringLiteral("default")), std::optional<int>(2));
    QCOMPARE(later.lastRehearsal(QStringLiteral("default")), (QVector<int>{11, 12}));
}

void tst_LibraryPaths::versionOneLibraryIsBroughtUpToDate()
{
    QFile sql(test::testDataPath(QStringLiteral("library-v1.sql")));
    QVERIFY(sql.open(QIODevice::ReadOnly));
    QVERIFY(test::execSql(libraryPath(), QString::fromUtf8(sql.readAll())));
    QCOMPARE(rows(libraryPath(), QStringLiteral("PRAGMA user_version")), 1);
    // Read-only, it cannot be brought up to date: refused, untouched.
    QFile::setPermissions(libraryPath(), QFile::ReadOwner);
    if (!QFileInfo(libraryPath()).isWritable()) {
        const test::Fingerprint before = test::fingerprint(libraryPath());
        Library readOnly;
        QCOMPARE(readOnly.open(libraryPath()), Library::State::Off);
        QVERIFY(readOnly.problem().contains(QStringLiteral("brought up to date")));
        QVERIFY(test::fingerprint(libraryPath()) == before);
    }
    QFile::setPermissions(libraryPath(), QFile::ReadOwner | QFile::WriteOwner);

    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    QCOMPARE(rows(libraryPath(), QStringLiteral("PRAGMA user_version")), Library::schemaVersion);
    QCOMPARE(Library::schemaVersion, 2);
    const QVector<Note> notes = library.notes(QStringLiteral("us-guarantees-ukraine"));
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().text, QStringLiteral("Written before paths existed."));
    BriefingPath path = everyKind();
    QVERIFY2(library.savePath(QStringLiteral("us-guarantees-ukraine"), &path), qPrintable(library.problem()));
    QVERIFY(library.saveRehearsal(QStringLiteral("us-guarantees-ukraine"), path.id, {1, 2, 3, 4, 5}));
    QCOMPARE(library.paths(QStringLiteral("us-guarantees-ukraine")).first(), path);
    SqliteConnection check;
    QVERIFY(check.open(libraryPath(), SqliteConnection::Mode::ReadWrite));
    QSqlQuery q(check.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!q.next()); // the new tables' keys hold
}

void tst_LibraryPaths::exportedPathImportsOnceAndJunkIsRefused()
{
    OpenError error;
    const auto sample = BriefingDatabase::openSample(&error);
    QVERIFY2(sample, qPrintable(error.message));
    UserLibrary mine;
    QCOMPARE(mine.open(libraryPath()), Library::State::Ready);
    mine.setBriefing(sample);
    BriefingPath path = everyKind();
    QVERIFY(mine.savePath(&path));
    const QByteArray json = PathExchange::toJson(mine, path);
    QVERIFY(json.contains("\"briefing_id\": \"us-guarantees-ukraine\""));
    const QString fileName = m_dir->filePath(QStringLiteral("committee.path.json"));

    // A colleague's library: imported once, then "already there".
    UserLibrary colleague;
    QCOMPARE(colleague.open(m_dir->filePath(QStringLiteral("colleague.sqlite"))), Library::State::Ready);
    colleague.setBriefing(sample);
    PathExchange::ImportResult imported = PathExchange::importJson(colleague, json, fileName);
    QVERIFY2(imported.ok(), qPrintable(imported.problem));
    QCOMPARE(imported.outcome, PathExchange::ImportResult::Outcome::Added);
    QVERIFY(imported.warnings.isEmpty());
    QCOMPARE(imported.path.id, path.id);
    QCOMPARE(colleague.userPaths().first(), path);
    QCOMPARE(PathExchange::importJson(colleague, json, fileName).outcome, PathExchange::ImportResult::Outcome::AlreadyThere);
    QCOMPARE(colleague.userPaths().size(), 1);
    // The colleague changed their copy; my export of the same id comes in beside it.
    BriefingPath changed = colleague.userPaths().first();
    changed.stops.removeLast();
    QVERIFY(colleague.savePath(&changed));
    imported = PathExchange::importJson(colleague, json, fileName);
    QCOMPARE(imported.outcome, PathExchange::ImportResult::Outcome::Added);
    QVERIFY(imported.path.id != path.id);
    QCOMPARE(colleague.userPaths().size(), 2);
    QCOMPARE(colleague.userPath(path.id)->stops.size(), 4); // theirs, as they left it

    // Junk: refused with the file's name and what is wrong; nothing added.
    const QString other = m_dir->filePath(QStringLiteral("generated.briefing"));
    QVERIFY(test::writeGenerated(other, 20));
    const auto generated = BriefingDatabase::open(other, &error);
    QVERIFY(generated);
    const QByteArray foreign = PathJson::toBytes(path, generated->briefing().metadata.id, QStringLiteral("Synthetic"));
    QByteArray unknownKind = json;
    unknownKind.replace("\"kind\": \"timeline\"", "\"kind\": \"slide\"");
    BriefingPath lost;
    lost.title = QStringLiteral("Of another edition");
    PathStop gone;
    gone.kind = PathStop::Kind::Item;
    gone.itemId = QStringLiteral("no-such-guarantee");
    lost.stops = {gone, gone};
    const QByteArray missingItems = PathJson::toBytes(lost, sample->briefing().metadata.id);
    const QList<QPair<QByteArray, QString>> junk{
        {"not json at all", QStringLiteral("not JSON")},
        {R"({"format": "briefing-viewer-notes", "version": 1})", QStringLiteral("not a Briefing Viewer path")},
        {R"({"format": "briefing-viewer-path", "version": 7, "title": "x", "stops": []})", QStringLiteral("newer")},
        {R"({"format": "briefing-viewer-path", "version": 1, "title": "x", "stops": [{"kind": "overview"}]})",
         QStringLiteral("does not say which briefing")},
        {unknownKind, QStringLiteral("stop 4: 'kind' must be one of overview, item, chart, timeline, compare")},
        {foreign, QStringLiteral("a path for the briefing “Synthetic (")},
        {missingItems, QStringLiteral("none of the items")},
    };
    for (const auto &[bytes, expected] : junk) {
        const PathExchange::ImportResult refused = PathExchange::importJson(colleague, bytes, fileName);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.problem.contains(expected), qPrintable(refused.problem));
        QVERIFY2(refused.problem.contains(QDir::toNativeSeparators(fileName)), qPrintable(refused.problem));
    }
    QCOMPARE(colleague.userPaths().size(), 2);
}

void tst_LibraryPaths::killedWriterLosesNoSavedPath()
{
    QProcess writer;
    writer.start(QStringLiteral(LIBRARY_WRITER), {libraryPath(), QStringLiteral("1000"), QStringLiteral("paths")});
    QVERIFY(writer.waitForStarted());
    QStringList saved;
    QByteArray pending;
    QElapsedTimer timer;
    timer.start();
    auto take = [&](bool all) {
        const QList<QByteArray> lines = pending.split('\n');
        for (int i = 0; i < lines.size() - (all ? 0 : 1); ++i) {
            if (lines.at(i).startsWith("saved "))
                saved << QString::fromLatin1(lines.at(i).mid(6));
        }
        pending = all ? QByteArray() : lines.last();
    };
    while (saved.size() < 60 && timer.elapsed() < 60000 && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(1000);
        pending += writer.readAllStandardOutput();
        take(false);
    }
    QVERIFY2(writer.state() == QProcess::Running, "the writer finished before it could be killed; give it more paths");
    writer.kill(); // SIGKILL, mid-burst
    QVERIFY(writer.waitForFinished());
    pending += writer.readAllStandardOutput();
    take(true);
    QVERIFY(saved.size() >= 60);
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    for (const QString &id : std::as_const(saved)) {
        const auto path = library.path(QStringLiteral("burst-briefing"), id);
        QVERIFY2(path, qPrintable(id));
        QCOMPARE(path->stops.size(), 20);
        QCOMPARE(path->stops.last().notes, QStringLiteral("Say **19**."));
        QCOMPARE(library.rehearsals(QStringLiteral("burst-briefing"), id).size(), 1);
    }
    // Whatever was saved after the last report is whole too: no path without all its stops.
    QCOMPARE(rows(libraryPath(), QStringLiteral("SELECT count(*) FROM user_path p WHERE (SELECT count(*) FROM "
                                                "user_path_stop s WHERE s.path_id = p.id) != 20")), 0);
    QCOMPARE(rows(libraryPath(), QStringLiteral("SELECT count(*) FROM user_path")) >= saved.size(), true);
    SqliteConnection check;
    QVERIFY(check.open(libraryPath(), SqliteConnection::Mode::ReadWrite));
    QSqlQuery q(check.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(tst_LibraryPaths)
#include "tst_librarypaths.moc"
