// SPDX-License-Identifier: MIT
// Writes a painted scene to PNG (at a chosen scale) or SVG: one paint function, three outputs.
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace bv {

class SceneExport
{
    Q_DECLARE_TR_FUNCTIONS(SceneExport)
public:
    using Paint = std::function<void(QPainter &painter, const QSize &size)>;
    // Returns an empty string on success, else what went wrong, naming the file.
    static QString png(const QString &path, const QSize &size, qreal scale, const Paint &paint);
    static QString svg(const QString &path, const QSize &size, const QString &title, const QString &description,
                       const Paint &paint);
};

} // namespace bv
