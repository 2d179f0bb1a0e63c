// SPDX-License-Identifier: MIT
// View > Language (the program's) and View > Content Language (the briefing's), kept in step
// with the language in use and the briefing shown. Choosing only emits; the window acts.
#pragma once

#include <QObject>

class QActionGroup;
class QMenu;

namespace bv {

class Briefing;

class LanguageMenus final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageMenus(QMenu *viewMenu);
    void setLanguage(const QString &code);    // checks it in the menu
    void setBriefing(const Briefing *briefing); // lists its content languages
    void retranslate();

signals:
    void languageChosen(const QString &code);
    void contentLanguageChosen(const QString &code); // empty: the source language

private:
    void rebuildContentMenu();
    QMenu *m_language;
    QMenu *m_content;
    QActionGroup *m_languageGroup;
    const Briefing *m_briefing = nullptr;
};

} // namespace bv
