// SPDX-License-Identifier: MIT
// briefing-tool as a user runs it: exit codes, output, and files left alone.
#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bv::test;

namespace {

using Run = bv::test::ProgramRun;

Run tool(const QStringList &arguments)
{
    return bv::test::runProgram(QStringLiteral(BRIEFING_TOOL), arguments);
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
    void searchPrintsOneLinePerHit();
    void searchTreatsAnyQueryAsText();
    void searchRefusesBadFiles();
    void indexRebuildsTheSearchIndex();
    void indexRefusesBadFiles();
    void searchFallsBackWhenTheIndexIsDamaged();

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
    QVERIFY2(validated.out.contains(QStringLiteral("a valid briefing (format 2)")), qPrintable(validated.out));
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

    // SQLite's own words only for those who ask for them.
    const QString unsafe = m_dir.filePath(QStringLiteral("unsafe.briefing"));
    QVERIFY(writeSample(unsafe));
    QVERIFY(execSql(unsafe, QStringLiteral("ALTER TABLE faq ADD COLUMN j TEXT AS (json_quote(question));")));
    const Run plain = tool({QStringLiteral("validate"), unsafe});
    QCOMPARE(plain.exitCode, 1);
    QVERIFY2(plain.err.contains(QStringLiteral("is refused for safety: its schema calls the function json_quote()")), qPrintable(plain.err));
    QVERIFY2(!plain.err.contains(QStringLiteral("malformed")), qPrintable(plain.err));
    const Run verbose = tool({QStringLiteral("validate"), QStringLiteral("--verbose"), unsafe});
    QCOMPARE(verbose.exitCode, 1);
    QVERIFY2(verbose.err.contains(QStringLiteral("\ndetails: malformed database schema (faq) - unsafe use of json_quote()")),
             qPrintable(verbose.err));
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
    QVERIFY(help.out.contains(QStringLiteral("search FILE QUERY")));
    QVERIFY(help.out.contains(QStringLiteral("index FILE")));
    // A command's --help is the usage, not a file or an unknown option, and writes nothing.
    for (const QString &command : {QStringLiteral("generate"), QStringLiteral("export-path"), QStringLiteral("validate")}) {
        const Run commandHelp = tool({command, QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY2(commandHelp.out.contains(QStringLiteral("generate OUT")), qPrintable(commandHelp.err));
        QVERIFY(!QFile::exists(QStringLiteral("--help")));
    }
    const Run version = tool({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("briefing-tool 0.")));
    const Run twoFiles = tool({QStringLiteral("validate"), QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(twoFiles.exitCode, 2);
}

void tst_BriefingTool::searchPrintsOneLinePerHit()
{
    const QString path = m_dir.filePath(QStringLiteral("search.briefing"));
    QCOMPARE(tool({QStringLiteral("export-sample"), path}).exitCode, 0);
    const Fingerprint before = fingerprint(path);

    const Run run = tool({QStringLiteral("search"), path, QStringLiteral("Senate")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 5, qPrintable(run.out));
    const QRegularExpression marked(QStringLiteral("\\[([^\\]]*)\\]"));
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 4);
        auto match = marked.globalMatch(fields.at(3));
        QVERIFY2(match.hasNext() || fields.at(2).contains(QStringLiteral("Senate")), qPrintable(line));
        while (match.hasNext())
            QCOMPARE(match.next().captured(1).toLower(), QStringLiteral("senate"));
    }
    QVERIFY2(run.out.contains(QStringLiteral("faq\tfaq-senate\tHow does the U.S. Senate’s approval process affect "
                                             "the deal?\tIf the guarantees are treated as a treaty, they require a "
                                             "two‑thirds [Senate] vote")),
             qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("index in the file")), qPrintable(run.err));

    const Run prefix = tool({QStringLiteral("search"), path, QStringLiteral("ranso")});
    QCOMPARE(prefix.exitCode, 0);
    QVERIFY(prefix.out.contains(QStringLiteral("event\tevent-ransomware-2022\tRansomware attack on Ukrainian energy grids\t")));
    QVERIFY(prefix.out.contains(QStringLiteral("[ransomware]")));

    const Run none = tool({QStringLiteral("search"), path, QStringLiteral("zzzzqq")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.isEmpty());
    QVERIFY2(none.err.contains(QStringLiteral("0 result(s)")), qPrintable(none.err));

    // A language without translations reads the source text.
    const Run french = tool({QStringLiteral("search"), path, QStringLiteral("Senate"), QStringLiteral("--lang"), QStringLiteral("fr")});
    QCOMPARE(french.exitCode, 0);
    QCOMPARE(french.out, run.out);
    QCOMPARE(fingerprint(path), before);
}

void tst_BriefingTool::searchTreatsAnyQueryAsText()
{
    const QString path = m_dir.filePath(QStringLiteral("hostile.briefing"));
    QCOMPARE(tool({QStringLiteral("export-sample"), path}).exitCode, 0);
    const Fingerprint before = fingerprint(path);
    const QString plain = tool({QStringLiteral("search"), path, QStringLiteral("senate")}).out;
    QVERIFY(!plain.isEmpty());
    const QStringList queries{QStringLiteral("\""), QStringLiteral("((a"), QStringLiteral("NEAR(a b)"),
                              QStringLiteral("'; DROP TABLE faq; --"), QStringLiteral("{title}: x"), QStringLiteral("*"),
                              QStringLiteral("a AND (b OR"), QStringLiteral("title:senate"), QStringLiteral("\x01\x1b[2J"),
                              QString(3000, QLatin1Char('('))};
    for (const QString &query : queries) {
        const Run run = tool({QStringLiteral("search"), path, query});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.err.contains(QStringLiteral("syntax")) && !run.err.contains(QStringLiteral("fts5"))
                     && !run.err.contains(QStringLiteral("SQLite")),
                 qPrintable(run.err));
    }
    for (const QString &dressed : {QStringLiteral("-senate"), QStringLiteral("+senate"), QStringLiteral("\"senate\"*"),
                                   QStringLiteral("^senate")}) {
        const Run run = tool({QStringLiteral("search"), path, QStringLiteral("--"), dressed});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, plain);
    }
    QCOMPARE(tool({QStringLiteral("validate"), path}).exitCode, 0);
    QCOMPARE(fingerprint(path), before);
}

void tst_BriefingTool::searchRefusesBadFiles()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.briefing"));
    QVERIFY(writeBytes(text, QByteArray(300, 'a')));
    const Run run = tool({QStringLiteral("search"), text, QStringLiteral("senate")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(text) && run.err.contains(QStringLiteral("not a SQLite database")), qPrintable(run.err));
    const Run missing = tool({QStringLiteral("search"), m_dir.filePath(QStringLiteral("nowhere.briefing")), QStringLiteral("x")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
    QCOMPARE(tool({QStringLiteral("search"), text}).exitCode, 2);
}

void tst_BriefingTool::indexRebuildsTheSearchIndex()
{
    const QString path = m_dir.filePath(QStringLiteral("reindex.briefing"));
    QVERIFY(writeSample(path));
    QVERIFY(execSql(path, QStringLiteral(
        "DROP TABLE search; DROP TABLE search_language;"
        "INSERT INTO translation (item_id, field, lang, text) VALUES "
        "('faq-senate', 'answer', 'fr', 'Un vote du Sénat pour une défense collective.');")));
    const QStringList query{QStringLiteral("search"), path, QStringLiteral("defense"), QStringLiteral("--lang"), QStringLiteral("fr")};
    const Run inMemory = tool(query);
    QCOMPARE(inMemory.exitCode, 0);
    QVERIFY2(inMemory.out.startsWith(QStringLiteral("faq\tfaq-senate\t")), qPrintable(inMemory.out));
    QVERIFY(inMemory.out.contains(QStringLiteral("[défense]")));
    QVERIFY2(inMemory.err.contains(QStringLiteral("index built in memory")), qPrintable(inMemory.err));

    const Run indexed = tool({QStringLiteral("index"), path});
    QCOMPARE(indexed.exitCode, 0);
    QVERIFY2(indexed.out.contains(QStringLiteral("languages: ")) && indexed.out.contains(QStringLiteral("en"))
                 && indexed.out.contains(QStringLiteral("fr")),
             qPrintable(indexed.out));
    QStringList siblings = fingerprint(path).siblings;
    QVERIFY2(siblings.filter(QStringLiteral("reindex.briefing")).size() == 1, qPrintable(siblings.join(QLatin1Char(' '))));

    const Run shipped = tool(query);
    QCOMPARE(shipped.exitCode, 0);
    QCOMPARE(shipped.out, inMemory.out);
    QVERIFY2(shipped.err.contains(QStringLiteral("index in the file")), qPrintable(shipped.err));
    const Run validated = tool({QStringLiteral("validate"), path});
    QCOMPARE(validated.exitCode, 0);
    QVERIFY(validated.out.contains(QStringLiteral("0 warning(s)")));

    // Indexing again replaces the index rather than adding to it.
    QCOMPARE(tool({QStringLiteral("index"), path}).exitCode, 0);
    QCOMPARE(tool(query).out, inMemory.out);
}

void tst_BriefingTool::indexRefusesBadFiles()
{
    const QString text = m_dir.filePath(QStringLiteral("text.briefing"));
    QVERIFY(writeBytes(text, QByteArray(300, 'a')));
    const Fingerprint before = fingerprint(text);
    const Run run = tool({QStringLiteral("index"), text});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("not a SQLite database")), qPrintable(run.err));
    QCOMPARE(fingerprint(text), before);

    const QString newer = m_dir.filePath(QStringLiteral("newer.briefing"));
    QVERIFY(writeSample(newer));
    QVERIFY(execSql(newer, QStringLiteral("PRAGMA user_version = 3;")));
    const Fingerprint newerBefore = fingerprint(newer);
    const Run refused = tool({QStringLiteral("index"), newer});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(QStringLiteral("newer version")));
    QCOMPARE(fingerprint(newer), newerBefore);

    const QString missing = m_dir.filePath(QStringLiteral("nowhere.briefing"));
    QCOMPARE(tool({QStringLiteral("index"), missing}).exitCode, 1);
    QVERIFY(!QFile::exists(missing));
}

void tst_BriefingTool::searchFallsBackWhenTheIndexIsDamaged()
{
    // Damage that passes the checks at open and shows only when a search reads it (here a
    // word's rows in the word list): the tool then searches an index built in memory, as
    // the viewer does, and says how to repair the file.
    const QString path = m_dir.filePath(QStringLiteral("damaged.briefing"));
    QVERIFY(writeSample(path));
    const QString expected = tool({QStringLiteral("search"), path, QStringLiteral("senate")}).out;
    QVERIFY(expected.contains(QStringLiteral("faq-senate")));
    QVERIFY(execSql(path, QStringLiteral("UPDATE search_term SET body = x'4CFF' WHERE term = 'senate'")));
    const Fingerprint before = fingerprint(path);
    const Run run = tool({QStringLiteral("search"), path, QStringLiteral("senate")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, expected);
    QVERIFY2(run.err.contains(QStringLiteral("is damaged; searching an index built in memory")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("briefing-tool index")));
    QCOMPARE(fingerprint(path), before);
}

QTEST_GUILESS_MAIN(tst_BriefingTool)
#include "tst_briefingtool.moc"
