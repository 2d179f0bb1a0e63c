// SPDX-License-Identifier: MIT
// The fuzz targets: one entry function per input format the program reads from untrusted
// bytes. libFuzzer calls them (fuzzmain.cpp, built with -DBV_FUZZ=ON), and so does the normal
// test tst_fuzzinputs, over every corpus and regression file, in every build.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

namespace bv::fuzz {

struct Target
{
    const char *name;    // also the folder of its corpus and regressions: tests/fuzz/corpus/<name>
    void (*init)();      // once, before the first input
    void (*run)(const QByteArray &input);
};

const QVector<Target> &targets();
const Target *findTarget(const QString &name);

// The application object every target may need (QGuiApplication on the offscreen platform),
// when the program has none yet.
void ensureApplication();
// A promise of our code broken by `input`: aborts with the target's name and what broke, so
// that libFuzzer keeps the input and the test fails.
[[noreturn]] void fail(const char *target, const QString &what);
// A folder of the target's own for the files it writes, removed at exit.
QString workFolder(const char *target);

// The entries, one per file (fuzz_<name>.cpp).
void initFile();
void runFile(const QByteArray &input);
void initXliff();
void runXliff(const QByteArray &input);
void initMarkdown();
void runMarkdown(const QByteArray &input);
void initSearch();
void runSearch(const QByteArray &input);
void runDeepLink(const QByteArray &input);
void initNotes();
void runNotes(const QByteArray &input);
void initPaths();
void runPaths(const QByteArray &input);

} // namespace bv::fuzz
