// SPDX-License-Identifier: MIT
#include "common/safetextbrowser.h"

#include "library/deeplink.h"

namespace bv {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString id = itemIdFromUrl(url);
        if (!id.isEmpty()) {
            emit itemActivated(id);
            return;
        }
        const QString link = deepLinkFromUrl(url);
        if (!link.isEmpty())
            emit deepLinkActivated(link);
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

QUrl SafeTextBrowser::deepLinkUrl(const QString &link)
{
    QUrl url;
    url.setScheme(QStringLiteral("briefing"));
    url.setPath(QStringLiteral("link/") + QString::fromLatin1(QUrl::toPercentEncoding(link)), QUrl::TolerantMode);
    return url;
}

QString SafeTextBrowser::deepLinkFromUrl(const QUrl &url)
{
    if (url.scheme() != QLatin1String("briefing"))
        return {};
    const QString path = url.path(QUrl::FullyEncoded);
    const QString prefix = QStringLiteral("link/");
    if (!path.startsWith(prefix) || path.size() == prefix.size())
        return {};
    const QString link = QUrl::fromPercentEncoding(path.mid(prefix.size()).toLatin1());
    return DeepLink::parse(link) ? link : QString();
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &)
{
    return {}; // nothing from a briefing may load a file or reach the network
}

} // namespace bv
