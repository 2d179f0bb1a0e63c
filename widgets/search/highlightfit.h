// SPDX-License-Identifier: MIT
// Fitting a line of text with highlighted words into a width: the text is cut with "…", and
// when its first highlighted word would fall beyond the width, the start is cut too, so the
// reader always sees why the line matched.
#pragma once

#include <QFont>
#include <QList>
#include <QPoint>
#include <QString>
#include <QTextLayout>

namespace bv {

struct FittedText
{
    QString text;         // what is shown, with "…" where text was left out
    QList<QPoint> ranges; // the highlights within it: QPoint(start, length)
    int from = 0;         // index in the original text of text's first original character
};

// `highlightFont` is the font highlighted ranges are drawn in (bold, in search results).
FittedText fitHighlighted(const QString &text, const QList<QPoint> &ranges, const QFont &font,
                          const QFont &highlightFont, qreal width);

// Lays `layout` out as one line (`lineWidth` wide, or its natural width when negative) with
// `ranges` in `highlight`.
QTextLine layOutHighlighted(QTextLayout *layout, const QList<QPoint> &ranges, const QTextCharFormat &highlight,
                            qreal lineWidth);

// The width of `text` with `ranges` in `highlightFont` and the rest in `font`.
qreal highlightedWidth(const QString &text, const QList<QPoint> &ranges, const QFont &font,
                       const QFont &highlightFont);

} // namespace bv
