// SPDX-License-Identifier: MIT
// briefing-viewer --export-chart ID -o OUT FILE, run as a script runs it: without a display,
// writing PNG, SVG or PDF of the chart the panel shows, and refusing a wrong command line
// with a message that says what to do. The briefing file is never touched.
#include "file/examples.h"
#include "testfiles.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_ChartExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writesEachFormatWithoutADisplay();
    void showsTheChartInAContentLanguage();
    void refusesAWrongCommandLine_data();
    void refusesAWrongCommandLine();

private:
    // The viewer run with no display at all: no X, no Wayland, no platform chosen.
    test::ProgramRun viewer(const QStringList &arguments);

    QTemporaryDir m_dir; // the briefing alone: its fingerprint names what is beside it
    QTemporaryDir m_out;
    QString m_path;
};

void tst_ChartExport::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), m_path, false).ok());
}

test::ProgramRun tst_ChartExport::viewer(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QLatin1String(name));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRIEFING_VIEWER), arguments);
    test::ProgramRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void tst_ChartExport::writesEachFormatWithoutADisplay()
{
    const test::Fingerprint before = test::fingerprint(m_path);
    // SVG: every label as text, the legend with the status and the source.
    const QString svg = m_out.filePath(QStringLiteral("eurostat.svg"));
    test::ProgramRun run = viewer({QStringLiteral("--export-chart"), QStringLiteral("chart-eurostat-2021-2023"),
                                   QStringLiteral("-o"), svg, m_path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Wrote the chart “chart-eurostat-2021-2023” to")));
    QVERIFY2(!run.err.contains(QStringLiteral("propagateSizeHints")), qPrintable(run.err));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (const char *expected : {"Government defence expenditure by country, 2021 and 2023", "Latvia", "Euro area",
                                 "Provisional", "Government defence expenditure by country, 2023 (Eurostat)", "3.1",
                                 "Source: Eurostat", "European defence spending"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // PNG of the size asked for; PDF; a series on a chart of its own.
    const QString png = m_out.filePath(QStringLiteral("eda.png"));
    run = viewer({QStringLiteral("--export-chart"), QStringLiteral("chart-eda-totals"), QStringLiteral("--size"),
                  QStringLiteral("1200x700"), QStringLiteral("-o"), png, m_path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(QImage(png).size(), QSize(1200, 700));
    const QString pdf = m_out.filePath(QStringLiteral("sipri.pdf"));
    run = viewer({QStringLiteral("--export-chart"), QStringLiteral("sipri_milex_pct_gdp_russia"), QStringLiteral("-o"), pdf, m_path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QCOMPARE(pdfFile.read(5), QByteArray("%PDF-"));
    // Without a file: the sample.
    const QString sample = m_out.filePath(QStringLiteral("fund.png"));
    run = viewer({QStringLiteral("--export-chart"), QStringLiteral("eu-defence-fund"), QStringLiteral("-o"), sample});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!QImage(sample).isNull());
    QVERIFY(test::fingerprint(m_path) == before); // the briefing as it was
}

void tst_ChartExport::showsTheChartInAContentLanguage()
{
    const QString svg = m_out.filePath(QStringLiteral("de.svg"));
    // The briefing's text in its German translation, the program's own (legend, source) in
    // the language asked for.
    const test::ProgramRun run = viewer({QStringLiteral("--export-chart"), QStringLiteral("chart-eurostat-2021-2023"),
                                         QStringLiteral("--content-language"), QStringLiteral("de"), QStringLiteral("--language"),
                                         QStringLiteral("de"), QStringLiteral("-o"), svg, m_path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("wurde nach")));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Staatliche Verteidigungsausgaben nach Land, 2021 und 2023")));
    QVERIFY(text.contains(QStringLiteral("Vorläufig")));
    QVERIFY(text.contains(QStringLiteral("Quelle: ")));
    QVERIFY(!text.contains(QStringLiteral("Provisional")));
}

void tst_ChartExport::refusesAWrongCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("/nonexistent-folder/x.svg");
    QTest::newRow("unknown id") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("no-such-chart"), QStringLiteral("-o"),
                                               QStringLiteral("x.svg"), QStringLiteral("FILE")}
                                << 1 << QStringLiteral("has no chart or series “no-such-chart”. Its charts: ");
    QTest::newRow("no output") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("chart-eda-totals"), QStringLiteral("FILE")}
                               << 2 << QStringLiteral("add -o OUT.png, -o OUT.svg or -o OUT.pdf");
    QTest::newRow("unknown format") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("chart-eda-totals"),
                                                   QStringLiteral("-o"), QStringLiteral("x.jpg"), QStringLiteral("FILE")}
                                    << 2 << QStringLiteral("does not end in .png, .svg or .pdf");
    QTest::newRow("bad size") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("chart-eda-totals"), QStringLiteral("--size"),
                                             QStringLiteral("big"), QStringLiteral("-o"), QStringLiteral("x.png"), QStringLiteral("FILE")}
                              << 2 << QStringLiteral("--size takes WIDTHxHEIGHT");
    QTest::newRow("missing file") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("chart-eda-totals"), QStringLiteral("-o"),
                                                 QStringLiteral("x.png"), QStringLiteral("/nonexistent/none.briefing")}
                                  << 1 << QStringLiteral("none.briefing");
    QTest::newRow("folder not writable") << QStringList{QStringLiteral("--export-chart"), QStringLiteral("chart-eda-totals"),
                                                        QStringLiteral("-o"), out, QStringLiteral("FILE")}
                                         << 1 << QStringLiteral("Could not write");
}

void tst_ChartExport::refusesAWrongCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    arguments.replaceInStrings(QStringLiteral("FILE"), m_path);
    for (QString &argument : arguments) {
        if (argument == QLatin1String("x.svg") || argument == QLatin1String("x.png") || argument == QLatin1String("x.jpg"))
            argument = m_out.filePath(argument);
    }
    const test::ProgramRun run = viewer(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("x.svg"))) && !QFile::exists(m_out.filePath(QStringLiteral("x.png"))));
}

QTEST_MAIN(tst_ChartExport)
#include "tst_chartexport.moc"
