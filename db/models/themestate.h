// SPDX-License-Identifier: MIT
// How the program looks, as the user chose it: the theme (the system's, light, dark or high
// contrast) and the size of its text (a percentage of the system's), kept with QSettings.
// Pure state: the window turns it into a style, a palette and a font; views follow those.
#pragma once

#include <QObject>
#include <QString>
#include <QVector>

#include <optional>

namespace bv {

class ThemeState final : public QObject
{
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark, HighContrast };
    Q_ENUM(Theme)

    // Reads the remembered choice (the system's theme and 100 % on the first start).
    explicit ThemeState(QObject *parent = nullptr);

    static QVector<Theme> themes();                             // in the order menus list them
    static QString key(Theme theme);                            // "system", "light", "dark", "high-contrast"
    static std::optional<Theme> fromKey(const QString &key);

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme); // remembered; themeChanged() when it is another one

    // Text size in percent of the system's font size, one of textSteps().
    static QVector<int> textSteps(); // 70 … 250
    static constexpr int normalText = 100;
    int textPercent() const { return m_textPercent; }
    void setTextPercent(int percent); // the nearest step; remembered
    bool canEnlarge() const { return m_textPercent < textSteps().last(); }
    bool canReduce() const { return m_textPercent > textSteps().first(); }

public slots:
    void enlargeText(); // the next step up (Ctrl+Plus)
    void reduceText();  // the next step down (Ctrl+Minus)
    void resetText();   // 100 % (Ctrl+0)

signals:
    void themeChanged(bv::ThemeState::Theme theme);
    void textPercentChanged(int percent);

private:
    Theme m_theme = Theme::System;
    int m_textPercent = normalText;
};

} // namespace bv
