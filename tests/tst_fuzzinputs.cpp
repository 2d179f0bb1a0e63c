// SPDX-License-Identifier: MIT
// Every input kept for the fuzz targets (tests/fuzz/corpus/<target>, and the crashes they
// found, tests/fuzz/regressions/<target>) through the same entry functions libFuzzer calls,
// in the normal build: a defect once found stays fixed without clang. A broken promise aborts
// the test with the target's words (fuzztargets.h).
#include "fuzztargets.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace bv::fuzz;

class tst_FuzzInputs : public QObject
{
    Q_OBJECT
private slots:
    void everyTargetHasACorpus();
    void input_data();
    void input();

private:
    QSet<QString> m_started;
};

namespace {

QString fuzzFolder()
{
    return QStringLiteral(BV_SOURCE_DIR "/tests/fuzz");
}

QStringList inputsOf(const QString &kind, const QString &target)
{
    QStringList files;
    QDirIterator it(fuzzFolder() + QLatin1Char('/') + kind + QLatin1Char('/') + target, QDir::Files | QDir::Hidden);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

void tst_FuzzInputs::everyTargetHasACorpus()
{
    qint64 bytes = 0;
    for (const Target &target : targets()) {
        const QStringList corpus = inputsOf(QStringLiteral("corpus"), QLatin1String(target.name));
        QVERIFY2(corpus.size() >= 3, target.name);
        for (const QString &file : corpus)
            bytes += QFileInfo(file).size();
    }
    QVERIFY2(bytes < 2 * 1024 * 1024, qPrintable(QString::number(bytes))); // the corpus stays small
}

void tst_FuzzInputs::input_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    for (const Target &target : targets()) {
        for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            for (const QString &file : inputsOf(kind, QLatin1String(target.name)))
                QTest::newRow(qPrintable(QDir(fuzzFolder()).relativeFilePath(file))) << QString::fromLatin1(target.name) << file;
        }
    }
}

void tst_FuzzInputs::input()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    const Target *entry = findTarget(target);
    QVERIFY(entry);
    if (!m_started.contains(target)) {
        entry->init();
        m_started.insert(target);
    }
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QElapsedTimer timer;
    timer.start();
    entry->run(in.readAll());
    // Loose: no input may hang a target (libFuzzer's own limit in scripts/fuzz is 25 s).
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_MAIN(tst_FuzzInputs)
#include "tst_fuzzinputs.moc"
