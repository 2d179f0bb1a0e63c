// SPDX-License-Identifier: MIT
// BriefingOpener and the window's first paint: a read asked for before it starts right after
// it, never beside it, and a window that is not shown holds nothing back.
#include "briefingopener.h"
#include "file/briefingdatabase.h"
#include "testfiles.h"

#include <QApplication>
#include <QEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace bv;

namespace {

// Counts the paint events of one window.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *window)
    {
        window->installEventFilter(this);
    }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

class tst_BriefingOpener : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void readStartsAfterTheWindowsFirstPaint();
    void hiddenWindowDoesNotHoldTheReadBack();
    void readNotStartedIsCancelledWhenSuperseded();
    void readAfterTheFirstPaintStartsAtOnce();

private:
    QTemporaryDir m_dir;
    QString m_path, m_other;
};

void tst_BriefingOpener::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("sample.briefing"));
    m_other = m_dir.filePath(QStringLiteral("other.briefing"));
    QVERIFY(test::writeSample(m_path));
    QVERIFY(test::writeSample(m_other));
}

void tst_BriefingOpener::readStartsAfterTheWindowsFirstPaint()
{
    QWidget window;
    window.resize(320, 200);
    PaintCounter counter(&window);
    BriefingOpener opener;
    opener.deliverAfterFirstPaint(&window);
    int paintsAtStart = -1;
    connect(&opener, &BriefingOpener::readStarted, this, [&] { paintsAtStart = counter.paints; });
    QSignalSpy opened(&opener, &BriefingOpener::opened);
    window.show();
    opener.openInBackground(m_path, QString()); // as at start: asked for before the window paints
    QVERIFY(opener.isBusy());
    QCOMPARE(paintsAtStart, -1); // not started with the window's first paint still to come
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY2(paintsAtStart >= 1, qPrintable(QString::number(paintsAtStart)));
    QCOMPARE(opened.first().at(0).toString(), m_path);
    QVERIFY(!opener.isBusy());
}

void tst_BriefingOpener::hiddenWindowDoesNotHoldTheReadBack()
{
    // A window never shown (or shown later) does not wait for its paint: the read starts at
    // the next turn of the event loop, long before the wait for a paint would give up.
    QWidget window;
    BriefingOpener opener;
    opener.deliverAfterFirstPaint(&window);
    QSignalSpy started(&opener, &BriefingOpener::readStarted);
    QSignalSpy opened(&opener, &BriefingOpener::opened);
    opener.openInBackground(m_path, QString());
    QCOMPARE(started.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, BriefingOpener::firstPaintWaitMs / 2);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(!window.isVisible());
}

void tst_BriefingOpener::readNotStartedIsCancelledWhenSuperseded()
{
    QWidget window;
    window.resize(320, 200);
    BriefingOpener opener;
    opener.deliverAfterFirstPaint(&window);
    QSignalSpy started(&opener, &BriefingOpener::readStarted);
    QSignalSpy cancelled(&opener, &BriefingOpener::cancelled);
    QSignalSpy opened(&opener, &BriefingOpener::opened);
    window.show();
    opener.openInBackground(m_path, QString());
    opener.openInBackground(m_other, QString()); // before the first paint: the first is dropped
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).toString(), m_other);
    // The first read never ran, and says it was cancelled, as a read stopped midway does.
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(0).toString(), m_other);
    QTRY_COMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.first().at(0).toString(), m_path);
}

void tst_BriefingOpener::readAfterTheFirstPaintStartsAtOnce()
{
    QWidget window;
    window.resize(320, 200);
    PaintCounter counter(&window);
    BriefingOpener opener;
    opener.deliverAfterFirstPaint(&window);
    window.show();
    QTRY_VERIFY(counter.paints > 0);
    QSignalSpy started(&opener, &BriefingOpener::readStarted);
    QSignalSpy opened(&opener, &BriefingOpener::opened);
    QTest::qWait(10); // the turn after the paint, when the opener learns of it
    opener.openInBackground(m_path, QString());
    QCOMPARE(started.count(), 1); // started in the call, as every open after the first paint
    QTRY_COMPARE(opened.count(), 1);
}

QTEST_MAIN(tst_BriefingOpener)
#include "tst_briefingopener.moc"
