// SPDX-License-Identifier: MIT
#include "fontwarmup.h"

#ifdef BV_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#include <thread>

#ifdef __linux__
#include <pthread.h>
#include <sched.h>
#endif

namespace bv::FontWarmup {

namespace {

struct Warmup
{
    bool started = false;
    std::thread thread;
#ifdef __linux__
    bool moved = false;
    cpu_set_t allowed; // the process's cores, when the thread was moved off one of them
#endif
    ~Warmup()
    {
        if (thread.joinable()) // a process that made no window (an export, an error)
            thread.join();
    }
};

Warmup &warmup()
{
    static Warmup state;
    return state;
}

#ifdef __linux__
// Linux often starts a new thread on its parent's core, where it waits behind the window's
// thread (1 to 3 ms at start, measured) instead of running beside it: the set-up is moved to
// the other cores, when there are others, until the window's thread waits for it (wait()).
void keepOffThisCore(std::thread &thread)
{
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0 || CPU_COUNT(&allowed) < 2)
        return;
    const int here = sched_getcpu();
    if (here < 0 || !CPU_ISSET(here, &allowed))
        return;
    warmup().allowed = allowed;
    warmup().moved = true;
    CPU_CLR(here, &allowed);
    pthread_setaffinity_np(thread.native_handle(), sizeof allowed, &allowed);
}

// Every core again, the window's too, which waits for it now.
void allowEveryCore(std::thread &thread)
{
    if (warmup().moved)
        pthread_setaffinity_np(thread.native_handle(), sizeof warmup().allowed, &warmup().allowed);
}
#endif

} // namespace

void start()
{
    Warmup &state = warmup();
    if (state.started)
        return;
    state.started = true;
#ifdef BV_HAVE_FONTCONFIG
    // FcInit() loads the configuration once per process; Qt's own call finds it made.
    state.thread = std::thread([] { FcInit(); });
#ifdef __linux__
    keepOffThisCore(state.thread);
#endif
#endif
}

void wait()
{
    Warmup &state = warmup();
    if (state.thread.joinable()) {
#ifdef __linux__
        allowEveryCore(state.thread);
#endif
        state.thread.join();
    }
}

} // namespace bv::FontWarmup
