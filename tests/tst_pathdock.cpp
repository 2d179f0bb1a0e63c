// SPDX-License-Identifier: MIT
// The path editor dock in the real window at its first size (1500×950): its parts have their
// room, the pictures of the stops are drawn in the stage's look the user chose (normal or
// projector) and follow a change of it, and Add This View as a Stop says in the status bar
// what was added to which path.
#include "currentbriefing.h"
#include "desktopactions.h"
#include "file/briefingdatabase.h"
#include "library/userlibrary.h"
#include "mainwindow.h"
#include "models/pathchoice.h"
#include "models/selection.h"
#include "models/themestate.h"
#include "pathactions.h"
#include "present/budgetspinbox.h"
#include "notes/notespanel.h"
#include "present/patheditor.h"
#include "present/stopthumbnails.h"
#include "testfiles.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace bv;

class tst_PathDock : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void theEditorHasItsRoom();
    void itsTabClickedGivesItRoom();
    void picturesFollowTheStagesLook();
    void addingAStopSaysWhatAndWhere();

private:
    std::unique_ptr<MainWindow> openWindow();
    static QRect inWindow(const QWidget *window, const QWidget *widget);
    static bool waitForPictures(StopThumbnails *thumbnails, const QVector<PathStop> &stops);

    QTemporaryDir m_dir;
    QString m_sample;
};

void tst_PathDock::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pathdock"));
    QSettings().clear();
    m_sample = m_dir.filePath(QStringLiteral("sample.briefing"));
    QVERIFY(test::writeSample(m_sample));
}

void tst_PathDock::init()
{
    static int run = 0; // each test with an empty library and the first start's settings
    Library::setFolder(m_dir.filePath(QStringLiteral("libraries/%1").arg(++run)));
    QSettings().clear();
}

std::unique_ptr<MainWindow> tst_PathDock::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1500, 950); // the size a first start has on a large screen
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->currentBriefing()->openFile(m_sample))
        return nullptr;
    auto *actions = window->findChild<PathActions *>();
    if (!actions)
        return nullptr;
    actions->editorAction()->trigger(); // Presentation > Path Editor
    for (int i = 0; i < 20; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(5);
    }
    return window;
}

QRect tst_PathDock::inWindow(const QWidget *window, const QWidget *widget)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

bool tst_PathDock::waitForPictures(StopThumbnails *thumbnails, const QVector<PathStop> &stops)
{
    for (const PathStop &stop : stops)
        thumbnails->thumbnail(stop);
    return QTest::qWaitFor([&] {
        for (const PathStop &stop : stops) {
            if (!thumbnails->has(stop))
                return false;
        }
        return true;
    }, 20000);
}

void tst_PathDock::theEditorHasItsRoom()
{
    auto w = openWindow();
    QVERIFY(w);
    auto *editor = w->findChild<PathEditor *>();
    QVERIFY(editor && editor->isVisible());
    // Wide enough for the chooser and its button, a stop's picture with its title beside it,
    // and the fields: none of them squeezed under its own size.
    QVERIFY2(editor->width() >= 380, qPrintable(QString::number(editor->width())));
    for (QWidget *part : std::initializer_list<QWidget *>{editor->chooser(), editor->pathMenuButton(), editor->titleEdit(),
                                                          editor->budgetEdit()}) {
        QVERIFY2(part->isVisible(), qPrintable(part->objectName()));
        QVERIFY2(part->width() >= part->minimumSizeHint().width(), qPrintable(part->objectName()));
        QVERIFY2(w->rect().contains(inWindow(w.get(), part)), qPrintable(part->objectName()));
    }
    if (editor->duplicateButton()->isVisible())
        QVERIFY(editor->duplicateButton()->width() >= editor->duplicateButton()->sizeHint().width());
    // At least three stops in view at once, and room to type notes of a few lines.
    QListView *list = editor->stopList();
    const int row = list->sizeHintForRow(0);
    QVERIFY(row > editor->thumbnails()->size().height());
    QVERIFY2(list->viewport()->height() >= 3 * row,
             qPrintable(QStringLiteral("%1 px for rows of %2").arg(list->viewport()->height()).arg(row)));
    QVERIFY2(editor->notesEdit()->height() >= editor->notesEdit()->fontMetrics().lineSpacing() * 5,
             qPrintable(QString::number(editor->notesEdit()->height())));
    // Nothing drawn over another, and all of it in view without scrolling.
    const QVector<QWidget *> parts{list, editor->titleEdit(), editor->budgetEdit(), editor->notesEdit(), editor->chooser()};
    for (int i = 0; i < parts.size(); ++i) {
        const QRect rect = inWindow(w.get(), parts.at(i));
        QVERIFY2(parts.at(i)->visibleRegion().boundingRect() == parts.at(i)->rect(), qPrintable(parts.at(i)->objectName()));
        for (int j = i + 1; j < parts.size(); ++j)
            QVERIFY2(!rect.intersects(inWindow(w.get(), parts.at(j))),
                     qPrintable(parts.at(i)->objectName() + QStringLiteral(" over ") + parts.at(j)->objectName()));
    }
    // The details above it keep a few lines.
    QWidget *details = w->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    QVERIFY(details);
    QVERIFY2(details->height() >= 110, qPrintable(QString::number(details->height())));
    // The details pane beside it keeps a usable height too.
    auto *dock = qobject_cast<QDockWidget *>(editor->parentWidget()->parentWidget());
    if (!dock)
        dock = w->findChild<QDockWidget *>(QStringLiteral("pathEditorDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isFloating());
}

void tst_PathDock::itsTabClickedGivesItRoom()
{
    // The window as it first opens, the editor tabbed behind the FAQ with the FAQ's few lines:
    // its tab clicked gives it the room Presentation > Path Editor gives it.
    auto w = std::make_unique<MainWindow>();
    w->resize(1500, 950);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    QVERIFY(w->currentBriefing()->openFile(m_sample));
    auto *dock = w->findChild<QDockWidget *>(QStringLiteral("pathEditorDock"));
    auto *faq = w->findChild<QDockWidget *>(QStringLiteral("faqDock"));
    QVERIFY(dock && faq);
    // Tabbed behind the FAQ, the editor and the notes are not made before their tab is chosen.
    QVERIFY(!w->findChild<PathEditor *>());
    QVERIFY(!w->findChild<NotesPanel *>());
    QVERIFY(w->tabifiedDockWidgets(faq).contains(dock));
    QVERIFY2(faq->height() < 300, qPrintable(QString::number(faq->height()))); // the FAQ's few lines, as it starts
    auto clickTab = [&](QDockWidget *which) {
        for (QTabBar *bar : w->findChildren<QTabBar *>()) {
            for (int i = 0; bar->isVisible() && i < bar->count(); ++i) {
                if (bar->tabText(i) == which->windowTitle()) {
                    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
                    return true;
                }
            }
        }
        return false;
    };
    auto settle = [] {
        for (int i = 0; i < 20; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(5);
        }
    };
    auto *notesDock = w->findChild<QDockWidget *>(QStringLiteral("notesDock"));
    QVERIFY(notesDock && clickTab(notesDock));
    settle();
    auto *notes = w->findChild<NotesPanel *>();
    QVERIFY(notes && notes->isVisible());
    QCOMPARE(notesDock->widget(), notes);
    QVERIFY(!w->findChild<PathEditor *>()); // still behind
    QVERIFY2(clickTab(dock), "the path editor has no tab");
    settle();
    QVERIFY(!dock->visibleRegion().isEmpty());
    auto *editor = w->findChild<PathEditor *>();
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(dock->widget(), editor);
    QListView *list = editor->stopList();
    const int row = list->sizeHintForRow(0);
    auto hasRoom = [&] {
        // Three stops in view, notes of a few lines, the title and budget whole, and nothing
        // scrolled out of the dock.
        return list->viewport()->height() >= 3 * row
               && editor->notesEdit()->height() >= editor->notesEdit()->fontMetrics().lineSpacing() * 5
               && editor->titleEdit()->visibleRegion().boundingRect() == editor->titleEdit()->rect()
               && editor->budgetEdit()->visibleRegion().boundingRect() == editor->budgetEdit()->rect()
               && editor->notesEdit()->visibleRegion().boundingRect() == editor->notesEdit()->rect();
    };
    QVERIFY2(hasRoom(), qPrintable(QStringLiteral("dock %1 px high, %2 px for rows of %3, notes %4 px")
                                       .arg(dock->height()).arg(list->viewport()->height()).arg(row)
                                       .arg(editor->notesEdit()->height())));
    // The details above it keep a few lines.
    QWidget *details = w->findChild<QDockWidget *>(QStringLiteral("detailDock"));
    QVERIFY2(details->height() >= 110, qPrintable(QString::number(details->height())));
    // Back to the FAQ and to the editor again: the room stays, nothing moves twice.
    QVERIFY(clickTab(faq));
    settle();
    const int height = faq->height();
    QVERIFY(clickTab(dock));
    settle();
    QCOMPARE(dock->height(), height);
    QVERIFY(hasRoom());
}

void tst_PathDock::picturesFollowTheStagesLook()
{
    auto w = openWindow();
    QVERIFY(w);
    auto *editor = w->findChild<PathEditor *>();
    QVERIFY(editor);
    StopThumbnails *thumbnails = editor->thumbnails();
    QCOMPARE(thumbnails->look(), StageView::Look::Normal);
    ThemeState *theme = w->findChild<DesktopActions *>()->themeState();
    // The dark theme: the normal look is the window's palette, dark.
    theme->setTheme(ThemeState::Theme::Dark);
    const QVector<PathStop> stops = w->pathChoice()->path().stops.mid(0, 3);
    QVERIFY(!stops.isEmpty());
    QVERIFY(waitForPictures(thumbnails, stops));
    auto corner = [&](const PathStop &stop) {
        const QImage image = thumbnails->thumbnail(stop);
        return image.pixelColor(2, image.height() - 3);
    };
    QVERIFY2(corner(stops.first()).lightness() < 100, qPrintable(corner(stops.first()).name()));
    // Edit > Preferences > Projector: the pictures drawn again, black on white, as the stage.
    theme->setStageLook(ThemeState::StageLook::Projector);
    QCOMPARE(thumbnails->look(), StageView::Look::Projector);
    QVERIFY(!thumbnails->has(stops.first()));
    QVERIFY(waitForPictures(thumbnails, stops));
    for (const PathStop &stop : stops)
        QVERIFY2(corner(stop).lightness() > 240, qPrintable(corner(stop).name()));
    QCOMPARE(QSettings().value(QLatin1String(DesktopActions::presentLookKey)).toString(), QStringLiteral("projector"));
    // Another theme while the pictures' stage is there: drawn again, in the projector's look.
    theme->setTheme(ThemeState::Theme::System);
    QVERIFY(waitForPictures(thumbnails, stops));
    QVERIFY(corner(stops.first()).lightness() > 240);
    // A window opened later starts in the look chosen.
    w.reset();
    auto again = std::make_unique<MainWindow>();
    again->show();
    QVERIFY(QTest::qWaitForWindowExposed(again.get()));
    again->findChild<QDockWidget *>(QStringLiteral("pathEditorDock"))->raise(); // its tab chosen
    auto *later = again->findChild<PathEditor *>();
    QVERIFY(later);
    QCOMPARE(later->thumbnails()->look(), StageView::Look::Projector);
}

void tst_PathDock::addingAStopSaysWhatAndWhere()
{
    auto w = openWindow();
    QVERIFY(w);
    const Briefing &briefing = w->selection()->database()->briefing();
    const QString guarantee = briefing.guarantees.at(0).id;
    w->selection()->select(guarantee);
    w->activateWindow();
    QTest::keyClick(w.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w->userLibrary()->userPaths().size(), 1);
    const QString message = w->statusBar()->currentMessage();
    QCOMPARE(message, QStringLiteral("Added “%1” to “My path” as stop 1.").arg(briefing.title(guarantee)));
    // The message stays while the user looks at it (another view's change does not take it away).
    QTest::qWait(300);
    QCOMPARE(w->statusBar()->currentMessage(), message);
    // A second one, after the first.
    w->selection()->select(briefing.metadata.id);
    QTest::keyClick(w.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w->statusBar()->currentMessage(),
             QStringLiteral("Added “%1” to “My path” as stop 2.").arg(briefing.metadata.title));
}

QTEST_MAIN(tst_PathDock)
#include "tst_pathdock.moc"
