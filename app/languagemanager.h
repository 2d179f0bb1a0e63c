// SPDX-License-Identifier: MIT
// The language of the program's own text: loads its translation and Qt's, sets the
// default locale (dates, numbers) and the layout direction, and remembers the choice.
// Switching needs no restart: every widget gets a LanguageChange and retranslates.
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QTranslator;

namespace bv {

class LanguageManager
{
    Q_DECLARE_TR_FUNCTIONS(LanguageManager)
public:
    LanguageManager();
    ~LanguageManager();

    // The languages the program speaks, as BCP 47 codes ("en", "uk", "de", "fr", "ar").
    static QStringList available();
    static QString nativeName(const QString &code); // "Українська", "العربية" ...
    // The remembered choice, or on the first start the system's language when available.
    static QString preferred();

    QString current() const { return m_current; }
    // Loads and installs `code`'s translations; false (and nothing changed) when unknown.
    bool apply(const QString &code, bool remember = true);

private:
    std::unique_ptr<QTranslator> m_own, m_qt;
    QString m_current;
};

} // namespace bv
