// SPDX-License-Identifier: MIT
// Long speaker notes in a path's PDF (checked with poppler's pdfinfo and pdftotext): on pages
// of their own they continue on further pages, numbered, to their last word; below the stop
// the strip says where they are cut and they follow in full. Nothing is dropped in silence.
#include "file/briefingdatabase.h"
#include "present/pathexport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_PathExportNotes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void longNotesContinueOnFurtherPages();
    void notesTooLongForTheStripFollowInFull();
    void shortNotesStayOnOnePage();

private:
    static QString run(const QString &program, const QStringList &arguments);
    static int pageCount(const QString &pdf);
    static QString text(const QString &pdf, int first = 0, int last = 0); // all pages when 0
    static QString longNotes(int paragraphs);
    BriefingPath pathWith(const QString &notes) const;

    QTemporaryDir m_dir;
    std::shared_ptr<BriefingDatabase> m_sample;
};

void tst_PathExportNotes::initTestCase()
{
    OpenError error;
    m_sample = BriefingDatabase::openSample(&error);
    QVERIFY2(m_sample, qPrintable(error.message));
}

QString tst_PathExportNotes::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QString();
    return QString::fromUtf8(process.readAllStandardOutput());
}

int tst_PathExportNotes::pageCount(const QString &pdf)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

QString tst_PathExportNotes::text(const QString &pdf, int first, int last)
{
    QStringList arguments;
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    arguments << pdf << QStringLiteral("-");
    // One line of words, in compatibility form (pdftotext writes ligatures where the font has them).
    return run(QStringLiteral("pdftotext"), arguments).normalized(QString::NormalizationForm_KC).simplified();
}

QString tst_PathExportNotes::longNotes(int paragraphs)
{
    QString notes;
    for (int i = 1; i <= paragraphs; ++i)
        notes += QStringLiteral("Paragraph %1: the guarantee's wording matters more than its length, and the audience "
                                "will ask who pays, who decides and what happens when one partner says no.\n\n")
                     .arg(i);
    return notes + QStringLiteral("The very last words of these notes.");
}

BriefingPath tst_PathExportNotes::pathWith(const QString &notes) const
{
    BriefingPath path = BriefingPath::defaultPath(m_sample->briefing());
    path.stops = path.stops.mid(0, 2);
    path.stops[0].notes = notes;
    path.stops[1].notes = QStringLiteral("Short notes of the second stop.");
    return path;
}

void tst_PathExportNotes::longNotesContinueOnFurtherPages()
{
    const QString pdf = m_dir.filePath(QStringLiteral("page.pdf"));
    PathExport::Options options;
    options.notes = PathExport::Notes::Page;
    QCOMPARE(PathExport::write(m_sample, pathWith(longNotes(40)), pdf, options), QString());
    // The stop, its notes on three or more pages, the second stop and its page of notes.
    const int pages = pageCount(pdf);
    QVERIFY2(pages >= 2 + 3 + 1, qPrintable(QString::number(pages)));
    const int notesPages = pages - 3;
    const QString all = text(pdf);
    QVERIFY2(all.contains(QStringLiteral("The very last words of these notes.")), qPrintable(all.right(400)));
    for (int i = 1; i <= 40; ++i)
        QVERIFY2(all.contains(QStringLiteral("Paragraph %1:").arg(i)), qPrintable(QString::number(i)));
    // Each of those pages says which it is, and the stop's second page goes on where the first stopped.
    for (int page = 1; page <= notesPages; ++page) {
        const QString shown = text(pdf, page + 1, page + 1);
        QVERIFY2(shown.contains(QStringLiteral("Speaker notes of stop 1, page %1 of %2").arg(page).arg(notesPages)),
                 qPrintable(shown.right(200)));
    }
    const QString second = text(pdf, 3, 3);
    QVERIFY(second.contains(QStringLiteral("Paragraph")));
    QVERIFY(!text(pdf, 2, 2).contains(QStringLiteral("The very last words")));
    QVERIFY(text(pdf, pages, pages).contains(QStringLiteral("Short notes of the second stop.")));
    QVERIFY(!text(pdf, pages, pages).contains(QStringLiteral("page 1 of"))); // one page: no number
}

void tst_PathExportNotes::notesTooLongForTheStripFollowInFull()
{
    const QString pdf = m_dir.filePath(QStringLiteral("below.pdf"));
    PathExport::Options options;
    options.notes = PathExport::Notes::Below;
    QCOMPARE(PathExport::write(m_sample, pathWith(longNotes(40)), pdf, options), QString());
    const int pages = pageCount(pdf);
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
    const QString first = text(pdf, 1, 1);
    QVERIFY2(first.contains(QStringLiteral("These notes are cut here: they follow in full on the next page.")),
             qPrintable(first.right(300)));
    QVERIFY(!first.contains(QStringLiteral("The very last words")));
    const QString rest = text(pdf, 2, pages - 1);
    QVERIFY(rest.contains(QStringLiteral("Paragraph 1:")));
    QVERIFY(rest.contains(QStringLiteral("The very last words of these notes.")));
    // The second stop's short notes stay in its strip.
    const QString last = text(pdf, pages, pages);
    QVERIFY(last.contains(QStringLiteral("Short notes of the second stop.")));
    QVERIFY(!last.contains(QStringLiteral("cut here")));
}

void tst_PathExportNotes::shortNotesStayOnOnePage()
{
    const QString pdf = m_dir.filePath(QStringLiteral("short.pdf"));
    PathExport::Options options;
    options.notes = PathExport::Notes::Page;
    QCOMPARE(PathExport::write(m_sample, pathWith(longNotes(2)), pdf, options), QString());
    QCOMPARE(pageCount(pdf), 4);
    QVERIFY(text(pdf, 2, 2).contains(QStringLiteral("The very last words of these notes.")));
    QVERIFY(!text(pdf).contains(QStringLiteral("page 1 of")));
}

QTEST_MAIN(tst_PathExportNotes)
#include "tst_pathexportnotes.moc"
