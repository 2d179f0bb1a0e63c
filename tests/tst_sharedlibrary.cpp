// SPDX-License-Identifier: MIT
// Two viewers on one library at once: two UserLibrary objects on the same file in this
// process (each its own SQLite connection, as two windows of two processes have), note
// editors typed into as a user types, and other processes (librarywriter, briefing-tool
// note) writing at the same time. Both write notes; neither loses the other's, neither
// reports damage; what one writes appears in the other when it next looks.
#include "file/briefingdatabase.h"
#include "file/sqliteconnection.h"
#include "library/userlibrary.h"
#include "models/selection.h"
#include "notes/noteeditor.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

namespace {

const QString dayton = QStringLiteral("event-dayton-1995");
const QString bloc = QStringLiteral("scenario-guarantee-bloc");
const QString senate = QStringLiteral("faq-senate");

QString integrity(const QString &path)
{
    SqliteConnection check;
    if (!check.open(path, SqliteConnection::Mode::ReadWrite))
        return check.errorText();
    QSqlQuery q(check.database());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString() : QStringLiteral("failed");
}

QStringList textsOn(const Library &library, const QString &briefingId, const QString &itemId)
{
    QStringList texts;
    for (const Note &n : library.notes(briefingId)) {
        if (n.itemId == itemId)
            texts << n.text;
    }
    texts.sort();
    return texts;
}

} // namespace

class tst_SharedLibrary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void eachSeesTheOthersNotes();
    void anEditNeverOverwritesTheOthers();
    void twoEditorsTypingOnOneNote();
    void otherProcessesWriteAtTheSameTime();

private:
    QString m_path;        // the library both share
    QString m_briefingPath;
    std::shared_ptr<BriefingDatabase> m_briefing;
    QTemporaryDir m_dir;
    int m_round = 0;
};

void tst_SharedLibrary::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sharedlibrary"));
    m_briefingPath = m_dir.filePath(QStringLiteral("sample.briefing"));
    QVERIFY(test::writeSample(m_briefingPath));
    OpenError error;
    m_briefing = BriefingDatabase::open(m_briefingPath, &error);
    QVERIFY2(m_briefing, qPrintable(error.message));
}

void tst_SharedLibrary::init()
{
    m_path = m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_round));
}

void tst_SharedLibrary::eachSeesTheOthersNotes()
{
    UserLibrary a, b;
    QSignalSpy problemsA(&a, &UserLibrary::problemOccurred), problemsB(&b, &UserLibrary::problemOccurred);
    QCOMPARE(a.open(m_path), Library::State::Ready);
    QCOMPARE(b.open(m_path), Library::State::Ready);
    a.setBriefing(m_briefing);
    b.setBriefing(m_briefing);
    QVERIFY(a.saveNote(dayton, QStringLiteral("Written in the first window.")));
    // Each sees the other's when it next looks: at once when asked, else within the refresh.
    QVERIFY(!b.hasNote(dayton));
    QVERIFY(b.refresh());
    QVERIFY(b.hasNote(dayton));
    QCOMPARE(b.noteFor(dayton)->text, QStringLiteral("Written in the first window."));
    QVERIFY(!b.refresh()); // nothing new
    QVERIFY(b.saveNote(bloc, QStringLiteral("Written in the second window.")));
    QVERIFY(b.toggleBookmark(senate));
    QSignalSpy changedA(&a, &UserLibrary::notesChanged);
    QTRY_VERIFY_WITH_TIMEOUT(a.hasNote(bloc), UserLibrary::refreshIntervalMs * 3); // its own timer
    QVERIFY(changedA.count() >= 1);
    QVERIFY(a.isBookmarked(senate));
    // A reading position saved by one is nothing the other's views show: no reload for it.
    ReadingPosition position;
    position.briefingId = m_briefing->briefing().metadata.id;
    position.currentItem = bloc;
    QVERIFY(b.savePosition(position));
    QVERIFY(!a.refresh());
    QCOMPARE(a.position()->currentItem, bloc);
    QCOMPARE(problemsA.count(), 0);
    QCOMPARE(problemsB.count(), 0);
    QCOMPARE(a.store().state(), Library::State::Ready);
    QCOMPARE(b.store().state(), Library::State::Ready);
    QCOMPARE(integrity(m_path), QStringLiteral("ok"));
}

void tst_SharedLibrary::anEditNeverOverwritesTheOthers()
{
    UserLibrary a, b;
    QSignalSpy problemsA(&a, &UserLibrary::problemOccurred), problemsB(&b, &UserLibrary::problemOccurred);
    QCOMPARE(a.open(m_path), Library::State::Ready);
    QCOMPARE(b.open(m_path), Library::State::Ready);
    a.setBriefing(m_briefing);
    b.setBriefing(m_briefing);
    const QString id = m_briefing->briefing().metadata.id;

    // Both read the same note; the first saves an edit, then the second saves its own edit
    // of the text it read: the first's stays, the second's is saved beside it.
    QVERIFY(a.saveNote(dayton, QStringLiteral("First text.")));
    b.refresh();
    UserLibrary::Edit editA{a.noteFor(dayton)}, editB{b.noteFor(dayton)};
    QVERIFY(editA.read && editB.read && editA.read->id == editB.read->id);
    QTest::qWait(2); // the edits are a moment apart, as typing is
    QVERIFY(a.saveEdit(dayton, QStringLiteral("First window's edit."), &editA));
    QVERIFY(!editA.besideOther);
    QVERIFY(b.saveEdit(dayton, QStringLiteral("Second window's edit."), &editB));
    QVERIFY(editB.besideOther);
    QCOMPARE(textsOn(a.store(), id, dayton), (QStringList{QStringLiteral("First window's edit."), QStringLiteral("Second window's edit.")}));
    QVERIFY(editB.read->id != editA.read->id);
    // Each goes on editing its own note.
    QVERIFY(a.saveEdit(dayton, QStringLiteral("First window's edit, again."), &editA) && !editA.besideOther);
    QVERIFY(b.saveEdit(dayton, QStringLiteral("Second window's edit, again."), &editB) && !editB.besideOther);
    QCOMPARE(textsOn(a.store(), id, dayton).size(), 2);

    // One deletes a note the other changed after it was read: it stays.
    QVERIFY(a.saveNote(bloc, QStringLiteral("To be deleted?")));
    b.refresh();
    UserLibrary::Edit deleting{b.noteFor(bloc)};
    QTest::qWait(2);
    QVERIFY(a.saveNote(bloc, QStringLiteral("Changed meanwhile: keep me.")));
    QVERIFY(b.saveEdit(bloc, QString(), &deleting));
    QVERIFY(deleting.keptChanged);
    QCOMPARE(textsOn(a.store(), id, bloc), QStringList{QStringLiteral("Changed meanwhile: keep me.")});
    // Read afresh, the deletion goes through.
    b.refresh();
    UserLibrary::Edit again{b.noteFor(bloc)};
    QVERIFY(b.saveEdit(bloc, QString(), &again) && !again.keptChanged && !again.read);
    QVERIFY(textsOn(a.store(), id, bloc).isEmpty());

    // Both write a first note on the same item, neither knowing of the other's: both kept.
    UserLibrary::Edit newA, newB;
    QVERIFY(a.saveEdit(senate, QStringLiteral("Mine, from the first."), &newA) && !newA.besideOther);
    QVERIFY(b.saveEdit(senate, QStringLiteral("Mine, from the second."), &newB) && newB.besideOther);
    QCOMPARE(textsOn(a.store(), id, senate).size(), 2);

    QCOMPARE(problemsA.count(), 0);
    QCOMPARE(problemsB.count(), 0);
    QCOMPARE(integrity(m_path), QStringLiteral("ok"));
}

void tst_SharedLibrary::twoEditorsTypingOnOneNote()
{
    UserLibrary a, b;
    QCOMPARE(a.open(m_path), Library::State::Ready);
    QCOMPARE(b.open(m_path), Library::State::Ready);
    Selection selectionA, selectionB;
    selectionA.setDatabase(m_briefing);
    selectionB.setDatabase(m_briefing);
    a.setBriefing(m_briefing);
    b.setBriefing(m_briefing);
    QWidget window; // the two editors side by side, as two windows on one screen
    auto &editorA = *new NoteEditor(&selectionA, &a, &window);
    auto &editorB = *new NoteEditor(&selectionB, &b, &window);
    editorB.move(420, 0);
    editorA.resize(400, 300);
    editorB.resize(400, 300);
    window.resize(840, 320);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    selectionA.select(dayton);
    selectionB.select(dayton);
    auto *textA = editorA.findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
    auto *textB = editorB.findChild<QPlainTextEdit *>(QStringLiteral("noteText"));

    QTest::mouseClick(textA->viewport(), Qt::LeftButton);
    QTest::keyClicks(textA, QStringLiteral("From the first window"));
    QTRY_COMPARE(editorA.statusText(), QStringLiteral("Saved"));
    // The second editor shows it once its library looks again (not typing there).
    QTRY_COMPARE_WITH_TIMEOUT(textB->toPlainText(), QStringLiteral("From the first window"), UserLibrary::refreshIntervalMs * 3);

    // Both type on it: the first, then the second before it has looked again.
    QTest::mouseClick(textA->viewport(), Qt::LeftButton);
    QTest::keyClick(textA, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(textA, QStringLiteral(", edited"));
    QTest::mouseClick(textB->viewport(), Qt::LeftButton); // the first loses the keyboard: saved
    QCOMPARE(editorA.statusText(), QStringLiteral("Saved"));
    QTest::keyClick(textB, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(textB, QStringLiteral(", and the second's words"));
    QTRY_VERIFY(editorB.statusText().startsWith(QStringLiteral("Saved beside a note written elsewhere")));
    const QString id = m_briefing->briefing().metadata.id;
    QCOMPARE(textsOn(a.store(), id, dayton),
             (QStringList{QStringLiteral("From the first window, and the second's words"),
                          QStringLiteral("From the first window, edited")}));
    // The second keeps editing its own note; the first's is untouched.
    QTest::keyClicks(textB, QStringLiteral("."));
    QTRY_COMPARE(editorB.statusText(), QStringLiteral("Saved"));
    QCOMPARE(textsOn(a.store(), id, dayton),
             (QStringList{QStringLiteral("From the first window, and the second's words."),
                          QStringLiteral("From the first window, edited")}));
    QCOMPARE(integrity(m_path), QStringLiteral("ok"));
}

void tst_SharedLibrary::otherProcessesWriteAtTheSameTime()
{
    UserLibrary a, b;
    QSignalSpy problemsA(&a, &UserLibrary::problemOccurred), problemsB(&b, &UserLibrary::problemOccurred);
    QCOMPARE(a.open(m_path), Library::State::Ready);
    QCOMPARE(b.open(m_path), Library::State::Ready);
    a.setBriefing(m_briefing);
    b.setBriefing(m_briefing);
    // Two processes write 300 notes each as fast as they can, and briefing-tool adds notes,
    // while both viewers here write theirs.
    QList<QProcess *> writers;
    for (int i = 0; i < 2; ++i) {
        auto *writer = new QProcess(this);
        writer->start(QStringLiteral(LIBRARY_WRITER), {m_path, QStringLiteral("300")});
        QVERIFY(writer->waitForStarted());
        writers << writer;
    }
    QList<QProcess *> tools;
    for (int i = 0; i < 3; ++i) {
        auto *tool = new QProcess(this);
        tool->start(QStringLiteral(BRIEFING_TOOL), {QStringLiteral("note"), m_briefingPath, senate,
                                                     QStringLiteral("From briefing-tool %1").arg(i), QStringLiteral("--library"), m_path});
        QVERIFY(tool->waitForStarted());
        tools << tool;
    }
    const QList<QString> items{dayton, bloc, QStringLiteral("event-ransomware-2022"), QStringLiteral("faq-senate")};
    int savedA = 0, savedB = 0;
    QHash<QString, UserLibrary::Edit> editsA, editsB; // as each one's editor keeps them
    for (int i = 0; i < 60; ++i) {
        // Each edits a note on items of its own (one note per item: the last text stands).
        const QString itemA = items.at(i % 2), itemB = items.at(2 + i % 2);
        savedA += a.saveEdit(itemA, QStringLiteral("First %1").arg(i), &editsA[itemA]) ? 1 : 0;
        savedB += b.saveEdit(itemB, QStringLiteral("Second %1").arg(i), &editsB[itemB]) ? 1 : 0;
    }
    QCOMPARE(savedA, 60);
    QCOMPARE(savedB, 60);
    QStringList saved;
    for (QProcess *writer : std::as_const(writers)) {
        QVERIFY(writer->waitForFinished(120000));
        QCOMPARE(writer->exitCode(), 0);
        for (const QByteArray &line : writer->readAllStandardOutput().split('\n')) {
            if (line.startsWith("saved "))
                saved << QString::fromLatin1(line.mid(6));
        }
    }
    for (QProcess *tool : std::as_const(tools)) {
        QVERIFY(tool->waitForFinished(120000));
        QVERIFY2(tool->exitCode() == 0, tool->readAllStandardError().constData());
    }
    QCOMPARE(saved.size(), 600);
    Library check;
    QCOMPARE(check.open(m_path), Library::State::Ready);
    for (const QString &noteId : std::as_const(saved))
        QVERIFY2(check.note(noteId), qPrintable(noteId));
    const QString id = m_briefing->briefing().metadata.id;
    QCOMPARE(textsOn(check, id, dayton), QStringList{QStringLiteral("First 58")});
    QCOMPARE(textsOn(check, id, bloc), QStringList{QStringLiteral("First 59")});
    QCOMPARE(textsOn(check, id, QStringLiteral("event-ransomware-2022")), QStringList{QStringLiteral("Second 58")});
    // The item the second viewer and briefing-tool both wrote on: its note's last text beside
    // the tool's three.
    const QStringList onSenate = textsOn(check, id, senate);
    QCOMPARE(onSenate.size(), 4);
    QVERIFY(onSenate.contains(QStringLiteral("Second 59")));
    QVERIFY(onSenate.contains(QStringLiteral("From briefing-tool 2")));
    QCOMPARE(check.noteCount(), 600 + 3 + 4);
    QCOMPARE(problemsA.count(), 0);
    QCOMPARE(problemsB.count(), 0);
    QCOMPARE(a.store().state(), Library::State::Ready);
    QCOMPARE(b.store().state(), Library::State::Ready);
    QCOMPARE(integrity(m_path), QStringLiteral("ok"));
}

QTEST_MAIN(tst_SharedLibrary)
#include "tst_sharedlibrary.moc"
