// SPDX-License-Identifier: MIT
#include "common/iconcachestyle.h"

#include <QGuiApplication>
#include <QStyleOption>

namespace bv {

IconCacheStyle::IconCacheStyle(QStyle *base) : QProxyStyle(base)
{
}

QString IconCacheStyle::nameOf(const QStyle *style)
{
    while (const auto *proxy = qobject_cast<const QProxyStyle *>(style)) {
        if (!proxy->baseStyle() || proxy->baseStyle() == style)
            break;
        style = proxy->baseStyle();
    }
    return style ? style->name() : QString();
}

QIcon IconCacheStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    // Qt's styles choose an icon by its kind and the direction of the text alone (arrows,
    // Back and Forward point the other way right to left).
    const bool rightToLeft = option ? option->direction == Qt::RightToLeft : QGuiApplication::isRightToLeft();
    const int key = int(icon) * 2 + (rightToLeft ? 1 : 0);
    auto found = m_icons.constFind(key);
    if (found == m_icons.cend())
        found = m_icons.insert(key, QProxyStyle::standardIcon(icon, option, widget));
    return *found;
}

} // namespace bv
