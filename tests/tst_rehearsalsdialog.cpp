// SPDX-License-Identifier: MIT
// Presentation > Compare Rehearsals… in the real window, reached with the mouse through the
// menu bar: disabled for a path never rehearsed; with three rehearsals in the library file of
// the test, a column each with the right times, "—" for a stop not timed, the totals and the
// summary; a fourth rehearsed with the keys while it is open adds a column, and the console
// showed the last rehearsal's time with the one before it; the dates in the interface
// language's format.
#include "library/userlibrary.h"
#include "file/briefingdatabase.h"
#include "models/pathchoice.h"
#include "models/selection.h"
#include "models/presentationstate.h"
#include "models/rehearsaltablemodel.h"
#include "present/presenterconsole.h"
#include "present/rehearsalsdialog.h"
#include "showfixture.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace bv;

using Model = RehearsalTableModel;

class tst_RehearsalsDialog : public QObject, public test::ShowFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_rehearsalsdialog"));
        QVERIFY(setUpFiles());
    }
    void init() { QVERIFY(setUpLibrary()); }
    void cleanup() { tearDown(); }
    void disabledWithoutARehearsal();
    void threeRehearsalsAndAFourth();
    void datesInTheInterfacesLanguage();

private:
    // Clicks Presentation > `action` with the mouse; false when the menu did not open.
    bool clickInMenu(QAction *action);
    // A path of the user's with three stops (budgets 1:00, none, 0:30), chosen for presenting.
    BriefingPath chooseTalk();
    BriefingPath defaultPath() const;
    RehearsalsDialog *dialog() const { return m_actions->rehearsalsDialog(); }
    QString text(int row, int column) const
    {
        return dialog()->model()->index(row, column).data().toString();
    }
};

bool tst_RehearsalsDialog::clickInMenu(QAction *action)
{
    if (!activate(m_window.get()))
        return false;
    QMenuBar *bar = m_window->menuBar();
    QMenu *menu = m_actions->menu();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }))
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    if (menu->isVisible()) // a disabled action leaves the menu open
        QTest::keyClick(menu, Qt::Key_Escape);
    return QTest::qWaitFor([menu] { return !menu->isVisible(); });
}

BriefingPath tst_RehearsalsDialog::defaultPath() const
{
    return BriefingPath::defaultPath(m_window->selection()->database()->briefing());
}

BriefingPath tst_RehearsalsDialog::chooseTalk()
{
    BriefingPath talk;
    talk.title = QStringLiteral("The talk");
    const QStringList titles{QStringLiteral("Opening"), QStringLiteral("Middle"), QStringLiteral("Close")};
    const std::optional<int> budgets[] = {60, std::nullopt, 30};
    for (int i = 0; i < 3; ++i) {
        PathStop stop;
        stop.title = titles.at(i);
        stop.budgetSeconds = budgets[i];
        talk.stops << stop;
    }
    if (m_window->userLibrary()->savePath(&talk))
        m_window->pathChoice()->setPath(*m_window->userLibrary()->userPath(talk.id));
    return talk;
}

void tst_RehearsalsDialog::disabledWithoutARehearsal()
{
    QVERIFY(openWindow(m_defence));
    QAction *compare = m_actions->compareRehearsalsAction();
    QVERIFY(m_actions->menu()->actions().contains(compare));
    QVERIFY(!compare->isEnabled()); // the default path, never rehearsed
    QVERIFY(clickInMenu(compare));
    QVERIFY(!dialog());
    // A rehearsal of the chosen path enables it, another path chosen without one disables it.
    const BriefingPath talk = chooseTalk();
    QVERIFY(!talk.id.isEmpty());
    QCOMPARE(m_window->pathChoice()->path().id, talk.id);
    QVERIFY(!compare->isEnabled());
    QVERIFY(m_window->userLibrary()->saveRehearsal(talk.id, {10, 20, 30}));
    QVERIFY(compare->isEnabled());
    m_window->pathChoice()->setPath(defaultPath()); // the briefing's default path again
    QVERIFY(m_window->pathChoice()->path().id != talk.id);
    QVERIFY(!compare->isEnabled());
    // A rehearsal of another path does not enable it for this one.
    QVERIFY(m_window->userLibrary()->saveRehearsal(talk.id, {11, 21, 31}));
    QVERIFY(!compare->isEnabled());
    QVERIFY(clickInMenu(compare));
    QVERIFY(!dialog());
}

void tst_RehearsalsDialog::threeRehearsalsAndAFourth()
{
    QVERIFY(openWindow(m_defence));
    const BriefingPath talk = chooseTalk();
    QVERIFY(!talk.id.isEmpty());
    UserLibrary *library = m_window->userLibrary();
    for (const QVector<int> &seconds : {QVector<int>{80, -1, 40}, QVector<int>{55, 30, 25}, QVector<int>{70, 20, -1}})
        QVERIFY(library->saveRehearsal(talk.id, seconds));
    QVERIFY(m_actions->compareRehearsalsAction()->isEnabled());
    QVERIFY(clickInMenu(m_actions->compareRehearsalsAction()));
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog()));
    QCOMPARE(dialog()->headingLabel()->text(), QStringLiteral("Rehearsals of “The talk”"));

    // The budget, three rehearsals (the newest first) and their median.
    QTableView *table = dialog()->table();
    QVERIFY(table->isVisible());
    QCOMPARE(table->model(), dialog()->model());
    QCOMPARE(table->horizontalHeader()->count(), 5);
    QCOMPARE(table->verticalHeader()->count(), 4);
    const QVector<PathRehearsal> kept = library->rehearsals(talk.id);
    QCOMPARE(kept.size(), 3);
    QCOMPARE(dialog()->model()->headerData(1, Qt::Horizontal).toString(),
             QLocale().toString(kept.at(0).rehearsed.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(0, 0), QStringLiteral("1:00"));
    QCOMPARE(text(0, 1), QStringLiteral("1:10"));
    QCOMPARE(text(0, 2), QStringLiteral("0:55"));
    QCOMPARE(text(0, 3), QStringLiteral("1:20"));
    QCOMPARE(text(1, 1), QStringLiteral("0:20"));
    QCOMPARE(text(1, 3), QStringLiteral("\u2014")); // never timed in the oldest
    QCOMPARE(text(2, 1), QStringLiteral("\u2014"));
    QCOMPARE(text(3, 1), QStringLiteral("1:30")); // the totals
    QCOMPARE(text(3, 2), QStringLiteral("1:50"));
    QCOMPARE(text(3, 3), QStringLiteral("2:00"));
    QCOMPARE(text(0, 4), QStringLiteral("1:10")); // the median
    QCOMPARE(dialog()->model()->index(0, 1).data(Model::ChangeTextRole).toString(), QStringLiteral("+0:15"));
    QCOMPARE(Model::BudgetState(dialog()->model()->index(0, 1).data(Model::BudgetStateRole).toInt()),
             Model::BudgetState::Over);
    // Each cell as the view draws it: a time with its change, in its budget's colour.
    const QRect cell = table->visualRect(dialog()->model()->index(0, 1));
    QVERIFY(table->viewport()->rect().contains(cell));
    QVERIFY(cell.width() > table->fontMetrics().horizontalAdvance(QStringLiteral("1:10 (+0:15)")));
    const QString summary = dialog()->summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("3 rehearsals")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("The newest took 1:30 in all. That is 0:20 shorter than the rehearsal before.")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("over the budget on 1 stop")), qPrintable(summary));

    // A fourth rehearsal, by keys, while the dialog is open.
    QVERIFY(clickInMenu(m_actions->rehearseAction()));
    QTRY_VERIFY(m_actions->controller()->isRunning());
    QVERIFY(state()->isRehearsing());
    QVERIFY(QTest::qWaitForWindowExposed(console()));
    QVERIFY(activate(console()));
    // The console: the last rehearsal and the one before it, where both timed the stop.
    QCOMPARE(console()->rehearsalLabel()->text(), QStringLiteral("Last rehearsal: 1:10, before: 0:55"));
    m_now += 65000;
    press(Qt::Key_Right);
    QCOMPARE(console()->rehearsalLabel()->text(), QStringLiteral("Last rehearsal: 0:20, before: 0:30"));
    m_now += 5000;
    press(Qt::Key_Right);
    QCOMPARE(console()->rehearsalLabel()->text(), QString()); // the last did not time the close
    m_now += 35000;
    QVERIFY(endShow());
    QTRY_COMPARE(table->horizontalHeader()->count(), 6);
    QCOMPARE(library->rehearsals(talk.id).size(), 4);
    QCOMPARE(text(0, 1), QStringLiteral("1:05"));
    QCOMPARE(text(1, 1), QStringLiteral("0:05"));
    QCOMPARE(text(2, 1), QStringLiteral("0:35"));
    QCOMPARE(text(0, 2), QStringLiteral("1:10"));
    QCOMPARE(text(3, 1), QStringLiteral("1:45"));
    QCOMPARE(dialog()->model()->index(0, 1).data(Model::ChangeTextRole).toString(), QStringLiteral("\u22120:05"));
    QCOMPARE(Model::BudgetState(dialog()->model()->index(2, 1).data(Model::BudgetStateRole).toInt()),
             Model::BudgetState::Over);
    QVERIFY2(dialog()->summaryLabel()->text().contains(QStringLiteral("4 rehearsals")), qPrintable(dialog()->summaryLabel()->text()));
    QVERIFY2(dialog()->summaryLabel()->text().contains(QStringLiteral("0:15 longer")), qPrintable(dialog()->summaryLabel()->text()));

    // Another path chosen: its rehearsals (none), said so.
    m_window->pathChoice()->setPath(defaultPath());
    QVERIFY(!table->isVisible());
    QVERIFY(dialog()->summaryLabel()->text().contains(QStringLiteral("not been rehearsed")));
    QVERIFY(!m_actions->compareRehearsalsAction()->isEnabled());
}

void tst_RehearsalsDialog::datesInTheInterfacesLanguage()
{
    QVERIFY(openWindow(m_defence));
    const BriefingPath talk = chooseTalk();
    QVERIFY(m_window->userLibrary()->saveRehearsal(talk.id, {61, 62, 63}));
    QVERIFY(m_window->userLibrary()->saveRehearsal(talk.id, {64, 65, 66}));
    QVERIFY(clickInMenu(m_actions->compareRehearsalsAction()));
    QTRY_VERIFY(dialog() && dialog()->isVisible());
    const QDateTime when = m_window->userLibrary()->rehearsals(talk.id).at(0).rehearsed.toLocalTime();
    m_window->setLanguage(QStringLiteral("de"));
    QTRY_COMPARE(dialog()->model()->headerData(1, Qt::Horizontal).toString(),
                 QLocale(QStringLiteral("de")).toString(when, QLocale::ShortFormat));
    QCOMPARE(dialog()->model()->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Median"));
    QCOMPARE(dialog()->windowTitle(), QStringLiteral("Proben vergleichen"));
    QCOMPARE(dialog()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Zeitbudget"));
    m_window->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(dialog()->windowTitle(), QStringLiteral("Compare Rehearsals"));
}

QTEST_MAIN(tst_RehearsalsDialog)
#include "tst_rehearsalsdialog.moc"
