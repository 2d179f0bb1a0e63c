// SPDX-License-Identifier: MIT
#include "appidentity.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QMap>
#include <QPainter>
#include <QPixmap>

namespace bv {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BriefingViewer"));
    QCoreApplication::setApplicationName(QStringLiteral("Briefing Viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BV_VERSION));
}

void setDesktopIdentity()
{
    QGuiApplication::setDesktopFileName(QLatin1String(desktopFileName));
    QGuiApplication::setWindowIcon(applicationIcon());
}

namespace {

// The icon's PNG files by their size ("48x48.png"), each decoded when first asked for: QIcon's
// own engine decodes every file when it is added, before the window's first paint.
class SizedFilesIconEngine final : public QIconEngine
{
public:
    QMap<int, QString> files; // side in pixels: file

    QIconEngine *clone() const override { return new SizedFilesIconEngine(*this); }
    QString key() const override { return QStringLiteral("bv-sized-files"); }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int side : files.keys())
            sizes.append(QSize(side, side));
        return sizes;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min({size.width(), size.height(), files.isEmpty() ? 0 : files.lastKey()});
        return QSize(side, side);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        const int wanted = std::min(size.width(), size.height());
        if (files.isEmpty() || wanted <= 0)
            return {};
        auto file = files.lowerBound(wanted); // the smallest at least as large, else the largest
        if (file == files.end())
            --file;
        QPixmap &decoded = m_decoded[file.key()];
        if (decoded.isNull())
            decoded.load(file.value());
        QPixmap shown = file.key() == wanted ? decoded
                                             : decoded.scaled(actualSize(size, mode, state), Qt::KeepAspectRatio,
                                                              Qt::SmoothTransformation);
        if (mode == QIcon::Disabled) {
            QPixmap faded(shown.size());
            faded.fill(Qt::transparent);
            QPainter painter(&faded);
            painter.setOpacity(0.5);
            painter.drawPixmap(0, 0, shown);
            return faded;
        }
        return shown;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, pixmap(rect.size() * ratio, mode, state));
    }

private:
    QHash<int, QPixmap> m_decoded;
};

} // namespace

QIcon applicationIcon()
{
    auto *engine = new SizedFilesIconEngine;
    QDirIterator sizes(QStringLiteral(":/icons/briefing-viewer"), {QStringLiteral("*.png")}, QDir::Files);
    while (sizes.hasNext()) {
        const QString file = sizes.next();
        const QString name = QFileInfo(file).baseName(); // "48x48"
        const int side = name.section(QLatin1Char('x'), 0, 0).toInt();
        if (side > 0 && name == QStringLiteral("%1x%1").arg(side))
            engine->files.insert(side, file);
    }
    return QIcon(engine);
}

} // namespace bv
