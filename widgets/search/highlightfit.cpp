// SPDX-License-Identifier: MIT
#include "search/highlightfit.h"

#include <QTextLayout>

#include <algorithm>

namespace bv {

namespace {

const QChar ellipsis(0x2026);

// The piece [from, to) of `text`, with "…" before and after as asked, and its highlights.
FittedText piece(const QString &text, const QList<QPoint> &ranges, int from, int to, bool lead, bool trail)
{
    FittedText fitted;
    fitted.from = from;
    QString middle = text.mid(from, to - from);
    if (trail) {
        while (middle.endsWith(QLatin1Char(' ')))
            middle.chop(1);
    }
    const int shift = lead ? 1 : 0;
    fitted.text = (lead ? QString(ellipsis) : QString()) + middle + (trail ? QString(ellipsis) : QString());
    for (const QPoint &range : ranges) {
        const int start = std::max(range.x(), from);
        const int end = std::min(range.x() + range.y(), from + int(middle.size()));
        if (end > start)
            fitted.ranges << QPoint(start - from + shift, end - start);
    }
    return fitted;
}

} // namespace

QTextLine layOutHighlighted(QTextLayout *layout, const QList<QPoint> &ranges, const QTextCharFormat &highlight,
                            qreal lineWidth)
{
    QList<QTextLayout::FormatRange> formats;
    for (const QPoint &range : ranges) {
        QTextLayout::FormatRange format;
        format.start = range.x();
        format.length = range.y();
        format.format = highlight;
        formats << format;
    }
    layout->setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout->setTextOption(option);
    layout->beginLayout();
    QTextLine line = layout->createLine();
    if (line.isValid() && lineWidth >= 0)
        line.setLineWidth(lineWidth);
    layout->endLayout();
    return line;
}

qreal highlightedWidth(const QString &text, const QList<QPoint> &ranges, const QFont &font, const QFont &highlightFont)
{
    QTextLayout layout(text, font);
    QTextCharFormat highlight;
    highlight.setFont(highlightFont);
    const QTextLine line = layOutHighlighted(&layout, ranges, highlight, -1);
    return line.isValid() ? line.naturalTextWidth() : 0;
}

FittedText fitHighlighted(const QString &text, const QList<QPoint> &ranges, const QFont &font,
                          const QFont &highlightFont, qreal width)
{
    const int length = int(text.size());
    auto fits = [&](int from, int to, bool lead, bool trail) {
        const FittedText shown = piece(text, ranges, from, to, lead, trail);
        return highlightedWidth(shown.text, shown.ranges, font, highlightFont) <= width;
    };
    // The last end in [low, high] that still fits from `from` with "…" after it (low if none).
    auto lastEnd = [&](int from, bool lead, int low, int high) {
        while (low < high) {
            const int middle = (low + high + 1) / 2;
            if (fits(from, middle, lead, true))
                low = middle;
            else
                high = middle - 1;
        }
        return low;
    };
    if (fits(0, length, false, false))
        return piece(text, ranges, 0, length, false, false);

    int matchStart = length, matchEnd = length;
    for (const QPoint &range : ranges) {
        if (range.y() > 0 && range.x() >= 0 && range.x() < matchStart) {
            matchStart = range.x();
            matchEnd = std::min(length, range.x() + range.y());
        }
    }
    const int end = lastEnd(0, false, 0, length - 1);
    if (end >= matchEnd || matchStart >= length)
        return piece(text, ranges, 0, end, false, true);

    // Start later: keep up to a third of the room left by the match for the words before it.
    const FittedText match = piece(text, ranges, matchStart, matchEnd, true, true);
    const qreal room = width - highlightedWidth(match.text, match.ranges, font, highlightFont);
    int from = matchStart;
    while (from > 0 && highlightedWidth(text.mid(from - 1, matchStart - from + 1), {}, font, font) <= room / 3)
        --from;
    // ... from the start of a word.
    const int space = int(text.indexOf(QLatin1Char(' '), from));
    if (from > 0 && !text.at(from - 1).isSpace() && space >= 0 && space < matchStart)
        from = space + 1;
    while (from < matchStart && text.at(from).isSpace())
        ++from;
    const bool lead = from > 0;
    if (fits(from, length, lead, false))
        return piece(text, ranges, from, length, lead, false);
    // The match itself may be wider than the room: then show as much of it as fits.
    return piece(text, ranges, from, lastEnd(from, lead, std::min(matchStart + 1, length), length - 1), lead, true);
}

} // namespace bv
