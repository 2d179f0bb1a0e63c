// SPDX-License-Identifier: MIT
// briefing-tool's writer replaces a file atomically: written under a name of its own beside
// the target, flushed, renamed over it. The old file stays as it was until the new one is in
// place, an existing "<target>.part" (anyone's) is never touched, and every failure leaves
// the folder as it was, with a message saying what went wrong.
//
// Tests run as root here, where a read-only folder is writable all the same: the failures of
// the file system are injected (FileReplacement::failNextAt, as the system would answer),
// SQLite's "disk full" comes from a page limit on the connection, and a real unwritable
// place is a folder in the target's place and /sys (read-only even to root).
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "file/filereplacement.h"
#include "file/sqliteconnection.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace bv;

namespace {

QString sampleFill(SqliteConnection &connection)
{
    return connection.execScript(sampleSql()) ? QString() : connection.errorText();
}

// The sample with its title changed: a new version of the file.
BriefingWriter::Fill retitled(const QString &title)
{
    return [title](SqliteConnection &connection) {
        QString problem = sampleFill(connection);
        if (problem.isEmpty() && !connection.execScript(QStringLiteral("UPDATE briefing SET title = '%1'").arg(title)))
            problem = connection.errorText();
        return problem;
    };
}

QString titleOf(const QString &path)
{
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error, false);
    return database ? database->briefing().metadata.title : error.message;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class tst_BriefingWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void replacesAFileWhole();
    void anExistingPartFileIsNeverTouched();
    void aFailedWriteKeepsTheOldFile_data();
    void aFailedWriteKeepsTheOldFile();
    void theDiskFullKeepsTheOldFile();
    void aFolderInTheTargetsPlace();
    void aFolderNoOneCanWrite();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_BriefingWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("out.briefing"));
}

void tst_BriefingWriter::replacesAFileWhole()
{
    QVERIFY(BriefingWriter::write(m_path, false, retitled(QStringLiteral("First edition"))).ok());
    QCOMPARE(titleOf(m_path), QStringLiteral("First edition"));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    const WriteResult again = BriefingWriter::write(m_path, false, retitled(QStringLiteral("Second")));
    QCOMPARE(again.code, WriteResult::Code::Exists); // not without --force
    QCOMPARE(titleOf(m_path), QStringLiteral("First edition"));
    QVERIFY(BriefingWriter::write(m_path, true, retitled(QStringLiteral("Second edition"))).ok());
    QCOMPARE(titleOf(m_path), QStringLiteral("Second edition"));
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("out.briefing")}); // nothing left beside it
    // The replaced file's permissions are the new file's.
    const QFile::Permissions ownerGroupOther(0x7077); // not the "user" flags, which depend on who runs
    QCOMPARE(QFileInfo(m_path).permissions() & ownerGroupOther,
             QFile::Permissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
}

void tst_BriefingWriter::anExistingPartFileIsNeverTouched()
{
    // Someone's own file named as the old writer named its temporary: it stays as it is.
    const QString part = m_path + QStringLiteral(".part");
    QVERIFY(test::writeBytes(part, "a file of someone else's"));
    QVERIFY(BriefingWriter::write(m_path, false, sampleFill).ok());
    QVERIFY(BriefingWriter::write(m_path, true, sampleFill).ok());
    QFile file(part);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("a file of someone else's"));
    QCOMPARE(entries(m_dir->path()), (QStringList{QStringLiteral("out.briefing"), QStringLiteral("out.briefing.part")}));
}

void tst_BriefingWriter::aFailedWriteKeepsTheOldFile_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("said");
    using Step = FileReplacement::Step;
    QTest::newRow("read-only folder: the temporary cannot be made") << int(Step::Create) << EACCES
                                                                    << QStringLiteral("permission denied");
    QTest::newRow("read-only disk") << int(Step::Create) << EROFS << QStringLiteral("the disk is read-only");
    QTest::newRow("full disk while flushing") << int(Step::Flush) << ENOSPC << QStringLiteral("the disk is full");
    QTest::newRow("I/O error while flushing") << int(Step::Flush) << EIO << QStringLiteral("Input/output error");
    QTest::newRow("the rename fails") << int(Step::Rename) << EXDEV << QStringLiteral("Invalid cross-device link");
    QTest::newRow("the rename is refused") << int(Step::Rename) << EPERM << QStringLiteral("permission denied");
}

void tst_BriefingWriter::aFailedWriteKeepsTheOldFile()
{
    QFETCH(int, step);
    QFETCH(int, error);
    QFETCH(QString, said);
    QVERIFY(BriefingWriter::write(m_path, false, retitled(QStringLiteral("The old one"))).ok());
    const test::Fingerprint before = test::fingerprint(m_path);
    FileReplacement::failNextAt(FileReplacement::Step(step), error);
    const WriteResult result = BriefingWriter::write(m_path, true, retitled(QStringLiteral("The new one")));
    QCOMPARE(result.code, WriteResult::Code::Failed);
    QVERIFY2(result.message.contains(said), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("The existing file was left as it was")), qPrintable(result.message));
    QVERIFY(result.message.contains(QDir::toNativeSeparators(m_path)));
    QVERIFY(test::fingerprint(m_path) == before); // the old file, byte for byte
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("out.briefing")}); // no temporary left
    QCOMPARE(titleOf(m_path), QStringLiteral("The old one"));
    // The next write is not affected.
    QVERIFY(BriefingWriter::write(m_path, true, retitled(QStringLiteral("The new one"))).ok());
    QCOMPARE(titleOf(m_path), QStringLiteral("The new one"));

    // A fill that fails: the same.
    const test::Fingerprint written = test::fingerprint(m_path);
    const WriteResult failed = BriefingWriter::write(m_path, true, [](SqliteConnection &) { return QStringLiteral("no content"); });
    QCOMPARE(failed.code, WriteResult::Code::Failed);
    QVERIFY(test::fingerprint(m_path) == written);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("out.briefing")});
}

void tst_BriefingWriter::theDiskFullKeepsTheOldFile()
{
    QVERIFY(BriefingWriter::write(m_path, false, sampleFill).ok());
    const test::Fingerprint before = test::fingerprint(m_path);
    // The temporary file may not grow past a few pages: SQLite's "disk full", as on a full disk.
    const WriteResult result = BriefingWriter::write(m_path, true, [](SqliteConnection &connection) {
        if (!connection.execScript(QStringLiteral("PRAGMA max_page_count = 40;")))
            return connection.errorText();
        return sampleFill(connection);
    });
    QCOMPARE(result.code, WriteResult::Code::Failed);
    QVERIFY2(result.message.contains(QStringLiteral("full")), qPrintable(result.message));
    QVERIFY(test::fingerprint(m_path) == before);
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("out.briefing")});
}

void tst_BriefingWriter::aFolderInTheTargetsPlace()
{
    // A folder appears where the file goes while it is being written (checked before, so made
    // by the fill): the rename cannot replace it; the folder and what is in it stay.
    const WriteResult result = BriefingWriter::write(m_path, false, [this](SqliteConnection &connection) {
        QDir().mkpath(m_path);
        test::writeBytes(m_path + QStringLiteral("/inside.txt"), "kept");
        return sampleFill(connection);
    });
    QCOMPARE(result.code, WriteResult::Code::Failed);
    QVERIFY2(result.message.contains(QStringLiteral("could not put the new file in its place")), qPrintable(result.message));
    QVERIFY(QFileInfo(m_path).isDir());
    QCOMPARE(entries(m_path), QStringList{QStringLiteral("inside.txt")});
    QCOMPARE(entries(m_dir->path()), QStringList{QStringLiteral("out.briefing")});
    // Named beforehand, the folder is refused at once.
    QCOMPARE(BriefingWriter::write(m_path, true, sampleFill).code, WriteResult::Code::IsFolder);
}

void tst_BriefingWriter::aFolderNoOneCanWrite()
{
    // /sys takes no new files, not even from root (in a container it is read-only).
    const QString path = QStringLiteral("/sys/bv-test.briefing");
    if (QFile::exists(path) || !QFileInfo(QStringLiteral("/sys")).isDir())
        QSKIP("no /sys here");
    const WriteResult result = BriefingWriter::write(path, false, sampleFill);
    QCOMPARE(result.code, WriteResult::Code::Failed);
    QVERIFY2(result.message.contains(QStringLiteral("could not create a temporary file beside it")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("permission denied")) || result.message.contains(QStringLiteral("read-only")),
             qPrintable(result.message));
    QVERIFY(!QFile::exists(path));
    // A folder made read-only, for a user who is not root.
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("locked"))));
    const QString locked = m_dir->filePath(QStringLiteral("locked"));
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
    const WriteResult refused = BriefingWriter::write(locked + QStringLiteral("/out.briefing"), false, sampleFill);
    QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (refused.ok())
        QSKIP("running as root: a read-only folder is writable (the injected cases above stand for it)");
    QVERIFY2(refused.message.contains(QStringLiteral("permission denied")), qPrintable(refused.message));
}

QTEST_MAIN(tst_BriefingWriter)
#include "tst_briefingwriter.moc"
