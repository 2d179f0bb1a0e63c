// SPDX-License-Identifier: MIT
// The built-in examples in the viewer: File > Examples opens either, from the image compiled
// in (no file written anywhere), with the same content `briefing-tool export-example` writes.
#include "charts/chartpanel.h"
#include "charts/serieschart.h"
#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "mainwindow.h"
#include "charts/chartcanvas.h"
#include "models/selection.h"
#include "models/timerange.h"
#include "recentfiles.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QScrollArea>
#include <QScrollBar>
#include <QDirIterator>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_Examples : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void builtInContentIsWhatExportWrites();
    void builtInExampleTakesAContentLanguage();
    void fileMenuOpensEitherExample();
    void everyChartKeepsAReadablePlotInASmallDock();
};

namespace {

// Every .briefing file under a folder, recursively.
QStringList briefingFilesUnder(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, {QStringLiteral("*.briefing")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

// Clicks File > Examples > the action of `name` with the mouse, as a user does.
bool clickExample(QMainWindow &window, const QString &name)
{
    QMenuBar *bar = window.menuBar();
    QMenu *file = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    QMenu *examples = window.findChild<QMenu *>(QStringLiteral("examplesMenu"));
    QAction *example = examples ? examples->findChild<QAction *>(QStringLiteral("example-") + name) : nullptr;
    if (!file || !examples || !example)
        return false;
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(file->menuAction()).center());
    if (!QTest::qWaitFor([file] { return file->isVisible(); }))
        return false;
    QTest::mouseClick(file, Qt::LeftButton, {}, file->actionGeometry(examples->menuAction()).center());
    if (!QTest::qWaitFor([examples] { return examples->isVisible(); }))
        return false;
    QTest::mouseClick(examples, Qt::LeftButton, {}, examples->actionGeometry(example).center());
    return true;
}

} // namespace

void tst_Examples::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_examples"));
    QSettings().clear();
    RecentFiles::clear();
}

void tst_Examples::builtInContentIsWhatExportWrites()
{
    const QString path = Examples::pathOf(QStringLiteral("european-defence"));
    QVERIFY(Examples::isBuiltIn(path));
    QVERIFY(Examples::isBuiltIn(QString())); // the sample
    QVERIFY(!Examples::isBuiltIn(QStringLiteral("/tmp/european-defence.briefing")));
    OpenError error;
    const auto builtIn = BriefingDatabase::open(path, &error);
    QVERIFY2(builtIn, qPrintable(error.message));
    QVERIFY(builtIn->isBuiltIn());
    QVERIFY(!builtIn->isSample());
    QCOMPARE(builtIn->displayName(), QStringLiteral("European defence spending"));
    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("european-defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), exported, false).ok());
    const auto written = BriefingDatabase::open(exported, &error);
    QVERIFY2(written, qPrintable(error.message));
    const Briefing &a = builtIn->briefing(), &b = written->briefing();
    QCOMPARE(a.metadata.id, b.metadata.id);
    QCOMPARE(a.metadata.title, b.metadata.title);
    QCOMPARE(a.formatVersion, b.formatVersion);
    QCOMPARE(a.faq.size(), b.faq.size());
    QCOMPARE(a.charts.size(), b.charts.size());
    QCOMPARE(a.series.size(), b.series.size());
    int points = 0;
    for (int i = 0; i < a.series.size(); ++i) {
        QCOMPARE(a.series.at(i).id, b.series.at(i).id);
        QCOMPARE(a.series.at(i).pointCount, b.series.at(i).pointCount);
        QCOMPARE(builtIn->points(a.series.at(i).id).size(), written->points(b.series.at(i).id).size());
        points += a.series.at(i).pointCount;
    }
    QCOMPARE(points, 94); // every value of the dataset (tests/data/european-defence)
    QCOMPARE(a.translationLanguages, b.translationLanguages);
}

void tst_Examples::builtInExampleTakesAContentLanguage()
{
    OpenError error;
    const QString path = Examples::pathOf(QStringLiteral("european-defence"));
    const auto english = BriefingDatabase::open(path, &error);
    QVERIFY2(english, qPrintable(error.message));
    QVERIFY(english->briefing().translationLanguages.contains(QStringLiteral("de")));
    const auto german = BriefingDatabase::open(path, &error, true, QStringLiteral("de"));
    QVERIFY2(german, qPrintable(error.message));
    QCOMPARE(german->briefing().contentLanguage, QStringLiteral("de"));
    QVERIFY(german->briefing().metadata.title != english->briefing().metadata.title);
}

void tst_Examples::fileMenuOpensEitherExample()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QStringList before = briefingFilesUnder(data);
    MainWindow window;
    window.currentBriefing()->openSample();
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString sampleTitle = window.selection()->database()->briefing().metadata.title;

    QVERIFY(clickExample(window, QStringLiteral("european-defence")));
    QTRY_VERIFY(!window.currentBriefing()->isOpening());
    auto shown = window.selection()->database();
    QVERIFY(shown);
    QCOMPARE(shown->path(), Examples::pathOf(QStringLiteral("european-defence")));
    QVERIFY(shown->briefing().metadata.title != sampleTitle);
    QVERIFY2(window.lastError().isEmpty(), qPrintable(window.lastError()));
    QVERIFY(window.windowTitle().startsWith(shown->briefing().metadata.title));
    // Its charts, from the compiled-in image: the one in view is drawn with its figures.
    auto *panel = window.findChild<ChartPanel *>();
    QVERIFY(panel);
    panel->ensureBuilt();
    QVERIFY(panel->charts().size() >= 5);
    QTRY_VERIFY(!panel->isLoading());
    // Nothing was written: no briefing file anywhere in the user's data, no recent file.
    QCOMPARE(briefingFilesUnder(data), before);
    QVERIFY(RecentFiles::load().isEmpty());

    // And back to the sample, from the same menu.
    QVERIFY(clickExample(window, QStringLiteral("sample")));
    QTRY_VERIFY(!window.currentBriefing()->isOpening());
    QTRY_COMPARE(window.selection()->database()->briefing().metadata.title, sampleTitle);
    QVERIFY(window.selection()->database()->isSample());
}

void tst_Examples::everyChartKeepsAReadablePlotInASmallDock()
{
    // The example's charts with long captions and legends of three lines (its "two measures"
    // chart) in a dock as small as the default window's: the plot is never crushed to a line.
    OpenError error;
    const auto database = BriefingDatabase::open(Examples::pathOf(QStringLiteral("european-defence")), &error);
    QVERIFY2(database, qPrintable(error.message));
    Selection selection;
    TimeRange range;
    ChartPanel panel(&selection, &range);
    panel.resize(430, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    selection.setDatabase(database);
    auto *scroll = panel.findChild<QScrollArea *>();
    QVERIFY(scroll);
    int lines = 0;
    for (SeriesChart *chart : panel.charts()) {
        // Into view, as a user scrolls (again while the charts above grow as they are drawn).
        auto shown = [&] {
            scroll->verticalScrollBar()->setValue(chart->y());
            return chart->isLoaded();
        };
        QTRY_VERIFY2(shown(), qPrintable(chart->chartId()));
        if (!chart->isTime())
            continue; // bars take a row each, whatever the dock
        ++lines;
        QTRY_VERIFY(chart->canvas()->chart()->plotArea().height() >= 80);
        const QString what = chart->chartId() + QStringLiteral(": plot ")
                             + QString::number(chart->canvas()->chart()->plotArea().height());
        QVERIFY2(chart->canvas()->chart()->plotArea().height() >= 80, qPrintable(what));
    }
    QVERIFY(lines >= 3);
}

QTEST_MAIN(tst_Examples)
#include "tst_examples.moc"
