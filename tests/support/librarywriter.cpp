// SPDX-License-Identifier: MIT
// A process that writes notes into a library as fast as it can, printing "saved <id>" after
// each is committed: tst_library kills it mid-burst and checks that every note it reported
// saved is there. Usage: librarywriter LIBRARY COUNT
#include "library/library.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    bv::Library library;
    if (library.open(QString::fromLocal8Bit(argv[1])) != bv::Library::State::Ready) {
        std::fprintf(stderr, "%s\n", qPrintable(library.problem()));
        return 1;
    }
    const int count = QByteArray(argv[2]).toInt();
    for (int i = 0; i < count; ++i) {
        bv::Note note;
        note.briefingId = QStringLiteral("burst-briefing");
        note.itemId = QStringLiteral("item-%1").arg(i % 50);
        note.text = QStringLiteral("Note %1 of a burst, with some **Markdown** in it.").arg(i);
        if (!library.saveNote(&note)) {
            std::fprintf(stderr, "%s\n", qPrintable(library.problem()));
            return 1;
        }
        std::printf("saved %s\n", qPrintable(note.id));
        std::fflush(stdout);
    }
    return 0;
}
