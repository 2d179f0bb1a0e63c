// SPDX-License-Identifier: MIT
// Hostile FAQ answers (docs/format.md, "Limits on long text"): past the Markdown limits shown as
// plain text with a note; "Show all", clicked, adds the rest piece by piece, each piece within
// its bound, the window painting between any two, all of it in at the end.
#include "common/itemhtml.h"
#include "common/safemarkdown.h"
#include "content/markdowntext.h"
#include "content/textlimits.h"
#include "faq/faqlistview.h"
#include "faq/faqpanel.h"
#include "file/briefingdatabase.h"
#include "models/faqlistmodel.h"
#include "models/selection.h"
#include "hostiletext.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace bv;
using namespace bv::test;

namespace {
const QString showAll = ItemHtml::showAllUrl().toString();
} // namespace

class tst_HostileFaq : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void faqAnswerPastTheMarkdownLimitsIsPlainText_data();
    void faqAnswerPastTheMarkdownLimitsIsPlainText();
    void showAllInTheFaqShowsTheRest();
    void showAllInTheFaqAddsTheRestPieceByPiece();

private:
    std::shared_ptr<BriefingDatabase> open(const QString &sql, bool fullText = true);
    void clickShowAll(FaqListView *view, const QModelIndex &row);
    QTemporaryDir m_dir;
    int m_files = 0;
};

void tst_HostileFaq::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::shared_ptr<BriefingDatabase> tst_HostileFaq::open(const QString &sql, bool fullText)
{
    const QString path = m_dir.filePath(QStringLiteral("hostile-%1.briefing").arg(++m_files));
    if (!test::writeSample(path) || !test::execSql(path, sql))
        return {};
    OpenError error;
    auto database = BriefingDatabase::open(path, &error, fullText);
    if (!database)
        qWarning() << error.message;
    return database;
}

void tst_HostileFaq::clickShowAll(FaqListView *view, const QModelIndex &row)
{
    // Scroll the answer's link into view and click it.
    const SafeTextDocument *answer = view->answer(row);
    const int position = linkPosition(answer, showAll);
    QVERIFY2(position >= 0, "no \"Show all\" link");
    QTRY_VERIFY(view->answerRect(row).height() > 100);
    QPoint point = view->answerRect(row).topLeft() + pointOf(answer, position).toPoint();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + point.y() - view->viewport()->height() / 2);
    point = view->answerRect(row).topLeft() + pointOf(answer, position).toPoint();
    QVERIFY2(view->viewport()->rect().contains(point), qPrintable(QStringLiteral("%1,%2").arg(point.x()).arg(point.y())));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
}

void tst_HostileFaq::faqAnswerPastTheMarkdownLimitsIsPlainText_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("note");
    QTest::addColumn<int>("bound"); // characters of the answer laid out at once
    QTest::newRow("1 MB of *") << repeated(QStringLiteral("*"), 1'000'000)
                               << QStringLiteral("Markdown of more than %1 characters").arg(QLocale().toString(100000)) << TextLimits::shownChars + 600;
    QTest::newRow("400 KB of brackets") << repeated(QStringLiteral("[]("), 133'333)
                                        << QStringLiteral("Markdown of more than %1 characters").arg(QLocale().toString(100000)) << TextLimits::shownChars + 600;
    QTest::newRow("deeply nested") << QStringLiteral("'see ' || %1 || 'x'").arg(repeated(QStringLiteral("["), 40))
                                   << QStringLiteral("Markdown nested more than 16 levels deep") << 1000;
    QTest::newRow("many marks") << repeated(QStringLiteral("*a"), 6000)
                                << QStringLiteral("Markdown with more than %1 emphasis, code or link marks").arg(QLocale().toString(5000)) << TextLimits::shownChars + 600;
}

void tst_HostileFaq::faqAnswerPastTheMarkdownLimitsIsPlainText()
{
    QFETCH(QString, answer);
    QFETCH(QString, note);
    QFETCH(int, bound);
    auto database = open(QStringLiteral("UPDATE faq SET answer = %1 WHERE id = 'faq-troops';").arg(answer));
    QVERIFY(database);
    Selection selection;
    FaqPanel panel(&selection);
    selection.setDatabase(database);
    panel.resize(520, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    FaqListView *view = panel.view();
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex row = panel.model()->indexOfId(QStringLiteral("faq-troops"));
    QVERIFY(row.isValid());
    view->setFocus();
    view->setCurrentIndex(row);
    QTest::keyClick(view, Qt::Key_Return); // opens the answer
    QVERIFY(view->isExpanded(QStringLiteral("faq-troops")));
    const SafeTextDocument *shown = view->answer(row);
    QVERIFY2(shown->characterCount() < bound, qPrintable(QString::number(shown->characterCount())));
    QVERIFY2(shown->toPlainText().contains(QStringLiteral("Shown as plain text: ") + note), qPrintable(shown->toPlainText().left(300)));
    // No run without a break over TextLimits::runChars is laid out at once.
    for (QTextBlock block = shown->begin(); block.isValid(); block = block.next()) {
        for (const QString &line : block.text().split(QChar::LineSeparator)) {
            qsizetype run = 0;
            for (const QChar c : line) {
                run = c == QLatin1Char(' ') ? 0 : run + 1;
                QVERIFY2(run <= TextLimits::runChars, qPrintable(line.left(40)));
            }
        }
    }
    // As it is written: the marks are there, not read as Markdown.
    const QString start = QString(answer).contains(QLatin1String("'*a'")) ? QStringLiteral("*a*a*a") : QString();
    QVERIFY(start.isEmpty() || shown->toPlainText().contains(start));
    // The search index and its snippets see the same plain text.
    QVERIFY(markdownToPlainText(QStringLiteral("[").repeated(40)) == QStringLiteral("[").repeated(40));
}

void tst_HostileFaq::showAllInTheFaqShowsTheRest()
{
    auto database = open(QStringLiteral("UPDATE faq SET answer = %1 || '**THE-LAST-WORDS**' WHERE id = 'faq-troops';")
                             .arg(repeated(QStringLiteral("lorem ipsum "), 2000)));
    QVERIFY(database);
    Selection selection;
    FaqPanel panel(&selection);
    selection.setDatabase(database);
    panel.resize(520, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    FaqListView *view = panel.view();
    const QModelIndex row = panel.model()->indexOfId(QStringLiteral("faq-troops"));
    view->setFocus();
    view->setCurrentIndex(row);
    QTest::keyClick(view, Qt::Key_Return);
    SafeTextDocument *answer = view->answer(row);
    QVERIFY(!answer->toPlainText().contains(QStringLiteral("THE-LAST-WORDS")));
    QVERIFY(answer->characterCount() < TextLimits::shownChars + 600);
    QVERIFY(answer->toPlainText().contains(QStringLiteral("Show all (%1 characters)").arg(QLocale().toString(24018))));
    const int before = answer->characterCount();
    QSignalSpy pieces(view, &FaqListView::pieceShown);
    QSignalSpy done(view, &FaqListView::allShown);
    clickShowAll(view, row);
    // Nothing more is laid out in the click itself: the rest follows piece by piece.
    QVERIFY(view->isAddingPieces());
    QCOMPARE(view->answer(row), answer); // the same document, not laid out again whole
    QVERIFY(answer->characterCount() <= before);
    QVERIFY(done.wait(20000) || done.count() == 1);
    QVERIFY2(pieces.count() >= 2, qPrintable(QString::number(pieces.count())));
    for (const QList<QVariant> &piece : std::as_const(pieces))
        QVERIFY2(piece.at(0).toInt() > 0 && piece.at(0).toInt() <= TextLimits::showAllStepChars, qPrintable(piece.at(0).toString()));
    QVERIFY(view->showsAll(QStringLiteral("faq-troops")));
    answer = view->answer(row);
    QVERIFY(answer->toPlainText().contains(QStringLiteral("lorem ipsum THE-LAST-WORDS")));
    QCOMPARE(answer->toPlainText().count(QStringLiteral("lorem ipsum")), 2000); // whole, nothing twice
    QVERIFY(!answer->toPlainText().contains(QStringLiteral("Show all")));
    QVERIFY(answer->toPlainText().contains(QStringLiteral("Linked:"))); // still after the answer
    // Still Markdown: the last words are bold.
    QTextCursor last(answer);
    last.setPosition(answer->toPlainText().indexOf(QStringLiteral("THE-LAST-WORDS")) + 2);
    QCOMPARE(last.charFormat().fontWeight(), int(QFont::Bold));
}

void tst_HostileFaq::showAllInTheFaqAddsTheRestPieceByPiece()
{
    // 1 MB of "*" left in the file: past the Markdown limits and the hard maximum.
    auto database = open(QStringLiteral("UPDATE faq SET answer = %1 WHERE id = 'faq-troops';").arg(repeated(QStringLiteral("*"), 1'000'000)),
                         false);
    QVERIFY(database);
    Selection selection;
    QWidget window;
    auto *panel = new FaqPanel(&selection, &window);
    auto *frame = new FrameCounter;
    frame->setParent(&window);
    frame->setGeometry(0, 0, 8, 8);
    panel->setGeometry(0, 10, 520, 700);
    window.resize(520, 710);
    selection.setDatabase(database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FaqListView *view = panel->view();
    const QModelIndex row = panel->model()->indexOfId(QStringLiteral("faq-troops"));
    view->setFocus();
    view->setCurrentIndex(row);
    QTest::keyClick(view, Qt::Key_Return);
    SafeTextDocument *answer = view->answer(row);
    const int before = answer->characterCount();
    QVERIFY2(before < TextLimits::shownChars + 600, qPrintable(QString::number(before)));
    QVERIFY(answer->toPlainText().contains(QStringLiteral("Show all (%1 characters)").arg(QLocale().toString(1000000))));

    QVector<int> pieces;
    QVector<int> framesAt;
    connect(view, &FaqListView::pieceShown, this, [&](int characters) {
        pieces << characters;
        framesAt << frame->frames;
        frame->update(); // painted before the next piece, unless the pieces block the window
    });
    QSignalSpy done(view, &FaqListView::allShown);
    clickShowAll(view, row);
    QVERIFY(view->showsAll(QStringLiteral("faq-troops")));
    QVERIFY(view->isAddingPieces());
    QVERIFY(answer->characterCount() <= before);
    QVERIFY(done.wait(30000) || done.count() == 1);
    QCOMPARE(done.count(), 1);
    QCOMPARE(view->answer(row), answer);
    // A run without a space goes in pieces of a fifth of a step, the window painting between.
    QVERIFY2(pieces.size() >= (TextLimits::showAllChars - TextLimits::shownChars) / (TextLimits::showAllStepChars / 5), qPrintable(QString::number(pieces.size())));
    for (int i = 0; i < pieces.size(); ++i) {
        QVERIFY2(pieces.at(i) > 0 && pieces.at(i) <= TextLimits::showAllStepChars / 5, qPrintable(QString::number(pieces.at(i))));
        if (i > 0)
            QVERIFY2(framesAt.at(i) > framesAt.at(i - 1), qPrintable(QStringLiteral("no frame between pieces %1 and %2").arg(i - 1).arg(i)));
    }
    // All that "Show all" shows is in, as written, with the note at its end; each paragraph
    // within a piece.
    const QString shown = answer->toPlainText();
    QCOMPARE(shown.count(QLatin1Char('*')), TextLimits::showAllChars);
    QVERIFY(shown.contains(QStringLiteral("Only the first %1 of %2 characters are shown").arg(QLocale().toString(300000), QLocale().toString(1000000))));
    QVERIFY(!shown.contains(QStringLiteral("Show all")));
    // (the part shown at first with a line break after each run of TextLimits::runChars)
    for (QTextBlock block = answer->begin(); block.isValid(); block = block.next())
        QVERIFY2(block.length() <= TextLimits::showAllStepChars + TextLimits::showAllStepChars / TextLimits::runChars + 1,
                 qPrintable(QString::number(block.length())));
    // The row is as tall as its answer now is.
    QTRY_VERIFY(view->answerRect(row).height() >= int(answer->size().height()) - 1);
}

QTEST_MAIN(tst_HostileFaq)
#include "tst_hostilefaq.moc"
