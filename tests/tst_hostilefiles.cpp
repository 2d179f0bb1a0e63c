// SPDX-License-Identifier: MIT
// The hostile-file suite (support/hostilefiles.cpp, listed in docs/reliability.md): damage in
// every SQLite structure, unsafe schema objects, hostile text, huge values, extreme dates and
// numbers, link storms. Each file is opened as the viewer opens it (and checked whole, as
// `briefing-tool validate` does): its specific message or warning, within a loose time bound,
// every part of an opened file then read, and the file unchanged (hash, time, nothing beside).
#include "file/briefingdatabase.h"
#include "file/pointcheck.h"
#include "hostilefiles.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;
using namespace bv::test;
using Code = OpenError::Code;

namespace {

// Loose, against hangs (speed is measured by scripts/bench; on a quiet machine the slowest
// case, a 50 MB text, takes well under a second of CPU): 10 s, three times that under
// AddressSanitizer (scripts/run-tests --sanitize), which slows every copy of that text.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 timeBoundMs = 30000;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr qint64 timeBoundMs = 30000;
#else
constexpr qint64 timeBoundMs = 10000;
#endif
#else
constexpr qint64 timeBoundMs = 10000;
#endif

// What a view asks of an opened briefing: every point, long text and link.
void readEverything(const BriefingDatabase &database)
{
    const Briefing &b = database.briefing();
    for (const Series &series : b.series)
        database.points(series.id);
    for (int row = 0; row < b.events.size(); ++row)
        database.eventDescription(row);
    for (int row = 0; row < b.faq.size(); ++row)
        database.faqAnswer(row);
    database.timeIndex(EventTimeIndex::Lanes::ByCategory);
    database.timeIndex(EventTimeIndex::Lanes::ByActor);
    for (const FaqEntry &entry : b.faq)
        b.neighbours(entry.id);
    for (const Actor &actor : b.actors)
        b.linkedIds(actor.id);
}

} // namespace

class tst_HostileFiles : public QObject
{
    Q_OBJECT
private slots:
    void atLeastSixtyCasesInEveryGroup();
    void hostileFile_data();
    void hostileFile();
    void cleanup() { BriefingDatabase::setCheckScope(CheckScope::Content); }

private:
    QTemporaryDir m_dir;
};

void tst_HostileFiles::atLeastSixtyCasesInEveryGroup()
{
    QVERIFY(hostileFiles().size() >= 60);
    QSet<QString> groups;
    for (const HostileFile &file : hostileFiles())
        groups.insert(QLatin1String(file.group));
    for (const char *group : {"header", "b-tree", "overflow", "freelist", "pointer map", "schema", "text", "huge",
                              "numbers", "dates", "links"})
        QVERIFY2(groups.contains(QLatin1String(group)), group);
}

void tst_HostileFiles::hostileFile_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("wholeFile");
    for (int i = 0; i < hostileFiles().size(); ++i) {
        const HostileFile &file = hostileFiles().at(i);
        QTest::addRow("%s: %s", file.group, file.name) << i << false;
        QTest::addRow("%s: %s (validate)", file.group, file.name) << i << true;
    }
}

void tst_HostileFiles::hostileFile()
{
    QFETCH(int, row);
    QFETCH(bool, wholeFile);
    const HostileFile &hostile = hostileFiles().at(row);
    const Code expected = wholeFile && int(hostile.wholeFileCode) >= 0 ? hostile.wholeFileCode : hostile.code;
    QVERIFY(m_dir.isValid());
    const QString folder = m_dir.filePath(QStringLiteral("case%1-%2").arg(row).arg(wholeFile));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/hostile.briefing");
    // Made once for both rows of a case (the viewer's and validate's), then copied with what
    // lies beside it (a hot journal).
    const QString made = m_dir.filePath(QStringLiteral("made%1").arg(row));
    if (!QFileInfo::exists(made)) {
        QVERIFY(QDir().mkpath(made));
        QVERIFY(hostile.make(made + QStringLiteral("/hostile.briefing")));
    }
    for (const QString &name : QDir(made).entryList(QDir::Files | QDir::System))
        QVERIFY(QFile::copy(made + QLatin1Char('/') + name, folder + QLatin1Char('/') + name));
    const Fingerprint before = fingerprint(path);
    BriefingDatabase::setCheckScope(wholeFile ? CheckScope::WholeFile : CheckScope::Content);

    QElapsedTimer timer;
    timer.start();
    OpenError error;
    {
        const auto database = BriefingDatabase::open(path, &error);
        if (database) {
            readEverything(*database);
            if (hostile.check) {
                const QString problem = hostile.check(*database);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
            QStringList warnings = database->briefing().warnings;
            QString said = hostile.said;
            if (wholeFile) { // what briefing-tool validate prints
                warnings += PointCheck::warnings(database->connection(), database->briefing());
                if (!hostile.wholeFileSaid.isEmpty())
                    said = hostile.wholeFileSaid;
            }
            if (said.isEmpty() || expected != Code::None)
                QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n')).left(2000)));
            else
                QVERIFY2(!warnings.filter(said).isEmpty(), qPrintable(warnings.join(QLatin1Char('\n')).left(2000)));
        }
        QVERIFY2(int(error.code) == int(expected),
                 qPrintable(QStringLiteral("code %1, expected %2: %3 [%4]").arg(int(error.code)).arg(int(expected))
                                .arg(error.message, error.detail.left(300))));
    }
    const qint64 elapsed = timer.elapsed();
    if (expected != Code::None) {
        QVERIFY2(error.message.contains(hostile.said), qPrintable(error.message));
        QVERIFY2(error.message.contains(QDir::toNativeSeparators(path)), qPrintable(error.message));
        for (const char *raw : {"SQLite reports", "malformed", "database disk image"})
            QVERIFY2(!error.message.contains(QLatin1String(raw)), qPrintable(error.message));
    }
    QVERIFY2(elapsed < timeBoundMs, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    QCOMPARE(fingerprint(path), before);
    QDir(folder).removeRecursively();
    if (wholeFile)
        QDir(made).removeRecursively();
}

QTEST_GUILESS_MAIN(tst_HostileFiles)
#include "tst_hostilefiles.moc"
