// SPDX-License-Identifier: MIT
#include "common/textpieces.h"

#include "common/itemhtml.h"
#include "content/itemfields.h"
#include "content/textlimits.h"
#include "file/briefingdatabase.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace bv::TextPieces {

bool restOf(const BriefingDatabase &database, const ItemField &field, int row, Rest *rest)
{
    qsizetype total = 0;
    QString text = database.textPart(field, row, TextLimits::showAllChars, &total);
    if (total <= TextLimits::shownChars)
        return false;
    const bool markdown = field.format == ItemField::Format::Markdown && total <= TextLimits::markdownChars
                          && markdownLimit(text) == MarkdownLimit::None;
    *rest = Rest{std::move(text), total, markdown, -1};
    return true;
}

bool beginRest(QTextDocument *document, int *at)
{
    const QString href = ItemHtml::showAllUrl().toString();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || fragment.charFormat().anchorHref() != href)
                continue;
            int from = fragment.position();
            const int to = from + fragment.length();
            // The shown part ends in "…" and a space before the link: the rest replaces them.
            if (from - block.position() >= 2 && document->characterAt(from - 1) == QLatin1Char(' ')
                && document->characterAt(from - 2) == QChar(0x2026))
                from -= 2;
            // A line break before them is the paragraph's end that the next piece brings.
            if (from > block.position() && document->characterAt(from - 1) == QChar::LineSeparator)
                --from;
            QTextCursor cursor(document);
            cursor.setPosition(from);
            cursor.setPosition(to, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            *at = from;
            return true;
        }
    }
    return false;
}

int addNextPiece(QTextDocument *document, Rest *rest, int *at)
{
    if (rest->next < 0)
        rest->next = pieceEnd(rest->text, 0, TextLimits::shownChars - 1); // where the shown part ended
    qsizetype end = pieceEnd(rest->text, rest->next, TextLimits::showAllStepChars);
    // A run with no space or line break (10,000 "*") takes Qt far longer to break into lines
    // than words do (it looks for a word's end on every line): such a run goes in pieces of a
    // fifth, each a paragraph, so that no piece is slow to lay out.
    if (const QStringView run = QStringView(rest->text).mid(rest->next, end - rest->next);
        !run.contains(u' ') && !run.contains(u'\n'))
        end = pieceEnd(rest->text, rest->next, TextLimits::showAllStepChars / 5);
    QString piece = rest->text.mid(rest->next, end - rest->next);
    const int characters = int(piece.size());
    if (!rest->markdown && piece.endsWith(QLatin1Char('\n')))
        piece.chop(1); // the paragraph's end is that line break
    QTextCursor cursor(document);
    cursor.setPosition(*at);
    cursor.beginEditBlock();
    // A paragraph of its own, so that only it is laid out now, joined to the one before
    // without a gap: the text reads on as one.
    QTextBlockFormat format = cursor.blockFormat();
    const qreal bottom = format.bottomMargin();
    format.setBottomMargin(0);
    cursor.setBlockFormat(format);
    format.setTopMargin(0);
    format.setBottomMargin(bottom);
    cursor.insertBlock(format);
    cursor.insertHtml(ItemHtml::restPieceHtml(piece, rest->markdown));
    rest->next = end;
    if (rest->next >= rest->text.size() && rest->total > rest->text.size())
        cursor.insertHtml(QLatin1Char(' ') + ItemHtml::cutNote(rest->text.size(), rest->total));
    cursor.endEditBlock();
    *at = cursor.position();
    return characters;
}

} // namespace bv::TextPieces
