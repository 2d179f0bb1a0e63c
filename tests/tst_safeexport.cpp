// SPDX-License-Identifier: MIT
// Untrusted text in tool tips and export dialogs: the translator table's tool tips show a
// briefing's markup as text; the chart export proposes a file name made safe from the
// series id (never a path that moves the dialog), and its failure message shows the path
// as plain text. Driven as a user drives them: hovering, clicking, typing.
#include "charts/chartpanel.h"
#include "charts/serieschart.h"
#include "common/safefilename.h"
#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "mainwindow.h"
#include "models/selection.h"
#include "models/timerange.h"
#include "models/translationtablemodel.h"
#include "testfiles.h"
#include "translation/translatorpanel.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>

#include <functional>
#include <QToolButton>
#include <QToolTip>

using namespace bv;

namespace {

const QString markup = QStringLiteral("<b>Bold</b> <img src=\"file:///etc/passwd\"> <a href=\"https://x\">link</a>");

// What a tool tip shows a reader: its rich text rendered as text.
QString shownText(const QString &toolTip)
{
    return QTextDocumentFragment::fromHtml(toolTip).toPlainText();
}

} // namespace

class tst_SafeExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fileNamesFromIdsAreNamesOnly_data();
    void fileNamesFromIdsAreNamesOnly();
    void translatorToolTipsShowMarkupAsText();
    void chartExportProposesASafeNameAndSaysThePathPlainly();

private:
    QTemporaryDir m_dir;
};

void tst_SafeExport::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_safeexport"));
}

void tst_SafeExport::fileNamesFromIdsAreNamesOnly_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("defence-spending") << QStringLiteral("defence-spending.png");
    QTest::newRow("up and away") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd.png");
    QTest::newRow("absolute") << QStringLiteral("/tmp/x") << QStringLiteral("tmp-x.png");
    QTest::newRow("backslashes") << QStringLiteral("..\\..\\Windows\\win") << QStringLiteral("Windows-win.png");
    QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("chart.png");
    QTest::newRow("hidden") << QStringLiteral(".profile") << QStringLiteral("profile.png");
    QTest::newRow("markup") << QStringLiteral("<b>evil</b>") << QStringLiteral("b-evil-b.png");
    QTest::newRow("controls") << QStringLiteral("a\nb\tc\x01") << QStringLiteral("a-b-c.png");
    QTest::newRow("bidi override") << QStringLiteral("abc\u202Egnp.exe") << QStringLiteral("abc-gnp.exe.png");
    QTest::newRow("reserved") << QStringLiteral("a:b*c?d|e\"f") << QStringLiteral("a-b-c-d-e-f.png");
    QTest::newRow("empty") << QString() << QStringLiteral("chart.png");
    QTest::newRow("long") << QString(5000, QLatin1Char('x')) << QString(100, QLatin1Char('x')) + QStringLiteral(".png");
    QTest::newRow("letters of any script") << QStringLiteral("витрати") << QStringLiteral("витрати.png");
}

void tst_SafeExport::fileNamesFromIdsAreNamesOnly()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    const QString safe = safeFileName(id, QStringLiteral(".png"), QStringLiteral("chart"));
    QCOMPARE(safe, name);
    QVERIFY(!safe.contains(QLatin1Char('/')) && !safe.contains(QStringLiteral("..")) && !safe.startsWith(QLatin1Char('.')));
}

void tst_SafeExport::translatorToolTipsShowMarkupAsText()
{
    const QString path = m_dir.filePath(QStringLiteral("markup.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, QStringLiteral("UPDATE scenario SET title = '%1' WHERE id = 'scenario-guarantee-bloc'")
                                    .arg(QString(markup).replace(QLatin1Char('\''), QStringLiteral("''")))));
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.currentBriefing()->openFile(path));
    w.currentBriefing()->setContentLanguage(QStringLiteral("uk"));
    QTRY_VERIFY(!w.currentBriefing()->isOpening());
    // The translator's view is made when its dock is first shown (View > Translation).
    QVERIFY(!w.findChild<TranslatorPanel *>());
    auto *translatorDock = w.findChild<QDockWidget *>(QStringLiteral("translatorDock"));
    QVERIFY(translatorDock);
    translatorDock->toggleViewAction()->trigger();
    QVERIFY(translatorDock->isVisible());
    auto *panel = w.findChild<TranslatorPanel *>();
    QVERIFY(panel);
    QCOMPARE(translatorDock->widget(), panel);
    panel->refresh();
    // The translator's table in a window of its own, as a user undocks it.
    auto *table = panel->findChild<QTableView *>();
    QVERIFY(table);
    std::unique_ptr<TranslatorPanel> undocked(panel); // gone before the window
    panel->setParent(nullptr);
    panel->resize(900, 500);
    panel->show();
    panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(panel));
    QModelIndex cell;
    for (int row = 0; row < table->model()->rowCount() && !cell.isValid(); ++row) {
        const QModelIndex source = table->model()->index(row, TranslationTableModel::SourceColumn);
        if (source.data().toString() == markup)
            cell = source;
    }
    QVERIFY(cell.isValid());
    table->scrollTo(cell);
    const QPoint at = table->visualRect(cell).center();
    // The event Qt sends a widget when the pointer rests on it (the offscreen platform moves
    // no pointer): the table asks its model for the tool tip and shows it.
    QHelpEvent rest(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
    QApplication::sendEvent(table->viewport(), &rest);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(shownText(QToolTip::text()), markup); // the markup itself, not bold text and an image
    QToolTip::hideText();
    // A text of 1 MB gives a tool tip of a few thousand characters.
    const QString huge = table->model()->index(cell.row(), TranslationTableModel::SourceColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(huge.size() < 3000);
}

void tst_SafeExport::chartExportProposesASafeNameAndSaysThePathPlainly()
{
    const QString path = m_dir.filePath(QStringLiteral("evil-series.briefing"));
    QVERIFY(test::writeSample(path));
    const QString id = QStringLiteral("../../tmp/<b>evil</b>");
    QVERIFY(test::execSql(path, QStringLiteral(
        "INSERT INTO series (id, name, unit, kind) VALUES ('%1', 'Evil id', 'units', 'categories');"
        "INSERT INTO point (series_id, position, label, value, source_id) VALUES ('%1', 0, 'One', 1, 'source-article'),"
        " ('%1', 1, 'Two', 2, 'source-article');").arg(id)));
    OpenError error;
    const auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    Selection selection;
    TimeRange range;
    selection.setDatabase(database);
    ChartPanel panel(&selection, &range);
    panel.resize(700, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    SeriesChart *chart = panel.chart(id);
    QVERIFY(chart);
    chart->ensureLoaded();
    panel.findChild<QScrollArea *>()->ensureWidgetVisible(chart, 0, 0);
    QToolButton *exportButton = nullptr;
    for (QToolButton *button : chart->findChildren<QToolButton *>()) {
        if (button->menu())
            exportButton = button;
    }
    QVERIFY(exportButton);

    // What the user meets, step by step: the file dialog, then the message of the failure.
    // The name typed is in /sys, where no one (not even root) can make a file.
    QString proposed, folder, message, unexpected;
    Qt::TextFormat format = Qt::AutoText;
    const QString failing = QStringLiteral("/sys/<i>x</i>.png");
    QElapsedTimer waited;
    waited.start();
    QTimer driver;
    driver.setInterval(50);
    // Each step is taken from a timer of its own, as it may open a window that waits (exec).
    const auto later = [](QObject *context, const std::function<void()> &step) { QTimer::singleShot(0, context, step); };
    connect(&driver, &QTimer::timeout, this, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()); menu && menu->isVisible()) {
            later(menu, [menu] {
                QTest::keyClick(menu, Qt::Key_Down);
                QTest::keyClick(menu, Qt::Key_Return); // PNG 1×: the file dialog
            });
            return;
        }
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (dialog && proposed.isEmpty()) {
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!name)
                return;
            proposed = name->text();
            folder = dialog->directory().absolutePath();
            later(name, [name, failing] {
                name->setFocus();
                QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClicks(name, failing);
                QTest::keyClick(name, Qt::Key_Return);
            });
        } else if (box && qobject_cast<QFileDialog *>(box->parentWidget())) {
            unexpected = box->text(); // the file dialog's own complaint: the test fails, never hangs
            later(box, [box] { QTest::keyClick(box, Qt::Key_Escape); });
        } else if (box && message.isEmpty()) {
            message = box->text();
            format = box->textFormat();
            later(box, [box] { QTest::keyClick(box, Qt::Key_Escape); });
        } else if (waited.elapsed() > 20000) {
            unexpected = QStringLiteral("still open: ") + QLatin1String(modal->metaObject()->className());
            static_cast<QDialog *>(modal)->reject();
        }
    });
    driver.start();
    // The export menu pops up (and waits for a choice): the driver above picks PNG 1×.
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_VERIFY(!message.isEmpty() || !unexpected.isEmpty());
    driver.stop();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
    QCOMPARE(proposed, QStringLiteral("tmp-b-evil-b.png"));
    QCOMPARE(folder, QDir::currentPath()); // the id did not move the dialog
    QCOMPARE(format, Qt::PlainText);
    QVERIFY2(message.contains(QStringLiteral("<i>x</i>.png")), qPrintable(message));
    QVERIFY(!QFile::exists(failing));
}

QTEST_MAIN(tst_SafeExport)
#include "tst_safeexport.moc"
