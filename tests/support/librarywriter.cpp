// SPDX-License-Identifier: MIT
// A process that writes into a library as fast as it can, printing "saved <id>" after each
// change is committed: tst_library (notes) and tst_librarypaths (paths of 20 stops, each with
// a rehearsal) kill it mid-burst and check that everything it reported saved is there, whole.
// Usage: librarywriter LIBRARY COUNT [paths]
#include "library/library.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4)
        return 2;
    bv::Library library;
    if (library.open(QString::fromLocal8Bit(argv[1])) != bv::Library::State::Ready) {
        std::fprintf(stderr, "%s\n", qPrintable(library.problem()));
        return 1;
    }
    const int count = QByteArray(argv[2]).toInt();
    const bool paths = argc == 4 && QByteArray(argv[3]) == "paths";
    for (int i = 0; i < count; ++i) {
        QString id;
        bool ok = false;
        if (paths) {
            bv::BriefingPath path;
            path.title = QStringLiteral("Burst path %1").arg(i);
            for (int s = 0; s < 20; ++s) {
                bv::PathStop stop;
                stop.kind = bv::PathStop::Kind::Item;
                stop.itemId = QStringLiteral("item-%1").arg(s);
                stop.title = QStringLiteral("Stop %1 of path %2").arg(s).arg(i);
                stop.notes = QStringLiteral("Say **%1**.").arg(s);
                path.stops.append(stop);
            }
            ok = library.savePath(QStringLiteral("burst-briefing"), &path)
                 && library.saveRehearsal(QStringLiteral("burst-briefing"), path.id, QVector<int>(20, i));
            id = path.id;
        } else {
            bv::Note note;
            note.briefingId = QStringLiteral("burst-briefing");
            note.itemId = QStringLiteral("item-%1").arg(i % 50);
            note.text = QStringLiteral("Note %1 of a burst, with some **Markdown** in it.").arg(i);
            ok = library.saveNote(&note);
            id = note.id;
        }
        if (!ok) {
            std::fprintf(stderr, "%s\n", qPrintable(library.problem()));
            return 1;
        }
        std::printf("saved %s\n", qPrintable(id));
        std::fflush(stdout);
    }
    return 0;
}
