// SPDX-License-Identifier: MIT
// A whole use of the viewer with the keyboard alone, every key sent to the widget that has the
// focus: open the sample from the File menu, move through every open dock with F6 (and back
// with Shift+F6), choose a section and an item with the arrows, search and open a result, open
// an FAQ answer, zoom a time chart, and switch the language in Preferences. Each step's effect
// is checked.
#include "charts/chartcanvas.h"
#include "charts/serieschart.h"
#include "currentbriefing.h"
#include "desktopactions.h"
#include "faq/faqlistview.h"
#include "faq/faqpanel.h"
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "launchargument.h"
#include "mainwindow.h"
#include "models/itemroles.h"
#include "models/selection.h"
#include "panelcycler.h"
#include "search/searchfield.h"
#include "search/searchpanel.h"
#include "browse/itemlistview.h"
#include "settings/settingsdialog.h"
#include "testfiles.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace bv;

class tst_Keyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aWholeUseWithKeysOnly();

private:
    // A key as the user presses it: to the widget with the focus (or the window).
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // The panel (central widget or dock) the focus is in.
    QWidget *focusedPanel() const;
    QWidget *m_window = nullptr;
    PanelCycler *m_cycler = nullptr;
    QTemporaryDir m_dir;
    QString m_defence;
};

void tst_Keyboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
    QSettings().clear();
    m_defence = m_dir.filePath(QStringLiteral("defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), m_defence, false).ok());
}

void tst_Keyboard::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::focusWidget();
    QTest::keyClick(target ? target : m_window, Qt::Key(key), modifiers);
}

QWidget *tst_Keyboard::focusedPanel() const
{
    QWidget *focus = QApplication::focusWidget();
    for (QWidget *panel : m_cycler->panels()) {
        if (focus && (panel == focus || panel->isAncestorOf(focus)))
            return panel;
    }
    return nullptr;
}

void tst_Keyboard::aWholeUseWithKeysOnly()
{
    MainWindow w;
    m_window = &w;
    w.resize(1400, 900);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    m_cycler = w.findChild<PanelCycler *>();
    QVERIFY(m_cycler);

    // File > Open Sample Briefing: Alt+F, then its mnemonic.
    press(Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    QCOMPARE(QApplication::activePopupWidget()->objectName(), QStringLiteral("fileMenu"));
    press(Qt::Key_S);
    QTRY_VERIFY(w.selection()->database());
    QCOMPARE(w.selection()->database()->path(), QString()); // the built-in sample
    // The offscreen platform leaves the closed menu the active window, where a window
    // manager gives the activation back: done here by hand.
    if (QApplication::activeWindow() != &w) {
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }
    // The real-data example, as the command line opens it.
    openLaunchArgument(w, m_defence);
    QTRY_VERIFY(w.selection()->database() && w.selection()->database()->path() == m_defence);

    // F6 visits the central list and every open dock, a tabbed one brought to the front.
    QList<QWidget *> visited;
    const QList<QWidget *> panels = m_cycler->panels();
    QVERIFY(panels.size() >= 7); // central, navigator, details, FAQ, search, notes, timeline, charts
    for (int i = 0; i < panels.size(); ++i) {
        press(Qt::Key_F6);
        QWidget *panel = focusedPanel();
        QVERIFY2(panel, qPrintable(QString::number(i) + QLatin1Char(' ') + (QApplication::focusWidget() ? QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()) + QApplication::focusWidget()->objectName() : QStringLiteral("no focus"))));
        QVERIFY(panel->isVisible());
        visited << panel;
    }
    for (QWidget *panel : panels)
        QVERIFY2(visited.contains(panel), qPrintable(panel->objectName()));
    QWidget *last = focusedPanel();
    press(Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(focusedPanel() != last);
    press(Qt::Key_F6);
    QCOMPARE(focusedPanel(), last);

    // The navigator: Down chooses the next section, whose list the centre shows.
    auto *navigator = w.findChild<QDockWidget *>(QStringLiteral("navigatorDock"));
    while (focusedPanel() != navigator)
        press(Qt::Key_F6);
    auto *sections = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
    QVERIFY(sections);
    const QModelIndex before = sections->currentIndex();
    // Down to the first section with two items or more; the centre shows its list.
    ItemListView *shown = nullptr;
    for (int i = 0; i < 10 && !shown; ++i) {
        press(Qt::Key_Down);
        const auto kind = ItemKind(sections->currentIndex().data(KindRole).toInt());
        if (kind != ItemKind::Briefing && w.listView(kind)->table()->model()->rowCount() >= 2)
            shown = w.listView(kind);
    }
    QVERIFY(shown);
    QVERIFY(sections->currentIndex() != before);
    QTRY_VERIFY(shown->isVisible());
    // Into the list of that section: Down makes its first item current in every view.
    press(Qt::Key_F6, Qt::ShiftModifier); // the centre comes before the navigator
    QCOMPARE(focusedPanel(), w.centralWidget());
    const QString overview = w.selection()->currentId();
    auto *list = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
    for (int tab = 0; !list && tab < 5; ++tab) { // past the list's filter field
        press(Qt::Key_Tab);
        list = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
    }
    QVERIFY(list);
    press(Qt::Key_Down);
    QTRY_VERIFY(w.selection()->currentId() != overview);
    const QString chosen = w.selection()->currentId();
    press(Qt::Key_Down);
    QVERIFY(w.selection()->currentId() != chosen);

    // Search: Ctrl+F, type, Enter opens the first result.
    press(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(qobject_cast<SearchField *>(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ukraine"));
    QTRY_VERIFY(w.findChild<QDockWidget *>(QStringLiteral("searchDock"))->isVisible());
    const QAbstractItemModel *results = w.findChild<SearchPanel *>()->view()->model();
    QTRY_VERIFY(results->rowCount() > 0);
    const QString first = results->index(0, 0, results->index(0, 0)).data(IdRole).toString();
    QVERIFY(!first.isEmpty());
    press(Qt::Key_Return);
    QTRY_COMPARE(w.selection()->currentId(), first);
    press(Qt::Key_Escape);

    // The FAQ: Down to the first question, Enter opens its answer.
    auto *faqDock = w.findChild<QDockWidget *>(QStringLiteral("faqDock"));
    for (int i = 0; focusedPanel() != faqDock && i < 12; ++i)
        press(Qt::Key_F6);
    QCOMPARE(focusedPanel(), faqDock);
    FaqListView *faq = w.findChild<FaqPanel *>()->view();
    for (int tab = 0; QApplication::focusWidget() != faq && tab < 4; ++tab)
        press(Qt::Key_Tab); // past "Questions about this"
    QCOMPARE(QApplication::focusWidget(), faq);
    press(Qt::Key_Home);
    const QString question = faq->currentIndex().data(IdRole).toString();
    QVERIFY(!question.isEmpty());
    QVERIFY(!faq->isExpanded(question));
    press(Qt::Key_Return);
    QVERIFY(faq->isExpanded(question));

    // A time chart: F6 to the charts, Tab to a chart's plot, + zooms it.
    auto *chartsDock = w.findChild<QDockWidget *>(QStringLiteral("chartsDock"));
    for (int i = 0; focusedPanel() != chartsDock && i < 12; ++i)
        press(Qt::Key_F6);
    QCOMPARE(focusedPanel(), chartsDock);
    SeriesChart *chart = nullptr;
    for (int tab = 0; tab < 80; ++tab) {
        if (auto *canvas = qobject_cast<ChartCanvas *>(QApplication::focusWidget())) {
            auto *owner = qobject_cast<SeriesChart *>(canvas->parentWidget());
            if (owner && owner->isTime() && owner->isShown() && !owner->isOutOfRange()) {
                chart = owner;
                break;
            }
        }
        press(Qt::Key_Tab);
    }
    QVERIFY(chart);
    const double span = chart->to() - chart->from();
    press(Qt::Key_Plus);
    QVERIFY(chart->to() - chart->from() < span * 0.9);
    press(Qt::Key_Minus);
    QVERIFY(chart->to() - chart->from() > span * 0.9);

    // The language, in Preferences: its first field; Down to Українська.
    QAction *preferences = w.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QTest::keySequence(QApplication::focusWidget(), preferences->shortcut());
    SettingsDialog *dialog = w.findChild<DesktopActions *>()->settingsDialog();
    QTRY_VERIFY(dialog && dialog->isActiveWindow());
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("interfaceLanguage"));
    press(Qt::Key_Down);
    QCOMPARE(w.language(), QStringLiteral("uk"));
    QCOMPARE(w.menuBar()->actions().first()->text().contains(QStringLiteral("File")), false);
    press(Qt::Key_Up);
    QCOMPARE(w.language(), QStringLiteral("en"));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"
