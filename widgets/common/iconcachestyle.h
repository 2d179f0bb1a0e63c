// SPDX-License-Identifier: MIT
// A style with its standard icons made once. Qt's Fusion makes a dock's float and close
// pictures from XPM text at every call, and a window of nine docks asks for them some ninety
// times while it is made: about 10 million instructions before its first paint. Every style
// the program sets is one of these, over the style it names (ThemeApplier).
#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

namespace bv {

class IconCacheStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit IconCacheStyle(QStyle *base); // takes it; Qt's default style when null
    // The name of `style` ("fusion", "windows" ...), or of the style under it for a proxy:
    // a proxy has no name of its own.
    static QString nameOf(const QStyle *style);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

private:
    mutable QHash<int, QIcon> m_icons; // by icon, left to right or right to left
};

} // namespace bv
