// SPDX-License-Identifier: MIT
// The floor: a bare QMainWindow from process start to its first paint.
#include "firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    new bv::FirstPaintProbe(&window);
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
