// SPDX-License-Identifier: MIT
// Markdown from a briefing (FAQ answers, descriptions) as the views show it: the limits that
// send it to plain text, the safe renderer into a document and into HTML, and the plain text
// the search index holds. Only briefing:item links, and deep links carried as
// briefing:link/<link> that SafeTextBrowser reads back as a valid link, may come out as links.
#include "fuzztargets.h"

#include "common/safemarkdown.h"
#include "common/safetextbrowser.h"
#include "content/markdowntext.h"
#include "content/textlimits.h"

#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextFragment>
#include <QUrl>

namespace bv::fuzz {

void initMarkdown()
{
    ensureApplication();
}

void runMarkdown(const QByteArray &input)
{
    const QString markdown = QString::fromUtf8(input);
    markdownToPlainText(markdown);
    if (markdownLimit(markdown) != MarkdownLimit::None)
        return; // shown as plain text: the views never render it
    SafeTextDocument document;
    const QStringList ids = document.setSafeMarkdown(markdown);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            const QUrl href(format.anchorHref());
            if (format.isAnchor() && SafeTextBrowser::itemIdFromUrl(href).isEmpty()
                && SafeTextBrowser::deepLinkFromUrl(href).isEmpty())
                fail("markdown", QStringLiteral("a link that is not a briefing link: %1").arg(format.anchorHref()));
            if (format.isImageFormat())
                fail("markdown", QStringLiteral("an image"));
        }
    }
    for (const QString &id : ids) {
        if (id.isEmpty())
            fail("markdown", QStringLiteral("an empty item id"));
    }
    const QString html = SafeTextDocument::safeHtml(markdown);
    if (html.contains(QLatin1String("<img"), Qt::CaseInsensitive))
        fail("markdown", QStringLiteral("an image in the HTML"));
}

} // namespace bv::fuzz
