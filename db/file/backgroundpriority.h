// SPDX-License-Identifier: MIT
// Work done in the background (reading and checking a briefing, building a search index,
// freeing a replaced briefing) runs below the window's thread: on two busy cores the window
// keeps painting while it goes on. Each background thread calls lowerThreadPriority() once,
// first; it cannot be raised again (that needs a privilege), so only threads that do
// background work alone call it (docs/architecture.md, "Threads").
#pragma once

namespace bv {

// The niceness background threads run at (Linux: 0 is the window's, 19 the lowest).
constexpr int backgroundNiceness = 10;

// Lowers the calling thread's CPU priority to backgroundNiceness (never raises it). Linux:
// the thread's own nice value (setpriority on its thread id); elsewhere QThread::LowPriority
// for a QThread. Returns false when the system refused.
bool lowerThreadPriority();

// The calling thread's niceness (Linux), 0 elsewhere.
int threadNiceness();

} // namespace bv
