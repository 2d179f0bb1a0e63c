// SPDX-License-Identifier: MIT
// briefing-tool as a user runs it: exit codes, output, and files left alone.
#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bv::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run tool(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(BRIEFING_TOOL), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

} // namespace

class tst_BriefingTool : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void exportSampleThenValidate();
    void exportRefusesToOverwrite();
    void validateReportsWarnings();
    void validateRefusesBadFiles();
    void infoShowsTheMetadata();
    void generateIsDeterministic();
    void generateRejectsBadNumbers();
    void usageErrors();

private:
    QTemporaryDir m_dir;
};

void tst_BriefingTool::exportSampleThenValidate()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.briefing"));
    const Run exported = tool({QStringLiteral("export-sample"), path});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(QFile::exists(path));
    const Fingerprint before = fingerprint(path);
    const Run validated = tool({QStringLiteral("validate"), path});
    QCOMPARE(validated.exitCode, 0);
    QVERIFY2(validated.out.contains(QStringLiteral("a valid briefing (format 1)")), qPrintable(validated.out));
    QVERIFY(validated.out.contains(QStringLiteral("scenarios     3")));
    QVERIFY(validated.out.contains(QStringLiteral("FAQ entries   4")));
    QVERIFY(validated.out.contains(QStringLiteral("0 warning(s)")));
    QVERIFY(validated.err.isEmpty());
    QCOMPARE(fingerprint(path), before);
}

void tst_BriefingTool::exportRefusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("taken.briefing"));
    QVERIFY(writeBytes(path, "my notes"));
    const Run run = tool({QStringLiteral("export-sample"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("--force")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my notes"));
    file.close();
    QCOMPARE(tool({QStringLiteral("export-sample"), QStringLiteral("--force"), path}).exitCode, 0);
    QCOMPARE(tool({QStringLiteral("validate"), path}).exitCode, 0);
}

void tst_BriefingTool::validateReportsWarnings()
{
    const QString path = m_dir.filePath(QStringLiteral("warned.briefing"));
    QVERIFY(writeSample(path));
    QVERIFY(execSql(path, QStringLiteral("INSERT INTO link VALUES ('faq-senate', 'answers', 'nowhere', '');")));
    const Run run = tool({QStringLiteral("validate"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("warning: Dangling link “faq-senate” answers “nowhere”")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("1 warning(s)")));
}

void tst_BriefingTool::validateRefusesBadFiles()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.briefing"));
    QVERIFY(writeBytes(text, QByteArray(300, 'a')));
    const Run run = tool({QStringLiteral("validate"), text});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(text) && run.err.contains(QStringLiteral("not a SQLite database")), qPrintable(run.err));

    const Run missing = tool({QStringLiteral("info"), m_dir.filePath(QStringLiteral("nowhere.briefing"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
}

void tst_BriefingTool::infoShowsTheMetadata()
{
    const QString path = m_dir.filePath(QStringLiteral("info.briefing"));
    QVERIFY(writeSample(path));
    const Run run = tool({QStringLiteral("info"), path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("Title:     U.S. offers security guarantees to Kyiv")));
    QVERIFY(run.out.contains(QStringLiteral("Edition:   1")));
    QVERIFY(run.out.contains(QStringLiteral("data points   4")));
}

void tst_BriefingTool::generateIsDeterministic()
{
    const QString a = m_dir.filePath(QStringLiteral("a.briefing"));
    const QString b = m_dir.filePath(QStringLiteral("b.briefing"));
    const QString c = m_dir.filePath(QStringLiteral("c.briefing"));
    const QStringList options{QStringLiteral("--events"), QStringLiteral("2000"), QStringLiteral("--series"), QStringLiteral("2"),
                              QStringLiteral("--points"), QStringLiteral("5000"), QStringLiteral("--faq"), QStringLiteral("50"),
                              QStringLiteral("--languages"), QStringLiteral("3")};
    QCOMPARE(tool(QStringList{QStringLiteral("generate"), a} + options).exitCode, 0);
    QCOMPARE(tool(QStringList{QStringLiteral("generate"), b} + options).exitCode, 0);
    QCOMPARE(tool(QStringList{QStringLiteral("generate"), c, QStringLiteral("--seed"), QStringLiteral("7")} + options).exitCode, 0);
    QCOMPARE(hashOf(a), hashOf(b));
    QVERIFY(hashOf(a) != hashOf(c));
    const Run run = tool({QStringLiteral("validate"), a});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("events        2000")));
    QVERIFY(run.out.contains(QStringLiteral("data points   10000")));
    QVERIFY(run.out.contains(QStringLiteral("FAQ entries   50")));
    QVERIFY(run.out.contains(QStringLiteral("translations  4200"))); // (2000 titles + 50 questions + 50 answers) x 2 languages
    QVERIFY2(run.out.contains(QStringLiteral("0 warning(s)")), qPrintable(run.out));
}

void tst_BriefingTool::generateRejectsBadNumbers()
{
    const QString path = m_dir.filePath(QStringLiteral("never.briefing"));
    const Run run = tool({QStringLiteral("generate"), path, QStringLiteral("--events"), QStringLiteral("many")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--events needs a whole number")), qPrintable(run.err));
    QVERIFY(!QFile::exists(path));
}

void tst_BriefingTool::usageErrors()
{
    const Run none = tool({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(QStringLiteral("Usage: briefing-tool")));
    const Run unknown = tool({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("unknown command “frobnicate”")));
    const Run help = tool({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("export-sample OUT")));
    const Run version = tool({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("briefing-tool 0.")));
    const Run twoFiles = tool({QStringLiteral("validate"), QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(twoFiles.exitCode, 2);
}

QTEST_GUILESS_MAIN(tst_BriefingTool)
#include "tst_briefingtool.moc"
