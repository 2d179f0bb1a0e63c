// SPDX-License-Identifier: MIT
// Search from the user's side: the panel finds, highlights and selects; the window's field,
// Ctrl+F and Esc drive it.
#include "file/briefingdatabase.h"
#include "search/highlightfit.h"
#include "models/itemroles.h"
#include "currentbriefing.h"
#include "mainwindow.h"
#include "search/searchpanel.h"
#include "search/searchresults.h"
#include "models/searchresultsmodel.h"
#include "models/searchstate.h"
#include "models/selection.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTest>
#include <QTreeView>

using namespace bv;

namespace {

QStringList foundIds(SearchResultsModel *model)
{
    QStringList ids;
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row)
            ids << model->index(row, 0, parent).data(IdRole).toString();
    }
    return ids;
}

// The window on the sample, shown and active, its search index ready.
void showSampleReady(MainWindow &window, QLineEdit **field, SearchPanel **panel)
{
    window.currentBriefing()->openSample();
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    *panel = window.findChild<SearchPanel *>();
    QVERIFY(*field && *panel);
    QTRY_VERIFY_WITH_TIMEOUT((*panel)->isReady(), 20000);
}

} // namespace

class tst_SearchPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sampleIsSearchedOnceItsIndexIsBuilt();
    void shippedIndexIsReadyAtOnce();
    void largeFilesIndexIsCheckedInTheBackground();
    void hostileTextIsJustText();
    void narrowTextKeepsTheFirstMatchInView_data();
    void narrowTextKeepsTheFirstMatchInView();
    void narrowPanelShowsEveryFirstMatch();
    void windowFieldCtrlFAndEsc();
    void downAndUpBetweenFieldAndResults();
    void ctrlFShowsAHiddenToolbar();
    void searchAtStartFindsInTheBriefingBeingOpened();
    void searchesTheContentLanguage();

private:
    QTemporaryDir m_dir;
};

void tst_SearchPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_searchpanel"));
}

void tst_SearchPanel::sampleIsSearchedOnceItsIndexIsBuilt()
{
    OpenError error;
    auto sample = BriefingDatabase::openSample(&error);
    QVERIFY(sample);
    Selection selection;
    SearchState query;
    SearchPanel panel(&selection, &query);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    selection.setDatabase(sample);
    QTRY_VERIFY_WITH_TIMEOUT(panel.isReady(), 20000); // built in a worker thread

    query.setText(QStringLiteral("Senate"));
    panel.searchNow();
    QVERIFY(foundIds(panel.model()).contains(QStringLiteral("faq-senate")));

    query.setText(QStringLiteral("blackout"));
    panel.searchNow();
    const QStringList blackout = foundIds(panel.model());
    QVERIFY2(blackout.contains(QStringLiteral("event-ransomware-2022")), qPrintable(blackout.join(QLatin1Char(' '))));
    // The matched word is highlighted where it stands in the snippet or the title.
    bool highlighted = false;
    for (int group = 0; group < panel.model()->rowCount(); ++group) {
        const QModelIndex parent = panel.model()->index(group, 0);
        for (int row = 0; row < panel.model()->rowCount(parent); ++row) {
            const QModelIndex hit = panel.model()->index(row, 0, parent);
            const QString snippet = hit.data(SearchResultsModel::SnippetRole).toString();
            for (const QVariant &range : hit.data(SearchResultsModel::SnippetHighlightsRole).toList()) {
                const QPoint r = range.toPoint();
                highlighted = highlighted || snippet.mid(r.x(), r.y()).compare(QStringLiteral("blackout"), Qt::CaseInsensitive) == 0;
            }
        }
    }
    QVERIFY(highlighted);

    query.setText(QStringLiteral("ranso"));
    panel.activateFirst();
    QVERIFY(foundIds(panel.model()).contains(QStringLiteral("event-ransomware-2022")));
    QCOMPARE(selection.currentId(), panel.model()->firstHit().data(IdRole).toString());
}

void tst_SearchPanel::shippedIndexIsReadyAtOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("indexed.briefing"));
    QVERIFY(test::writeSample(path)); // briefing-tool's writer ships the index
    const test::Fingerprint before = test::fingerprint(path);
    OpenError error;
    auto database = BriefingDatabase::open(path, &error, false);
    QVERIFY2(database, qPrintable(error.message));
    Selection selection;
    SearchState query;
    SearchPanel panel(&selection, &query);
    selection.setDatabase(database);
    QVERIFY(panel.isReady());
    QVERIFY(panel.usesShippedIndex());
    query.setText(QStringLiteral("Dayton"));
    panel.searchNow();
    QVERIFY(foundIds(panel.model()).contains(QStringLiteral("event-dayton-1995")));
    // Descriptions are not in memory (opened without full text) but are searched.
    query.setText(QStringLiteral("enforcement mechanisms"));
    panel.searchNow();
    QVERIFY(foundIds(panel.model()).contains(QStringLiteral("scenario-guarantee-bloc")));
    QCOMPARE(test::fingerprint(path), before);
}

void tst_SearchPanel::hostileTextIsJustText()
{
    OpenError error;
    auto sample = BriefingDatabase::openSample(&error);
    Selection selection;
    SearchState query;
    SearchPanel panel(&selection, &query);
    selection.setDatabase(sample);
    QTRY_VERIFY_WITH_TIMEOUT(panel.isReady(), 20000);
    for (const QString &text : {QStringLiteral("\""), QStringLiteral("NEAR(a b"), QStringLiteral("'; DROP TABLE faq; --"),
                                QStringLiteral("title:senate"), QStringLiteral("*"), QString(5000, QLatin1Char('x'))}) {
        query.setText(text);
        panel.searchNow();
        QVERIFY2(!panel.model()->results().failed, qPrintable(text.left(40)));
        const SearchResults first = panel.model()->results();
        panel.searchNow();
        QCOMPARE(panel.model()->results().total, first.total); // stable
        QVERIFY(panel.isReady()); // the index was not thrown away as damaged
    }
}

void tst_SearchPanel::narrowTextKeepsTheFirstMatchInView_data()
{
    const QString text = QStringLiteral("Each pathway hinges on how quickly Washington can translate diplomatic wording into "
                                        "legally binding commitments that survive Senate scrutiny.");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("cutBefore");
    QTest::addColumn<bool>("cutAfter");
    QTest::newRow("match near the end") << text << QStringLiteral("Senate") << 200 << true << false;
    QTest::newRow("match near the start") << text << QStringLiteral("pathway") << 200 << false << true;
    QTest::newRow("match in the middle") << text << QStringLiteral("diplomatic") << 150 << true << true;
    QTest::newRow("wide enough") << text << QStringLiteral("Senate") << 4000 << false << false;
}

void tst_SearchPanel::narrowTextKeepsTheFirstMatchInView()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(int, width);
    QFETCH(bool, cutBefore);
    QFETCH(bool, cutAfter);
    const QFont font = QApplication::font();
    QFont bold = font;
    bold.setBold(true);
    const QList<QPoint> ranges{QPoint(int(text.indexOf(word)), int(word.size()))};
    const FittedText shown = fitHighlighted(text, ranges, font, bold, width);
    QVERIFY2(highlightedWidth(shown.text, shown.ranges, font, bold) <= width, qPrintable(shown.text));
    QCOMPARE(shown.text.startsWith(QChar(0x2026)), cutBefore);
    QCOMPARE(shown.text.endsWith(QChar(0x2026)), cutAfter);
    QCOMPARE(shown.ranges.size(), 1);
    QCOMPARE(shown.text.mid(shown.ranges.first().x(), shown.ranges.first().y()), word);
    QVERIFY(text.mid(shown.from).startsWith(shown.text.mid(cutBefore ? 1 : 0, 6)));
}

void tst_SearchPanel::narrowPanelShowsEveryFirstMatch()
{
    // Every snippet of a real search, in a panel too narrow for any of them.
    OpenError error;
    auto sample = BriefingDatabase::openSample(&error);
    Selection selection;
    SearchState query;
    SearchPanel panel(&selection, &query);
    selection.setDatabase(sample);
    QTRY_VERIFY_WITH_TIMEOUT(panel.isReady(), 20000);
    query.setText(QStringLiteral("senate treaty"));
    panel.searchNow();
    const QFont font = panel.view()->font();
    QFont bold = font;
    bold.setBold(true);
    int cut = 0;
    for (int group = 0; group < panel.model()->rowCount(); ++group) {
        const QModelIndex parent = panel.model()->index(group, 0);
        for (int row = 0; row < panel.model()->rowCount(parent); ++row) {
            const QModelIndex hit = panel.model()->index(row, 0, parent);
            const QString snippet = hit.data(SearchResultsModel::SnippetRole).toString();
            QList<QPoint> ranges;
            for (const QVariant &range : hit.data(SearchResultsModel::SnippetHighlightsRole).toList())
                ranges << range.toPoint();
            QVERIFY(!ranges.isEmpty());
            const QPoint first = *std::min_element(ranges.cbegin(), ranges.cend(),
                                                    [](QPoint a, QPoint b) { return a.x() < b.x(); });
            const FittedText shown = fitHighlighted(snippet, ranges, font, bold, 160);
            QVERIFY2(highlightedWidth(shown.text, shown.ranges, font, bold) <= 160, qPrintable(shown.text));
            QVERIFY2(!shown.ranges.isEmpty(), qPrintable(snippet));
            const QPoint inView = shown.ranges.first();
            QCOMPARE(shown.text.mid(inView.x(), inView.y()), snippet.mid(first.x(), first.y()));
            cut += shown.text != snippet;
        }
    }
    QVERIFY(cut > 0);
}

void tst_SearchPanel::windowFieldCtrlFAndEsc()
{
    MainWindow window;
    QLineEdit *field = nullptr;
    SearchPanel *panel = nullptr;
    showSampleReady(window, &field, &panel);
    if (QTest::currentTestFailed())
        return;
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("Senate"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(foundIds(panel->model()).contains(QStringLiteral("faq-senate")));
    QVERIFY(window.selection()->currentId() != QStringLiteral("us-guarantees-ukraine")); // Enter made a result current
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
}

void tst_SearchPanel::downAndUpBetweenFieldAndResults()
{
    MainWindow window;
    QLineEdit *field = nullptr;
    SearchPanel *panel = nullptr;
    showSampleReady(window, &field, &panel);
    if (QTest::currentTestFailed())
        return;
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("treaty"));
    const QString before = window.selection()->currentId();
    QTest::keyClick(field, Qt::Key_Down);
    QTRY_VERIFY(panel->view()->hasFocus());
    const QModelIndex first = panel->model()->firstHit();
    QVERIFY(first.isValid());
    QCOMPARE(panel->view()->currentIndex(), first);
    QCOMPARE(window.selection()->currentId(), before); // only Enter or a click chooses
    QTest::keyClick(panel->view(), Qt::Key_Down);
    QVERIFY(panel->view()->currentIndex() != first);
    QTest::keyClick(panel->view(), Qt::Key_Up);
    QCOMPARE(panel->view()->currentIndex(), first);
    QTest::keyClick(panel->view(), Qt::Key_Up);
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(field->text(), QStringLiteral("treaty"));
    // Down again, then Enter: the result is current in every view.
    QTest::keyClick(field, Qt::Key_Down);
    QTRY_VERIFY(panel->view()->hasFocus());
    QTest::keyClick(panel->view(), Qt::Key_Return);
    QCOMPARE(window.selection()->currentId(), first.data(IdRole).toString());
    QTest::keyClick(panel->view(), Qt::Key_Up);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
}

void tst_SearchPanel::ctrlFShowsAHiddenToolbar()
{
    MainWindow window;
    window.currentBriefing()->openSample();
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(field && toolBar);
    toolBar->toggleViewAction()->trigger(); // View > Toolbar off
    QVERIFY(!field->isVisible());
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field->isVisible());
    QTRY_VERIFY(field->hasFocus());
    QVERIFY(toolBar->toggleViewAction()->isChecked());
}

void tst_SearchPanel::searchAtStartFindsInTheBriefingBeingOpened()
{
    // As `briefing-viewer --search blackout FILE` does: the text is searched for in the
    // file once it is open, and the search panel is in view.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("start.briefing"));
    QVERIFY(test::writeSample(path));
    MainWindow window;
    window.resize(1400, 900);
    window.currentBriefing()->openFileInBackground(path);
    window.search(QStringLiteral("blackout"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *field = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *panel = window.findChild<SearchPanel *>();
    QVERIFY(field && panel);
    QCOMPARE(field->text(), QStringLiteral("blackout"));
    QTRY_VERIFY(!window.currentBriefing()->isOpening());
    QVERIFY(!window.selection()->database()->isSample());
    QTRY_VERIFY_WITH_TIMEOUT(foundIds(panel->model()).contains(QStringLiteral("event-ransomware-2022")),
                             20000);
    QVERIFY(panel->isVisible());
}

void tst_SearchPanel::searchesTheContentLanguage()
{
    OpenError error;
    auto ukrainian = BriefingDatabase::openSample(&error, QStringLiteral("uk"));
    QVERIFY(ukrainian);
    Selection selection;
    SearchState query;
    SearchPanel panel(&selection, &query);
    selection.setDatabase(ukrainian);
    QTRY_VERIFY_WITH_TIMEOUT(panel.isReady(), 20000);
    query.setText(QStringLiteral("Дейтонські"));
    panel.searchNow();
    QVERIFY(foundIds(panel.model()).contains(QStringLiteral("event-dayton-1995")));
    QString title; // the event's result is titled as the content reads
    for (int group = 0; group < panel.model()->rowCount(); ++group) {
        const QModelIndex parent = panel.model()->index(group, 0);
        for (int row = 0; row < panel.model()->rowCount(parent); ++row) {
            const QModelIndex hit = panel.model()->index(row, 0, parent);
            if (hit.data(IdRole).toString() == QLatin1String("event-dayton-1995"))
                title = hit.data().toString();
        }
    }
    QCOMPARE(title, QStringLiteral("Дейтонські угоди"));
}

void tst_SearchPanel::largeFilesIndexIsCheckedInTheBackground()
{
    // Past a few megabytes, the index's tables are checked in a worker thread before the
    // index is used: a sound one is used then; a damaged one is replaced by one built in
    // memory. Either way the search finds, and the file is not touched.
    for (const bool damaged : {false, true}) {
        const QString path = m_dir.filePath(damaged ? QStringLiteral("large-damaged.briefing")
                                                    : QStringLiteral("large.briefing"));
        QVERIFY(test::writeSample(path));
        QVERIFY(test::execSql(path, QStringLiteral("CREATE TABLE padding (bytes BLOB); "
                                                   "INSERT INTO padding VALUES (zeroblob(9000000));")));
        if (damaged)
            QVERIFY(test::damageRootPage(path, QStringLiteral("search_term")));
        const test::Fingerprint before = test::fingerprint(path);
        OpenError error;
        auto database = BriefingDatabase::open(path, &error, false);
        QVERIFY2(database, qPrintable(error.message));
        Selection selection;
        SearchState query;
        SearchPanel panel(&selection, &query);
        selection.setDatabase(database);
        QTRY_VERIFY_WITH_TIMEOUT(panel.isReady(), 20000);
        QCOMPARE(panel.usesShippedIndex(), !damaged);
        query.setText(QStringLiteral("Dayton"));
        panel.searchNow();
        QVERIFY(foundIds(panel.model()).contains(QStringLiteral("event-dayton-1995")));
        QCOMPARE(test::fingerprint(path), before);
    }
}

QTEST_MAIN(tst_SearchPanel)
#include "tst_searchpanel.moc"
