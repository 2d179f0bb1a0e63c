// SPDX-License-Identifier: MIT
// Switching the program's language retranslates every visible text; Arabic lays the window
// out right to left (time axes stay left to right); the translator view lists every field.
#include "file/briefingdatabase.h"
#include "charts/chartcanvas.h"
#include "common/itemhtml.h"
#include "models/itemroles.h"
#include "currentbriefing.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "models/selection.h"
#include "timeline/timelineview.h"
#include "models/translationtablemodel.h"
#include "translation/translatorpanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using namespace bv;

namespace {

const QString open = QStringLiteral("⟦");

// Translates everything into "⟦source⟧": any text a widget shows without it was not retranslated.
class PseudoTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return open + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
    }
};

} // namespace

class tst_Languages : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void everyVisibleTextIsRetranslated();
    void arabicIsRightToLeftWithTimeAxesLeftToRight();
    void italicsOnlyWhereTheScriptHasThem();
    void translatorViewListsEveryField();
    void aWindowIsMadeInTheRememberedLanguage();

private:
    std::unique_ptr<MainWindow> m_window;
};

void tst_Languages::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languages"));
    m_window = std::make_unique<MainWindow>();
    m_window->setLanguage(QStringLiteral("en"));
    m_window->currentBriefing()->openSample();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_Languages::cleanup()
{
    m_window->setLanguage(QStringLiteral("en"));
}

void tst_Languages::everyVisibleTextIsRetranslated()
{
    MainWindow &w = *m_window;
    w.currentBriefing()->selectItem(QStringLiteral("scenario-guarantee-bloc"));
    // Text that is the briefing's content, or deliberately the same in every language.
    QSet<QString> exempt{QStringLiteral("PNG"), QStringLiteral("PNG 1×"), QStringLiteral("PNG 2×"),
                         QStringLiteral("PNG 4×"), QStringLiteral("SVG")};
    const Briefing &b = w.selection()->database()->briefing();
    for (const Series &s : b.series)
        exempt << s.name << s.description; // a chart shows its description in a label of its own
    for (const QString &code : LanguageManager::available() + b.translationLanguages)
        exempt << LanguageManager::nativeName(code);

    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QCoreApplication::processEvents();

    QStringList untranslated;
    auto check = [&](const QString &where, const QString &text) {
        const QString plain = QString(text).remove(QLatin1Char('&')).trimmed();
        bool number = false;
        plain.toInt(&number); // a list's row header, not text
        if (!plain.isEmpty() && !number && !plain.contains(open) && !exempt.contains(plain))
            untranslated << where + QStringLiteral(": ") + plain;
    };
    for (QAction *menu : w.menuBar()->actions()) {
        check(QStringLiteral("menu"), menu->text());
        if (menu->menu()) {
            for (QAction *action : menu->menu()->actions()) {
                if (!action->isSeparator())
                    check(QStringLiteral("menu item"), action->text());
            }
        }
    }
    for (QDockWidget *dock : w.findChildren<QDockWidget *>())
        check(QStringLiteral("dock"), dock->windowTitle());
    for (QWidget *widget : w.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            check(QStringLiteral("label"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            check(QStringLiteral("button"), button->text());
        if (auto *field = qobject_cast<QLineEdit *>(widget))
            check(QStringLiteral("field placeholder"), field->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(widget))
            check(QStringLiteral("choice"), combo->currentText());
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                check(QStringLiteral("tab"), tabs->tabText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                check(QStringLiteral("column"), view->model()->headerData(c, Qt::Horizontal).toString());
        }
        if (!widget->toolTip().isEmpty())
            check(QStringLiteral("tooltip"), widget->toolTip());
    }
    check(QStringLiteral("window title"), w.windowTitle());
    QCoreApplication::removeTranslator(&pseudo);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
}

void tst_Languages::arabicIsRightToLeftWithTimeAxesLeftToRight()
{
    MainWindow &w = *m_window;
    QVERIFY(w.setLanguage(QStringLiteral("ar")));
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(w.findChild<TimelineView *>()->layoutDirection(), Qt::LeftToRight);
    for (ChartCanvas *canvas : w.findChildren<ChartCanvas *>())
        QCOMPARE(canvas->layoutDirection(), Qt::LeftToRight);
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&ملف")); // the real Arabic file, loaded
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    QVERIFY(w.setLanguage(QStringLiteral("uk")));
    QCOMPARE(w.layoutDirection(), Qt::LeftToRight);
    QVERIFY(!w.menuBar()->actions().first()->text().contains(QStringLiteral("File")));
    QVERIFY(w.setLanguage(QStringLiteral("en")));
    QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QVERIFY(!w.setLanguage(QStringLiteral("tlh"))); // unknown: nothing changes
    QCOMPARE(w.language(), QStringLiteral("en"));
}

void tst_Languages::italicsOnlyWhereTheScriptHasThem()
{
    QCOMPARE(ItemHtml::italic(QStringLiteral("Not stated")), QStringLiteral("<i>Not stated</i>"));
    QCOMPARE(ItemHtml::italic(QStringLiteral("Не вказано")), QStringLiteral("<i>Не вказано</i>"));
    QCOMPARE(ItemHtml::italic(QStringLiteral("<b>&amp;")), QStringLiteral("<i>&lt;b&gt;&amp;amp;</i>"));
    QCOMPARE(ItemHtml::italic(QStringLiteral("غير مذكور")), QStringLiteral("غير مذكور"));
    QCOMPARE(ItemHtml::italic(QStringLiteral("<غير>")), QStringLiteral("&lt;غير&gt;"));
    // The overview in Arabic: its "Not stated" is muted, not in italics.
    MainWindow &w = *m_window;
    QVERIFY(w.setLanguage(QStringLiteral("ar")));
    const QString notStated = ItemHtml::tr("Not stated");
    QCOMPARE(notStated, QStringLiteral("غير مذكور"));
    const QString overview = ItemHtml::overview(*w.selection()->database());
    QVERIFY(overview.contains(ItemHtml::placeholder(notStated)));
    QVERIFY(!overview.contains(QStringLiteral("<i>")));
    QVERIFY(w.setLanguage(QStringLiteral("en")));
    QVERIFY(ItemHtml::overview(*w.selection()->database()).contains(QStringLiteral("<i>Not stated</i>")));
}

void tst_Languages::translatorViewListsEveryField()
{
    MainWindow &w = *m_window;
    // Read again in the background, like any open: the window keeps painting meanwhile.
    w.currentBriefing()->setContentLanguage(QStringLiteral("uk"));
    QVERIFY(w.currentBriefing()->isOpening());
    QTRY_VERIFY(!w.currentBriefing()->isOpening());
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
    // The translator's view is made when its dock is first shown (View > Translation).
    QVERIFY(!w.findChild<TranslatorPanel *>());
    auto *translatorDock = w.findChild<QDockWidget *>(QStringLiteral("translatorDock"));
    QVERIFY(translatorDock);
    translatorDock->toggleViewAction()->trigger();
    QVERIFY(translatorDock->isVisible());
    QTRY_VERIFY(!translatorDock->visibleRegion().isEmpty()); // in front of the docks tabbed with it
    auto *panel = w.findChild<TranslatorPanel *>();
    QVERIFY(panel);
    QCOMPARE(translatorDock->widget(), panel);
    panel->refresh();
    TranslationTableModel *model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 88);
    QCOMPARE(model->count(TranslationExchange::RowState::Translated), 88);
    panel->filter()->setCurrentIndex(1); // missing
    QCOMPARE(panel->filtered()->rowCount(), 0);
    panel->filter()->setCurrentIndex(0);
    const QModelIndex row = panel->filtered()->index(0, TranslationTableModel::TargetColumn);
    QVERIFY(!row.data().toString().isEmpty());
    // The content is in Ukrainian now, the program still in English.
    QCOMPARE(w.selection()->database()->briefing().title(QStringLiteral("event-dayton-1995")), QStringLiteral("Дейтонські угоди"));
    w.currentBriefing()->setContentLanguage(QString());
    QVERIFY(w.currentBriefing()->isOpening());
    QTRY_VERIFY(!w.currentBriefing()->isOpening());
    QVERIFY2(w.lastError().isEmpty(), qPrintable(w.lastError()));
    QCOMPARE(w.selection()->database()->briefing().title(QStringLiteral("event-dayton-1995")), QStringLiteral("Dayton Accords"));
}

QTEST_MAIN(tst_Languages)
void tst_Languages::aWindowIsMadeInTheRememberedLanguage()
{
    // The language chosen last time is applied before any view is made: a new window's menus
    // and views are in it as soon as it exists, before any event is handled.
    QVERIFY(m_window->setLanguage(QStringLiteral("de")));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    m_window->setLanguage(QStringLiteral("en")); // the first window back in English: its own translator
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("de"));
    {
        MainWindow other;
        QCOMPARE(other.language(), QStringLiteral("de"));
        QCOMPARE(other.menuBar()->actions().value(0)->text(), QStringLiteral("&Datei"));
        QCOMPARE(other.locale().language(), QLocale::German);
        auto *timelineDock = other.findChild<QDockWidget *>(QStringLiteral("timelineDock"));
        QVERIFY(timelineDock);
        QVERIFY2(timelineDock->windowTitle() != QStringLiteral("Timeline"), qPrintable(timelineDock->windowTitle()));
        // Made without writing the choice again.
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    }
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("en"));
}

#include "tst_languages.moc"
