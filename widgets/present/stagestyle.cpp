// SPDX-License-Identifier: MIT
#include "present/stagestyle.h"

#include <QApplication>
#include <QFontInfo>

#include <algorithm>
#include <cmath>

namespace bv {

namespace {

double luminance(const QColor &colour)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

QPalette projectorPalette()
{
    // Black on white: a projector washes out greys and dark backgrounds in a lit room.
    const QColor white(Qt::white), black(Qt::black);
    QPalette palette(black, white);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        palette.setColor(role, white);
    }
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText})
        palette.setColor(role, black);
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Midlight, QColor(0xb0, 0xb0, 0xb0)); // grid lines
    palette.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
    palette.setColor(QPalette::Dark, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::PlaceholderText, QColor(0x40, 0x40, 0x40));
    palette.setColor(QPalette::Highlight, QColor(0xc8, 0x00, 0x00));
    palette.setColor(QPalette::HighlightedText, white);
    palette.setColor(QPalette::Link, QColor(0x00, 0x3c, 0xc8));
    return palette;
}

} // namespace

StageStyle StageStyle::of(int height, Look look, const QPalette &normal)
{
    StageStyle style;
    height = std::max(height, 120);
    style.titlePx = std::max(12, height / 16);
    style.bodyPx = std::max(9, height / 28);
    style.smallPx = std::max(8, height / 36);
    style.margin = std::max(6, height / 24);
    const int screenPx = std::max(8, QFontInfo(QApplication::font()).pixelSize());
    style.figureScale = double(style.smallPx) / screenPx;
    if (look == Look::Projector) {
        style.palette = projectorPalette();
        // Strong, distinct hues that keep a contrast of at least 4.5 to white.
        style.seriesColours = {QColor(0x00, 0x4c, 0xd4), QColor(0xc8, 0x00, 0x00), QColor(0x00, 0x7a, 0x1f),
                               QColor(0x8a, 0x00, 0xb8), QColor(0xb3, 0x4d, 0x00), QColor(0x00, 0x6d, 0x80)};
    } else {
        style.palette = normal;
    }
    return style;
}

QFont StageStyle::font(int pixelSize, bool bold) const
{
    QFont font = QApplication::font();
    font.setPixelSize(std::max(1, pixelSize));
    font.setBold(bold);
    return font;
}

QColor StageStyle::muted() const
{
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    // Two thirds of the way from the base to the text.
    return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * 0.7f, base.greenF() + (text.greenF() - base.greenF()) * 0.7f,
                            base.blueF() + (text.blueF() - base.blueF()) * 0.7f);
}

double StageStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace bv
