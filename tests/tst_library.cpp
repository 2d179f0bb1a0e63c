// SPDX-License-Identifier: MIT
// The user's library: its file, notes keyed by briefing and item id across copies and
// editions, changed-text detection, orphans, export and import, bookmarks, positions, damage,
// a writer killed mid-burst, deep links; and never a byte of a briefing file changed.
#include "file/briefingdatabase.h"
#include "file/sqliteconnection.h"
#include "library/deeplink.h"
#include "library/itemtext.h"
#include "library/library.h"
#include "library/noteexchange.h"
#include "testfiles.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_Library : public QObject
{
    Q_OBJECT
private slots:
    void init();
    QString briefingPath(const QString &name) const;
    void newLibraryIsVersionedWalWithForeignKeys();
    void notesFollowTheBriefingIdNotThePath();
    void aChangedItemIsTold();
    void orphanedNotesAreKept();
    void exportAndImportMergeByNoteId();
    void importRefusesWhatIsNotNotes();
    void bookmarksAndPositions();
    void searchFoldsCaseAndDiacriticsAndTakesInputLiterally();
    void damagedLibraryIsLeftAloneUntilMovedAside();
    void newerOrForeignLibraryIsRefused();
    void readOnlyLibraryIsReadable();
    void killedWriterLosesNoSavedNote();
    void deepLinksRoundTrip();
    void hostileDeepLinksAreRefused_data();
    void hostileDeepLinksAreRefused();
    void briefingToolWritesAndPrintsNotes();

private:
    QString libraryPath() const { return m_dir->filePath(QStringLiteral("library.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Library::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

// Briefings in a folder of their own: the library's -wal and -shm beside them would change
// their fingerprint (which checks that nothing appears beside a briefing).
QString tst_Library::briefingPath(const QString &name) const
{
    QDir(m_dir->path()).mkpath(QStringLiteral("briefings"));
    return m_dir->filePath(QStringLiteral("briefings/") + name);
}

void tst_Library::newLibraryIsVersionedWalWithForeignKeys()
{
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    QVERIFY(QFile::exists(libraryPath()));
    Note n{QString(), QStringLiteral("b"), QStringLiteral("i"), QStringLiteral("Item"), QStringLiteral("text"),
           QString(), QString(), QString(), {}, {}};
    QVERIFY(library.saveNote(&n));
    QVERIFY(!n.id.isEmpty());
    QVERIFY(n.created.isValid());
    SqliteConnection check;
    QVERIFY(check.open(libraryPath(), SqliteConnection::Mode::ReadWrite));
    QSqlQuery q(check.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), Library::schemaVersion);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    // Foreign keys hold: a note's briefing row was made with it.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM briefing WHERE briefing_id = 'b'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Reopening an up-to-date library changes nothing and keeps the note.
    Library again;
    QCOMPARE(again.open(libraryPath()), Library::State::Ready);
    QCOMPARE(again.noteCount(), 1);
}

void tst_Library::notesFollowTheBriefingIdNotThePath()
{
    const QString original = briefingPath(QStringLiteral("sample.briefing"));
    QVERIFY(test::writeSample(original));
    const test::Fingerprint before = test::fingerprint(original);
    OpenError error;
    auto database = BriefingDatabase::open(original, &error);
    QVERIFY2(database, qPrintable(error.message));
    const Briefing &b = database->briefing();
    const QString item = b.guarantees.at(0).id;
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    QVERIFY(library.sawBriefing({b.metadata.id, b.metadata.title, b.metadata.edition, original, {}}));
    Note n;
    n.briefingId = b.metadata.id;
    n.itemId = item;
    n.itemTitle = b.title(item);
    n.text = QStringLiteral("Ask about the Senate.");
    n.itemText = ItemText::of(*database, item);
    n.itemHash = ItemText::hash(n.itemText);
    QVERIFY(!n.itemText.isEmpty());
    QVERIFY(library.saveNote(&n));
    database.reset();

    // A renamed copy in another folder is the same briefing.
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("elsewhere")));
    const QString copy = m_dir->filePath(QStringLiteral("elsewhere/renamed.briefing"));
    QVERIFY(QFile::copy(original, copy));
    auto copied = BriefingDatabase::open(copy, &error);
    QVERIFY2(copied, qPrintable(error.message));
    const auto found = library.noteFor(copied->briefing().metadata.id, item);
    QVERIFY(found);
    QCOMPARE(found->text, n.text);
    QCOMPARE(found->itemHash, ItemText::hash(ItemText::of(*copied, item))); // unchanged item
    // The library's record of where the briefing was follows the last open.
    // (`b` went with `database`: the copy's metadata, the same briefing's.)
    const Metadata &m = copied->briefing().metadata;
    QVERIFY(library.sawBriefing({m.id, m.title, m.edition, copy, {}}));
    QCOMPARE(library.seenBriefing(m.id)->path, copy);
    copied.reset();
    QVERIFY(test::fingerprint(original) == before); // the briefing file was never touched
}

void tst_Library::aChangedItemIsTold()
{
    const QString first = briefingPath(QStringLiteral("edition1.briefing"));
    QVERIFY(test::writeSample(first));
    OpenError error;
    auto one = BriefingDatabase::open(first, &error);
    QVERIFY2(one, qPrintable(error.message));
    const QString item = one->briefing().guarantees.at(0).id;
    const QString oldText = ItemText::of(*one, item);
    one.reset();
    // Edition 2 of the same briefing changes the guarantee's status.
    const QString second = briefingPath(QStringLiteral("edition2.briefing"));
    QVERIFY(test::writeSample(second));
    QVERIFY(test::execSql(second, QStringLiteral("UPDATE briefing SET edition = 'second'; "
                                                 "UPDATE guarantee SET status = 'Signed' WHERE id = '") + item + QStringLiteral("'")));
    auto two = BriefingDatabase::open(second, &error);
    QVERIFY2(two, qPrintable(error.message));
    const QString newText = ItemText::of(*two, item);
    QVERIFY(newText != oldText);
    QVERIFY(newText.contains(QStringLiteral("status: Signed")));
    QVERIFY(ItemText::hash(newText) != ItemText::hash(oldText));
    // The content language does not count as a change: the hash reads the source text.
    auto german = BriefingDatabase::open(first, &error, true, QStringLiteral("de"));
    QVERIFY2(german, qPrintable(error.message));
    QCOMPARE(ItemText::of(*german, item), oldText);
}

void tst_Library::orphanedNotesAreKept()
{
    const QString path = briefingPath(QStringLiteral("sample.briefing"));
    QVERIFY(test::writeSample(path));
    OpenError error;
    auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    Note gone;
    gone.briefingId = database->briefing().metadata.id;
    gone.itemId = QStringLiteral("an-item-removed-in-a-later-edition");
    gone.itemTitle = QStringLiteral("Removed item");
    gone.text = QStringLiteral("Still mine.");
    QVERIFY(library.saveNote(&gone));
    QVERIFY(ItemText::of(*database, gone.itemId).isEmpty()); // what tells an orphan
    const QVector<Note> notes = library.notes(database->briefing().metadata.id);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().itemTitle, QStringLiteral("Removed item"));
}

void tst_Library::exportAndImportMergeByNoteId()
{
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    for (int i = 0; i < 3; ++i) {
        Note n;
        n.briefingId = QStringLiteral("brief");
        n.itemId = QStringLiteral("item-%1").arg(i);
        n.itemTitle = QStringLiteral("Item “%1”").arg(i);
        n.text = QStringLiteral("Note *%1*").arg(i);
        QVERIFY(library.saveNote(&n));
    }
    const QVector<Note> notes = library.notes(QStringLiteral("brief"));
    const QByteArray json = NoteExchange::toJson({QStringLiteral("brief"), QStringLiteral("Brief"), QStringLiteral("1"), {}, {}}, notes);
    const QString md = NoteExchange::toMarkdown(QStringLiteral("Brief"), notes);
    QVERIFY(md.contains(QStringLiteral("## Item “1”")));
    QVERIFY(md.contains(QStringLiteral("Note *2*")));

    Library other;
    QCOMPARE(other.open(m_dir->filePath(QStringLiteral("other.sqlite"))), Library::State::Ready);
    NoteExchange::ImportResult result = NoteExchange::importJson(other, json);
    QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    QCOMPARE(result.added, 3);
    result = NoteExchange::importJson(other, json);
    QCOMPARE(result.added, 0);
    QCOMPARE(result.unchanged, 3);
    QCOMPARE(other.noteCount(), 3);
    // A later edit of one note, imported, updates it.
    Note edited = notes.at(1);
    edited.text = QStringLiteral("Edited");
    QTest::qWait(5); // a later time of change
    QVERIFY(library.saveNote(&edited));
    QVERIFY(edited.modified > notes.at(1).modified);
    result = NoteExchange::importJson(other, NoteExchange::toJson({}, library.notes(QStringLiteral("brief"))));
    QCOMPARE(result.updated, 1);
    QCOMPARE(result.unchanged, 2);
    QCOMPARE(other.note(edited.id)->text, QStringLiteral("Edited"));
    QCOMPARE(other.noteCount(), 3);
}

void tst_Library::importRefusesWhatIsNotNotes()
{
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    QVERIFY(!NoteExchange::importJson(library, "not json").problem.isEmpty());
    QVERIFY(!NoteExchange::importJson(library, R"({"format":"other"})").problem.isEmpty());
    QVERIFY(!NoteExchange::importJson(library, R"({"format":"briefing-viewer-notes","version":99})").problem.isEmpty());
    const auto incomplete = NoteExchange::importJson(
        library, R"({"format":"briefing-viewer-notes","version":1,"notes":[{"id":"x","text":"t"}]})");
    QVERIFY(incomplete.problem.contains(QStringLiteral("incomplete")));
    QCOMPARE(library.noteCount(), 0);
}

void tst_Library::bookmarksAndPositions()
{
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    QVERIFY(library.toggleBookmark(QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("X")));
    QVERIFY(library.isBookmarked(QStringLiteral("b"), QStringLiteral("x")));
    QCOMPARE(library.bookmarks(QStringLiteral("b")).size(), 1);
    QVERIFY(!library.toggleBookmark(QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("X")));
    QVERIFY(library.bookmarks(QStringLiteral("b")).isEmpty());
    ReadingPosition p;
    p.briefingId = QStringLiteral("b");
    p.currentItem = QStringLiteral("y");
    p.history = {QStringLiteral("b"), QStringLiteral("x"), QStringLiteral("y")};
    p.historyPosition = 2;
    p.viewState = R"({"timeline":[1,2]})";
    QVERIFY(library.savePosition(p));
    const auto read = library.position(QStringLiteral("b"));
    QVERIFY(read);
    QCOMPARE(read->currentItem, QStringLiteral("y"));
    QCOMPARE(read->history, p.history);
    QCOMPARE(read->historyPosition, 2);
    QCOMPARE(read->viewState, p.viewState);
    QVERIFY(!library.position(QStringLiteral("unknown")));
}

void tst_Library::searchFoldsCaseAndDiacriticsAndTakesInputLiterally()
{
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    Note a{QString(), QStringLiteral("b1"), QStringLiteral("i1"), QStringLiteral("Ratification"),
           QStringLiteral("Ask the Café about 100% of it"), QString(), QString(), QString(), {}, {}};
    Note c{QString(), QStringLiteral("b2"), QStringLiteral("i2"), QStringLiteral("Other"),
           QStringLiteral("cafe elsewhere"), QString(), QString(), QString(), {}, {}};
    QVERIFY(library.saveNote(&a));
    QVERIFY(library.saveNote(&c));
    QCOMPARE(library.searchNotes(QStringLiteral("CAFE")).size(), 2);
    QCOMPARE(library.searchNotes(QStringLiteral("cafe"), QStringLiteral("b1")).size(), 1);
    QCOMPARE(library.searchNotes(QStringLiteral("ratification cafe")).size(), 1); // title and text
    QCOMPARE(library.searchNotes(QStringLiteral("100%")).size(), 1);
    QCOMPARE(library.searchNotes(QStringLiteral("%")).size(), 1); // not a pattern
    QCOMPARE(library.searchNotes(QStringLiteral("_")).size(), 0);
    QCOMPARE(library.searchNotes(QStringLiteral("') OR 1=1 --")).size(), 0);
    QVERIFY(library.searchNotes(QString()).isEmpty());
}

void tst_Library::damagedLibraryIsLeftAloneUntilMovedAside()
{
    QByteArray garbage("SQLite format 3");
    garbage.append('\0');
    garbage.append(QByteArray(8192, '\x5a'));
    QVERIFY(test::writeBytes(libraryPath(), garbage));
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Off);
    QVERIFY2(library.problem().contains(QStringLiteral("damaged")), qPrintable(library.problem()));
    QVERIFY(library.problem().contains(QDir::toNativeSeparators(libraryPath())));
    QVERIFY(!library.canWrite());
    Note n;
    n.briefingId = QStringLiteral("b");
    n.itemId = QStringLiteral("i");
    QVERIFY(!library.saveNote(&n));
    QFile file(libraryPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage); // never overwritten
    file.close();
    // Only when the user agrees: moved aside with a date, a new library started.
    QCOMPARE(library.moveAsideAndStartNew(), Library::State::Ready);
    const QStringList aside = QDir(m_dir->path()).entryList({QStringLiteral("library.sqlite.damaged-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(m_dir->filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);
    QVERIFY(library.saveNote(&n));
}

void tst_Library::newerOrForeignLibraryIsRefused()
{
    {
        Library library;
        QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    }
    QVERIFY(test::execSql(libraryPath(), QStringLiteral("PRAGMA user_version = 7")));
    Library newer;
    QCOMPARE(newer.open(libraryPath()), Library::State::Off);
    QVERIFY2(newer.problem().contains(QStringLiteral("newer")), qPrintable(newer.problem()));

    const QString foreign = m_dir->filePath(QStringLiteral("foreign.sqlite"));
    QVERIFY(test::execSql(foreign, QStringLiteral("CREATE TABLE t (x)")));
    const test::Fingerprint before = test::fingerprint(foreign);
    Library other;
    QCOMPARE(other.open(foreign), Library::State::Off);
    QVERIFY2(other.problem().contains(QStringLiteral("not a Briefing Viewer library")), qPrintable(other.problem()));
    QVERIFY(test::fingerprint(foreign) == before);
}

void tst_Library::readOnlyLibraryIsReadable()
{
    {
        Library library;
        QCOMPARE(library.open(libraryPath()), Library::State::Ready);
        Note n{QString(), QStringLiteral("b"), QStringLiteral("i"), QString(), QStringLiteral("kept"),
               QString(), QString(), QString(), {}, {}};
        QVERIFY(library.saveNote(&n));
    }
    QFile::setPermissions(libraryPath(), QFile::ReadOwner);
    if (QFileInfo(libraryPath()).isWritable())
        QSKIP("running as a user who can write any file (root): a read-only file cannot be made");
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::ReadOnly);
    QVERIFY(library.problem().contains(QStringLiteral("read-only")));
    QCOMPARE(library.notes(QStringLiteral("b")).size(), 1);
    Note n;
    n.briefingId = QStringLiteral("b");
    n.itemId = QStringLiteral("j");
    QVERIFY(!library.saveNote(&n));
}

void tst_Library::killedWriterLosesNoSavedNote()
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::SeparateChannels);
    writer.start(QStringLiteral(LIBRARY_WRITER), {libraryPath(), QStringLiteral("1000")});
    QVERIFY(writer.waitForStarted());
    QStringList saved;
    QByteArray pending;
    QElapsedTimer timer;
    timer.start();
    while (saved.size() < 150 && timer.elapsed() < 60000) {
        writer.waitForReadyRead(1000);
        pending += writer.readAllStandardOutput();
        while (pending.contains('\n')) {
            const int end = int(pending.indexOf('\n'));
            const QByteArray line = pending.left(end);
            pending.remove(0, end + 1);
            if (line.startsWith("saved "))
                saved << QString::fromLatin1(line.mid(6));
        }
        if (writer.state() == QProcess::NotRunning)
            break;
    }
    QVERIFY2(writer.state() == QProcess::Running, "the writer finished before it could be killed; give it more notes");
    writer.kill(); // SIGKILL, mid-burst
    QVERIFY(writer.waitForFinished());
    pending += writer.readAllStandardOutput();
    for (const QByteArray &line : pending.split('\n')) {
        if (line.startsWith("saved "))
            saved << QString::fromLatin1(line.mid(6));
    }
    QVERIFY(saved.size() >= 150);
    Library library;
    QCOMPARE(library.open(libraryPath()), Library::State::Ready);
    for (const QString &id : std::as_const(saved))
        QVERIFY2(library.note(id), qPrintable(id));
    QVERIFY(library.noteCount() >= saved.size());
    SqliteConnection check;
    QVERIFY(check.open(libraryPath(), SqliteConnection::Mode::ReadWrite));
    QSqlQuery q(check.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
}

void tst_Library::deepLinksRoundTrip()
{
    const DeepLink link{QStringLiteral("us-guarantees-2025"), QStringLiteral("series/odd@2024 Q1 — ü")};
    const QString text = link.toString();
    QVERIFY(text.startsWith(QStringLiteral("briefing://us-guarantees-2025/")));
    QVERIFY(text.contains(QStringLiteral("%2F")));
    QVERIFY(!text.contains(QLatin1Char(' ')));
    QString problem;
    const auto parsed = DeepLink::parse(text, &problem);
    QVERIFY2(parsed, qPrintable(problem));
    QCOMPARE(parsed->briefingId, link.briefingId);
    QCOMPARE(parsed->itemId, link.itemId);
    const auto briefingOnly = DeepLink::parse(QStringLiteral("briefing://brief"));
    QVERIFY(briefingOnly);
    QVERIFY(briefingOnly->itemId.isEmpty());
    QVERIFY(DeepLink::parse(QStringLiteral("BRIEFING://brief/item/")));
}

void tst_Library::hostileDeepLinksAreRefused_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("other scheme") << QStringLiteral("https://example.org/x");
    QTest::newRow("file scheme") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("no briefing") << QStringLiteral("briefing:///item");
    QTest::newRow("dot dot briefing") << QStringLiteral("briefing://../item");
    QTest::newRow("dot dot item") << QStringLiteral("briefing://brief/..");
    QTest::newRow("path") << QStringLiteral("briefing://brief/a/b");
    QTest::newRow("bad escape") << QStringLiteral("briefing://brief/%zz");
    QTest::newRow("cut escape") << QStringLiteral("briefing://brief/%4");
    QTest::newRow("invalid utf-8") << QStringLiteral("briefing://brief/%ff%fe");
    QTest::newRow("control") << QStringLiteral("briefing://brief/a%00b");
    QTest::newRow("bidi override") << QStringLiteral("briefing://brief/a%E2%80%AEb");
    QTest::newRow("query") << QStringLiteral("briefing://brief/item?x=1");
    QTest::newRow("overlong") << QStringLiteral("briefing://brief/") + QString(5000, QLatin1Char('a'));
}

void tst_Library::hostileDeepLinksAreRefused()
{
    QFETCH(QString, link);
    QString problem;
    QVERIFY(!DeepLink::parse(link, &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(problem.size() < 600); // an overlong link is not echoed whole
}

void tst_Library::briefingToolWritesAndPrintsNotes()
{
    const QString path = briefingPath(QStringLiteral("sample.briefing"));
    QVERIFY(test::writeSample(path));
    const test::Fingerprint before = test::fingerprint(path);
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    const QString item = database->briefing().faq.at(0).id;
    auto tool = [&](const QStringList &arguments, QByteArray *output) {
        QProcess process;
        process.start(QStringLiteral(BRIEFING_TOOL), arguments + QStringList{QStringLiteral("--library"), libraryPath()});
        process.waitForFinished(60000);
        *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    QByteArray output;
    QCOMPARE(tool({QStringLiteral("note"), path, item, QStringLiteral("Bring the **treaty** text.")}, &output), 0);
    QVERIFY2(output.contains("Saved note"), output.constData());
    QCOMPARE(tool({QStringLiteral("note"), path, QStringLiteral("no-such-item"), QStringLiteral("x")}, &output), 1);
    QVERIFY(output.contains("no-such-item"));
    QCOMPARE(tool({QStringLiteral("notes"), path}, &output), 0);
    QVERIFY(output.contains("Bring the **treaty** text."));
    QVERIFY(output.contains(database->briefing().faq.at(0).question.toUtf8()));
    QCOMPARE(tool({QStringLiteral("notes"), path, QStringLiteral("--format"), QStringLiteral("json")}, &output), 0);
    const QString exported = m_dir->filePath(QStringLiteral("notes.json"));
    QVERIFY(test::writeBytes(exported, output));
    QCOMPARE(tool({QStringLiteral("import-notes"), exported}, &output), 0);
    QVERIFY2(output.contains("1 already there"), output.constData());
    QVERIFY(test::fingerprint(path) == before);
}

QTEST_GUILESS_MAIN(tst_Library)
#include "tst_library.moc"
