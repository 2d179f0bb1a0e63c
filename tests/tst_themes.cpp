// SPDX-License-Identifier: MIT
// Themes and text size: the palettes' contrast (WCAG 2.1 AA, computed from the palettes), and
// in the real window a theme chosen in Preferences and the text size keys reaching every view
// at once: the detail pane's HTML, the timeline, the charts (QtCharts theme, series colours,
// axis fonts), without a restart, and remembered.
#include "browse/detailpane.h"
#include "charts/chartcanvas.h"
#include "charts/chartpanel.h"
#include "charts/serieschart.h"
#include "common/iconcachestyle.h"
#include "common/themepalette.h"
#include "common/viewcolours.h"
#include "currentbriefing.h"
#include "desktopactions.h"
#include "file/examples.h"
#include "mainwindow.h"
#include "models/themestate.h"
#include "settings/settingsdialog.h"
#include "testfiles.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelineview.h"

#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

Q_DECLARE_METATYPE(ThemeState::Theme)

class tst_Themes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void textContrast_data();
    void textContrast();
    void linesAndMarksContrast_data();
    void linesAndMarksContrast();
    void highContrastFramesAndLines();
    void themeFollowsEverywhereAtOnce();
    void textSizeKeysScaleEveryView();
    void focusedChartKeepsItsOwnKeys();
    void standardIconsAreMadeOnce();

private:
    std::unique_ptr<MainWindow> openWindow();
    SeriesChart *timeChart(MainWindow *w);
    QTemporaryDir m_dir;
    QString m_path;
    QPalette m_system;
};

void tst_Themes::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_themes"));
    QSettings().clear();
    m_system = QApplication::palette();
    m_path = m_dir.filePath(QStringLiteral("defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), m_path, false).ok());
}

void tst_Themes::cleanup()
{
    ThemeState state;
    state.setTheme(ThemeState::Theme::System);
    state.resetText();
}

void tst_Themes::textContrast_data()
{
    QTest::addColumn<ThemeState::Theme>("theme");
    for (ThemeState::Theme theme : ThemeState::themes())
        QTest::newRow(qPrintable(ThemeState::key(theme))) << theme;
}

// Text on its background, 4.5:1 in every theme: the palette's pairs and the views' own.
void tst_Themes::textContrast()
{
    QFETCH(ThemeState::Theme, theme);
    const QPalette p = ThemePalette::forTheme(theme, m_system);
    auto check = [&](const char *what, const QColor &text, const QColor &background) {
        const double ratio = ViewColours::contrast(text, background);
        if (ratio < ViewColours::textContrast)
            QFAIL(qPrintable(QStringLiteral("%1: %2 on %3 is %4:1").arg(QLatin1String(what), text.name(), background.name()).arg(ratio)));
    };
    check("text", p.color(QPalette::Text), p.color(QPalette::Base));
    check("window text", p.color(QPalette::WindowText), p.color(QPalette::Window));
    check("button text", p.color(QPalette::ButtonText), p.color(QPalette::Button));
    check("secondary text (detail pane)", ViewColours::mutedText(p), p.color(QPalette::Base));
    check("note on a text (detail pane)", ViewColours::noteText(p), p.color(QPalette::Base));
    if (theme == ThemeState::Theme::System)
        return; // the platform's own palette: only what the views make of it is ours
    check("selected text", p.color(QPalette::HighlightedText), p.color(QPalette::Highlight));
    check("placeholder", p.color(QPalette::PlaceholderText), p.color(QPalette::Base));
    check("link", p.color(QPalette::Link), p.color(QPalette::Base));
    check("tool tip", p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase));
    check("search match", p.color(QPalette::Text), ViewColours::searchMark(p));
    check("search snippet match", p.color(QPalette::PlaceholderText), ViewColours::searchMark(p));
}

void tst_Themes::linesAndMarksContrast_data()
{
    textContrast_data();
}

// Every lane and series colour against the chart's and the timeline's background (Base): 3:1.
void tst_Themes::linesAndMarksContrast()
{
    QFETCH(ThemeState::Theme, theme);
    const QPalette p = ThemePalette::forTheme(theme, m_system);
    const QColor base = p.color(QPalette::Base);
    for (int i = 0; i < 40; ++i) {
        const double lane = ViewColours::contrast(ViewColours::category(i, p), base);
        const double series = ViewColours::contrast(ViewColours::series(i, p), base);
        if (lane < ViewColours::markContrast || series < ViewColours::markContrast)
            QFAIL(qPrintable(QStringLiteral("colour %1: lane %2:1, series %3:1").arg(i).arg(lane).arg(series)));
    }
    // Distinct colours stay distinct after being made readable.
    QVERIFY(ViewColours::series(0, p) != ViewColours::series(1, p));
}

// High contrast: every line, frame and mark the views and the style draw, 3:1 on its ground.
void tst_Themes::highContrastFramesAndLines()
{
    const QPalette p = ThemePalette::highContrast();
    const QColor base = p.color(QPalette::Base), window = p.color(QPalette::Window);
    for (QPalette::ColorRole role : {QPalette::Mid, QPalette::Midlight, QPalette::Dark, QPalette::Highlight,
                                     QPalette::Link, QPalette::Text, QPalette::PlaceholderText}) {
        QVERIFY2(ViewColours::contrast(p.color(role), base) >= ViewColours::markContrast, qPrintable(QString::number(role)));
    }
    // Frames are drawn in WindowText (HighContrastStyle), the focus in Highlight.
    QVERIFY(ViewColours::contrast(p.color(QPalette::WindowText), window) >= 7);
    QVERIFY(ViewColours::contrast(p.color(QPalette::Highlight), window) >= ViewColours::markContrast);
    QVERIFY(ViewColours::contrast(p.color(QPalette::Disabled, QPalette::Text), base) >= ViewColours::markContrast);
    QVERIFY(ViewColours::contrast(p.color(QPalette::AlternateBase), p.color(QPalette::Text)) >= 7); // lane stripes
}

std::unique_ptr<MainWindow> tst_Themes::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->currentBriefing()->openFile(m_path))
        return nullptr;
    return window;
}

SeriesChart *tst_Themes::timeChart(MainWindow *w)
{
    auto *panel = w->findChild<ChartPanel *>();
    if (!panel)
        return nullptr;
    for (SeriesChart *chart : panel->charts()) {
        if (chart->isTime()) {
            chart->ensureLoaded();
            // In view and laid out, as a chart the user looks at.
            panel->findChild<QScrollArea *>()->ensureWidgetVisible(chart);
            if (!QTest::qWaitFor([chart] { return !chart->canvas()->chart()->plotArea().isEmpty(); }))
                return nullptr;
            return chart;
        }
    }
    return nullptr;
}

void tst_Themes::themeFollowsEverywhereAtOnce()
{
    auto w = openWindow();
    QVERIFY(w);
    auto *actions = w->findChild<DesktopActions *>();
    QVERIFY(actions);
    QAction *preferences = w->findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(preferences && !preferences->shortcut().isEmpty());
    QTest::keySequence(w.get(), preferences->shortcut());
    QTRY_VERIFY(actions->settingsDialog() && actions->settingsDialog()->isVisible());
    auto *box = actions->settingsDialog()->findChild<QComboBox *>(QStringLiteral("theme"));
    QVERIFY(box);
    QCOMPARE(box->currentData().toString(), QStringLiteral("system"));
    SeriesChart *chart = timeChart(w.get());
    QVERIFY(chart);
    auto *detail = w->findChild<DetailPane *>();
    TimelineView *timeline = w->findChild<TimelinePanel *>()->view();

    box->setFocus();
    QTest::keyClick(box, Qt::Key_Down); // Light
    QTest::keyClick(box, Qt::Key_Down); // Dark
    const QPalette dark = ThemePalette::dark();
    QCOMPARE(actions->themeState()->theme(), ThemeState::Theme::Dark);
    QCOMPARE(QApplication::palette().color(QPalette::Base), dark.color(QPalette::Base));
    QCOMPARE(IconCacheStyle::nameOf(QApplication::style()).toLower(), QStringLiteral("fusion"));
    QCOMPARE(detail->palette().color(QPalette::Base), dark.color(QPalette::Base));
    QVERIFY(detail->toHtml().contains(ViewColours::mutedText(dark).name(), Qt::CaseInsensitive)); // rendered again
    QCOMPARE(chart->canvas()->chart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart->canvas()->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    for (const ChartLine &line : chart->lines(0)) {
        if (line.count() > 0)
            QCOMPARE(line.pen.color().rgb(), ViewColours::series(0, dark).rgb());
    }
    const QImage shot = timeline->grab().toImage();
    const QColor corner = shot.pixelColor(shot.width() / 2, 2);
    QVERIFY2(corner == dark.color(QPalette::Base) || corner == dark.color(QPalette::AlternateBase), qPrintable(corner.name()));

    QTest::keyClick(box, Qt::Key_Down); // High contrast
    const QPalette high = ThemePalette::highContrast();
    QVERIFY(qobject_cast<HighContrastStyle *>(QApplication::style()));
    QCOMPARE(chart->canvas()->chart()->backgroundBrush().color(), high.color(QPalette::Base));
    for (const ChartLine &line : chart->lines(0)) {
        if (line.count() > 0)
            QCOMPARE(line.pen.color().rgb(), ViewColours::series(0, high).rgb());
    }
    QVERIFY(detail->toHtml().contains(ViewColours::mutedText(high).name(), Qt::CaseInsensitive));
    // The View > Theme menu shows the same choice; remembered for the next start.
    QAction *checked = nullptr;
    for (QAction *action : w->findChild<QMenu *>(QStringLiteral("themeMenu"))->actions())
        checked = action->isChecked() ? action : checked;
    QVERIFY(checked);
    QCOMPARE(checked->data().toString(), QStringLiteral("high-contrast"));
    QCOMPARE(ThemeState().theme(), ThemeState::Theme::HighContrast);

    QTest::keyClick(box, Qt::Key_Home); // System again: the platform's palette and style
    QCOMPARE(QApplication::palette().color(QPalette::Base), m_system.color(QPalette::Base));
    QVERIFY(!qobject_cast<HighContrastStyle *>(QApplication::style()));
}

void tst_Themes::textSizeKeysScaleEveryView()
{
    auto w = openWindow();
    QVERIFY(w);
    SeriesChart *chart = timeChart(w.get());
    QVERIFY(chart);
    const double normal = QApplication::font().pointSizeF();
    QVERIFY(normal > 0);
    w->activateWindow();
    w->findChild<DetailPane *>()->setFocus();
    QTest::keyClick(w.get(), Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(QApplication::font().pointSizeF(), normal * 1.1);
    QTest::keyClick(w.get(), Qt::Key_Equal, Qt::ControlModifier); // "+" without Shift
    const double larger = normal * 1.25;
    QCOMPARE(QApplication::font().pointSizeF(), larger);
    auto *detail = w->findChild<DetailPane *>();
    QCOMPARE(detail->font().pointSizeF(), larger);
    QCOMPARE(detail->document()->defaultFont().pointSizeF(), larger);
    TimelineView *timeline = w->findChild<TimelinePanel *>()->view();
    QCOMPARE(timeline->font().pointSizeF(), larger);
    for (QAbstractAxis *axis : chart->canvas()->chart()->axes())
        QCOMPARE(axis->labelsFont().pointSizeF(), larger);
    QCOMPARE(QSettings().value(QStringLiteral("appearance/textPercent")).toInt(), 125);
    QCOMPARE(ThemeState().textPercent(), 125); // remembered

    QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(w.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(QApplication::font().pointSizeF(), normal * 0.9);
    for (QAbstractAxis *axis : chart->canvas()->chart()->axes())
        QCOMPARE(axis->labelsFont().pointSizeF(), normal * 0.9);
    QTest::keyClick(w.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(QApplication::font().pointSizeF(), normal);
    QCOMPARE(timeline->font().pointSizeF(), normal);
}

// On a focused time chart, + and Ctrl+0 zoom and reset the chart, not the text.
void tst_Themes::focusedChartKeepsItsOwnKeys()
{
    auto w = openWindow();
    QVERIFY(w);
    SeriesChart *chart = timeChart(w.get());
    QVERIFY(chart);
    const double normal = QApplication::font().pointSizeF();
    QTest::keyClick(w.get(), Qt::Key_Plus, Qt::ControlModifier); // the text, 110 %
    chart->canvas()->setFocus();
    QTRY_VERIFY(chart->canvas()->hasFocus());
    const double span = chart->to() - chart->from();
    QTest::keyClick(chart->canvas(), Qt::Key_Plus);
    const double zoomed = chart->to() - chart->from();
    QVERIFY(zoomed < span);
    QTest::keyClick(chart->canvas(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(chart->to() - chart->from() > zoomed); // its own period again
    QCOMPARE(QApplication::font().pointSizeF(), normal * 1.1); // the chart's reset, not the text's
}

QTEST_MAIN(tst_Themes)
void tst_Themes::standardIconsAreMadeOnce()
{
    // The window's style is Fusion's, with its icons made once: every dock's close button
    // shares one picture instead of one made from XPM text for each.
    MainWindow w;
    auto *style = qobject_cast<IconCacheStyle *>(QApplication::style());
    QVERIFY(style);
    QCOMPARE(IconCacheStyle::nameOf(style).toLower(), IconCacheStyle::nameOf(style->baseStyle()).toLower());
    QVERIFY(!IconCacheStyle::nameOf(style).isEmpty());
    const QIcon close = style->standardIcon(QStyle::SP_TitleBarCloseButton);
    QVERIFY(!close.isNull());
    QCOMPARE(style->standardIcon(QStyle::SP_TitleBarCloseButton).cacheKey(), close.cacheKey());
    QVERIFY(style->baseStyle()->standardIcon(QStyle::SP_TitleBarCloseButton).cacheKey() != close.cacheKey());
    // An arrow for text right to left is another icon than the one left to right.
    QStyleOption leftToRight;
    leftToRight.direction = Qt::LeftToRight;
    QStyleOption rightToLeft;
    rightToLeft.direction = Qt::RightToLeft;
    const QIcon back = style->standardIcon(QStyle::SP_ArrowBack, &leftToRight);
    QCOMPARE(style->standardIcon(QStyle::SP_ArrowBack, &leftToRight).cacheKey(), back.cacheKey());
    QVERIFY(style->standardIcon(QStyle::SP_ArrowBack, &rightToLeft).cacheKey() != back.cacheKey());
    // The platform's own style by name, under it.
    IconCacheStyle windows(QStyleFactory::create(QStringLiteral("Windows")));
    QCOMPARE(IconCacheStyle::nameOf(&windows).toLower(), QStringLiteral("windows"));
}

#include "tst_themes.moc"
