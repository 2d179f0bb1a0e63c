// SPDX-License-Identifier: MIT
// A text browser for untrusted briefing content: it loads no resource (no images, no
// style sheets, no files, no network) and follows no link itself. Only links of the form
// briefing:item/<id> act: they are reported through itemActivated(); and deep links to an item
// of any briefing (briefing://<briefing-id>/<item-id>, docs/library.md), which the safe Markdown
// keeps as briefing:link/<link> and deepLinkActivated() reports with the link as written.
#pragma once

#include <QTextBrowser>

namespace bv {

class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    static QUrl itemUrl(const QString &id);
    static QString itemIdFromUrl(const QUrl &url); // empty unless briefing:item/<id>
    // A deep link carried in a URL QUrl will not rewrite (a deep link's briefing id is its
    // host, which QUrl would lower-case), and back: empty unless briefing:link/<link>.
    static QUrl deepLinkUrl(const QString &link);
    static QString deepLinkFromUrl(const QUrl &url);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void itemActivated(const QString &id);
    void deepLinkActivated(const QString &link);
};

} // namespace bv
