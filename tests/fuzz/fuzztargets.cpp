// SPDX-License-Identifier: MIT
#include "fuzztargets.h"

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace bv::fuzz {

namespace {
void noInit() {}
} // namespace

const QVector<Target> &targets()
{
    static const QVector<Target> all{
        {"file", initFile, runFile},
        {"xliff", initXliff, runXliff},
        {"markdown", initMarkdown, runMarkdown},
        {"search", initSearch, runSearch},
        {"deeplink", noInit, runDeepLink},
        {"notes", initNotes, runNotes},
        {"paths", initPaths, runPaths},
    };
    return all;
}

const Target *findTarget(const QString &name)
{
    for (const Target &target : targets()) {
        if (name == QLatin1String(target.name))
            return &target;
    }
    return nullptr;
}

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "bv-fuzz";
    static char *argv[] = {name, nullptr};
    static QGuiApplication *application = new QGuiApplication(argc, argv);
    Q_UNUSED(application);
}

void fail(const char *target, const QString &what)
{
    std::fprintf(stderr, "fuzz target %s: %s\n", target, qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

QString workFolder(const char *target)
{
    static QTemporaryDir folder;
    const QString path = folder.filePath(QLatin1String(target));
    if (!folder.isValid() || !QDir().mkpath(path))
        fail(target, QStringLiteral("no temporary folder"));
    return path;
}

} // namespace bv::fuzz
