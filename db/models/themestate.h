// SPDX-License-Identifier: MIT
// How the program looks, as the user chose it: the theme (the system's, light, dark or high
// contrast), the size of its text (a percentage of the system's) and the look of a
// presentation's stage, kept with QSettings.
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

    // The look of a presentation's stage (Edit > Preferences, remembered under
    // stageLookKey as "normal" or "projector"): the window's palette, or a projector's high
    // contrast. The show and the path editor's pictures of the stops follow it.
    enum class StageLook { Normal, Projector };
    static constexpr char stageLookKey[] = "present/look";
    StageLook stageLook() const { return m_stageLook; }
    void setStageLook(StageLook look); // remembered; stageLookChanged() when it is another one
    static StageLook stageLookOf(const QString &key); // "projector", else Normal
    static QString key(StageLook look);

public slots:
    void enlargeText(); // the next step up (Ctrl+Plus)
    void reduceText();  // the next step down (Ctrl+Minus)
    void resetText();   // 100 % (Ctrl+0)

signals:
    void themeChanged(bv::ThemeState::Theme theme);
    void textPercentChanged(int percent);
    void stageLookChanged(bv::ThemeState::StageLook look);

private:
    Theme m_theme = Theme::System;
    int m_textPercent = normalText;
    StageLook m_stageLook = StageLook::Normal;
};

} // namespace bv
