// SPDX-License-Identifier: MIT
// What a screen reader meets: every widget that takes the focus in the window, its docks and
// the dialogs it opens (Preferences, Keyboard Shortcuts, About, the chart's export menu) has
// an accessible name as QAccessible gives it, and every action has text; the timeline and the
// charts describe the event or point that is current, and the description follows it.
#include "charts/chartcanvas.h"
#include "charts/chartpanel.h"
#include "charts/serieschart.h"
#include "currentbriefing.h"
#include "desktopactions.h"
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "mainwindow.h"
#include "models/selection.h"
#include "settings/settingsdialog.h"
#include "settings/shortcutsdialog.h"
#include "testfiles.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include <QAccessible>
#include <QAction>
#include <QWidgetAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QRegularExpression>

using namespace bv;

class tst_Accessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFocusableWidgetHasAName_data();
    void everyFocusableWidgetHasAName();
    void dialogsToo();
    void timelineAnnouncesTheEventItIsOn();
    void chartAnnouncesTheCurrentPoint();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &path);
    // The focusable widgets under `root` without an accessible name, and the actions without
    // text, each named by its class and object name (and its parents').
    static QStringList unnamed(QWidget *root);
    QTemporaryDir m_dir;
    QString m_sample, m_defence;
};

void tst_Accessibility::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
    QSettings().clear();
    m_sample = m_dir.filePath(QStringLiteral("sample.briefing"));
    m_defence = m_dir.filePath(QStringLiteral("defence.briefing"));
    QVERIFY(test::writeSample(m_sample));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), m_defence, false).ok());
}

std::unique_ptr<MainWindow> tst_Accessibility::openWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->currentBriefing()->openFile(path))
        return nullptr;
    window->setLanguage(QStringLiteral("en")); // whatever a test before chose
    return window;
}

QStringList tst_Accessibility::unnamed(QWidget *root)
{
    auto where = [](QObject *o) {
        QStringList path;
        for (QObject *p = o; p; p = p->parent())
            path.prepend(QLatin1String(p->metaObject()->className()) + (p->objectName().isEmpty() ? QString() : QLatin1Char('#') + p->objectName()));
        return path.join(QLatin1Char('/'));
    };
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isEnabled())
            continue;
        if (w->focusProxy())
            continue; // the focus, and a screen reader, go to the proxy, checked itself
        if (w->window() != root->window())
            continue; // a window of its own (a menu, a dialog) is walked on its own
        QAccessibleInterface *face = QAccessible::queryAccessibleInterface(w);
        const QString name = face ? face->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            problems << QStringLiteral("widget without a name: ") + where(w);
    }
    for (QAction *action : root->findChildren<QAction *>()) {
        // Qt's own (the clear button QLineEdit draws, "_q_qlineeditclearaction") are no action
        // of the program's: their button takes no focus and a screen reader never meets them.
        if (action->objectName().startsWith(QLatin1String("_q_")))
            continue;
        if (qobject_cast<QWidgetAction *>(action))
            continue; // a toolbar's place for a widget (the search field): the widget is checked
        auto *menu = qobject_cast<QMenu *>(action->parent());
        auto *bar = menu ? qobject_cast<QMenuBar *>(menu->parent()) : nullptr;
        if (bar && menu->menuAction() == action && !bar->actions().contains(action))
            continue; // the bar's own menu of the menus it has no room for (Qt's, never named)
        if (!action->isSeparator() && action->text().remove(QLatin1Char('&')).trimmed().isEmpty())
            problems << QStringLiteral("action without text: ") + where(action);
    }
    return problems;
}

void tst_Accessibility::everyFocusableWidgetHasAName_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::newRow("sample") << m_sample << QStringLiteral("en");
    QTest::newRow("european-defence") << m_defence << QStringLiteral("en");
    QTest::newRow("european-defence, Arabic") << m_defence << QStringLiteral("ar");
}

void tst_Accessibility::everyFocusableWidgetHasAName()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    auto w = openWindow(file);
    QVERIFY(w);
    QVERIFY(w->setLanguage(language));
    // Every dock shown and in front, every list made and every chart read: all their widgets exist.
    for (QDockWidget *dock : w->findChildren<QDockWidget *>()) {
        dock->show();
        dock->raise();
        QApplication::processEvents();
    }
    for (ItemKind kind : {ItemKind::Guarantee, ItemKind::Scenario, ItemKind::Event, ItemKind::Series,
                          ItemKind::Source, ItemKind::Faq, ItemKind::Actor})
        QVERIFY(w->listView(kind));
    for (SeriesChart *chart : w->findChild<ChartPanel *>()->charts())
        chart->ensureLoaded();
    QApplication::processEvents();
    const QStringList problems = unnamed(w.get());
    if (!problems.isEmpty())
        QFAIL(qPrintable(problems.join(QLatin1Char('\n'))));
    // The menus' actions too (their own windows).
    QStringList texts;
    for (QMenu *menu : w->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator() && !action->objectName().startsWith(QLatin1String("_q_")) && action->text().remove(QLatin1Char('&')).trimmed().isEmpty())
                texts << menu->objectName() + QLatin1Char('/') + action->objectName();
        }
    }
    QVERIFY2(texts.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY(w->setLanguage(QStringLiteral("en")));
}

void tst_Accessibility::dialogsToo()
{
    auto w = openWindow(m_defence);
    QVERIFY(w);
    auto *actions = w->findChild<DesktopActions *>();
    actions->showPreferences();
    QVERIFY(QTest::qWaitForWindowExposed(actions->settingsDialog()));
    QStringList problems = unnamed(actions->settingsDialog());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    actions->settingsDialog()->close();
    actions->showShortcuts();
    QVERIFY(QTest::qWaitForWindowExposed(actions->shortcutsDialog()));
    problems = unnamed(actions->shortcutsDialog());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    actions->shortcutsDialog()->close();

    // About, a modal box: walked while it is open, then closed.
    QAction *about = nullptr;
    for (QAction *action : w->findChildren<QAction *>())
        about = action->menuRole() == QAction::AboutRole ? action : about;
    QVERIFY(about);
    bool walked = false;
    QTimer::singleShot(100, [&] {
        QWidget *box = QApplication::activeModalWidget();
        if (!box)
            return;
        problems = unnamed(box);
        walked = true;
        box->close();
    });
    about->trigger();
    QVERIFY(walked);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Accessibility::timelineAnnouncesTheEventItIsOn()
{
    auto w = openWindow(m_defence);
    QVERIFY(w);
    TimelineView *view = w->findChild<TimelinePanel *>()->view();
    const QString before = view->accessibleDescription();
    QVERIFY(!before.isEmpty()); // how to reach an event
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    const QRegularExpression told(QStringLiteral("^Event (\\d+) of (\\d+): "));
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    const QString first = view->accessibleDescription();
    QVERIFY(first != before);
    const QRegularExpressionMatch one = told.match(first);
    QVERIFY2(one.hasMatch(), qPrintable(first));
    QCOMPARE(one.captured(2).toInt(), view->index().eventCount());
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    const QString second = view->accessibleDescription();
    const QRegularExpressionMatch two = told.match(second);
    QVERIFY2(two.hasMatch(), qPrintable(second));
    const int at = two.captured(1).toInt();
    QCOMPARE(at, one.captured(1).toInt() + 1);
    QVERIFY(second.contains(view->describe(view->index().eventAt(at - 1))));
    // What QAccessible hands a screen reader is the same.
    QCOMPARE(QAccessible::queryAccessibleInterface(view)->text(QAccessible::Description), second);
}

void tst_Accessibility::chartAnnouncesTheCurrentPoint()
{
    auto w = openWindow(m_defence);
    QVERIFY(w);
    SeriesChart *chart = nullptr;
    for (SeriesChart *c : w->findChild<ChartPanel *>()->charts()) {
        if (c->isTime() && c->seriesCount() == 1)
            chart = chart ? chart : c;
    }
    QVERIFY(chart);
    chart->ensureLoaded();
    const QString before = chart->canvas()->accessibleDescription();
    QVERIFY(!before.isEmpty());
    QVERIFY(!before.contains(QStringLiteral("Current point")));
    // A click on a point makes it current; the description names it.
    const Briefing &b = w->selection()->database()->briefing();
    const Series &series = chart->seriesList().first();
    const auto points = w->selection()->database()->points(series.id);
    QVERIFY(points.size() >= 2);
    QVERIFY(points.at(1).value.has_value());
    w->selection()->select(Briefing::pointId(series.id, points.at(1).label));
    const QString now = chart->canvas()->accessibleDescription();
    QVERIFY2(now.startsWith(before) && now.contains(QStringLiteral("Current point: ")), qPrintable(now));
    QVERIFY2(now.contains(points.at(1).label.left(4)), qPrintable(now));
    w->selection()->select(b.metadata.id);
    QCOMPARE(chart->canvas()->accessibleDescription(), before);
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
