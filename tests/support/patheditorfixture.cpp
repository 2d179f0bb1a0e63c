// SPDX-License-Identifier: MIT
#include "patheditorfixture.h"

#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "file/briefingwriter.h"
#include "file/examples.h"
#include "library/userlibrary.h"
#include "models/pathstopsmodel.h"
#include "models/selection.h"
#include "pathactions.h"
#include "present/patheditor.h"
#include "testfiles.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QListView>
#include <QSettings>

namespace bv::test {

void PathEditorFixture::setUpFiles(const QString &applicationName)
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings().clear();
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("briefings")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("libraries")));
    m_sample = m_dir.filePath(QStringLiteral("briefings/sample.briefing"));
    QVERIFY(writeSample(m_sample));
    OpenError error;
    auto sample = BriefingDatabase::open(m_sample, &error);
    QVERIFY2(sample, qPrintable(error.message));
    const BriefingPath all = BriefingPath::defaultPath(sample->briefing());
    QVERIFY(all.stops.size() >= 5);
    m_tour.id = QStringLiteral("tour");
    m_tour.title = QStringLiteral("A short tour");
    m_tour.origin = BriefingPath::Origin::Briefing;
    m_tour.stops = all.stops.mid(0, 4);
    m_tour.stops[1].notes = QStringLiteral("Say *why* it matters.");
    m_tour.stops[1].budgetSeconds = 90;
    sample.reset();
    QVERIFY2(BriefingWriter::writePath(m_sample, m_tour).ok(), "the author's path was not written");
    m_defence = m_dir.filePath(QStringLiteral("briefings/defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), m_defence, false).ok());
}

void PathEditorFixture::setUpLibrary()
{
    // Each test with a library of its own, empty.
    static int run = 0;
    Library::setFolder(m_dir.filePath(QStringLiteral("libraries/%1").arg(++run)));
}

std::unique_ptr<MainWindow> PathEditorFixture::openWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning("openWindow: the window was not exposed");
        return nullptr;
    }
    if (!window->currentBriefing()->openFile(path)) {
        qWarning("openWindow: %s did not open", qPrintable(path));
        return nullptr;
    }
    if (window->userLibrary()->store().state() != Library::State::Ready) {
        qWarning("openWindow: the library %s is not ready: %s", qPrintable(Library::defaultPath()),
                 qPrintable(window->userLibrary()->store().problem()));
        return nullptr;
    }
    // The library follows the briefing once it is shown (after the first paint): only then are
    // the user's paths there to choose, as they are when a user first sees the window. (On a
    // slow machine, under the sanitizers, that is a while after openFile returns.)
    if (!QTest::qWaitFor([&] { return window->userLibrary()->briefing() == window->selection()->database(); }, 10000))
        return nullptr;
    // Presentation > Path Editor brings the dock forward (it is tabbed behind the notes).
    auto *actions = window->findChild<PathActions *>();
    if (!actions)
        return nullptr;
    actions->editorAction()->trigger();
    return window;
}

PathEditor *PathEditorFixture::editorOf(MainWindow *window)
{
    auto *editor = window->findChild<PathEditor *>();
    if (editor && !QTest::qWaitForWindowExposed(editor->window()))
        return nullptr;
    return editor && editor->isVisible() ? editor : nullptr;
}

void PathEditorFixture::chooseByKeys(PathEditor *editor, const QString &text)
{
    QComboBox *chooser = editor->chooser();
    chooser->setFocus(Qt::OtherFocusReason);
    const int wanted = chooser->findText(text, Qt::MatchStartsWith);
    QVERIFY2(wanted >= 0, qPrintable(text));
    for (int i = 0; i < 2 * chooser->count() && chooser->currentIndex() != wanted; ++i)
        QTest::keyClick(chooser, chooser->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(chooser->currentIndex(), wanted);
}

void PathEditorFixture::clickRow(PathEditor *editor, int row)
{
    QListView *list = editor->stopList();
    const QModelIndex index = editor->model()->index(row);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualRect(index).center());
    QCOMPARE(list->currentIndex().row(), row);
}

} // namespace bv::test
