// SPDX-License-Identifier: MIT
#include "content/markdowntext.h"

#include "content/textlimits.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QFont>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextTable>

namespace bv {

QString markdownToPlainText(const QString &markdown)
{
    if (markdown.isEmpty())
        return {};
    // Past the limits of docs/format.md the views show the text as it is: so does this.
    if (markdownLimit(markdown) != MarkdownLimit::None)
        return markdown;
    QTextDocument document;
    // Only the text is wanted. A font of a known size keeps the importer's heading sizes
    // computable without a GUI (briefing-tool has none: it warned "pixel size <= 0").
    QFont font;
    font.setPixelSize(16);
    document.setDefaultFont(font);
    document.setMarkdown(markdown, QTextDocument::MarkdownFeatures(int(QTextDocument::MarkdownDialectGitHub)
                                                                 | int(QTextDocument::MarkdownNoHTML)));
    // Block by block, fragment by fragment: an image is its alt text (toPlainText() would give
    // an object replacement character), every block a line; table cells are blocks too.
    QStringList lines;
    const QTextTable *lastTable = nullptr;
    int lastRow = -1;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString line;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat())
                line += format.toImageFormat().property(QTextFormat::ImageAltText).toString();
            else
                line += fragment.text();
        }
        line.replace(QChar::LineSeparator, QLatin1Char(' '));
        line.replace(QChar::Nbsp, QLatin1Char(' '));
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        // The cells of a table row on one line.
        const QTextTable *table = QTextCursor(block).currentTable();
        const int row = table ? table->cellAt(block.position()).row() : -1;
        if (table && table == lastTable && row == lastRow && !lines.isEmpty())
            lines.last() += QLatin1Char(' ') + line;
        else
            lines << line;
        lastTable = table;
        lastRow = row;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace bv
