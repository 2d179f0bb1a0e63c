// SPDX-License-Identifier: MIT
#include "content/textlimits.h"

#include <algorithm>

namespace bv {

MarkdownLimit markdownLimit(const QString &markdown)
{
    if (markdown.size() > TextLimits::markdownChars)
        return MarkdownLimit::Length;
    // One pass: the marks Qt's reader pairs up (emphasis, code, links), and the deepest
    // nesting of brackets, block quotes and indented lists.
    int marks = 0;
    int brackets = 0;
    int deepest = 0;
    bool lineStart = true;
    int quotes = 0;
    int indent = 0;
    for (const QChar c : markdown) {
        const char16_t u = c.unicode();
        if (u == u'\n') {
            lineStart = true;
            quotes = 0;
            indent = 0;
            continue;
        }
        if (lineStart) {
            if (u == u'>')
                deepest = std::max(deepest, ++quotes);
            else if (u == u' ')
                deepest = std::max(deepest, ++indent / 4);
            else if (u == u'\t')
                deepest = std::max(deepest, (indent += 4) / 4);
            else
                lineStart = false;
        }
        switch (u) {
        case u'[':
        case u'(':
            deepest = std::max(deepest, ++brackets);
            ++marks;
            break;
        case u']':
        case u')':
            brackets = std::max(0, brackets - 1);
            ++marks;
            break;
        case u'*':
        case u'_':
        case u'~':
        case u'`':
        case u'<':
        case u'!':
            ++marks;
            break;
        default:
            break;
        }
    }
    if (deepest > TextLimits::markdownNesting)
        return MarkdownLimit::Nesting;
    if (marks > TextLimits::markdownMarks)
        return MarkdownLimit::Marks;
    return MarkdownLimit::None;
}

QString cutText(const QString &text, int limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype end = std::max(0, limit - 1);
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end) + QChar(0x2026); // …
}

qsizetype pieceEnd(const QString &text, qsizetype from, qsizetype maxChars)
{
    maxChars = std::max<qsizetype>(maxChars, 2);
    if (text.size() - from <= maxChars)
        return text.size();
    const qsizetype limit = from + maxChars;
    const qsizetype least = from + maxChars / 2; // a piece is never shorter than this
    // Only the window [least, limit) is searched: a text without breaks costs maxChars.
    const QStringView window = QStringView(text).mid(least, limit - least);
    const qsizetype blank = window.lastIndexOf(u"\n\n");
    if (blank >= 0)
        return least + blank + 2;
    const qsizetype line = window.lastIndexOf(u'\n');
    if (line >= 0)
        return least + line + 1;
    const qsizetype space = window.lastIndexOf(u' ');
    if (space >= 0)
        return least + space + 1;
    return text.at(limit - 1).isHighSurrogate() ? limit - 1 : limit;
}

} // namespace bv
