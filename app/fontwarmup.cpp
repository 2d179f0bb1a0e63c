// SPDX-License-Identifier: MIT
#include "fontwarmup.h"

#ifdef BV_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

#include <thread>

namespace bv::FontWarmup {

namespace {

struct Warmup
{
    bool started = false;
    std::thread thread;
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
#endif
}

void wait()
{
    Warmup &state = warmup();
    if (state.thread.joinable())
        state.thread.join();
}

} // namespace bv::FontWarmup
