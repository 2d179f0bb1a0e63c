// SPDX-License-Identifier: MIT
// Fontconfig's set-up on a thread of its own at start. The first text the window measures
// makes fontconfig read its configuration and font caches (some 25 million instructions,
// the largest single part of the window's start). Started first thing in main(), it runs
// while the application, its settings, the user's library and the translations are made,
// and is waited for before the first widget: the window's thread never does it itself. On
// Linux the thread is kept off the window's core until then (a new thread often starts on
// its parent's core and would wait behind the window's thread instead of running beside it).
#pragma once

namespace bv {

namespace FontWarmup {

// Starts the set-up (once; nothing where Qt's fonts do not come from fontconfig).
void start();
// Returns once the set-up started is done (at once if none was started). Called before the
// first widget is made: fontconfig called on two threads at once would set itself up twice.
void wait();

} // namespace FontWarmup

} // namespace bv
