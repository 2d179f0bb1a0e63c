// SPDX-License-Identifier: MIT
// The real window with the path editor brought forward, for the tests of the path editor
// (tst_patheditor, tst_pathfiles): the sample with an author's path written into it and the
// real-data example, once; a library of its own for each test; the editor's chooser, rows and
// dialogs reached with real keys and clicks.
#pragma once

#include "content/briefingpath.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace bv {
class PathEditor;
}

namespace bv::test {

class PathEditorFixture
{
protected:
    void setUpFiles(const QString &applicationName); // initTestCase
    void setUpLibrary(); // init: each test with a library of its own, empty
    std::unique_ptr<MainWindow> openWindow(const QString &path);
    PathEditor *editorOf(MainWindow *window);
    void chooseByKeys(PathEditor *editor, const QString &text);
    void clickRow(PathEditor *editor, int row);
    template<typename T> static T *waitForDialog(const QString &name)
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (top->isVisible() && top->objectName() == name)
                    found = qobject_cast<T *>(top);
            }
            return found != nullptr;
        });
        return shown ? found : nullptr;
    }

    QTemporaryDir m_dir;
    QString m_sample, m_defence;
    BriefingPath m_tour; // the author's path written into the sample
};

} // namespace bv::test
