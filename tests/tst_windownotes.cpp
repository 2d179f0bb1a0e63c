// SPDX-License-Identifier: MIT
// The user's library in the real window: Ctrl+D bookmarks the current item, Ctrl+Shift+N
// puts the keyboard in its note, Ctrl+Shift+C copies its link, the Bookmarks menu lists the
// bookmarks, a briefing reopens where it was left, and briefing:// links open their file.
#include "browse/detailpane.h"
#include "browse/itemlistview.h"
#include "common/safetextbrowser.h"
#include "common/linkedrowdelegate.h"
#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "library/userlibrary.h"
#include "libraryactions.h"
#include "mainwindow.h"
#include "models/selection.h"
#include "clicklink.h"
#include "testfiles.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace bv;

class tst_WindowNotes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keysBookmarkWriteAndCopyLink();
    void aBriefingReopensWhereItWasLeft();
    void linksOpenTheirBriefing();
    void deepLinksInMarkdownOpenTheirBriefing();
    void aDamagedLibraryIsMovedAsideOnlyWhenAsked();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &path);
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_WindowNotes::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windownotes"));
    QSettings().clear();
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("briefings")));
    m_path = m_dir.filePath(QStringLiteral("briefings/sample.briefing"));
    QVERIFY(test::writeSample(m_path));
}

std::unique_ptr<MainWindow> tst_WindowNotes::openWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->currentBriefing()->openFile(path))
        return nullptr;
    return window;
}

void tst_WindowNotes::keysBookmarkWriteAndCopyLink()
{
    const test::Fingerprint before = test::fingerprint(m_path);
    auto w = openWindow(m_path);
    QVERIFY(w);
    QCOMPARE(w->userLibrary()->store().state(), Library::State::Ready);
    const QString item = w->selection()->database()->briefing().guarantees.at(0).id;
    w->selection()->select(item);

    QTest::keyClick(w.get(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(w->userLibrary()->isBookmarked(item));
    ItemListView *list = w->listView(ItemKind::Guarantee);
    auto *delegate = qobject_cast<LinkedRowDelegate *>(list->table()->itemDelegate());
    QCOMPARE(delegate->marksText(list->table()->model()->index(0, 0)), QStringLiteral("★"));
    // The Bookmarks menu lists it by its title.
    QMenu *menu = w->findChild<QMenu *>(QStringLiteral("bookmarksMenu"));
    QVERIFY(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    bool listed = false;
    for (QAction *action : menu->actions())
        listed |= action->text().startsWith(QStringLiteral("U.S."));
    QVERIFY(listed);

    QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto *text = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    QVERIFY(text);
    QCOMPARE(text->objectName(), QStringLiteral("noteText"));
    QTest::keyClicks(text, QStringLiteral("Check the treaty route"));
    QTRY_VERIFY(w->userLibrary()->hasNote(item));
    QCOMPARE(w->userLibrary()->noteFor(item)->text, QStringLiteral("Check the treaty route"));
    QCOMPARE(delegate->marksText(list->table()->model()->index(0, 0)), QStringLiteral("✎★"));

    QTest::keyClick(w.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("briefing://") + w->selection()->database()->briefing().metadata.id + QLatin1Char('/') + item);
    w->close();
    w.reset();
    QVERIFY(test::fingerprint(m_path) == before); // notes and bookmarks never touch the briefing
}

void tst_WindowNotes::aBriefingReopensWhereItWasLeft()
{
    QString scenario, guarantee;
    {
        auto w = openWindow(m_path);
        QVERIFY(w);
        const Briefing &b = w->selection()->database()->briefing();
        guarantee = b.guarantees.at(0).id;
        scenario = b.scenarios.at(1).id;
        w->selection()->select(guarantee);
        w->selection()->select(scenario);
        w->close(); // keeps the position
    }
    // A renamed copy is the same briefing: it opens on the scenario, with Back to the guarantee.
    const QString copy = m_dir.filePath(QStringLiteral("briefings/renamed.briefing"));
    QVERIFY(QFile::copy(m_path, copy));
    auto w = openWindow(copy);
    QVERIFY(w);
    QCOMPARE(w->selection()->currentId(), scenario);
    QVERIFY(w->selection()->canGoBack());
    w->selection()->back();
    QCOMPARE(w->selection()->currentId(), guarantee);
    // An item asked for (--select) wins over the position.
    auto asked = std::make_unique<MainWindow>();
    asked->currentBriefing()->openFileInBackground(m_path); // as briefing-viewer FILE --select ID does
    asked->currentBriefing()->selectWhenShown(guarantee);
    QTRY_VERIFY(asked->selection()->database());
    QCOMPARE(asked->selection()->currentId(), guarantee);
}

void tst_WindowNotes::linksOpenTheirBriefing()
{
    auto w = std::make_unique<MainWindow>();
    w->currentBriefing()->openSample();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    const QString briefingId = w->selection()->database()->briefing().metadata.id;
    // The library saw the file in the tests before: the link finds it there.
    QVERIFY(w->userLibrary()->store().seenBriefing(briefingId));
    // The sample has the same id as the file: the link selects in the briefing open now.
    QString problem;
    QVERIFY2(w->libraryActions()->openLink(QStringLiteral("briefing://") + briefingId + QStringLiteral("/scenario-eu-integration"),
                                           &problem), qPrintable(problem));
    QCOMPARE(w->selection()->currentId(), QStringLiteral("scenario-eu-integration"));
    QVERIFY(!w->libraryActions()->openLink(QStringLiteral("briefing://") + briefingId + QStringLiteral("/no-such-item"), &problem));
    QVERIFY2(problem.contains(QStringLiteral("no-such-item")), qPrintable(problem));
    QVERIFY(!w->libraryActions()->openLink(QStringLiteral("briefing://never-seen-briefing/x"), &problem));
    QVERIFY2(problem.contains(QStringLiteral("never-seen-briefing")), qPrintable(problem));
    QVERIFY(!w->libraryActions()->openLink(QStringLiteral("briefing://bad/%zz"), &problem));
    QVERIFY(problem.contains(QStringLiteral("malformed")));

    // Another briefing open: the link opens the file where the library last saw it.
    const QString other = m_dir.filePath(QStringLiteral("briefings/other.briefing"));
    QVERIFY(test::writeSample(other));
    QVERIFY(test::execSql(other, QStringLiteral("UPDATE briefing SET id = 'other-briefing', title = 'Other'")));
    QVERIFY(w->currentBriefing()->openFile(other));
    QCOMPARE(w->selection()->database()->briefing().metadata.id, QStringLiteral("other-briefing"));
    QVERIFY2(w->libraryActions()->openLink(QStringLiteral("briefing://") + briefingId + QStringLiteral("/scenario-eu-integration"),
                                           &problem), qPrintable(problem));
    QTRY_COMPARE(w->selection()->database()->briefing().metadata.id, briefingId);
    QTRY_COMPARE(w->selection()->currentId(), QStringLiteral("scenario-eu-integration"));
}

void tst_WindowNotes::deepLinksInMarkdownOpenTheirBriefing()
{
    OpenError error;
    const QString sampleId = BriefingDatabase::openSample(&error)->briefing().metadata.id;
    // A briefing whose FAQ answer links to an item of the sample (seen by the library in the
    // tests before), and has a malformed deep link, which stays plain text.
    const QString linker = m_dir.filePath(QStringLiteral("briefings/linker.briefing"));
    QVERIFY(test::writeSample(linker));
    const QString link = QStringLiteral("briefing://") + sampleId + QStringLiteral("/scenario-eu-integration");
    QVERIFY(test::execSql(linker, QStringLiteral("UPDATE briefing SET id = 'linker', title = 'Linker'; "
                                                 "UPDATE faq SET answer = 'See [the EU scenario](%1) and [this](briefing://bad/%zz).' "
                                                 "WHERE position = (SELECT MIN(position) FROM faq)").arg(link)));
    auto w = openWindow(linker);
    QVERIFY(w);
    const auto &faq = w->selection()->database()->briefing().faq;
    QVERIFY(!faq.isEmpty());
    w->selection()->select(faq.first().id);
    auto *detail = w->findChild<DetailPane *>();
    QVERIFY(detail);
    QVERIFY(detail->toPlainText().contains(QStringLiteral("the EU scenario")));
    QVERIFY(!detail->toHtml().contains(QStringLiteral("%zz"))); // the malformed link is no link
    QVERIFY(test::clickLink(detail, SafeTextBrowser::deepLinkUrl(link).toString(QUrl::FullyEncoded)));
    QTRY_COMPARE(w->selection()->database()->briefing().metadata.id, sampleId);
    QTRY_COMPARE(w->selection()->currentId(), QStringLiteral("scenario-eu-integration"));
}

void tst_WindowNotes::aDamagedLibraryIsMovedAsideOnlyWhenAsked()
{
    const QString library = Library::defaultPath();
    const QByteArray garbage = QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(8192, 'x');
    QFile::remove(library + QStringLiteral("-wal")); // what the tests before left beside it
    QFile::remove(library + QStringLiteral("-shm"));
    QVERIFY(test::writeBytes(library, garbage));
    auto w = openWindow(m_path);
    QVERIFY(w);
    QCOMPARE(w->userLibrary()->store().state(), Library::State::Off);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = w->findChild<QMessageBox *>(QStringLiteral("libraryDamagedBox"))));
    QVERIFY(box->text().contains(QStringLiteral("damaged")));
    QFile kept(library);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage); // nothing changed before the user agrees
    kept.close();
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("startNewLibraryButton")), Qt::LeftButton);
    QCOMPARE(w->userLibrary()->store().state(), Library::State::Ready);
    const QStringList aside = QFileInfo(library).dir().entryList({QStringLiteral("library.sqlite.damaged-*")});
    QCOMPARE(aside.size(), 1);
    QFile moved(QFileInfo(library).dir().filePath(aside.first()));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage);
    // Notes work again.
    w->selection()->select(w->selection()->database()->briefing().faq.at(0).id);
    QTest::keyClick(w.get(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(w->userLibrary()->isBookmarked(w->selection()->currentId()));
}

QTEST_MAIN(tst_WindowNotes)
#include "tst_windownotes.moc"
