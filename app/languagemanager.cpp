// SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace bv {

namespace {
const char settingsKey[] = "language";
}

LanguageManager::LanguageManager() = default;

LanguageManager::~LanguageManager()
{
    if (m_own)
        QCoreApplication::removeTranslator(m_own.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("en"), QStringLiteral("uk"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("ar")};
}

QString LanguageManager::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name.isEmpty() ? code : name;
}

QString LanguageManager::preferred()
{
    const QString remembered = QSettings().value(QLatin1String(settingsKey)).toString();
    if (available().contains(remembered))
        return remembered;
    for (const QString &language : QLocale::system().uiLanguages()) {
        const QString code = QLocale(language).name().section(QLatin1Char('_'), 0, 0);
        if (available().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool LanguageManager::apply(const QString &code, bool remember)
{
    if (!available().contains(code))
        return false;
    auto own = std::make_unique<QTranslator>();
    // English needs its file only for plural forms; every other language for all text.
    if (!own->load(QStringLiteral(":/i18n/briefingviewer_") + code + QStringLiteral(".qm")) && code != QLatin1String("en"))
        return false;
    auto qt = std::make_unique<QTranslator>();
    const bool qtLoaded = qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_own)
        QCoreApplication::removeTranslator(m_own.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_own = std::move(own);
    m_qt = qtLoaded ? std::move(qt) : nullptr;
    // Locale and direction first: views re-render on LanguageChange with the new ones.
    QLocale::setDefault(QLocale(code));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(QLocale(code).textDirection());
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_own.get()); // posts LanguageChange to every widget
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // retranslated now, not later
    m_current = code;
    if (remember)
        QSettings().setValue(QLatin1String(settingsKey), code);
    return true;
}

} // namespace bv
