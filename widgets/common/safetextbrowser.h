// SPDX-License-Identifier: MIT
// A text browser for untrusted briefing content: it loads no resource (no images, no
// style sheets, no files, no network) and follows no link itself. Only links of the form
// briefing:item/<id> act: they are reported through itemActivated().
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

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    void itemActivated(const QString &id);
};

} // namespace bv
