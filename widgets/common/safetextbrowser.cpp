// SPDX-License-Identifier: MIT
#include "common/safetextbrowser.h"

namespace bv {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString id = itemIdFromUrl(url);
        if (!id.isEmpty())
            emit itemActivated(id);
    });
}

QUrl SafeTextBrowser::itemUrl(const QString &id)
{
    QUrl url;
    url.setScheme(QStringLiteral("briefing"));
    url.setPath(QStringLiteral("item/") + id);
    return url;
}

QString SafeTextBrowser::itemIdFromUrl(const QUrl &url)
{
    if (url.scheme() != QLatin1String("briefing"))
        return {};
    const QString path = url.path();
    const QString prefix = QStringLiteral("item/");
    if (!path.startsWith(prefix) || path.size() == prefix.size())
        return {};
    return path.mid(prefix.size());
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    return {}; // nothing from a briefing may load a file or reach the network
}

} // namespace bv
