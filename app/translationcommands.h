// SPDX-License-Identifier: MIT
// briefing-tool's translator commands: export-translations, import-translations,
// translation-status. Each returns the process exit code.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace bv {

class TranslationCommands
{
    Q_DECLARE_TR_FUNCTIONS(TranslationCommands)
public:
    static int exportTranslations(const QStringList &arguments);
    static int importTranslations(const QStringList &arguments);
    static int translationStatus(const QStringList &arguments);
};

} // namespace bv
