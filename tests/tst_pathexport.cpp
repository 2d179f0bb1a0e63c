// SPDX-License-Identifier: MIT
// A briefing path exported as a script exports it, `briefing-tool export-path`, without a
// display: a PDF of a page a stop (checked with poppler's pdfinfo, pdftotext and pdfimages:
// each page's title and sources, charts as vectors, the speaker notes below or on pages of
// their own), PNG files of the stage's size, and clear messages for what cannot be done.
// And File > Export Path…'s dialog and export in the window.
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "library/library.h"
#include "models/pathchoice.h"
#include "models/selection.h"
#include "pathexportactions.h"
#include "testfiles.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_PathExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aPdfHasAPageAStopWithItsTitleAndSources();
    void aUserPathFromTheLibrary();
    void chartPagesAreVectors();
    void notesBelowOrOnPagesOfTheirOwn();
    void theDefaultPathOfEachExample_data();
    void theDefaultPathOfEachExample();
    void pngFilesOfTheStagesSize();
    void refusesWhatCannotBeDone_data();
    void refusesWhatCannotBeDone();
    void otherCommandsNeedNoGui();
    void theWindowExportsTheChosenPath();

private:
    test::ProgramRun tool(const QStringList &arguments) const;
    static QString run(const QString &program, const QStringList &arguments);
    static int pageCount(const QString &pdf);
    static QString pageText(const QString &pdf, int page); // whitespace made single spaces
    static QString simplified(const QString &text);

    QTemporaryDir m_dir;
    QString m_defence;
    std::shared_ptr<BriefingDatabase> m_database;
    BriefingPath m_path; // the talk's path, as the file has it
};

namespace {

// A path for the real-data example, every kind of stop, notes on two.
const char talkJson[] = R"({
  "format": "briefing-viewer-path", "version": 1, "briefing_id": "european-defence",
  "id": "talk", "title": "Defence spending in ten minutes",
  "stops": [
    {"kind": "overview", "title": "Where the money goes", "notes": "Open with the **totals**."},
    {"kind": "chart", "item": "chart-ukraine-russia", "title": "Ukraine and Russia", "from": "2014", "to": "2024",
     "highlight": "sipri_milex_pct_gdp_ukraine@2022", "notes": "Point at 2022: the invasion year."},
    {"kind": "chart", "item": "chart-eurostat-2021-2023", "title": "Country by country"},
    {"kind": "chart", "item": "epf_ukraine_cumulative_eur_bn", "title": "Aid under the Peace Facility"},
    {"kind": "item", "item": "faq-breaks", "title": "Why the series break"},
    {"kind": "timeline", "title": "What happened when", "from": "2014", "to": "2025"}
  ]
})";

} // namespace

void tst_PathExport::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty(),
             "poppler-utils are missing: run scripts/setup-deps");
    m_defence = m_dir.filePath(QStringLiteral("defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), m_defence, false).ok());
    const QString json = m_dir.filePath(QStringLiteral("talk.json"));
    QVERIFY(test::writeBytes(json, QByteArray(talkJson)));
    const test::ProgramRun added = tool({QStringLiteral("add-path"), m_defence, json});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    OpenError error;
    m_database = BriefingDatabase::open(m_defence, &error);
    QVERIFY2(m_database, qPrintable(error.message));
    QCOMPARE(m_database->briefing().paths.size(), 1);
    m_path = m_database->briefing().paths.first();
    QCOMPARE(m_path.stops.size(), 6);
}

test::ProgramRun tst_PathExport::tool(const QStringList &arguments) const
{
    // As a script on a server runs it: no display of any kind.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRIEFING_TOOL), arguments);
    test::ProgramRun result;
    if (!process.waitForFinished(240000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString tst_PathExport::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("(%1 failed: %2)").arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString tst_PathExport::simplified(const QString &text)
{
    // pdftotext writes ligatures ("ﬁ") where the font has them: compared in compatibility form.
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

int tst_PathExport::pageCount(const QString &pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString tst_PathExport::pageText(const QString &pdf, int page)
{
    const QString number = QString::number(page);
    return simplified(run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), number, QStringLiteral("-l"), number,
                                                        QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}));
}

void tst_PathExport::aPdfHasAPageAStopWithItsTitleAndSources()
{
    const QString pdf = m_dir.filePath(QStringLiteral("talk.pdf"));
    const test::ProgramRun exported = tool({QStringLiteral("export-path"), m_defence, QStringLiteral("--path"),
                                            QStringLiteral("talk"), QStringLiteral("-o"), pdf});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(exported.out.contains(QStringLiteral("Wrote the path “Defence spending in ten minutes” (6 stop(s))")));
    QVERIFY2(!exported.err.contains(QLatin1String("propagateSizeHints")), qPrintable(exported.err));
    QCOMPARE(pageCount(pdf), 6);
    // Each page: its stop's title, and the sources of its figures as the briefing names them.
    const Briefing &b = m_database->briefing();
    auto citations = [&b](const QStringList &seriesIds) {
        QStringList list;
        for (const QString &id : seriesIds) {
            for (const QString &source : b.series.at(b.rowOf(id)).sourceIds)
                list << simplified(b.citation(source));
        }
        return list;
    };
    const QStringList sipri = citations({QStringLiteral("sipri_milex_pct_gdp_ukraine"), QStringLiteral("sipri_milex_pct_gdp_russia")});
    const QStringList eurostat = citations({QStringLiteral("eurostat_gf02_pct_gdp_2021"), QStringLiteral("eurostat_gf02_pct_gdp_2023")});
    const QStringList epf = citations({QStringLiteral("epf_ukraine_cumulative_eur_bn")});
    QVERIFY(!sipri.isEmpty() && !eurostat.isEmpty() && !epf.isEmpty());
    const QVector<QStringList> sources{{}, sipri, eurostat, epf, {}, {}};
    for (int page = 1; page <= 6; ++page) {
        const QString text = pageText(pdf, page);
        QVERIFY2(text.contains(simplified(m_path.stops.at(page - 1).title)), qPrintable(QStringLiteral("page %1: %2").arg(page).arg(text)));
        for (const QString &source : sources.at(page - 1))
            QVERIFY2(text.contains(source), qPrintable(QStringLiteral("page %1 lacks “%2”: %3").arg(page).arg(source, text)));
        if (!sources.at(page - 1).isEmpty())
            QVERIFY(text.contains(QLatin1String("Source:")));
    }
    // The chart's own words: its axis and its series, as text.
    QVERIFY(pageText(pdf, 2).contains(QLatin1String("% of GDP")));
    // The stop's period (2014 to 2024) named under the axis from its first year to its last
    // (every year or every other, as the names at the lines' ends leave room), 2024 too.
    const QString chartPage = pageText(pdf, 2);
    QVERIFY2(chartPage.contains(QLatin1String("2014 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 Source:"))
                 || chartPage.contains(QLatin1String("2014 2016 2018 2020 2022 2024 Source:")),
             qPrintable(chartPage));
    // Each line named at its end, as the stage draws it.
    QVERIFY(chartPage.contains(QLatin1String("Ukraine: military expenditure (SIPRI)")));
    QVERIFY(chartPage.contains(QLatin1String("Russia: military expenditure (SIPRI)")));
    QVERIFY(pageText(pdf, 3).contains(QLatin1String("Latvia")));
    // The file's own title is the path's.
    QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QLatin1String("Defence spending in ten minutes")));
}

void tst_PathExport::aUserPathFromTheLibrary()
{
    // The user's own path, kept in their library (not in the file): found with --library.
    const QString libraryFile = m_dir.filePath(QStringLiteral("library.sqlite"));
    BriefingPath mine;
    mine.title = QStringLiteral("My three stops");
    mine.origin = BriefingPath::Origin::User;
    mine.stops = m_path.stops.mid(1, 3);
    {
        Library library;
        QCOMPARE(library.open(libraryFile), Library::State::Ready);
        QVERIFY(library.savePath(QStringLiteral("european-defence"), &mine));
    }
    QVERIFY(!mine.id.isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("mine.pdf"));
    const QStringList arguments{QStringLiteral("export-path"), m_defence, QStringLiteral("--path"), mine.id, QStringLiteral("-o"), pdf};
    // Without the library, the file's paths only: the message lists them.
    const test::ProgramRun without = tool(arguments);
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(without.err.contains(QLatin1String("Its paths: default, talk")), qPrintable(without.err));
    QVERIFY(!QFile::exists(pdf));
    const test::ProgramRun exported = tool(arguments + QStringList{QStringLiteral("--library"), libraryFile});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY2(exported.out.contains(QStringLiteral("Wrote the path “My three stops” (3 stop(s))")), qPrintable(exported.out));
    QCOMPARE(pageCount(pdf), 3);
    for (int page = 1; page <= 3; ++page)
        QVERIFY(pageText(pdf, page).contains(simplified(mine.stops.at(page - 1).title)));
    // An id in neither: the message names the user's paths too.
    const test::ProgramRun unknown = tool({QStringLiteral("export-path"), m_defence, QStringLiteral("--path"), QStringLiteral("nope"),
                                           QStringLiteral("--library"), libraryFile, QStringLiteral("-o"), pdf});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("Its paths: default, talk, ") + mine.id), qPrintable(unknown.err));
}

void tst_PathExport::chartPagesAreVectors()
{
    const QString pdf = m_dir.filePath(QStringLiteral("vectors.pdf"));
    const test::ProgramRun exported = tool({QStringLiteral("export-path"), m_defence, QStringLiteral("-o"), pdf,
                                            QStringLiteral("--look"), QStringLiteral("projector")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err)); // the file's first path, the talk
    QCOMPARE(pageCount(pdf), 6);
    for (int page = 1; page <= 6; ++page) {
        const QString number = QString::number(page);
        const QString list = run(QStringLiteral("pdfimages"), {QStringLiteral("-f"), number, QStringLiteral("-l"), number,
                                                               QStringLiteral("-list"), pdf});
        QVERIFY2(!list.startsWith(QLatin1String("(")), qPrintable(list));
        // A header of two lines, and no image under it.
        QCOMPARE(list.trimmed().split(QLatin1Char('\n')).size(), 2);
    }
}

void tst_PathExport::notesBelowOrOnPagesOfTheirOwn()
{
    const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
    const QString page = m_dir.filePath(QStringLiteral("page.pdf"));
    const QString below = m_dir.filePath(QStringLiteral("below.pdf"));
    for (const auto &[out, notes] : {std::pair{none, "none"}, std::pair{page, "page"}, std::pair{below, "below"}}) {
        const test::ProgramRun exported = tool({QStringLiteral("export-path"), m_defence, QStringLiteral("--path"), QStringLiteral("talk"),
                                                QStringLiteral("--notes"), QLatin1String(notes), QStringLiteral("--size"),
                                                QStringLiteral("1280x720"), QStringLiteral("-o"), out});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    }
    QVERIFY(!pageText(none, 1).contains(QLatin1String("Open with the")));
    // A page of notes after each stop that has some: the overview's and the first chart's.
    QCOMPARE(pageCount(page), 8);
    QVERIFY(pageText(page, 2).contains(QLatin1String("Speaker notes")));
    QVERIFY(pageText(page, 2).contains(QLatin1String("Open with the totals."))); // Markdown rendered
    QVERIFY(pageText(page, 4).contains(QLatin1String("Point at 2022: the invasion year.")));
    QVERIFY(pageText(page, 5).contains(QLatin1String("Country by country")));
    // Below: the same pages, those with notes taller.
    QCOMPARE(pageCount(below), 6);
    QVERIFY(pageText(below, 1).contains(QLatin1String("Where the money goes")));
    QVERIFY(pageText(below, 1).contains(QLatin1String("Open with the totals.")));
    const QString sizes = run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                          QStringLiteral("3"), below});
    QVERIFY2(sizes.contains(QRegularExpression(QStringLiteral("Page\\s+1 size:\\s+960 x 810 pts"))), qPrintable(sizes));
    QVERIFY2(sizes.contains(QRegularExpression(QStringLiteral("Page\\s+3 size:\\s+960 x 540 pts"))), qPrintable(sizes));
}

void tst_PathExport::theDefaultPathOfEachExample_data()
{
    QTest::addColumn<QString>("example");
    QTest::newRow("sample") << QStringLiteral("sample");
    QTest::newRow("european-defence") << QStringLiteral("european-defence");
}

void tst_PathExport::theDefaultPathOfEachExample()
{
    QFETCH(QString, example);
    const QString file = m_dir.filePath(example + QStringLiteral(".briefing"));
    if (!QFile::exists(file))
        QVERIFY(Examples::write(example, file, false).ok());
    OpenError error;
    const auto database = BriefingDatabase::open(file, &error);
    QVERIFY(database);
    const BriefingPath path = BriefingPath::defaultPath(database->briefing());
    const QString pdf = m_dir.filePath(example + QStringLiteral("-default.pdf"));
    const test::ProgramRun exported = tool({QStringLiteral("export-path"), file, QStringLiteral("--path"),
                                            QStringLiteral("default"), QStringLiteral("-o"), pdf});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QCOMPARE(pageCount(pdf), int(path.stops.size()));
    for (int page = 1; page <= path.stops.size(); ++page) {
        const QString text = pageText(pdf, page);
        QVERIFY2(text.contains(simplified(path.stops.at(page - 1).title).left(40)), qPrintable(text));
    }
}

void tst_PathExport::pngFilesOfTheStagesSize()
{
    const QString pattern = m_dir.filePath(QStringLiteral("stop-%n.png"));
    const test::ProgramRun exported = tool({QStringLiteral("export-path"), m_defence, QStringLiteral("--size"),
                                            QStringLiteral("1280x720"), QStringLiteral("-o"), pattern});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    QVERIFY(exported.out.contains(QStringLiteral("as 6 PNG file(s)")));
    QImage previous;
    for (int stop = 1; stop <= 6; ++stop) {
        const QImage image(m_dir.filePath(QStringLiteral("stop-%1.png").arg(stop)));
        QCOMPARE(image.size(), QSize(1280, 720));
        QVERIFY(image != previous); // each its own stop
        previous = image;
    }
    // Without %n: numbered before the suffix.
    const QString plain = m_dir.filePath(QStringLiteral("talk.png"));
    QCOMPARE(tool({QStringLiteral("export-path"), m_defence, QStringLiteral("-o"), plain}).exitCode, 0);
    QCOMPARE(QImage(m_dir.filePath(QStringLiteral("talk-6.png"))).size(), QSize(1920, 1080));
}

void tst_PathExport::refusesWhatCannotBeDone_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("-o");
    QTest::newRow("unknown path") << QStringList{QStringLiteral("--path"), QStringLiteral("keynote"), out, QStringLiteral("x.pdf")} << 1
                                  << QStringLiteral("has no path “keynote”. Its paths: default, talk");
    QTest::newRow("unwritable") << QStringList{out, QStringLiteral("/no-such-folder/x.pdf")} << 1
                                << QStringLiteral("Could not write “/no-such-folder/x.pdf”");
    QTest::newRow("no output") << QStringList{} << 2 << QStringLiteral("export-path needs the file to write");
    QTest::newRow("other suffix") << QStringList{out, QStringLiteral("x.svg")} << 2 << QStringLiteral("does not end in .pdf or .png");
    QTest::newRow("notes") << QStringList{QStringLiteral("--notes"), QStringLiteral("aside"), out, QStringLiteral("x.pdf")} << 2
                           << QStringLiteral("--notes takes none, below or page");
    QTest::newRow("notes in png") << QStringList{QStringLiteral("--notes"), QStringLiteral("page"), out, QStringLiteral("x.png")} << 1
                                  << QStringLiteral("Speaker notes go into a PDF only");
    QTest::newRow("size") << QStringList{QStringLiteral("--size"), QStringLiteral("20x10"), out, QStringLiteral("x.pdf")} << 2
                          << QStringLiteral("--size takes WIDTHxHEIGHT");
    QTest::newRow("look") << QStringList{QStringLiteral("--look"), QStringLiteral("dim"), out, QStringLiteral("x.pdf")} << 2
                          << QStringLiteral("--look takes normal or projector");
}

void tst_PathExport::refusesWhatCannotBeDone()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const test::Fingerprint before = test::fingerprint(m_defence);
    QDir::setCurrent(m_dir.path());
    const test::ProgramRun refused = tool(QStringList{QStringLiteral("export-path"), m_defence} + arguments);
    QCOMPARE(refused.exitCode, exitCode);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    QVERIFY(test::fingerprint(m_defence) == before);
    // A file that is not a briefing.
    const test::ProgramRun missing = tool({QStringLiteral("export-path"), m_dir.filePath(QStringLiteral("none.briefing")),
                                           QStringLiteral("-o"), QStringLiteral("x.pdf")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QLatin1String("none.briefing")));
}

void tst_PathExport::otherCommandsNeedNoGui()
{
    // Without a display or platform, the other commands run as before; help names export-path.
    const test::ProgramRun help = tool({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("export-path FILE -o OUT.pdf|OUT-%n.png")));
    const test::ProgramRun info = tool({QStringLiteral("info"), m_defence});
    QCOMPARE(info.exitCode, 0);
    QVERIFY(info.err.isEmpty());
}

void tst_PathExport::theWindowExportsTheChosenPath()
{
    // File > Export Path… in a window: after Quit's separator? No, before it; enabled with a
    // briefing open; it exports the path the window's PathChoice holds.
    QMainWindow window;
    QMenu *file = window.menuBar()->addMenu(QStringLiteral("File"));
    file->addAction(QStringLiteral("Open"));
    file->addSeparator();
    QAction *quit = file->addAction(QStringLiteral("Quit"));
    Selection selection;
    auto *choice = new PathChoice(&selection, &window);
    auto *actions = new PathExportActions(&window, file, &selection, choice);
    QVERIFY(!actions->exportAction()->isEnabled());
    selection.setDatabase(m_database);
    QVERIFY(actions->exportAction()->isEnabled());
    QCOMPARE(actions->pathChoice(), choice);
    const QList<QAction *> items = file->actions();
    QVERIFY(items.indexOf(actions->exportAction()) < items.indexOf(quit) - 1);
    QCOMPARE(choice->path().id, QStringLiteral("talk")); // the file's first path
    const QString pdf = m_dir.filePath(QStringLiteral("window.pdf"));
    QCOMPARE(actions->exportTo(pdf, 2, false, QSize(1280, 720)), QString());
    QCOMPARE(pageCount(pdf), 8);
    choice->setPath(BriefingPath::defaultPath(m_database->briefing()));
    QCOMPARE(actions->exportTo(pdf, 0, true, QSize(1280, 720)), QString());
    QCOMPARE(pageCount(pdf), int(BriefingPath::defaultPath(m_database->briefing()).stops.size()));
    // The dialog's choices: PNG turns the notes off.
    PathExportDialog dialog(QStringLiteral("Talk"), 6);
    dialog.show();
    auto *notes = dialog.findChild<QComboBox *>(QStringLiteral("notes"));
    notes->setCurrentIndex(1);
    QCOMPARE(dialog.notes(), 1);
    QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("formatPng")), Qt::LeftButton);
    QVERIFY(!dialog.isPdf());
    QVERIFY(!notes->isEnabled());
    QCOMPARE(dialog.notes(), 0);
    QCOMPARE(dialog.stageSize(), QSize(1920, 1080));
}

QTEST_MAIN(tst_PathExport)
#include "tst_pathexport.moc"
