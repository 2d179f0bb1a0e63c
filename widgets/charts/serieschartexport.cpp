// SPDX-License-Identifier: MIT
// SeriesChart's exports: PNG at 1x, 2x and 4x, SVG and the clipboard, each stamped with the
// chart's title, the briefing's title and edition, and the source caption.
#include "charts/serieschart.h"

#include "common/safefilename.h"
#include "common/sceneexport.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>

namespace bv {

void SeriesChart::paintExport(QPainter &painter, const QSize &size) const
{
    const QFontMetrics metrics(painter.font());
    const int line = metrics.height();
    painter.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Base));
    painter.setPen(palette().color(QPalette::Text));
    const Metadata &m = m_selection->database()->briefing().metadata;
    QFont bold = painter.font();
    bold.setBold(true);
    painter.save();
    painter.setFont(bold);
    painter.drawText(QRect(10, 6, size.width() - 20, line), Qt::AlignLeft | Qt::AlignVCenter, m_title->text());
    painter.restore();
    const QString stamp = m.edition.isEmpty() ? m.title : tr("%1 — edition %2").arg(m.title, m.edition);
    painter.drawText(QRect(10, 6 + line, size.width() - 20, line), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(stamp, Qt::ElideRight, size.width() - 20));
    const QString caption = m_description->text().isEmpty() ? m_caption->text()
                                                             : m_caption->text() + QLatin1Char('\n') + m_description->text();
    const QRect captionRect(10, 0, size.width() - 20, size.height());
    const QRect needed = metrics.boundingRect(captionRect, Qt::TextWordWrap, caption);
    const int chartTop = 10 + 2 * line, chartBottom = size.height() - needed.height() - 10;
    m_canvas->render(&painter, QRectF(0, chartTop, size.width(), chartBottom - chartTop), m_canvas->viewport()->rect());
    painter.drawText(QRect(10, chartBottom + 4, size.width() - 20, needed.height()), Qt::TextWordWrap, caption);
}

QImage SeriesChart::image(qreal scale) const
{
    const QSize size(std::max(640, m_canvas->width()), std::max(420, m_canvas->height() + 120));
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    paintExport(painter, size);
    return image;
}

QString SeriesChart::exportTo(const QString &path, const QString &format, qreal scale) const
{
    ensureLoaded();
    if (!m_shown)
        return tr("This series has no figure with a source; nothing to export.");
    const QSize size(std::max(640, m_canvas->width()), std::max(420, m_canvas->height() + 120));
    auto paint = [this](QPainter &painter, const QSize &area) { paintExport(painter, area); };
    if (format == QLatin1String("svg"))
        return SceneExport::svg(path, size, m_series.name, sourceText(), paint);
    return SceneExport::png(path, size, scale, paint);
}

void SeriesChart::copyImage() const
{
    QApplication::clipboard()->setImage(image(2));
}

void SeriesChart::chooseExport(const QString &format, qreal scale)
{
    const QString filter = format == QLatin1String("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    // The id is the briefing's: a name only, never a path that moves the dialog elsewhere.
    const QString proposed = safeFileName(m_series.id, QLatin1Char('.') + format, QStringLiteral("chart"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), proposed, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    const QString error = exportTo(path, format, scale);
    if (!error.isEmpty())
        warnPlainText(this, tr("Export failed"), error); // it names the path
}

} // namespace bv
