// SPDX-License-Identifier: MIT
// The user's library at size: a library of COUNT notes over 100 briefings. Times saving a
// note (against a bare SQLite insert-and-commit in the same folder), searching one briefing's
// notes, and the Notes panel's first paint listing every briefing's notes.
// Usage: bench_library COUNT
//        bench_library --make LIBRARY BRIEFING COUNT
// The second form only writes a library of COUNT notes over 100 briefings at LIBRARY, one of
// them BRIEFING's, with notes on its real items and the briefing recorded as seen: the big
// library scripts/bench opens the large briefing with (large_first_paint_big_library_ratio).
#include "benchutil.h"
#include "file/briefingdatabase.h"
#include "library/userlibrary.h"
#include "models/selection.h"
#include "notes/notespanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QPixmap>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace bv;
using namespace bv::bench;

namespace {

int makeLibrary(const QString &path, const QString &briefingPath, int count)
{
    OpenError error;
    const auto database = BriefingDatabase::open(briefingPath, &error, false);
    if (!database) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(error.message));
        return 1;
    }
    const Briefing &b = database->briefing();
    Library library;
    if (library.open(path) != Library::State::Ready || !library.sawBriefing({b.metadata.id, b.metadata.title,
                                                                            b.metadata.edition, briefingPath, {}})) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(library.problem()));
        return 1;
    }
    constexpr int briefings = 100;
    const int events = int(b.events.size());
    for (int i = 0; i < count; ++i) {
        Note n;
        const bool ours = i % briefings == 0; // one briefing in a hundred is the one opened
        n.briefingId = ours ? b.metadata.id : QStringLiteral("briefing-%1").arg(i % briefings);
        n.itemId = ours && events > 0 ? b.events.id((i / briefings * 97) % events) : QStringLiteral("item-%1").arg(i / briefings);
        n.itemTitle = ours ? b.title(n.itemId) : QStringLiteral("Item %1 of a generated briefing").arg(i / briefings);
        n.text = QStringLiteral("Note %1: ask about the ratification timetable and the spending figures.").arg(i);
        if (!library.saveNote(&n)) {
            std::fprintf(stderr, "bench_library: %s\n", qPrintable(library.problem()));
            return 1;
        }
        if (ours && i % (briefings * 10) == 0)
            library.toggleBookmark(n.briefingId, n.itemId, n.itemTitle);
    }
    std::printf("library-notes %d\n", library.noteCount());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 5 && QByteArray(argv[1]) == "--make")
        return makeLibrary(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QByteArray(argv[4]).toInt());
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    constexpr int briefings = 100;
    QTemporaryDir dir;
    Library library;
    if (library.open(dir.filePath(QStringLiteral("library.sqlite"))) != Library::State::Ready) {
        std::fprintf(stderr, "bench_library: %s\n", qPrintable(library.problem()));
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        Note n;
        n.briefingId = QStringLiteral("briefing-%1").arg(i % briefings);
        n.itemId = QStringLiteral("item-%1").arg(i / briefings);
        n.itemTitle = QStringLiteral("Item %1 of a generated briefing").arg(i / briefings);
        n.text = QStringLiteral("Note %1: ask about the ratification timetable and the %2 figures.")
                     .arg(i).arg(i % 7 == 0 ? QStringLiteral("zeppelin") : QStringLiteral("spending"));
        if (!library.saveNote(&n))
            return 1;
    }
    // Saving a note into the full library, one transaction each, against the floor: a bare
    // insert and commit into a one-table WAL database beside it.
    QVector<double> saves, bare;
    for (int i = 0; i < 500; ++i) {
        Note n;
        n.briefingId = QStringLiteral("briefing-1");
        n.itemId = QStringLiteral("saved-%1").arg(i);
        n.text = QStringLiteral("A note saved while the library is full.");
        saves << milliseconds([&] { library.saveNote(&n); });
    }
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(dir.filePath(QStringLiteral("bare.sqlite"))).constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE t (id TEXT PRIMARY KEY, text TEXT)",
                 nullptr, nullptr, nullptr);
    for (int i = 0; i < 500; ++i) {
        const QByteArray sql = "BEGIN IMMEDIATE; INSERT INTO t VALUES ('" + QByteArray::number(i)
                               + "', 'A note saved while the library is full.'); COMMIT;";
        bare << milliseconds([&] { sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr); });
    }
    sqlite3_close(db);
    report("note_save_p95", percentile(saves, 0.95));
    report("note_save_bare_commit_p95", percentile(bare, 0.95));

    QVector<double> searches;
    for (int i = 0; i < 200; ++i) {
        const QString briefing = QStringLiteral("briefing-%1").arg(i % briefings);
        searches << milliseconds([&] { library.searchNotes(i % 2 ? QStringLiteral("zeppelin") : QStringLiteral("ratif"), briefing); });
    }
    report("notes_search_p95", percentile(searches, 0.95));

    UserLibrary user;
    if (user.open(library.path()) != Library::State::Ready)
        return 1;
    Selection selection;
    const double panel = milliseconds([&] {
        NotesPanel notes(&selection, &user);
        notes.findChild<QCheckBox *>(QStringLiteral("notesAllBriefings"))->setChecked(true);
        notes.resize(400, 600);
        const QPixmap painted = notes.grab();
        if (painted.isNull())
            std::exit(1);
    });
    report("notes_panel_first_paint_100k", panel);
    return 0;
}
