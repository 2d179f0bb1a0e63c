// SPDX-License-Identifier: MIT
#include "common/sceneexport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace bv {

QString SceneExport::png(const QString &path, const QSize &size, qreal scale, const Paint &paint)
{
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paint(painter, size);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return tr("Could not write “%1”: %2. Choose a folder you can write to.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString SceneExport::svg(const QString &path, const QSize &size, const QString &title, const QString &description,
                         const Paint &paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write “%1”: %2. Choose a folder you can write to.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        // Qt 6.4 writes both into <title> and <desc> as they are: briefing text must not
        // become SVG markup.
        generator.setTitle(title.toHtmlEscaped());
        generator.setDescription(description.toHtmlEscaped());
        QPainter painter(&generator);
        paint(painter, size);
    }
    if (!file.commit())
        return tr("Could not write “%1”: %2. Choose a folder you can write to.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace bv
