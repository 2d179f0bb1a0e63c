// SPDX-License-Identifier: MIT
#include "models/themestate.h"

#include <QSettings>

#include <cstdlib>

namespace bv {

namespace {
const char themeKey[] = "appearance/theme";
const char textKey[] = "appearance/textPercent";
} // namespace

ThemeState::ThemeState(QObject *parent) : QObject(parent)
{
    QSettings settings;
    m_theme = fromKey(settings.value(QLatin1String(themeKey)).toString()).value_or(Theme::System);
    m_stageLook = stageLookOf(settings.value(QLatin1String(stageLookKey)).toString());
    bool ok = false;
    const int percent = settings.value(QLatin1String(textKey)).toInt(&ok);
    if (ok) {
        // The nearest step: a hand-edited or an older value never gives an unreadable size.
        int nearest = normalText;
        for (int step : textSteps()) {
            if (std::abs(step - percent) < std::abs(nearest - percent))
                nearest = step;
        }
        m_textPercent = nearest;
    }
}

QVector<ThemeState::Theme> ThemeState::themes()
{
    return {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast};
}

QString ThemeState::key(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    }
    return QStringLiteral("system");
}

std::optional<ThemeState::Theme> ThemeState::fromKey(const QString &key)
{
    for (Theme theme : themes()) {
        if (ThemeState::key(theme) == key)
            return theme;
    }
    return std::nullopt;
}

void ThemeState::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    QSettings().setValue(QLatin1String(themeKey), key(theme));
    emit themeChanged(theme);
}

QVector<int> ThemeState::textSteps()
{
    return {70, 80, 90, 100, 110, 125, 150, 175, 200, 250};
}

void ThemeState::setTextPercent(int percent)
{
    int nearest = textSteps().first();
    for (int step : textSteps()) {
        if (std::abs(step - percent) < std::abs(nearest - percent))
            nearest = step;
    }
    if (nearest == m_textPercent)
        return;
    m_textPercent = nearest;
    QSettings().setValue(QLatin1String(textKey), nearest);
    emit textPercentChanged(nearest);
}

void ThemeState::enlargeText()
{
    for (int step : textSteps()) {
        if (step > m_textPercent) {
            setTextPercent(step);
            return;
        }
    }
}

void ThemeState::reduceText()
{
    const QVector<int> steps = textSteps();
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (*it < m_textPercent) {
            setTextPercent(*it);
            return;
        }
    }
}

void ThemeState::resetText()
{
    setTextPercent(normalText);
}

ThemeState::StageLook ThemeState::stageLookOf(const QString &key)
{
    return key == QLatin1String("projector") ? StageLook::Projector : StageLook::Normal;
}

QString ThemeState::key(StageLook look)
{
    return look == StageLook::Projector ? QStringLiteral("projector") : QStringLiteral("normal");
}

void ThemeState::setStageLook(StageLook look)
{
    QSettings().setValue(QLatin1String(stageLookKey), key(look));
    if (look == m_stageLook)
        return;
    m_stageLook = look;
    emit stageLookChanged(look);
}

} // namespace bv
