// SPDX-License-Identifier: MIT
// The real main window, driven as a user would: select in one view, see every view follow.
#include "file/briefingdatabase.h"
#include "browse/detailpane.h"
#include "browse/itemlistview.h"
#include "models/itemroles.h"
#include "models/itemtablemodel.h"
#include "currentbriefing.h"
#include "mainwindow.h"
#include "browse/navigatorview.h"
#include "browse/overviewpage.h"
#include "common/safetextbrowser.h"
#include "models/selection.h"
#include "clicklink.h"
#include "translation/translatorpanel.h"
#include "models/translationtablemodel.h"
#include "testfiles.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

namespace {

ItemListView *listOf(MainWindow &window, ItemKind kind)
{
    return window.listView(kind);
}

bool isMarked(MainWindow &window, ItemKind kind, const QString &id)
{
    return listOf(window, kind)->model()->indexOfId(id).data(LinkedRole).toBool();
}

QMessageBox *visibleMessage(MainWindow &window)
{
    for (QMessageBox *box : window.findChildren<QMessageBox *>()) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectingAScenarioMarksItsLinksEverywhere();
    void listsMadeLaterShowTheCurrentItem();
    void detailLinksAndBackForward();
    void badFileKeepsTheOpenBriefing();
    void openFileRemembersRecentFiles();
    void dropOpensAFile();
    void backgroundOpenOfABadFileKeepsTheSample();
    void failedContentLanguageSaysSoAndKeepsTheBriefing();
    void closingDuringAnOpenAbandonsIt();
    void sampleOpensInTheBackgroundInTheContentLanguage();
    void viewerHelpAndVersionNeedNoDisplay();
    void translatorViewIsMadeWhenFirstShown();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void tst_MainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->currentBriefing()->openSample();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
}

void tst_MainWindow::selectingAScenarioMarksItsLinksEverywhere()
{
    MainWindow &w = *m_window;
    ItemListView *scenarios = listOf(w, ItemKind::Scenario);
    QVERIFY(scenarios);
    auto *pages = w.findChild<QStackedWidget *>();
    auto *navigator = w.findChild<NavigatorView *>();
    navigator->showSection(ItemKind::Scenario);
    QCOMPARE(pages->currentWidget(), scenarios);

    // Click the second scenario's row, as a user would.
    QAbstractItemView *table = scenarios->table();
    const QModelIndex row = table->model()->index(1, 1);
    QCOMPARE(row.data(IdRole).toString(), QStringLiteral("scenario-guarantee-bloc"));
    QTRY_VERIFY(!table->visualRect(row).isEmpty()); // laid out once its page is shown
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    QCOMPARE(w.selection()->currentId(), QStringLiteral("scenario-guarantee-bloc"));

    QVERIFY(isMarked(w, ItemKind::Guarantee, QStringLiteral("guarantee-article5-like")));
    QVERIFY(isMarked(w, ItemKind::Event, QStringLiteral("event-dayton-1995")));
    QVERIFY(!isMarked(w, ItemKind::Event, QStringLiteral("event-ransomware-2022")));
    QVERIFY(isMarked(w, ItemKind::Faq, QStringLiteral("faq-troops")));
    QVERIFY(isMarked(w, ItemKind::Faq, QStringLiteral("faq-donbas")));
    QVERIFY(!isMarked(w, ItemKind::Faq, QStringLiteral("faq-senate")));

    const QString details = w.findChild<DetailPane *>()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Security‑Guarantee Bloc")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("U.S. “Article 5‑like” security guarantees for Ukraine")));
    QVERIFY(details.contains(QStringLiteral("Dayton Accords")));
    QVERIFY(details.contains(QStringLiteral("Will NATO troops be permanently based in Ukraine?")));
    QVERIFY(details.contains(QStringLiteral("Answered by")));
    QVERIFY(details.contains(QStringLiteral("Depends on")));

    const QModelIndex faqSection = navigator->model()->index(6, 0);
    QCOMPARE(faqSection.data().toString(), QStringLiteral("FAQ (4, 2 linked)"));
    QCOMPARE(pages->currentWidget(), scenarios); // selecting in a list keeps that list in view
}

void tst_MainWindow::listsMadeLaterShowTheCurrentItem()
{
    // The lists are made when first needed: the window shows the overview, and no list yet.
    MainWindow &w = *m_window;
    QVERIFY(w.findChildren<ItemListView *>().isEmpty());
    // An item made current shows its list with its row current...
    w.selection()->select(QStringLiteral("scenario-guarantee-bloc"));
    auto *pages = w.findChild<QStackedWidget *>();
    ItemListView *scenarios = qobject_cast<ItemListView *>(pages->currentWidget());
    QVERIFY(scenarios);
    QCOMPARE(scenarios->table()->currentIndex().data(IdRole).toString(),
             QStringLiteral("scenario-guarantee-bloc"));
    // ... and a list first made now marks the items linked to it.
    QCOMPARE(w.findChildren<ItemListView *>().size(), 1);
    QVERIFY(isMarked(w, ItemKind::Guarantee, QStringLiteral("guarantee-article5-like")));
}

void tst_MainWindow::detailLinksAndBackForward()
{
    MainWindow &w = *m_window;
    // A scenario clicked in the overview, as a user clicks it: it becomes current, and the
    // overview keeps its text (the link is reported, never followed as a page).
    auto *overview = w.findChild<OverviewPage *>();
    QVERIFY(overview && overview->isVisible());
    const QString overviewText = overview->toPlainText();
    QVERIFY(test::clickLink(overview, SafeTextBrowser::itemUrl(QStringLiteral("scenario-nato-membership")).toString(QUrl::FullyEncoded)));
    QCOMPARE(w.selection()->currentId(), QStringLiteral("scenario-nato-membership"));
    QCOMPARE(overview->source(), QUrl());
    QCOMPARE(overview->toPlainText(), overviewText);
    auto *detail = w.findChild<DetailPane *>();
    // The link to the guarantee, clicked: it becomes current, and the pane shows it (it is
    // not followed as a page of its own).
    QVERIFY(test::clickLink(detail, SafeTextBrowser::itemUrl(QStringLiteral("guarantee-article5-like")).toString(QUrl::FullyEncoded)));
    QCOMPARE(w.selection()->currentId(), QStringLiteral("guarantee-article5-like"));
    QCOMPARE(detail->source(), QUrl());
    auto *pages = w.findChild<QStackedWidget *>();
    QCOMPARE(pages->currentWidget(), listOf(w, ItemKind::Guarantee));
    QCOMPARE(listOf(w, ItemKind::Guarantee)->table()->currentIndex().row(), 0);
    QVERIFY(detail->toPlainText().contains(QStringLiteral("Ratification")));

    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w.selection()->currentId(), QStringLiteral("scenario-nato-membership"));
    QCOMPARE(pages->currentWidget(), listOf(w, ItemKind::Scenario));
    QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(w.selection()->currentId(), QStringLiteral("guarantee-article5-like"));

    // Data points can be made current by id too (as --select does).
    QVERIFY(w.currentBriefing()->selectItem(QStringLiteral("eu-defence-fund@EU defence fund")));
    QCOMPARE(w.selection()->currentId(), QStringLiteral("eu-defence-fund@EU defence fund"));
    QVERIFY(detail->toPlainText().contains(QStringLiteral("What relies on this figure")));
    QVERIFY(!w.currentBriefing()->selectItem(QStringLiteral("no-such-item")));
}

void tst_MainWindow::badFileKeepsTheOpenBriefing()
{
    MainWindow &w = *m_window;
    w.selection()->select(QStringLiteral("faq-senate"));
    const QString title = w.windowTitle();
    const QString bad = m_dir.filePath(QStringLiteral("future.briefing"));
    QVERIFY(test::writeSample(bad));
    QVERIFY(test::execSql(bad, QStringLiteral("PRAGMA user_version = 7;")));

    QVERIFY(!w.currentBriefing()->openFile(bad));

    QMessageBox *box = visibleMessage(w);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("made by a newer version of Briefing Viewer (format 7)")), qPrintable(box->text()));
    QVERIFY(box->text().contains(bad));
    QVERIFY(box->detailedText().isEmpty()); // nothing of SQLite's to add
    box->accept();
    QCOMPARE(w.windowTitle(), title);
    QCOMPARE(w.selection()->currentId(), QStringLiteral("faq-senate"));
    QVERIFY(w.selection()->database()->isSample());

    // A file SQLite refuses: its words are under Details, out of the message.
    const QString unsafe = m_dir.filePath(QStringLiteral("unsafe.briefing"));
    QVERIFY(test::writeSample(unsafe));
    QVERIFY(test::execSql(unsafe, QStringLiteral("CREATE INDEX quoted ON event(json_quote(title));")));
    QVERIFY(!w.currentBriefing()->openFile(unsafe));
    box = visibleMessage(w);
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("refused for safety")), qPrintable(box->text()));
    QVERIFY2(!box->text().contains(QStringLiteral("malformed")), qPrintable(box->text()));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY2(box->detailedText().contains(QStringLiteral("malformed database schema (quoted) - unsafe use of json_quote()")),
             qPrintable(box->detailedText()));
    box->accept();
    QVERIFY(w.selection()->database()->isSample());
}

void tst_MainWindow::openFileRemembersRecentFiles()
{
    MainWindow &w = *m_window;
    const QString path = m_dir.filePath(QStringLiteral("edition2.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, QStringLiteral("UPDATE briefing SET title = 'Second edition', edition = '2';")));
    const test::Fingerprint before = test::fingerprint(path);

    QVERIFY(w.currentBriefing()->openFile(path));

    QCOMPARE(w.windowTitle(), QStringLiteral("Second edition — Briefing Viewer"));
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0), path);
    bool inMenu = false;
    for (QAction *action : w.findChildren<QAction *>())
        inMenu = inMenu || action->toolTip().contains(path);
    QVERIFY(inMenu);
    QCOMPARE(test::fingerprint(path), before);
}

void tst_MainWindow::dropOpensAFile()
{
    MainWindow &w = *m_window;
    const QString path = m_dir.filePath(QStringLiteral("dropped.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, QStringLiteral("UPDATE briefing SET title = 'Dropped';")));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QVERIFY(w.currentBriefing()->isOpening()); // read in the background; the sample stays in view meanwhile
    QVERIFY(w.selection()->database()->isSample());
    QTRY_COMPARE(w.selection()->database()->briefing().metadata.title, QStringLiteral("Dropped"));
    QVERIFY(!w.currentBriefing()->isOpening());
}

void tst_MainWindow::backgroundOpenOfABadFileKeepsTheSample()
{
    MainWindow &w = *m_window;
    const QString bad = m_dir.filePath(QStringLiteral("notes.briefing"));
    QVERIFY(test::writeBytes(bad, QByteArray(500, 'n')));
    w.currentBriefing()->selectWhenShown(QStringLiteral("faq-senate"));
    w.currentBriefing()->openFileInBackground(bad);
    QTRY_VERIFY(!w.currentBriefing()->isOpening());
    QVERIFY(w.lastError().contains(QStringLiteral("not a SQLite database")));
    QVERIFY(w.selection()->database()->isSample());
    // A later open supersedes an earlier one still running.
    const QString good = m_dir.filePath(QStringLiteral("later.briefing"));
    QVERIFY(test::writeSample(good));
    QVERIFY(test::execSql(good, QStringLiteral("UPDATE briefing SET title = 'Later';")));
    w.currentBriefing()->openFileInBackground(bad);
    w.currentBriefing()->selectWhenShown(QStringLiteral("event-dayton-1995"));
    w.currentBriefing()->openFileInBackground(good);
    QTRY_COMPARE(w.selection()->database()->briefing().metadata.title, QStringLiteral("Later"));
    QCOMPARE(w.selection()->currentId(), QStringLiteral("event-dayton-1995"));
}

void tst_MainWindow::failedContentLanguageSaysSoAndKeepsTheBriefing()
{
    MainWindow &w = *m_window;
    const QString path = m_dir.filePath(QStringLiteral("vanishing.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(w.currentBriefing()->openFile(path));
    w.selection()->select(QStringLiteral("faq-senate"));
    const QString title = w.windowTitle();
    const auto before = w.selection()->database();
    QVERIFY(QFile::remove(path));

    // View > Content Language > Українська, as a user chooses it.
    QMenu *languages = nullptr;
    for (QMenu *menu : w.findChildren<QMenu *>())
        languages = menu->title() == QStringLiteral("&Content Language") ? menu : languages;
    QVERIFY(languages);
    QAction *ukrainian = nullptr;
    for (QAction *action : languages->actions())
        ukrainian = action->data().toString() == QStringLiteral("uk") ? action : ukrainian;
    QVERIFY(ukrainian);
    ukrainian->trigger();
    QVERIFY(w.currentBriefing()->isOpening());
    QTRY_VERIFY(!w.currentBriefing()->isOpening());

    QMessageBox *box = visibleMessage(w);
    QVERIFY(box);
    QCOMPARE(box->windowTitle(), QStringLiteral("Cannot switch the content language"));
    QVERIFY2(box->text().contains(QStringLiteral("could not be switched to Українська")), qPrintable(box->text()));
    QVERIFY(box->text().contains(path));
    QVERIFY(box->text().contains(QStringLiteral("does not exist")));
    box->accept();
    QCOMPARE(w.windowTitle(), title);
    QCOMPARE(w.selection()->database(), before);
    QCOMPARE(w.selection()->currentId(), QStringLiteral("faq-senate"));
    // The menu shows the language still in use.
    for (QAction *action : languages->actions())
        QCOMPARE(action->isChecked(), action->data().toString().isEmpty());
}

void tst_MainWindow::translatorViewIsMadeWhenFirstShown()
{
    // Hidden at start, the translator's view is not made before the window's first paint;
    // View > Translation makes it, and a layout restored with it shown makes it at once.
    MainWindow &w = *m_window;
    w.currentBriefing()->setContentLanguage(QStringLiteral("uk")); // what the translator compares
    QTRY_VERIFY(!w.currentBriefing()->isOpening());
    QVERIFY(!w.findChild<TranslatorPanel *>());
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("translatorDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QAction *toggle = nullptr;
    for (QAction *action : w.findChildren<QAction *>()) {
        if (action == dock->toggleViewAction())
            toggle = action;
    }
    QVERIFY(toggle); // in the View menu
    toggle->trigger();
    auto *panel = w.findChild<TranslatorPanel *>();
    QVERIFY(panel);
    QCOMPARE(dock->widget(), panel);
    QTRY_VERIFY(panel->isVisible());
    QTRY_VERIFY(panel->model()->rowCount() > 0); // the sample's Ukrainian translations
    QVERIFY(w.close()); // keeps the layout, the translator's dock shown

    MainWindow again;
    again.currentBriefing()->setContentLanguage(QStringLiteral("uk"));
    again.currentBriefing()->openSample();
    again.resize(1600, 1000);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto *restored = again.findChild<TranslatorPanel *>();
    QVERIFY(restored);
    QVERIFY(restored->isVisible());
    QTRY_VERIFY(!again.currentBriefing()->isOpening());
    QTRY_VERIFY(restored->model()->rowCount() > 0);
    QSettings().clear(); // the next tests start from the default layout
}

void tst_MainWindow::closingDuringAnOpenAbandonsIt()
{
    MainWindow &w = *m_window;
    const QString path = m_dir.filePath(QStringLiteral("large.briefing"));
    QVERIFY(test::writeGenerated(path, 20000));
    QSignalSpy cancelled(w.currentBriefing(), &CurrentBriefing::cancelled);
    w.currentBriefing()->openFileInBackground(path);
    QVERIFY(w.currentBriefing()->isOpening());
    QVERIFY(w.close());
    // The read stopped at its next step rather than running to its end.
    QVERIFY(!w.currentBriefing()->isOpening());
    QTRY_COMPARE(cancelled.count(), 1);
    QVERIFY(w.selection()->database()->isSample());
}

namespace {

// Notes whether a widget of `window` has painted.
class PaintWatch final : public QObject
{
public:
    explicit PaintWatch(QWidget *window) : m_window(window) { qApp->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && static_cast<QWidget *>(watched)->window() == m_window)
            painted = true;
        return false;
    }

private:
    QWidget *m_window;
};

} // namespace

void tst_MainWindow::sampleOpensInTheBackgroundInTheContentLanguage()
{
    // As at a start without a file: the window paints at once and the sample follows, read
    // in a worker thread like any briefing, in the content language chosen.
    MainWindow w;
    PaintWatch watch(&w);
    bool paintedFirst = false;
    connect(w.selection(), &Selection::databaseChanged, this, [&] { paintedFirst = watch.painted; });
    w.currentBriefing()->setContentLanguage(QStringLiteral("uk"));
    w.currentBriefing()->openSampleInBackground();
    w.currentBriefing()->selectWhenShown(QStringLiteral("faq-senate"));
    QVERIFY(w.currentBriefing()->isOpening());
    QVERIFY(!w.selection()->database());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY(!w.currentBriefing()->isOpening());
    QVERIFY(paintedFirst);
    const auto database = w.selection()->database();
    QVERIFY(database && database->isSample());
    QVERIFY(database->path().isEmpty());
    QCOMPARE(database->briefing().contentLanguage, QStringLiteral("uk"));
    OpenError error;
    const auto english = BriefingDatabase::openSample(&error);
    QVERIFY(english);
    QVERIFY(database->briefing().metadata.title != english->briefing().metadata.title);
    QCOMPARE(w.selection()->currentId(), QStringLiteral("faq-senate"));
    QVERIFY(!QSettings().value(QStringLiteral("recentFiles")).toStringList().contains(QString()));
}

void tst_MainWindow::viewerHelpAndVersionNeedNoDisplay()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRIEFING_VIEWER), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().startsWith("Briefing Viewer 0."));
    process.start(QStringLiteral(BRIEFING_VIEWER), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("The briefing file to open, or a"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
