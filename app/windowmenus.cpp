// SPDX-License-Identifier: MIT
#include "windowmenus.h"

#include "file/examples.h"

#include "content/plaintext.h"
#include "currentbriefing.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"
#include "toolicons.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>

namespace bv {

WindowMenus::WindowMenus(QMainWindow *window, CurrentBriefing *current, Selection *selection,
                         const QList<QAction *> &viewActions)
    : QObject(window)
    , m_window(window)
    , m_current(current)
    , m_selection(selection)
{
    createActions();
    createMenus(viewActions);
    connect(current, &CurrentBriefing::recentFilesChanged, this, &WindowMenus::updateRecentMenu);
    connect(selection, &Selection::historyChanged, this, &WindowMenus::updateHistoryActions);
    updateHistoryActions();
}

void WindowMenus::createActions()
{
    m_openAction = new QAction(toolIcon(ToolIcon::Open), QString(), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &WindowMenus::chooseFile);
    m_sampleAction = new QAction(this);
    connect(m_sampleAction, &QAction::triggered, m_current, &CurrentBriefing::openSampleInBackground);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, m_window, &QWidget::close);
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, m_current, &CurrentBriefing::clearRecentFiles);

    m_backAction = new QAction(toolIcon(ToolIcon::Back), QString(), this);
    m_backAction->setShortcuts(QKeySequence::Back);
    connect(m_backAction, &QAction::triggered, m_selection, &Selection::back);
    m_forwardAction = new QAction(toolIcon(ToolIcon::Forward), QString(), this);
    m_forwardAction->setShortcuts(QKeySequence::Forward);
    connect(m_forwardAction, &QAction::triggered, m_selection, &Selection::forward);
    m_overviewAction = new QAction(toolIcon(ToolIcon::Overview), QString(), this);
    m_overviewAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_overviewAction, &QAction::triggered, this, &WindowMenus::overviewWanted);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &WindowMenus::findWanted);
    m_window->addAction(m_findAction);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &WindowMenus::showAbout);

    m_toolBar = m_window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->addAction(m_openAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_backAction);
    m_toolBar->addAction(m_forwardAction);
    m_toolBar->addAction(m_overviewAction);
}

void WindowMenus::createMenus(const QList<QAction *> &viewActions)
{
    QMenuBar *bar = m_window->menuBar();
    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_sampleAction);
    // The built-in examples, compiled in: the sample and the one made from real data.
    m_examplesMenu = m_fileMenu->addMenu(QString());
    m_examplesMenu->setObjectName(QStringLiteral("examplesMenu"));
    for (const QString &name : Examples::names()) {
        QAction *example = m_examplesMenu->addAction(QString());
        example->setObjectName(QStringLiteral("example-") + name);
        example->setData(name);
        connect(example, &QAction::triggered, m_current, [current = m_current, name] {
            if (name == QLatin1String("sample"))
                current->openSampleInBackground();
            else
                current->openFileInBackground(Examples::pathOf(name));
        });
    }
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = bar->addMenu(QString()); // Preferences (DesktopActions), and what others add

    m_goMenu = bar->addMenu(QString());
    m_goMenu->addAction(m_backAction);
    m_goMenu->addAction(m_forwardAction);
    m_goMenu->addAction(m_overviewAction);
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_findAction);

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->addActions(viewActions);
    m_viewMenu->addAction(m_toolBar->toggleViewAction());

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    // Named, so that the parts that add to them (DesktopActions ...) find them.
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
}

void WindowMenus::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_goMenu->setTitle(tr("&Go"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    auto withShortcut = [](QAction *action, const QString &tip) {
        action->setToolTip(tip.arg(action->shortcut().toString(QKeySequence::NativeText)));
    };
    m_openAction->setText(tr("&Open…"));
    withShortcut(m_openAction, tr("Open a briefing file (%1)"));
    m_sampleAction->setText(tr("Open &Sample Briefing"));
    m_examplesMenu->setTitle(tr("&Examples"));
    for (QAction *example : m_examplesMenu->actions())
        example->setText(Examples::title(example->data().toString()));
    m_quitAction->setText(tr("&Quit"));
    m_clearRecentAction->setText(tr("&Clear Menu"));
    m_backAction->setText(tr("&Back"));
    withShortcut(m_backAction, tr("Back to the previous item (%1)"));
    m_forwardAction->setText(tr("&Forward"));
    withShortcut(m_forwardAction, tr("Forward to the next item (%1)"));
    m_overviewAction->setText(tr("&Overview"));
    m_overviewAction->setToolTip(tr("Show the briefing's overview"));
    m_findAction->setText(tr("&Find…"));
    m_aboutAction->setText(tr("&About Briefing Viewer"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    updateRecentMenu();
}

void WindowMenus::chooseFile()
{
    const QStringList recent = m_current->recentFiles();
    const QString folder = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Briefing"), folder,
                                                      tr("Briefings (*.briefing);;All files (*)"));
    if (!path.isEmpty())
        m_current->openFileInBackground(path);
}

void WindowMenus::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_current->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"))));
        action->setToolTip(plainToolTip(QDir::toNativeSeparators(path)));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, m_current, [this, path] { m_current->openFileInBackground(path); });
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
}

void WindowMenus::updateHistoryActions()
{
    m_backAction->setEnabled(m_selection->canGoBack());
    m_forwardAction->setEnabled(m_selection->canGoForward());
}

void WindowMenus::showAbout()
{
    QMessageBox::about(m_window, tr("About Briefing Viewer"),
                       tr("<h3>Briefing Viewer %1</h3><p>Reads policy briefings (format %2) offline, "
                          "as linked views.</p><p>Built with Qt %3.</p>")
                           .arg(QCoreApplication::applicationVersion())
                           .arg(BriefingDatabase::formatVersion)
                           .arg(QString::fromLatin1(qVersion())));
}

} // namespace bv
