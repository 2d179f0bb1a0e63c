// SPDX-License-Identifier: MIT
// The translator workflow: XLIFF out and in, every rejection leaving the file byte-identical,
// status counts, and the viewer showing imported text.
#include "file/briefingdatabase.h"
#include "testfiles.h"
#include "translation/translationexchange.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

namespace {

// Sets the target of one unit in an exported XLIFF text.
QByteArray withTarget(QByteArray xliff, const QString &unitId, const QString &target, const QString &state = QStringLiteral("translated"))
{
    QString text = QString::fromUtf8(xliff);
    const QRegularExpression unit(QStringLiteral("(<trans-unit id=\"") + QRegularExpression::escape(unitId)
                                  + QStringLiteral("\"[^>]*>\\s*<source>[^<]*</source>\\s*)<target[^>]*?(/>|>[^<]*</target>)"));
    QString replacement = QStringLiteral("\\1<target state=\"") + state + QStringLiteral("\">") + target.toHtmlEscaped()
                          + QStringLiteral("</target>");
    text.replace(unit, replacement);
    return text.toUtf8();
}

} // namespace

class tst_TranslationExchange : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void exportIsXliffWithContext();
    void roundTripShowsTheNewText();
    void rejectionsLeaveTheFileByteIdentical_data();
    void rejectionsLeaveTheFileByteIdentical();
    void staleTranslationsAreCountedAndMarked();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_xliff;
};

void tst_TranslationExchange::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("sample.briefing"));
    QVERIFY(test::writeSample(m_path));
    OpenError error;
    const auto database = BriefingDatabase::open(m_path, &error, true);
    QVERIFY2(database, qPrintable(error.message));
    m_xliff = TranslationExchange::exportXliff(*database, QStringLiteral("fr"));
}

void tst_TranslationExchange::exportIsXliffWithContext()
{
    const QString text = QString::fromUtf8(m_xliff);
    QVERIFY(text.contains(QStringLiteral("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">")));
    QVERIFY(text.contains(QStringLiteral("source-language=\"en\" target-language=\"fr\"")));
    QVERIFY(text.contains(QStringLiteral("<trans-unit id=\"faq-senate/question\"")));
    QVERIFY(text.contains(QStringLiteral("<source>How does the U.S. Senate’s approval process affect the deal?</source>")));
    QVERIFY(text.contains(QStringLiteral("FAQ entry “How does the U.S. Senate’s approval process affect the deal?”, field: question")));
    // 80 fields of items, 8 of data points (category labels and notes, since format 2).
    QCOMPARE(text.count(QStringLiteral("<trans-unit ")), 88);
    QCOMPARE(text.count(QStringLiteral("state=\"new\"")), 88); // no French yet
    // Existing translations go out with their state.
    OpenError error;
    const auto database = BriefingDatabase::open(m_path, &error, true);
    const QString uk = QString::fromUtf8(TranslationExchange::exportXliff(*database, QStringLiteral("uk")));
    QCOMPARE(uk.count(QStringLiteral("state=\"translated\"")), 88);
    QVERIFY(uk.contains(QStringLiteral("Дейтонські угоди")));
}

void tst_TranslationExchange::roundTripShowsTheNewText()
{
    QByteArray xliff = withTarget(m_xliff, QStringLiteral("event-dayton-1995/title"), QStringLiteral("Accords de Dayton"));
    xliff = withTarget(xliff, QStringLiteral("faq-senate/question"),
                       QStringLiteral("Comment la procédure d’approbation du Sénat américain affecte-t-elle l’accord ?"));
    const auto result = TranslationExchange::importXliff(m_path, xliff);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).message));
    QCOMPARE(result.written, 2);
    QCOMPARE(result.skipped, 86);
    QVERIFY(QFile::exists(result.backupPath));

    OpenError error;
    const auto french = BriefingDatabase::open(m_path, &error, false, QStringLiteral("fr"));
    QVERIFY2(french, qPrintable(error.message));
    const Briefing &b = french->briefing();
    QCOMPARE(b.title(QStringLiteral("event-dayton-1995")), QStringLiteral("Accords de Dayton"));
    QCOMPARE(b.textState(QStringLiteral("event-dayton-1995"), QStringLiteral("title")), TextState::Translated);
    // Not translated into French: shown from the next language of the chain or the source, marked.
    QCOMPARE(b.textState(QStringLiteral("event-ransomware-2022"), QStringLiteral("title")), TextState::Fallback);
    const auto source = BriefingDatabase::open(m_path, &error, true);
    const auto statuses = TranslationExchange::status(*source);
    bool counted = false;
    for (const auto &status : statuses) {
        if (status.lang == QLatin1String("fr")) {
            QCOMPARE(status.translated, 2);
            QCOMPARE(status.missing, 86);
            counted = true;
        }
    }
    QVERIFY(counted);
}

void tst_TranslationExchange::rejectionsLeaveTheFileByteIdentical_data()
{
    QTest::addColumn<QByteArray>("xliff");
    QTest::addColumn<QString>("problem");
    const QString dayton = QStringLiteral("event-dayton-1995/title");
    QByteArray good = withTarget(m_xliff, dayton, QStringLiteral("Accords de Dayton"));
    QTest::newRow("unknown id") << QByteArray(good).replace("faq-senate/question", "faq-elsewhere/question")
                                << QStringLiteral("faq-elsewhere/question: unknown unit id");
    QTest::newRow("empty target") << withTarget(good, QStringLiteral("faq-troops/question"), QString())
                                  << QStringLiteral("faq-troops/question: empty target");
    QTest::newRow("stale source") << QByteArray(good).replace("<source>Dayton Accords</source>", "<source>Dayton Agreement</source>")
                                  << QStringLiteral("event-dayton-1995/title: stale source");
    QTest::newRow("placeholder lost") << withTarget(good, dayton, QStringLiteral("Accords %1"))
                                      << QStringLiteral("event-dayton-1995/title: the placeholders");
    QTest::newRow("markdown link changed")
        << withTarget(good, QStringLiteral("faq-article5/answer"), QStringLiteral("Voir [ici](http://example.com/)."))
        << QStringLiteral("faq-article5/answer: the Markdown links");
    QTest::newRow("not XML") << QByteArray("<xliff><file") << QStringLiteral("not well-formed XML");
    QTest::newRow("no target language") << QByteArray(good).replace("target-language=\"fr\"", "")
                                        << QStringLiteral("no valid target-language");
    QTest::newRow("source language") << QByteArray(good).replace("target-language=\"fr\"", "target-language=\"en\"")
                                     << QStringLiteral("is the briefing's source language");
    QTest::newRow("nothing translated") << m_xliff << QStringLiteral("no translated unit");
}

void tst_TranslationExchange::rejectionsLeaveTheFileByteIdentical()
{
    QFETCH(QByteArray, xliff);
    QFETCH(QString, problem);
    const test::Fingerprint before = test::fingerprint(m_path);
    const auto result = TranslationExchange::importXliff(m_path, xliff);
    QVERIFY(!result.problems.isEmpty());
    bool named = false;
    for (const auto &p : result.problems)
        named = named || (p.unitId.isEmpty() ? p.message : p.unitId + QStringLiteral(": ") + p.message).contains(problem);
    QVERIFY2(named, qPrintable(result.problems.first().unitId + QStringLiteral(": ") + result.problems.first().message));
    QCOMPARE(result.written, 0);
    QCOMPARE(test::fingerprint(m_path), before); // same bytes, same time, no backup beside it
}

void tst_TranslationExchange::staleTranslationsAreCountedAndMarked()
{
    QVERIFY(test::execSql(m_path, QStringLiteral("UPDATE event SET title = 'Dayton Peace Accords' WHERE id = 'event-dayton-1995';")));
    OpenError error;
    const auto database = BriefingDatabase::open(m_path, &error, false, QStringLiteral("uk"));
    QVERIFY(database);
    QCOMPARE(database->briefing().textState(QStringLiteral("event-dayton-1995"), QStringLiteral("title")), TextState::Stale);
    QCOMPARE(database->briefing().textState(QStringLiteral("faq-senate"), QStringLiteral("question")), TextState::Translated);
    const auto full = BriefingDatabase::open(m_path, &error, true);
    auto ukrainian = [&] {
        for (const auto &status : TranslationExchange::status(*BriefingDatabase::open(m_path, &error, true))) {
            if (status.lang == QLatin1String("uk"))
                return status;
        }
        return TranslationExchange::Status();
    };
    QCOMPARE(ukrainian().lang, QStringLiteral("uk"));
    QCOMPARE(ukrainian().stale, 1);
    QCOMPARE(ukrainian().translated, 87);
    // Exported, not reviewed, imported again: the stale unit stays stale.
    const QByteArray xliff = TranslationExchange::exportXliff(*full, QStringLiteral("uk"));
    QVERIFY(xliff.contains("state=\"needs-review-translation\""));
    const auto result = TranslationExchange::importXliff(m_path, xliff);
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).message));
    QCOMPARE(result.skipped, 1);
    QCOMPARE(ukrainian().stale, 1);
}

QTEST_GUILESS_MAIN(tst_TranslationExchange)
#include "tst_translationexchange.moc"
