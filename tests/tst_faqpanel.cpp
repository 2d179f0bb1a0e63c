// SPDX-License-Identifier: MIT
// The FAQ panel: answers in place, safe Markdown, item links, "Questions about this".
#include "file/briefingdatabase.h"
#include "models/faqlistmodel.h"
#include "faq/faqlistview.h"
#include "faq/faqpanel.h"
#include "models/itemroles.h"
#include "common/safemarkdown.h"
#include "content/textlimits.h"
#include "models/selection.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace bv;

class tst_FaqPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void keyboardOpensAndClosesAnswers();
    void questionsAboutThis();
    void answerLinksSelectItems_data();
    void answerLinksSelectItems();
    void arrowAndAnswerOnTheLeadingSide_data();
    void keyboardFollowsAnswerLinks();
    void arrowAndAnswerOnTheLeadingSide();
    void hostileMarkdownLoadsAndFollowsNothing_data();
    void hostileMarkdownLoadsAndFollowsNothing();
    void longTitlesAreCutBeforeTheyAreLaidOut();
    void answerRoleGivesAPartOfALongAnswer_data();
    void answerRoleGivesAPartOfALongAnswer();

private:
    std::shared_ptr<BriefingDatabase> m_database;
    std::unique_ptr<Selection> m_selection;
    std::unique_ptr<FaqPanel> m_panel;
    QTemporaryDir m_dir;
};

void tst_FaqPanel::init()
{
    // The sample, with one answer rewritten in Markdown with an item link.
    const QString path = m_dir.filePath(QStringLiteral("faq.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, QStringLiteral(
        "UPDATE faq SET answer = 'It **mimics** NATO''s clause; see [the guarantee](briefing:item/guarantee-article5-like) "
        "and [a link elsewhere](http://example.com/).' WHERE id = 'faq-article5';")));
    OpenError error;
    m_database = BriefingDatabase::open(path, &error);
    QVERIFY2(m_database, qPrintable(error.message));
    m_selection = std::make_unique<Selection>();
    m_panel = std::make_unique<FaqPanel>(m_selection.get());
    m_selection->setDatabase(m_database);
    m_panel->resize(520, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_FaqPanel::cleanup()
{
    m_panel.reset();
}

void tst_FaqPanel::keyboardOpensAndClosesAnswers()
{
    FaqListView *view = m_panel->view();
    QAbstractItemModelTester tester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_panel->model()->rowCount(), 4);
    view->setFocus();
    view->setCurrentIndex(m_panel->model()->index(0));
    const int closedHeight = view->visualRect(view->currentIndex()).height();
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(view->isExpanded(QStringLiteral("faq-troops")));
    QCOMPARE(m_selection->currentId(), QStringLiteral("faq-troops"));
    QTRY_VERIFY(view->visualRect(view->currentIndex()).height() > closedHeight * 2);
    QVERIFY(view->answer(view->currentIndex())->toPlainText().contains(QStringLiteral("limited, mission‑specific presence")));
    QTest::keyClick(view, Qt::Key_Space);
    QVERIFY(!view->isExpanded(QStringLiteral("faq-troops")));
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->currentIndex().row(), 0);
}

void tst_FaqPanel::questionsAboutThis()
{
    FaqListModel *model = m_panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->aboutThis()->setChecked(true);
    QCOMPARE(model->rowCount(), 4); // the overview is current: every question
    m_selection->select(QStringLiteral("scenario-guarantee-bloc"));
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row).data(IdRole).toString();
    QCOMPARE(ids, (QStringList{QStringLiteral("faq-troops"), QStringLiteral("faq-donbas")}));
    // Choosing one of them keeps the list it was chosen from.
    m_selection->select(QStringLiteral("faq-donbas"));
    QCOMPARE(model->rowCount(), 2);
    m_selection->select(QStringLiteral("event-ransomware-2022"));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_panel->findChild<QLabel *>()->text().contains(QStringLiteral("No question is linked to “Ransomware attack")));
    m_panel->aboutThis()->setChecked(false);
    QCOMPARE(model->rowCount(), 4);
}

void tst_FaqPanel::answerLinksSelectItems_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("left to right") << Qt::LeftToRight;
    QTest::newRow("right to left") << Qt::RightToLeft;
}

void tst_FaqPanel::answerLinksSelectItems()
{
    QFETCH(Qt::LayoutDirection, direction);
    m_panel->setLayoutDirection(direction);
    FaqListView *view = m_panel->view();
    const QModelIndex first = m_panel->model()->index(0);
    view->toggle(first);
    SafeTextDocument *answer = view->answer(first);
    QVERIFY(answer->toPlainText().contains(QStringLiteral("It mimics NATO's clause")));
    QVERIFY(answer->toPlainText().contains(QStringLiteral("Linked:")));
    // Find the inline link on screen and click it.
    QTRY_VERIFY(!view->answerRect(first).isEmpty());
    const QRect area = view->answerRect(first);
    QPoint hit;
    for (int y = 0; y < area.height() && hit.isNull(); y += 3) {
        for (int x = 0; x < area.width() && hit.isNull(); x += 3) {
            if (view->itemAt(area.topLeft() + QPoint(x, y)) == QStringLiteral("guarantee-article5-like"))
                hit = area.topLeft() + QPoint(x, y);
        }
    }
    QVERIFY(!hit.isNull());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, hit);
    QCOMPARE(m_selection->currentId(), QStringLiteral("guarantee-article5-like"));
    // The http link is text only: nothing under it is a link.
    for (QTextBlock block = answer->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text().contains(QStringLiteral("a link elsewhere")))
                QVERIFY(!it.fragment().charFormat().isAnchor());
        }
    }
}

void tst_FaqPanel::arrowAndAnswerOnTheLeadingSide_data()
{
    answerLinksSelectItems_data();
}

void tst_FaqPanel::arrowAndAnswerOnTheLeadingSide()
{
    QFETCH(Qt::LayoutDirection, direction);
    m_panel->setLayoutDirection(direction);
    FaqListView *view = m_panel->view();
    const QModelIndex first = m_panel->model()->index(0);
    view->toggle(first);
    QTRY_VERIFY(!view->answerRect(first).isEmpty());
    const int middle = view->viewport()->width() / 2;
    const QRect arrow = view->arrowRect(first);
    const QRect answer = view->answerRect(first);
    QVERIFY(view->visualRect(first).contains(arrow));
    if (direction == Qt::RightToLeft) {
        QVERIFY(arrow.left() > middle);
        QVERIFY(answer.right() < arrow.left()); // the answer is indented from the right
    } else {
        QVERIFY(arrow.right() < middle);
        QVERIFY(answer.left() > arrow.right());
    }
}

void tst_FaqPanel::keyboardFollowsAnswerLinks()
{
    FaqListView *view = m_panel->view();
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    view->setCurrentIndex(m_panel->model()->index(0));
    QTest::keyClick(view, Qt::Key_Return); // opens the answer, with its links
    QVERIFY(view->isExpanded(QStringLiteral("faq-article5")));
    QCOMPARE(view->focusedLink(), QString());
    // Tab: the inline link first, then every linked item, then out of the list.
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->focusedLink(), QStringLiteral("guarantee-article5-like"));
    QVERIFY(view->hasFocus());
    QStringList visited{view->focusedLink()};
    for (int i = 0; i < 20 && view->hasFocus(); ++i) {
        QTest::keyClick(view, Qt::Key_Tab);
        if (view->hasFocus())
            visited << view->focusedLink();
    }
    QVERIFY(!view->hasFocus());
    QVERIFY2(visited.size() >= 2 && !visited.contains(QString()), qPrintable(visited.join(QLatin1Char(' '))));
    QCOMPARE(m_selection->currentId(), QStringLiteral("faq-article5")); // Tab chose nothing
    // Back in: Shift+Tab walks the links backwards, Enter follows one.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Tab);
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->focusedLink(), visited.value(1));
    QTest::keyClick(view, Qt::Key_Backtab);
    QCOMPARE(view->focusedLink(), QStringLiteral("guarantee-article5-like"));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(m_selection->currentId(), QStringLiteral("guarantee-article5-like"));
    QVERIFY(view->isExpanded(QStringLiteral("faq-article5"))); // following a link does not close the answer
    QTest::keyClick(view, Qt::Key_Backtab); // back on the question itself
    QCOMPARE(view->focusedLink(), QString());
    QVERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(!view->isExpanded(QStringLiteral("faq-article5")));
}

void tst_FaqPanel::hostileMarkdownLoadsAndFollowsNothing_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("shown"); // text the reader still sees
    QTest::newRow("markdown image") << "![secret](file:///etc/passwd)" << "[image: secret]";
    QTest::newRow("remote image, no alt") << "![](http://example.com/t.png)" << "";
    QTest::newRow("remote image") << "![chart](http://example.com/t.png)" << "[image: chart]";
    QTest::newRow("html image") << "<img src=\"file:///etc/hostname\">" << "";
    QTest::newRow("script") << "<script>alert(1)</script> text" << "text";
    QTest::newRow("file link") << "[open](file:///etc/passwd)" << "open";
    QTest::newRow("http link") << "[site](https://example.com)" << "site";
    QTest::newRow("autolink") << "see https://example.com/x now" << "now";
    QTest::newRow("javascript link") << "[x](javascript:alert(1))" << "x";
    QTest::newRow("html anchor") << "<a href=\"http://example.com\">a</a>" << "";
}

void tst_FaqPanel::hostileMarkdownLoadsAndFollowsNothing()
{
    QFETCH(QString, markdown);
    QFETCH(QString, shown);
    SafeTextDocument doc;
    const QStringList items = doc.setSafeMarkdown(markdown);
    QVERIFY(items.isEmpty());
    QVERIFY(doc.toPlainText().contains(shown));
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY2(!format.isImageFormat(), "an image survived");
            QVERIFY2(!format.isAnchor(), qPrintable(format.anchorHref()));
        }
    }
    QVERIFY(!doc.toHtml().contains(QStringLiteral("<img")));
}

void tst_FaqPanel::longTitlesAreCutBeforeTheyAreLaidOut()
{
    // A 1 MB title on an item the answer links to, and a 1 MB question.
    m_panel.reset();
    m_selection.reset();
    m_database.reset();
    const QString path = m_dir.filePath(QStringLiteral("titles.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, QStringLiteral("UPDATE guarantee SET title = replace(hex(zeroblob(1000000)), '00', 'W') "
                                               "WHERE id = 'guarantee-article5-like';"
                                               "UPDATE faq SET question = replace(hex(zeroblob(1000000)), '00', 'Q') WHERE id = 'faq-troops';")));
    OpenError error;
    m_database = BriefingDatabase::open(path, &error, false);
    QVERIFY2(m_database, qPrintable(error.message));
    m_selection = std::make_unique<Selection>();
    m_panel = std::make_unique<FaqPanel>(m_selection.get());
    m_selection->setDatabase(m_database);
    m_panel->resize(520, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    FaqListView *view = m_panel->view();
    const QModelIndex row = m_panel->model()->indexOfId(QStringLiteral("faq-troops"));
    QVERIFY(row.isValid());
    // What the delegate measures and draws: the question cut.
    QCOMPARE(row.data().toString().size(), TextLimits::titleChars);
    view->setFocus();
    view->setCurrentIndex(row);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(view->isExpanded(QStringLiteral("faq-troops")));
    // The answer and its links, each linked title cut: no 1 MB line laid out.
    const SafeTextDocument *answer = view->answer(row);
    const QString shown = answer->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("Linked:")));
    QVERIFY(shown.contains(QStringLiteral("W").repeated(TextLimits::titleChars - 1) + QChar(0x2026)));
    QVERIFY2(answer->characterCount() < 5000, qPrintable(QString::number(answer->characterCount())));
    QVERIFY2(view->visualRect(row).height() < 2000, qPrintable(QString::number(view->visualRect(row).height())));
    // "Questions about this" names the item by its cut title.
    m_panel->aboutThis()->setChecked(true);
    m_selection->select(QStringLiteral("guarantee-article5-like"));
    const QString status = m_panel->findChild<QLabel *>()->text();
    QVERIFY(status.contains(QStringLiteral("WWWW")));
    QVERIFY2(status.size() < TextLimits::titleChars + 200, qPrintable(QString::number(status.size())));
}

void tst_FaqPanel::answerRoleGivesAPartOfALongAnswer_data()
{
    QTest::addColumn<bool>("fullText");
    QTest::newRow("answer left in the file") << false;
    QTest::newRow("answer read into memory") << true;
}

void tst_FaqPanel::answerRoleGivesAPartOfALongAnswer()
{
    // A 5 MB answer: the model gives the part BriefingDatabase::textPart reads, never the whole.
    QFETCH(bool, fullText);
    m_panel.reset();
    m_selection.reset();
    m_database.reset();
    const QString path = m_dir.filePath(QStringLiteral("long-answer.briefing"));
    QFile::remove(path);
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, QStringLiteral("UPDATE faq SET answer = 'opening ' || replace(hex(zeroblob(2500000)), '00', 'ab') "
                                               "|| ' closing' WHERE id = 'faq-troops';")));
    OpenError error;
    m_database = BriefingDatabase::open(path, &error, fullText);
    QVERIFY2(m_database, qPrintable(error.message));
    m_selection = std::make_unique<Selection>();
    m_selection->setDatabase(m_database);
    FaqListModel model(m_selection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex row = model.indexOfId(QStringLiteral("faq-troops"));
    QVERIFY(row.isValid());
    const QString answer = row.data(FaqListModel::AnswerRole).toString();
    QCOMPARE(answer.size(), qsizetype(TextLimits::showAllChars));
    QVERIFY(answer.startsWith(QStringLiteral("opening abab")));
    QVERIFY(!answer.contains(QStringLiteral("closing")));
    // A short answer is given whole.
    const QModelIndex other = model.indexOfId(QStringLiteral("faq-article5"));
    QVERIFY(other.isValid());
    QCOMPARE(other.data(FaqListModel::AnswerRole).toString(), m_database->faqAnswer(m_database->briefing().find(QStringLiteral("faq-article5"))->index));
}

QTEST_MAIN(tst_FaqPanel)
#include "tst_faqpanel.moc"
