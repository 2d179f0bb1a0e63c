// SPDX-License-Identifier: MIT
// The viewer started from the desktop: what Exec=briefing-viewer %u hands it (a path, a
// percent-encoded file:// URL, a briefing:// link, or a URL of no file here) opens what it
// names, and the window, its About box and the desktop entry name the same icon and file.
#include "appidentity.h"
#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "launchargument.h"
#include "libraryactions.h"
#include "mainwindow.h"
#include "models/selection.h"
#include "testfiles.h"

#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace bv;

class tst_DesktopLaunch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void kinds_data();
    void kinds();
    void aPathOrAFileUrlOpensTheFile_data();
    void aPathOrAFileUrlOpensTheFile();
    void aUrlOfNoFileHereSaysSo();
    void aLinkOpensItsItem();
    void theIconIsOnTheWindowAndInTheAboutBox();
    void theDesktopEntryNamesTheProgramAndIcon();

private:
    std::unique_ptr<MainWindow> shownWindow();
    QTemporaryDir m_dir;
    QString m_path; // a name a shell and a URL must both quote
};

void tst_DesktopLaunch::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktoplaunch"));
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("мій брифінг #1.briefing"));
    QVERIFY(test::writeSample(m_path));
    QVERIFY(test::execSql(m_path, QStringLiteral("UPDATE briefing SET title = 'Launched briefing'")));
}

std::unique_ptr<MainWindow> tst_DesktopLaunch::shownWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1200, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

void tst_DesktopLaunch::kinds_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<int>("kind");
    QTest::newRow("link") << "briefing://sample/scenario-a" << int(LaunchKind::Link);
    QTest::newRow("link, capitals") << "BRIEFING://sample" << int(LaunchKind::Link);
    QTest::newRow("file URL") << "file:///home/a/b%20c.briefing" << int(LaunchKind::Url);
    QTest::newRow("file URL, one slash") << "file:/home/a/b.briefing" << int(LaunchKind::Url);
    QTest::newRow("file URL, capitals") << "FILE:///home/a/b.briefing" << int(LaunchKind::Url);
    QTest::newRow("remote URL") << "sftp://host/b.briefing" << int(LaunchKind::Url);
    QTest::newRow("absolute path") << "/home/a/b c.briefing" << int(LaunchKind::Path);
    QTest::newRow("relative path") << "b.briefing" << int(LaunchKind::Path);
    QTest::newRow("a colon in a name") << "notes:2024.briefing" << int(LaunchKind::Path);
    QTest::newRow("a percent in a path") << "/home/a/100%20.briefing" << int(LaunchKind::Path);
}

void tst_DesktopLaunch::kinds()
{
    QFETCH(QString, argument);
    QFETCH(int, kind);
    QCOMPARE(int(launchKind(argument)), kind);
}

void tst_DesktopLaunch::aPathOrAFileUrlOpensTheFile_data()
{
    QTest::addColumn<QString>("argument");
    QTest::newRow("path") << m_path;
    // As GIO and KIO hand a file over for %u: percent-encoded UTF-8.
    QTest::newRow("file URL") << QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded);
    QTest::newRow("file URL, one slash")
        << QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(m_path, "/"));
}

void tst_DesktopLaunch::aPathOrAFileUrlOpensTheFile()
{
    QFETCH(QString, argument);
    QVERIFY(!argument.contains(QStringLiteral("мій")) || argument == m_path); // URLs are encoded
    auto window = shownWindow();
    QVERIFY(window);
    openLaunchArgument(*window, argument);
    QTRY_VERIFY(window->selection()->database());
    QCOMPARE(window->selection()->database()->path(), m_path);
    QCOMPARE(window->windowTitle(), QStringLiteral("Launched briefing — Briefing Viewer"));
    QVERIFY2(window->lastError().isEmpty(), qPrintable(window->lastError()));
}

void tst_DesktopLaunch::aUrlOfNoFileHereSaysSo()
{
    auto window = shownWindow();
    QVERIFY(window);
    openLaunchArgument(*window, QStringLiteral("sftp://server.example/home/a/report.briefing"));
    QTRY_VERIFY(!window->lastError().isEmpty());
    const QString error = window->lastError();
    QVERIFY2(error.contains(QStringLiteral("sftp://server.example/home/a/report.briefing")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("is not a file on this computer")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("open the copy")), qPrintable(error)); // what to do
    auto *box = window->findChild<QMessageBox *>();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), error);
    QTest::keyClick(box, Qt::Key_Escape);
    // Nothing was open: the sample is shown instead of an empty window.
    QTRY_VERIFY(window->selection()->database());
    QVERIFY(window->selection()->database()->path().isEmpty());
}

void tst_DesktopLaunch::aLinkOpensItsItem()
{
    QString briefingId;
    {
        auto first = shownWindow(); // the library learns where the file is
        QVERIFY(first);
        QVERIFY(first->currentBriefing()->openFile(m_path));
        briefingId = first->selection()->database()->briefing().metadata.id;
    }
    auto window = shownWindow();
    QVERIFY(window);
    openLaunchArgument(*window, QStringLiteral("briefing://") + briefingId + QStringLiteral("/scenario-eu-integration"));
    QTRY_VERIFY(window->selection()->database());
    QCOMPARE(window->selection()->database()->path(), m_path);
    QTRY_COMPARE(window->selection()->currentId(), QStringLiteral("scenario-eu-integration"));
}

void tst_DesktopLaunch::theIconIsOnTheWindowAndInTheAboutBox()
{
    setDesktopIdentity();
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("briefing-viewer"));
    const QList<QSize> sizes = applicationIcon().availableSizes();
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    const QImage rendered48(QStringLiteral(":/icons/briefing-viewer/48x48.png"));
    QCOMPARE(rendered48.size(), QSize(48, 48));
    // Not blank: the page's outline and the bars are drawn.
    QVERIFY(rendered48.pixelColor(24, 3).alpha() > 200);
    QVERIFY(rendered48.pixelColor(0, 0).alpha() == 0);

    auto window = shownWindow();
    QVERIFY(window);
    const auto format = QImage::Format_ARGB32_Premultiplied;
    QCOMPARE(window->windowIcon().pixmap(48).toImage().convertToFormat(format), rendered48.convertToFormat(format));

    // Help > About, clicked: the box shows the same icon.
    QMenuBar *bar = window->menuBar();
    QAction *help = nullptr;
    QAction *about = nullptr;
    for (QAction *menuAction : bar->actions()) {
        for (QAction *action : menuAction->menu() ? menuAction->menu()->actions() : QList<QAction *>()) {
            if (action->menuRole() == QAction::AboutRole) {
                help = menuAction;
                about = action;
            }
        }
    }
    QVERIFY(help && about);
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(help).center());
    QMenu *menu = help->menu();
    QTRY_VERIFY(menu->isVisible());
    QImage shown;
    QString text;
    QTimer watch; // the box is modal: it is read and closed from inside its own event loop
    connect(&watch, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            watch.stop();
            shown = box->iconPixmap().toImage();
            text = box->text();
            QTest::keyClick(box, Qt::Key_Escape);
        }
    });
    watch.start(20);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(about).center());
    QTRY_VERIFY(!shown.isNull());
    QVERIFY(text.contains(QStringLiteral("Briefing Viewer")));
    const QImage rendered64(QStringLiteral(":/icons/briefing-viewer/64x64.png"));
    QCOMPARE(shown.convertToFormat(format), rendered64.convertToFormat(format));
}

void tst_DesktopLaunch::theDesktopEntryNamesTheProgramAndIcon()
{
    QFile entry(QStringLiteral(BV_SOURCE_DIR "/resources/desktop/") + QLatin1String(desktopFileName)
                + QStringLiteral(".desktop"));
    QVERIFY2(entry.open(QIODevice::ReadOnly), qPrintable(entry.fileName()));
    const QList<QByteArray> lines = entry.readAll().split('\n');
    QVERIFY(lines.contains("Exec=briefing-viewer %u"));
    QVERIFY(lines.contains("Icon=briefing-viewer"));
    QVERIFY(lines.contains("StartupWMClass=briefing-viewer"));
    QVERIFY(lines.contains("MimeType=application/x-briefing;x-scheme-handler/briefing;"));
}

QTEST_MAIN(tst_DesktopLaunch)
#include "tst_desktoplaunch.moc"
