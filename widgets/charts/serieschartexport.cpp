// SPDX-License-Identifier: MIT
// SeriesChart's exports: PNG at 1x, 2x and 4x, SVG, PDF and the clipboard, each stamped with
// the chart's title, the briefing's title and edition, and the source caption and note; the
// legend (series, statuses, breaks) is part of the chart drawn.
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
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QDir>

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
    // The title whole, wrapped; the briefing and edition under it.
    painter.save();
    painter.setFont(bold);
    const QRect titleArea(10, 6, size.width() - 20, size.height());
    const QRect title = QFontMetrics(bold).boundingRect(titleArea, Qt::TextWordWrap, m_title->text());
    painter.drawText(QRect(10, 6, size.width() - 20, title.height()), Qt::TextWordWrap, m_title->text());
    painter.restore();
    const QString stamp = m.edition.isEmpty() ? m.title : tr("%1 — edition %2").arg(m.title, m.edition);
    const int stampTop = 6 + title.height();
    painter.drawText(QRect(10, stampTop, size.width() - 20, line), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(stamp, Qt::ElideRight, size.width() - 20));
    const QString caption = exportCaption();
    const QRect captionRect(10, 0, size.width() - 20, size.height());
    const QRect needed = metrics.boundingRect(captionRect, Qt::TextWordWrap, caption);
    const int chartTop = stampTop + line + 4, chartBottom = size.height() - needed.height() - 10;
    m_canvas->render(&painter, QRectF(0, chartTop, size.width(), chartBottom - chartTop), m_canvas->viewport()->rect());
    painter.drawText(QRect(10, chartBottom + 4, size.width() - 20, needed.height()), Qt::TextWordWrap, caption);
}

QString SeriesChart::exportCaption() const
{
    return m_description->text().isEmpty() ? m_caption->text() : m_caption->text() + QLatin1Char('\n') + m_description->text();
}

QSize SeriesChart::exportSize() const
{
    // The chart as large as on screen, with room for the title, stamp and caption it carries.
    const int width = std::max(640, m_canvas->width());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(font());
    const QRect area(0, 0, width - 20, 100000);
    const int title = QFontMetrics(bold).boundingRect(area, Qt::TextWordWrap, m_title->text()).height();
    const int caption = metrics.boundingRect(area, Qt::TextWordWrap, exportCaption()).height();
    return QSize(width, std::max(420, 6 + title + metrics.height() + 4 + m_canvas->height() + caption + 14));
}

QImage SeriesChart::image(qreal scale) const
{
    const QSize size = exportSize();
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    paintExport(painter, size);
    return image;
}

QString SeriesChart::exportTo(const QString &path, const QString &format, qreal scale, QSize size) const
{
    ensureLoaded();
    if (!m_shown)
        return tr("This series has no figure with a source; nothing to export.");
    if (!size.isValid())
        size = exportSize();
    auto paint = [this](QPainter &painter, const QSize &area) { paintExport(painter, area); };
    if (format == QLatin1String("svg"))
        return SceneExport::svg(path, size, m_spec.title, sourceText(), paint);
    if (format == QLatin1String("pdf")) {
        // One page the size of the chart (96 pixels an inch); text stays text.
        QSaveFile file(path);
        const QString failed = tr("Could not write “%1”: %2. Choose a folder you can write to.");
        if (!file.open(QIODevice::WriteOnly))
            return failed.arg(QDir::toNativeSeparators(path), file.errorString());
        {
            QPdfWriter pdf(&file);
            pdf.setResolution(96);
            pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setTitle(m_spec.title);
            pdf.setCreator(QCoreApplication::applicationName());
            QPainter painter(&pdf);
            paintExport(painter, size);
        }
        if (!file.commit())
            return failed.arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    return SceneExport::png(path, size, scale, paint);
}

void SeriesChart::copyImage() const
{
    QApplication::clipboard()->setImage(image(2));
}

void SeriesChart::chooseExport(const QString &format, qreal scale)
{
    const QString filter = format == QLatin1String("svg")   ? tr("SVG images (*.svg)")
                           : format == QLatin1String("pdf") ? tr("PDF documents (*.pdf)")
                                                            : tr("PNG images (*.png)");
    // The id is the briefing's: a name only, never a path that moves the dialog elsewhere.
    const QString proposed = safeFileName(m_spec.id, QLatin1Char('.') + format, QStringLiteral("chart"));
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
