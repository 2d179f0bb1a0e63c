// SPDX-License-Identifier: MIT
// Background work runs below the window's thread: a thread that lowers its priority runs at
// the background niceness, the window's thread and other threads stay as they were, and
// lowering twice never raises it again.
#include "file/backgroundpriority.h"

#include <QTest>

#include <thread>

using namespace bv;

class tst_BackgroundPriority : public QObject
{
    Q_OBJECT
private slots:
    void aBackgroundThreadRunsBelowTheWindowsThread();
};

void tst_BackgroundPriority::aBackgroundThreadRunsBelowTheWindowsThread()
{
#ifndef Q_OS_LINUX
    QSKIP("thread niceness is Linux's");
#else
    const int window = threadNiceness();
    int before = -100, after = -100, again = -100, other = -100;
    bool lowered = false;
    std::thread worker([&] {
        before = threadNiceness();
        lowered = lowerThreadPriority();
        after = threadNiceness();
        lowerThreadPriority();
        again = threadNiceness();
    });
    worker.join();
    std::thread bystander([&] { other = threadNiceness(); });
    bystander.join();
    QVERIFY(lowered);
    QCOMPARE(before, window); // a new thread starts at its creator's
    QCOMPARE(after, std::max(window, backgroundNiceness));
    QCOMPARE(again, after);
    QCOMPARE(threadNiceness(), window); // the window's thread is untouched
    QCOMPARE(other, window);            // and so is every other thread
#endif
}

QTEST_GUILESS_MAIN(tst_BackgroundPriority)
#include "tst_backgroundpriority.moc"
