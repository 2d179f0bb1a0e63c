// SPDX-License-Identifier: MIT
// The open briefing's owner: a change of content language is read in the background like any
// open, keeps the current item, and when it fails says so and keeps the briefing as it was;
// an open under way is abandoned at its next step when asked (the window closes).
#include "charts/chartspec.h"
#include "content/seriescache.h"
#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "languagemanager.h"
#include "models/selection.h"
#include "multichartbriefing.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_CurrentBriefing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void contentLanguageChangesInTheBackground();
    void failedLanguageSwitchKeepsTheBriefing();
    void cancelAbandonsAnOpenUnderWay();
    void laterOpenSupersedesAndStopsAnEarlierOne();
    void firstChartsSeriesAreReadDuringTheOpen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_large;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<CurrentBriefing> m_current;
};

void tst_CurrentBriefing::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_currentbriefing"));
    QSettings().clear();
    m_large = m_dir.filePath(QStringLiteral("large.briefing"));
    QVERIFY(test::writeGenerated(m_large, 20000)); // read in a good fraction of a second
}

void tst_CurrentBriefing::init()
{
    m_current.reset();
    m_selection = std::make_unique<Selection>();
    m_current = std::make_unique<CurrentBriefing>(m_selection.get());
    m_path = m_dir.filePath(QStringLiteral("%1.briefing").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(test::writeSample(m_path));
    QVERIFY(m_current->openFile(m_path));
    QVERIFY(m_current->selectItem(QStringLiteral("event-dayton-1995")));
}

void tst_CurrentBriefing::contentLanguageChangesInTheBackground()
{
    std::shared_ptr<const BriefingDatabase> before = m_current->database();
    const std::weak_ptr<const BriefingDatabase> old = before;
    QSignalSpy shown(m_current.get(), &CurrentBriefing::shown);
    m_current->setContentLanguage(QStringLiteral("uk"));
    // Read in a worker thread: meanwhile the briefing open before is what every view shows.
    QVERIFY(m_current->isOpening());
    QCOMPARE(m_selection->database(), before);
    QCOMPARE(m_current->progressText(), QStringLiteral("Showing the content in Українська…"));
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!m_current->isOpening());
    QVERIFY(m_current->database() != before);
    QCOMPARE(m_selection->database(), m_current->database());
    QCOMPARE(m_current->database()->path(), before->path());
    QCOMPARE(m_current->database()->briefing().title(QStringLiteral("event-dayton-1995")), QStringLiteral("Дейтонські угоди"));
    QCOMPARE(m_selection->currentId(), QStringLiteral("event-dayton-1995")); // the current item stays
    QCOMPARE(m_current->contentLanguage(), QStringLiteral("uk"));
    // A change of language is no new file: the recent files are as they were.
    QCOMPARE(m_current->recentFiles(), QStringList{QFileInfo(m_path).absoluteFilePath()});
    // The briefing shown before is released (its content freed in a worker thread), once the
    // last other holder (here the test) has let go of it.
    before.reset();
    QTRY_VERIFY(old.expired());
}

void tst_CurrentBriefing::failedLanguageSwitchKeepsTheBriefing()
{
    const auto before = m_current->database();
    QVERIFY(QFile::remove(m_path)); // the file went away since it was opened
    QSignalSpy failed(m_current.get(), &CurrentBriefing::failed);
    QSignalSpy shown(m_current.get(), &CurrentBriefing::shown);
    m_current->setContentLanguage(QStringLiteral("uk"));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(!m_current->isOpening());
    const QString title = failed.first().at(0).toString();
    const QString message = failed.first().at(1).toString();
    QCOMPARE(title, QStringLiteral("Cannot switch the content language"));
    // Which language, which file, what went wrong and what to do.
    const QString source = LanguageManager::nativeName(before->briefing().metadata.sourceLanguage);
    QVERIFY2(message.startsWith(QStringLiteral("The content of “%1” could not be switched to Українська; it is still "
                                               "shown in %2.").arg(QDir::toNativeSeparators(m_path), source)),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("does not exist")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("choose Українська again in View > Content Language")));
    QVERIFY(!message.contains(QStringLiteral("Cannot open")));
    // The briefing open before stays open, in its language, at its item.
    QCOMPARE(shown.count(), 0);
    QCOMPARE(m_current->database(), before);
    QCOMPARE(m_selection->database(), before);
    QCOMPARE(m_selection->currentId(), QStringLiteral("event-dayton-1995"));
    QCOMPARE(m_current->database()->briefing().title(QStringLiteral("event-dayton-1995")), QStringLiteral("Dayton Accords"));
    QCOMPARE(m_current->contentLanguage(), QString());
}

void tst_CurrentBriefing::cancelAbandonsAnOpenUnderWay()
{
    const auto before = m_current->database();
    QSignalSpy cancelled(m_current.get(), &CurrentBriefing::cancelled);
    QSignalSpy shown(m_current.get(), &CurrentBriefing::shown);
    QSignalSpy failed(m_current.get(), &CurrentBriefing::failed);
    m_current->openFileInBackground(m_large);
    QVERIFY(m_current->isOpening());
    m_current->cancel(); // as when the window closes
    QVERIFY(!m_current->isOpening());
    // The worker stopped at its next step and says so; nothing it read is shown.
    QTRY_COMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.first().at(0).toString(), m_large);
    QCOMPARE(shown.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_current->database(), before);
}

void tst_CurrentBriefing::laterOpenSupersedesAndStopsAnEarlierOne()
{
    QSignalSpy cancelled(m_current.get(), &CurrentBriefing::cancelled);
    QSignalSpy shown(m_current.get(), &CurrentBriefing::shown);
    m_current->openFileInBackground(m_large);
    m_current->selectWhenShown(QStringLiteral("faq-senate"));
    m_current->openSample();
    QCOMPARE(shown.count(), 1);
    QVERIFY(m_current->database()->isSample());
    QCOMPARE(m_selection->currentId(), QStringLiteral("faq-senate"));
    QTRY_COMPARE(cancelled.count(), 1); // the read of the large file was stopped, not waited for
    QCOMPARE(shown.count(), 1);
    QVERIFY(m_current->database()->isSample());
}

QTEST_GUILESS_MAIN(tst_CurrentBriefing)
#include "tst_currentbriefing.moc"

void tst_CurrentBriefing::firstChartsSeriesAreReadDuringTheOpen()
{
    // The chart the Charts panel shows first (every series on it) is read while the
    // briefing opens: its values are in the briefing's cache, each read once, before any view
    // has asked, and no other series is read.
    const QString path = m_dir.filePath(QStringLiteral("charts.briefing"));
    QVERIFY(test::writeMultiChartBriefing(path));
    QSignalSpy shown(m_current.get(), &CurrentBriefing::shown);
    m_current->openFileInBackground(path);
    QTRY_COMPARE(shown.count(), 1);
    const auto database = m_current->database();
    QCOMPARE(database->path(), QFileInfo(path).absoluteFilePath());
    const Briefing &briefing = database->briefing();
    const QVector<ChartSpec> charts = chartSpecs(briefing);
    QVERIFY(!charts.isEmpty());
    const SeriesCache &cache = database->seriesCache();
    int expected = 0;
    for (const int row : charts.first().seriesRows) {
        const Series &series = briefing.series.at(row);
        if (series.pointCount == 0)
            continue;
        ++expected;
        QVERIFY2(cache.cached(series.id), qPrintable(series.id));
        QCOMPARE(cache.cached(series.id)->size(), int(series.pointCount));
        QCOMPARE(cache.reads(series.id), 1);
    }
    QVERIFY(expected > 0);
    QCOMPARE(cache.reads(), expected);
}
