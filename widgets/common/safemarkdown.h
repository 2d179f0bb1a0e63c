// SPDX-License-Identifier: MIT
// Markdown from a briefing rendered safely: HTML turned off, no image or other resource
// ever loaded, and only briefing:item/<id> links kept (every other link becomes plain text).
#pragma once

#include <QTextDocument>

namespace bv {

class SafeTextDocument final : public QTextDocument
{
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;
    // Untrusted Markdown into this document; returns the item ids its links point to.
    QStringList setSafeMarkdown(const QString &markdown);
    // The same rendering as an HTML fragment (the body of toHtml()), for a view that shows it
    // among other HTML: the detail pane, tool tips. Only briefing links stay links.
    static QString safeHtml(const QString &markdown);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace bv
