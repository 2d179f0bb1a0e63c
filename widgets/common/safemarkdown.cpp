// SPDX-License-Identifier: MIT
#include "common/safemarkdown.h"

#include "common/safetextbrowser.h"
#include "library/deeplink.h"

#include <QTextBlock>
#include <QTextCursor>

namespace bv {

QVariant SafeTextDocument::loadResource(int, const QUrl &)
{
    return {}; // no file, network or resource is ever loaded from briefing content
}

QStringList SafeTextDocument::setSafeMarkdown(const QString &markdown)
{
    setMarkdown(markdown, QTextDocument::MarkdownFeatures(int(QTextDocument::MarkdownDialectGitHub)
                                                         | int(QTextDocument::MarkdownNoHTML)));
    QStringList items;
    // Walk every fragment: images become their alt text, deep links (briefing://) are carried
    // as briefing:link/<link>, other foreign links become plain text.
    QTextCursor cursor(this);
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        QVector<QTextFragment> fragments;
        for (auto it = block.begin(); !it.atEnd(); ++it)
            fragments.append(it.fragment());
        // Backwards, so replacing an image does not shift the fragments still to visit.
        for (auto f = fragments.crbegin(); f != fragments.crend(); ++f) {
            QTextCharFormat format = f->charFormat();
            cursor.setPosition(f->position());
            cursor.setPosition(f->position() + f->length(), QTextCursor::KeepAnchor);
            if (format.isImageFormat()) {
                const QString alt = format.toImageFormat().property(QTextFormat::ImageAltText).toString();
                QTextCharFormat plain;
                cursor.insertText(alt.isEmpty() ? tr("[image]") : tr("[image: %1]").arg(alt), plain);
                continue;
            }
            if (format.isAnchor()) {
                const QString href = format.anchorHref();
                const QString id = SafeTextBrowser::itemIdFromUrl(QUrl(href));
                if (id.isEmpty() && DeepLink::looksLikeDeepLink(href) && DeepLink::parse(href)) {
                    format.setAnchorHref(SafeTextBrowser::deepLinkUrl(href).toString(QUrl::FullyEncoded));
                    cursor.setCharFormat(format);
                } else if (id.isEmpty()) {
                    format.setAnchor(false);
                    format.setAnchorHref(QString());
                    format.setFontUnderline(false);
                    format.clearForeground();
                    cursor.setCharFormat(format);
                } else if (!items.contains(id)) {
                    items.prepend(id);
                }
            }
        }
    }
    return items;
}

QString SafeTextDocument::safeHtml(const QString &markdown)
{
    SafeTextDocument document;
    document.setSafeMarkdown(markdown);
    // Qt writes this HTML from the document: briefing text in it is escaped.
    const QString html = document.toHtml();
    const qsizetype body = html.indexOf(QLatin1String("<body"));
    const qsizetype start = body < 0 ? -1 : html.indexOf(QLatin1Char('>'), body);
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    if (start < 0 || end < start)
        return {};
    return html.mid(start + 1, end - start - 1).trimmed();
}

} // namespace bv
