// SPDX-License-Identifier: MIT
// The sizes and colours of the stage, from its height: type and lines that read from the
// back of a room on any screen (body text a 28th of the height), and the two looks, the
// window's palette or a projector's high contrast (black on white, strong series colours).
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QVector>

namespace bv {

struct StageStyle
{
    enum class Look { Normal, Projector };

    int titlePx = 0;  // the stop's title
    int bodyPx = 0;   // a card's text
    int smallPx = 0;  // captions, sources, axis labels
    int margin = 0;   // around the stage's content
    // How much larger than on screen a figure (chart, timeline) is drawn: its labels come
    // out at about smallPx.
    qreal figureScale = 1;
    QPalette palette;
    QVector<QColor> seriesColours; // empty: the charts' own (ViewColours)

    static StageStyle of(int height, Look look, const QPalette &normal);
    QFont font(int pixelSize, bool bold = false) const;
    // The text colour of secondary lines (a kind, a label, a source): muted but still
    // well readable on the stage's base.
    QColor muted() const;
    // WCAG's contrast ratio between two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace bv
