// SPDX-License-Identifier: MIT
#include "languagemenus.h"

#include "content/briefing.h"
#include "languagemanager.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace bv {

LanguageMenus::LanguageMenus(QMenu *viewMenu)
    : QObject(viewMenu)
    , m_language(new QMenu(viewMenu))
    , m_content(new QMenu(viewMenu))
    , m_languageGroup(new QActionGroup(this))
{
    viewMenu->addSeparator();
    viewMenu->addMenu(m_language);
    viewMenu->addMenu(m_content);
    for (const QString &code : LanguageManager::available()) {
        // Each language is named in itself, so anyone can find theirs.
        QAction *action = m_language->addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setData(code);
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { emit languageChosen(action->data().toString()); });
    retranslate();
}

void LanguageMenus::setLanguage(const QString &code)
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == code);
}

void LanguageMenus::setBriefing(const Briefing *briefing)
{
    m_briefing = briefing;
    rebuildContentMenu();
}

void LanguageMenus::rebuildContentMenu()
{
    m_content->clear();
    if (!m_briefing)
        return;
    auto *group = new QActionGroup(m_content);
    QAction *source = m_content->addAction(
        // In the window's context, where these texts have always been translated.
        QCoreApplication::translate("bv::MainWindow", "Source: %1").arg(LanguageManager::nativeName(m_briefing->metadata.sourceLanguage)));
    source->setData(QString());
    group->addAction(source);
    for (const QString &code : m_briefing->translationLanguages) {
        QAction *action = m_content->addAction(LanguageManager::nativeName(code));
        action->setData(code);
        group->addAction(action);
    }
    for (QAction *action : group->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == m_briefing->contentLanguage);
    }
    connect(group, &QActionGroup::triggered, this,
            [this](QAction *action) { emit contentLanguageChosen(action->data().toString()); });
}

void LanguageMenus::retranslate()
{
    m_language->setTitle(QCoreApplication::translate("bv::MainWindow", "&Language"));
    m_content->setTitle(QCoreApplication::translate("bv::MainWindow", "&Content Language"));
    rebuildContentMenu();
}

} // namespace bv
