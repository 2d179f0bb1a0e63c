// SPDX-License-Identifier: MIT
#include "file/backgroundpriority.h"

#include <QCoreApplication>
#include <QThread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace bv {

#ifdef Q_OS_LINUX
namespace {
id_t threadId()
{
    return id_t(syscall(SYS_gettid));
}
} // namespace

int threadNiceness()
{
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, threadId());
    return errno == 0 ? nice : 0;
}

bool lowerThreadPriority()
{
    // On Linux a thread's nice value is its own (PRIO_PROCESS with a thread id), and with
    // the scheduler's autogroups it weighs against the other threads of this program only.
    if (threadNiceness() >= backgroundNiceness)
        return true;
    return setpriority(PRIO_PROCESS, threadId(), backgroundNiceness) == 0;
}
#else
int threadNiceness()
{
    return 0;
}

bool lowerThreadPriority()
{
    QThread *thread = QThread::currentThread();
    if (!thread || thread == QCoreApplication::instance()->thread())
        return false;
    thread->setPriority(QThread::LowPriority);
    return true;
}
#endif

} // namespace bv
