// SPDX-License-Identifier: MIT
#include "themeapplier.h"

#include "common/iconcachestyle.h"
#include "common/themepalette.h"
#include "models/themestate.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

namespace bv {

namespace {

// The platform's look, as it was before any theme was applied (once per process: a second
// window must not take the first one's theme for the system's).
struct SystemLook
{
    QString style;
    QPalette palette;
    QFont font;
};

const SystemLook &systemLook()
{
    static const SystemLook look{IconCacheStyle::nameOf(QApplication::style()), QApplication::palette(), QApplication::font()};
    return look;
}

// Qt tells the widgets of a new application palette or font only once the event loop runs
// (QApplication::exec()): the theme is applied before it (at start, and in tests), so every
// window is told here; told twice, a widget finds nothing changed.
void tellWidgets(QEvent::Type type)
{
    QEvent change(type);
    for (QWidget *widget : QApplication::allWidgets()) {
        if (widget->isWindow())
            QCoreApplication::sendEvent(widget, &change); // each passes it on to its children
    }
}

} // namespace

void ThemeApplier::prepareStyle()
{
    systemLook(); // the platform's look, before any change
    if (!qobject_cast<IconCacheStyle *>(QApplication::style()))
        QApplication::setStyle(new IconCacheStyle(QStyleFactory::create(systemLook().style)));
    // The icons every window asks for while it is made: its docks' float and close buttons,
    // its fields' clear button (a picture file, read through Qt's image plugins).
    for (const QStyle::StandardPixmap icon : {QStyle::SP_TitleBarNormalButton, QStyle::SP_TitleBarCloseButton,
                                              QStyle::SP_LineEditClearButton})
        QApplication::style()->standardIcon(icon);
}

ThemeApplier::ThemeApplier(ThemeState *state, QObject *parent) : QObject(parent), m_state(state)
{
    systemLook();
    connect(state, &ThemeState::themeChanged, this, &ThemeApplier::applyTheme);
    connect(state, &ThemeState::textPercentChanged, this, &ThemeApplier::applyText);
}

void ThemeApplier::apply()
{
    applyTheme();
    applyText();
}

void ThemeApplier::applyTheme()
{
    const SystemLook &system = systemLook();
    const ThemeState::Theme theme = m_state->theme();
    const bool framed = qobject_cast<HighContrastStyle *>(QApplication::style()) != nullptr;
    const QString current = IconCacheStyle::nameOf(QApplication::style());
    if (theme == ThemeState::Theme::System) {
        if (framed || current != system.style)
            QApplication::setStyle(new IconCacheStyle(QStyleFactory::create(system.style)));
    } else if (theme == ThemeState::Theme::HighContrast) {
        if (!framed)
            QApplication::setStyle(new HighContrastStyle);
    } else if (framed || current.compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0) {
        QApplication::setStyle(new IconCacheStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    }
    const QPalette palette = ThemePalette::forTheme(theme, system.palette);
    QApplication::setPalette(palette);
    QToolTip::setPalette(palette);
    tellWidgets(QEvent::ApplicationPaletteChange);
}

void ThemeApplier::applyText()
{
    QFont font = systemLook().font;
    const double scale = m_state->textPercent() / 100.0;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(6, int(font.pixelSize() * scale + 0.5)));
    QApplication::setFont(font);
    QToolTip::setFont(font);
    tellWidgets(QEvent::ApplicationFontChange);
}

} // namespace bv
