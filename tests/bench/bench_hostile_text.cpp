// SPDX-License-Identifier: MIT
// The window while hostile text is shown: a small widget asks for a frame every 5 ms (as an
// animation would), and the longest gap between two of its frames while each given item is
// selected, shown (an FAQ answer opened) and its detail pane scrolled to the end is
// hostile_text_max_block_ms. Then "Show all" clicked on the first item, paged down until the
// rest is all in (hostile_text_show_all_block_ms); the same in the FAQ panel on the first FAQ
// entry given, its answer's "Show all" clicked (hostile_text_faq_show_all_block_ms); and the
// process's peak memory (hostile_text_peak_rss_mb).
//   bench_hostile_text FILE ID...    (scripts/bench writes FILE: a 50 MB description, 1 MB of
//                                     "*" and 400 KB of brackets as FAQ answers, a 1 MB title)
#include "benchutil.h"
#include "browse/detailpane.h"
#include "common/itemhtml.h"
#include "common/safemarkdown.h"
#include "currentbriefing.h"
#include "faq/faqlistview.h"
#include "mainwindow.h"
#include "models/itemroles.h"
#include "models/selection.h"

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>

using namespace bv;

namespace {

class FrameCounter final : public QWidget
{
public:
    explicit FrameCounter(QWidget *parent) : QWidget(parent)
    {
        setFixedSize(6, 6);
        clock.start();
    }
    QElapsedTimer clock;
    QVector<qint64> frames;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter(this).fillRect(rect(), frames.size() % 2 ? Qt::gray : Qt::darkGray);
        frames << clock.nsecsElapsed();
    }
};

void waitFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double longestGap(const FrameCounter &frame, qint64 start)
{
    qint64 previous = start, longest = 0;
    for (const qint64 at : frame.frames) {
        longest = std::max(longest, at - previous);
        previous = at;
    }
    return double(std::max(longest, frame.clock.nsecsElapsed() - previous)) / 1e6;
}

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Clicks the detail pane's "Show all" link as a user does: scrolled into view, pressed and
// released with the mouse on it.
bool clickShowAll(QTextBrowser *pane)
{
    const QString href = ItemHtml::showAllUrl().toString();
    int position = -1;
    for (QTextBlock block = pane->document()->begin(); block.isValid() && position < 0; block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor() && it.fragment().charFormat().anchorHref() == href) {
                position = it.fragment().position() + 1;
                break;
            }
        }
    }
    if (position < 0)
        return false;
    QTextCursor cursor(pane->document());
    cursor.setPosition(position);
    pane->setTextCursor(cursor);
    pane->ensureCursorVisible();
    const QPointF point = pane->cursorRect(cursor).center() + QPoint(2, 0);
    if (!pane->viewport()->rect().contains(point.toPoint()))
        return false;
    const QPointF global = pane->viewport()->mapToGlobal(point);
    for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
        QMouseEvent event(type, point, global, Qt::LeftButton, type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton,
                          Qt::NoModifier);
        QApplication::sendEvent(pane->viewport(), &event);
    }
    return true;
}

// The first position of the "Show all" link in `document`, or -1.
int showAllPosition(const QTextDocument *document)
{
    const QString href = ItemHtml::showAllUrl().toString();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor() && it.fragment().charFormat().anchorHref() == href)
                return it.fragment().position() + 1;
        }
    }
    return -1;
}

// Clicks "Show all" in the open answer of `row` as a user does: scrolled into view, pressed
// and released on it.
bool clickShowAll(FaqListView *faq, const QModelIndex &row)
{
    const QTextDocument *answer = faq->answer(row);
    const int position = showAllPosition(answer);
    if (position < 0)
        return false;
    const auto pointOf = [&] {
        const QTextBlock block = answer->findBlock(position);
        const QTextLine line = block.layout()->lineForTextPosition(position - block.position());
        if (!line.isValid())
            return QPoint(-1, -1);
        return faq->answerRect(row).topLeft()
               + (block.layout()->position() + QPointF(line.cursorToX(position - block.position()) + 1, line.y() + line.height() / 2)).toPoint();
    };
    faq->verticalScrollBar()->setValue(faq->verticalScrollBar()->value() + pointOf().y() - faq->viewport()->height() / 2);
    const QPoint point = pointOf();
    if (!faq->viewport()->rect().contains(point))
        return false;
    const QPointF global = faq->viewport()->mapToGlobal(QPointF(point));
    for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
        QMouseEvent event(type, QPointF(point), global, Qt::LeftButton, type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton,
                          Qt::NoModifier);
        QApplication::sendEvent(faq->viewport(), &event);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewerBench"));
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_hostile_text FILE ID...\n");
        return 2;
    }
    MainWindow window;
    auto *frame = new FrameCounter(&window);
    window.statusBar()->addPermanentWidget(frame);
    window.resize(1500, 950);
    window.show();
    CurrentBriefing *current = window.currentBriefing();
    current->openFileInBackground(QString::fromLocal8Bit(argv[1]));
    QElapsedTimer wait;
    wait.start();
    while ((current->isOpening() || !current->database()) && wait.elapsed() < 300000)
        waitFor(50);
    if (!current->database()) {
        std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
        return 1;
    }
    waitFor(1000);
    auto *pane = window.findChild<DetailPane *>(QStringLiteral("detailPane"));
    auto *faq = window.findChild<FaqListView *>(QStringLiteral("faqList"));
    if (!pane || !faq) {
        std::fprintf(stderr, "no detail pane or FAQ list\n");
        return 1;
    }
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, frame, qOverload<>(&QWidget::update));
    ticker.start();
    waitFor(100);

    double worst = 0;
    QString firstFaq; // the first FAQ entry given
    for (int i = 2; i < argc; ++i) {
        const QString id = QString::fromLocal8Bit(argv[i]);
        frame->frames.clear();
        const qint64 start = frame->clock.nsecsElapsed();
        window.selection()->select(id);
        waitFor(200);
        if (faq->isVisible() && faq->currentIndex().data(IdRole).toString() == id && firstFaq.isEmpty())
            firstFaq = id;
        if (faq->isVisible() && faq->currentIndex().data(IdRole).toString() == id && !faq->isExpanded(id)) {
            faq->toggle(faq->currentIndex()); // the answer opened, as a click does
            waitFor(200);
            for (int step = 0; step < 10; ++step) {
                faq->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
                waitFor(20);
            }
        }
        for (int step = 0; step < 20; ++step) {
            pane->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
            waitFor(20);
        }
        pane->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
        waitFor(200);
        const double gap = longestGap(*frame, start);
        std::fprintf(stderr, "%s: longest gap %.1f ms\n", qPrintable(id), gap);
        worst = std::max(worst, gap);
    }
    bench::report("hostile_text_max_block_ms", worst);

    // "Show all" on the first item: up to the hard maximum laid out.
    window.selection()->select(QString::fromLocal8Bit(argv[2]));
    waitFor(300);
    frame->frames.clear();
    const qint64 start = frame->clock.nsecsElapsed();
    if (!clickShowAll(pane)) {
        std::fprintf(stderr, "no \"Show all\" link in the detail pane\n");
        return 1;
    }
    // Paged down while the rest comes in, piece by piece, until it is all in (at most 20 s).
    QElapsedTimer shown;
    shown.start();
    for (int step = 0; (step < 20 || pane->isAddingPieces()) && shown.elapsed() < 20000; ++step) {
        pane->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        waitFor(20);
    }
    std::fprintf(stderr, "Show all: all shown after %lld ms\n", qint64(shown.elapsed()));
    bench::report("hostile_text_show_all_block_ms", longestGap(*frame, start));
    std::fprintf(stderr, "shown after Show all: %d characters\n", pane->document()->characterCount());

    // "Show all" in the FAQ panel, on the first FAQ entry given, its answer open.
    if (firstFaq.isEmpty()) {
        std::fprintf(stderr, "no FAQ entry given, or the FAQ panel is hidden\n");
        return 1;
    }
    window.selection()->select(firstFaq);
    waitFor(300);
    const QModelIndex row = faq->currentIndex();
    if (row.data(IdRole).toString() != firstFaq) {
        std::fprintf(stderr, "the FAQ panel does not show %s\n", qPrintable(firstFaq));
        return 1;
    }
    if (!faq->isExpanded(firstFaq))
        faq->toggle(row);
    waitFor(300);
    frame->frames.clear();
    const qint64 faqStart = frame->clock.nsecsElapsed();
    if (!clickShowAll(faq, row)) {
        std::fprintf(stderr, "no \"Show all\" link in the FAQ answer\n");
        return 1;
    }
    shown.restart();
    for (int step = 0; (step < 20 || faq->isAddingPieces()) && shown.elapsed() < 20000; ++step) {
        faq->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        waitFor(20);
    }
    std::fprintf(stderr, "FAQ Show all: all shown after %lld ms, %d characters\n", qint64(shown.elapsed()), faq->answer(row)->characterCount());
    bench::report("hostile_text_faq_show_all_block_ms", longestGap(*frame, faqStart));
    ticker.stop();
    bench::report("hostile_text_peak_rss_mb", peakRssMb());
    return 0;
}
