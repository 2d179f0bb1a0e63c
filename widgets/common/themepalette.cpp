// SPDX-License-Identifier: MIT
#include "common/themepalette.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace bv::ThemePalette {

namespace {

struct Colours
{
    QColor window, windowText, base, alternateBase, text, button, placeholder, highlight,
        highlightedText, link, linkVisited, light, midlight, mid, dark, shadow, disabledText, toolTipBase;
};

QPalette make(const Colours &c)
{
    QPalette p;
    auto all = [&p](QPalette::ColorRole role, const QColor &colour) { p.setColor(role, colour); };
    all(QPalette::Window, c.window);
    all(QPalette::WindowText, c.windowText);
    all(QPalette::Base, c.base);
    all(QPalette::AlternateBase, c.alternateBase);
    all(QPalette::Text, c.text);
    all(QPalette::Button, c.button);
    all(QPalette::ButtonText, c.windowText);
    all(QPalette::BrightText, c.highlight);
    all(QPalette::PlaceholderText, c.placeholder);
    all(QPalette::Highlight, c.highlight);
    all(QPalette::HighlightedText, c.highlightedText);
    all(QPalette::Link, c.link);
    all(QPalette::LinkVisited, c.linkVisited);
    all(QPalette::Light, c.light);
    all(QPalette::Midlight, c.midlight);
    all(QPalette::Mid, c.mid);
    all(QPalette::Dark, c.dark);
    all(QPalette::Shadow, c.shadow);
    all(QPalette::ToolTipBase, c.toolTipBase);
    all(QPalette::ToolTipText, c.text);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    return p;
}

} // namespace

QPalette light()
{
    return make({QColor(0xf3, 0xf3, 0xf3), QColor(0x1a, 0x1a, 0x1a), Qt::white, QColor(0xf2, 0xf5, 0xf8),
                 QColor(0x1a, 0x1a, 0x1a), QColor(0xe9, 0xe9, 0xe9), QColor(0x6b, 0x6b, 0x6b), QColor(0x2a, 0x62, 0xb8),
                 Qt::white, QColor(0x1a, 0x56, 0xb0), QColor(0x6a, 0x3d, 0xa8), Qt::white, QColor(0xd6, 0xd6, 0xd6),
                 QColor(0x94, 0x94, 0x94), QColor(0x70, 0x70, 0x70), QColor(0x40, 0x40, 0x40), QColor(0x76, 0x76, 0x76),
                 QColor(0xff, 0xff, 0xdc)});
}

QPalette dark()
{
    return make({QColor(0x2b, 0x2b, 0x2b), QColor(0xe8, 0xe8, 0xe8), QColor(0x1e, 0x1e, 0x1e), QColor(0x26, 0x26, 0x26),
                 QColor(0xe8, 0xe8, 0xe8), QColor(0x35, 0x35, 0x35), QColor(0xa0, 0xa0, 0xa0), QColor(0x2f, 0x6f, 0xbf),
                 Qt::white, QColor(0x6c, 0xb4, 0xff), QColor(0xc0, 0x9c, 0xff), QColor(0x4a, 0x4a, 0x4a),
                 QColor(0x44, 0x44, 0x44), QColor(0x6e, 0x6e, 0x6e), QColor(0x1a, 0x1a, 0x1a), Qt::black,
                 QColor(0x8c, 0x8c, 0x8c), QColor(0x35, 0x35, 0x35)});
}

QPalette highContrast()
{
    QPalette p = make({Qt::black, Qt::white, Qt::black, QColor(0x1c, 0x1c, 0x1c), Qt::white, Qt::black,
                       QColor(0xd0, 0xd0, 0xd0), QColor(0xff, 0xd4, 0x00), Qt::black, QColor(0x7f, 0xd4, 0xff),
                       QColor(0xe0, 0xb0, 0xff), Qt::white, QColor(0x8a, 0x8a, 0x8a), QColor(0xa8, 0xa8, 0xa8),
                       QColor(0xc0, 0xc0, 0xc0), Qt::white, QColor(0xa8, 0xa8, 0xa8), Qt::black});
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xa8, 0xa8, 0xa8));
    return p;
}

QPalette forTheme(ThemeState::Theme theme, const QPalette &system)
{
    switch (theme) {
    case ThemeState::Theme::Light:
        return light();
    case ThemeState::Theme::Dark:
        return dark();
    case ThemeState::Theme::HighContrast:
        return highContrast();
    case ThemeState::Theme::System:
        break;
    }
    return system;
}

} // namespace bv::ThemePalette

namespace bv {

HighContrastStyle::HighContrastStyle() : IconCacheStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

void HighContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                      const QWidget *widget) const
{
    IconCacheStyle::drawPrimitive(element, option, painter, widget);
    switch (element) {
    case PE_FrameLineEdit:
    case PE_Frame:
    case PE_FrameGroupBox:
    case PE_PanelButtonCommand:
    case PE_IndicatorCheckBox:
    case PE_IndicatorRadioButton:
        break;
    case PE_PanelButtonTool:
        if (!(option->state & (State_Raised | State_Sunken | State_On | State_MouseOver)))
            return; // a flat tool button at rest has no frame
        break;
    default:
        return;
    }
    painter->save();
    const bool focused = option->state & State_HasFocus;
    const QColor line = option->palette.color(focused ? QPalette::Highlight : QPalette::WindowText);
    painter->setPen(QPen(line, focused ? 2 : 1));
    painter->setBrush(Qt::NoBrush);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
    else
        painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

void HighContrastStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                           QPainter *painter, const QWidget *widget) const
{
    IconCacheStyle::drawComplexControl(control, option, painter, widget);
    if (control != CC_ComboBox && control != CC_SpinBox)
        return;
    painter->save();
    const bool focused = option->state & State_HasFocus;
    painter->setPen(QPen(option->palette.color(focused ? QPalette::Highlight : QPalette::WindowText), focused ? 2 : 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

} // namespace bv
