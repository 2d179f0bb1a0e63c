// SPDX-License-Identifier: MIT
#include "showfixture.h"

#include "currentbriefing.h"
#include "file/examples.h"
#include "library/library.h"
#include "library/userlibrary.h"
#include "models/presentationstate.h"
#include "present/presenterconsole.h"
#include "testfiles.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTest>

namespace bv::test {

bool ShowFixture::setUpFiles()
{
    m_sample = m_dir.filePath(QStringLiteral("sample.briefing"));
    m_defence = m_dir.filePath(QStringLiteral("defence.briefing"));
    return writeSample(m_sample) && Examples::write(QStringLiteral("european-defence"), m_defence, false).ok();
}

bool ShowFixture::setUpLibrary()
{
    QSettings().clear();
    const QString folder = m_dir.filePath(QStringLiteral("library-%1").arg(++m_libraries));
    if (!QDir().mkpath(folder))
        return false;
    Library::setFolder(folder);
    m_now = 1000;
    return true;
}

void ShowFixture::tearDown()
{
    m_actions = nullptr;
    m_window.reset();
    Library::setFolder(QString());
}

bool ShowFixture::openWindow(const QString &path)
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(700, 500);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->currentBriefing()->openFile(path))
        return false;
    m_window->setLanguage(QStringLiteral("en"));
    m_actions = m_window->findChild<PresentActions *>();
    if (!m_actions)
        return false;
    m_actions->controller()->state()->setClock([this] { return m_now; });
    return QTest::qWaitFor([this] { return m_window->userLibrary()->store().state() == Library::State::Ready; })
           && activate(m_window.get());
}

bool ShowFixture::activate(QWidget *widget)
{
    if (QApplication::activeWindow() == widget->window())
        return true;
    widget->window()->activateWindow();
    return QTest::qWaitForWindowActive(widget->window());
}

void ShowFixture::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : console(), Qt::Key(key), modifiers);
}

void ShowFixture::type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target ? target : console(), c.toLatin1());
    }
}

bool ShowFixture::startWith(int key, Qt::KeyboardModifiers modifiers)
{
    if (!activate(m_window.get()))
        return false;
    QTest::keyClick(m_window.get(), Qt::Key(key), modifiers);
    if (!m_actions->controller()->isRunning())
        return false;
    return QTest::qWaitForWindowExposed(console()) && QTest::qWaitForWindowExposed(audience()) && activate(console());
}

bool ShowFixture::endShow()
{
    QTest::keyClick(console(), Qt::Key_Escape);
    QTest::keyClick(console(), Qt::Key_Escape);
    return QTest::qWaitFor([this] { return !m_actions->controller()->isRunning() && !console(); });
}

} // namespace bv::test
