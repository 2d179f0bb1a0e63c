// SPDX-License-Identifier: MIT
// The presenter console's layout on the screens presenters have (1280×800, 1920×1080), with
// the real-data example: each part has its room (the current stop large with the notes under
// it, the next stop with the list of stops under it), no two texts over one another, and the
// next stop's chart with its source line under the plot, never drawn over it.
#include "charts/chartcanvas.h"
#include "charts/serieschart.h"
#include "common/safetextbrowser.h"
#include "file/briefingdatabase.h"
#include "file/examples.h"
#include "models/presentationstate.h"
#include "models/selection.h"
#include "present/presenterconsole.h"
#include "present/stagechart.h"
#include "present/stageview.h"

#include <QAbstractButton>
#include <QFontInfo>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_ConsoleLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void eachPartHasItsRoom_data();
    void eachPartHasItsRoom();
    void theNextChartsSourceStaysUnderItsPlot_data();
    void theNextChartsSourceStaysUnderItsPlot();

private:
    static QRect inConsole(const QWidget *console, const QWidget *widget);
    // The rectangle a label's text takes within it (its alignment and wrapping).
    static QRect textRect(const QWidget *console, const QLabel *label);
    static void settle();

    QTemporaryDir m_dir;
    std::shared_ptr<BriefingDatabase> m_defence;
    BriefingPath m_path;
    int m_beforeChart = -1; // a stop whose next one is a chart
};

void tst_ConsoleLayout::initTestCase()
{
    const QString file = m_dir.filePath(QStringLiteral("defence.briefing"));
    QVERIFY(Examples::write(QStringLiteral("european-defence"), file, false).ok());
    OpenError error;
    m_defence = BriefingDatabase::open(file, &error);
    QVERIFY2(m_defence, qPrintable(error.message));
    m_path = BriefingPath::defaultPath(m_defence->briefing());
    for (int i = 0; i + 1 < m_path.stops.size() && m_beforeChart < 0; ++i) {
        if (m_path.stops.at(i + 1).kind == PathStop::Kind::Chart)
            m_beforeChart = i;
    }
    QVERIFY(m_beforeChart >= 0);
    for (PathStop &stop : m_path.stops) {
        stop.budgetSeconds = 120;
        stop.notes = QStringLiteral("**Say** what the figure shows, then what it does not.");
    }
}

void tst_ConsoleLayout::settle()
{
    for (int i = 0; i < 30; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(5);
    }
}

QRect tst_ConsoleLayout::inConsole(const QWidget *console, const QWidget *widget)
{
    return QRect(widget->mapTo(console, QPoint(0, 0)), widget->size());
}

QRect tst_ConsoleLayout::textRect(const QWidget *console, const QLabel *label)
{
    const QRect area = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
    int flags = int(label->alignment());
    if (label->wordWrap())
        flags |= Qt::TextWordWrap;
    const QRect text = label->fontMetrics().boundingRect(area, flags, label->text());
    return text.translated(label->mapTo(console, QPoint(0, 0)));
}

void tst_ConsoleLayout::eachPartHasItsRoom_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void tst_ConsoleLayout::eachPartHasItsRoom()
{
    QFETCH(QSize, size);
    Selection selection;
    selection.setDatabase(m_defence);
    PresentationState state;
    PresenterConsole console(&selection, &state);
    console.resize(size);
    state.start(m_path, m_beforeChart);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    settle();
    QCOMPARE(console.size(), size);

    // No two texts over one another (each label's text as it is drawn, every button).
    QVector<QPair<QString, QRect>> texts;
    for (QLabel *label : console.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || console.currentView()->isAncestorOf(label)
            || console.nextView()->isAncestorOf(label))
            continue;
        texts.append({label->objectName() + QLatin1Char(' ') + label->text(), textRect(&console, label)});
        // Inside its label, or its text is cut.
        QVERIFY2(inConsole(&console, label).adjusted(-1, -1, 1, 1).contains(texts.last().second), qPrintable(texts.last().first));
    }
    for (QAbstractButton *button : console.findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !console.currentView()->isAncestorOf(button) && !console.nextView()->isAncestorOf(button))
            texts.append({button->objectName(), inConsole(&console, button)});
    }
    texts.append({QStringLiteral("stops"), inConsole(&console, console.stopList())});
    texts.append({QStringLiteral("notes"), inConsole(&console, console.notesView())});
    texts.append({QStringLiteral("jump"), inConsole(&console, console.jumpField())});
    texts.append({QStringLiteral("current"), inConsole(&console, console.currentView())});
    texts.append({QStringLiteral("next"), inConsole(&console, console.nextView())});
    for (int i = 0; i < texts.size(); ++i) {
        QVERIFY2(console.rect().contains(texts.at(i).second), qPrintable(texts.at(i).first));
        for (int j = i + 1; j < texts.size(); ++j) {
            QVERIFY2(!texts.at(i).second.intersects(texts.at(j).second),
                     qPrintable(texts.at(i).first + QStringLiteral(" over ") + texts.at(j).first));
        }
    }

    const QRect current = inConsole(&console, console.currentView());
    const QRect next = inConsole(&console, console.nextView());
    const QRect notes = inConsole(&console, console.notesView());
    const QRect stops = inConsole(&console, console.stopList());
    // The current stop is the largest thing on the console, at 16:9, and the notes fill
    // under it: no empty third under the picture.
    QVERIFY2(current.width() >= size.width() * 0.5, qPrintable(QString::number(current.width())));
    QVERIFY(std::abs(current.width() * 9 - current.height() * 16) <= 16 * 2);
    QVERIFY2(notes.top() > current.bottom() && notes.top() - current.bottom() <= 60,
             qPrintable(QStringLiteral("notes at %1, the current stop ends at %2").arg(notes.top()).arg(current.bottom())));
    QVERIFY(notes.bottom() >= console.height() - 40);
    QVERIFY2(notes.height() >= size.height() / 5, qPrintable(QString::number(notes.height())));
    // The next stop and the list share the other column: the list under the picture, wide
    // enough for a stop's title and its budget.
    QVERIFY(next.width() * 2 < current.width() * 2 + 1);
    QVERIFY(stops.top() > next.bottom());
    QVERIFY2(stops.width() >= 300 && stops.width() >= size.width() / 4, qPrintable(QString::number(stops.width())));
    QVERIFY2(stops.height() >= size.height() / 4, qPrintable(QString::number(stops.height())));
    const QLabel *nextTitle = console.findChild<QLabel *>(QStringLiteral("consoleNextTitle"));
    const QLabel *stopsTitle = console.findChild<QLabel *>(QStringLiteral("consoleStopsTitle"));
    QVERIFY(nextTitle && stopsTitle);
    QVERIFY(textRect(&console, nextTitle).bottom() < next.top());
    QVERIFY(textRect(&console, stopsTitle).top() > next.bottom());
    // Each row of the list shows its title whole on its line or lines.
    for (int row = 0; row < console.stopList()->count(); ++row) {
        const QRect item = console.stopList()->visualItemRect(console.stopList()->item(row));
        QVERIFY(item.width() <= console.stopList()->viewport()->width());
    }
}

void tst_ConsoleLayout::theNextChartsSourceStaysUnderItsPlot_data()
{
    eachPartHasItsRoom_data();
}

void tst_ConsoleLayout::theNextChartsSourceStaysUnderItsPlot()
{
    QFETCH(QSize, size);
    Selection selection;
    selection.setDatabase(m_defence);
    PresentationState state;
    PresenterConsole console(&selection, &state);
    console.resize(size);
    console.show();
    QVERIFY(QTest::qWaitForWindowExposed(&console));
    int checked = 0;
    state.start(m_path, 0);
    for (int i = 0; i + 1 < m_path.stops.size(); ++i) {
        if (m_path.stops.at(i + 1).kind != PathStop::Kind::Chart)
            continue;
        state.jump(i);
        StageView *next = console.nextView();
        // Until the preview's layout has settled (a chart's caption and plot take their sizes
        // once its width is known).
        QString last;
        for (int still = 0, turn = 0; still < 4 && turn < 200; ++turn) {
            QCoreApplication::processEvents();
            QTest::qWait(5);
            QString now;
            for (QWidget *widget : next->findChildren<QWidget *>())
                now += QStringLiteral("%1,%2 %3x%4;").arg(widget->x()).arg(widget->y()).arg(widget->width()).arg(widget->height());
            still = now == last ? still + 1 : 0;
            last = now;
        }
        QCOMPARE(next->page(), StageView::Page::Chart);
        SeriesChart *chart = next->chartPage()->chart();
        const QRect plot = inConsole(&console, chart->canvas());
        const QRect stage = inConsole(&console, next);
        QVERIFY(stage.contains(plot));
        for (QLabel *label : chart->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            const QRect text = textRect(&console, label);
            // The whole text in its label, the label under the plot and inside the small stage.
            QVERIFY2(inConsole(&console, label).adjusted(-1, -1, 1, 1).contains(text),
                     qPrintable(QStringLiteral("%1: %2 px of text in %3 px").arg(label->text()).arg(text.height())
                                    .arg(label->height())));
            QVERIFY2(!text.intersects(plot), qPrintable(QStringLiteral("%1: text %2,%3 %4x%5, plot %6,%7 %8x%9")
                                                            .arg(label->text()).arg(text.x()).arg(text.y()).arg(text.width())
                                                            .arg(text.height()).arg(plot.x()).arg(plot.y()).arg(plot.width())
                                                            .arg(plot.height())
                                                        + QStringLiteral(" label %1,%2 %3x%4 hfw %5 font %6")
                                                              .arg(inConsole(&console, label).x()).arg(inConsole(&console, label).y())
                                                              .arg(label->width()).arg(label->height())
                                                              .arg(label->heightForWidth(label->width()))
                                                              .arg(QFontInfo(label->font()).pixelSize())));
            QVERIFY2(stage.contains(text), qPrintable(label->text()));
            // Still text one can read on the console (not set at a few pixels).
            QVERIFY2(QFontInfo(label->font()).pixelSize() >= 7, qPrintable(QString::number(QFontInfo(label->font()).pixelSize())));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

QTEST_MAIN(tst_ConsoleLayout)
#include "tst_consolelayout.moc"
