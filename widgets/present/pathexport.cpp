// SPDX-License-Identifier: MIT
#include "present/pathexport.h"

#include "charts/chartcanvas.h"
#include "charts/serieschart.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"
#include "present/stagechart.h"
#include "present/stagetext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace bv {

namespace {

// The speaker notes of a stop laid out for `size`: a page of its own (paged: notes longer
// than a page continue on the next ones, never cut) or the strip under the stage.
void layOutNotes(StageText &text, const QSize &size, const PathStop &stop, const StageStyle &style, bool page)
{
    using Role = StageText::Block::Role;
    // Laid out for its size before it is given its text (it is never shown). Room is kept
    // at the bottom for a line under the text (the page's number, or where the rest is).
    text.resize(size);
    text.setContentsMargins(style.margin, style.margin / 2, style.margin, style.margin / 2 + style.smallPx * 3 / 2);
    StageStyle notesStyle = style;
    notesStyle.bodyPx = std::max(1, style.bodyPx * 4 / 5);
    text.setStageStyle(notesStyle);
    text.setPaged(page);
    QVector<StageText::Block> blocks{{Role::Kind, PathExport::tr("Speaker notes"), {}}};
    if (page)
        blocks.append({Role::Heading, stop.title, {}});
    blocks.append({Role::Markdown, stop.notes, {}});
    text.setBlocks(blocks);
}

void paintNotes(QPainter &painter, const QRect &area, StageText &text, const StageStyle &style, bool rule,
                const QString &footer)
{
    painter.save();
    painter.fillRect(area, style.palette.color(QPalette::Base));
    painter.setPen(QPen(style.muted(), std::max(1, style.bodyPx / 16)));
    if (rule)
        painter.drawLine(area.left() + style.margin, area.top(), area.right() - style.margin, area.top());
    text.render(&painter, area.topLeft(), QRegion(), QWidget::DrawChildren);
    if (!footer.isEmpty()) {
        painter.setFont(style.font(style.smallPx));
        painter.setPen(style.muted());
        const int line = style.smallPx * 3 / 2;
        painter.drawText(QRect(area.left() + style.margin, area.bottom() - style.margin / 2 - line, area.width() - 2 * style.margin, line),
                         Qt::AlignRight | Qt::AlignVCenter, footer);
    }
    painter.restore();
}

QRect notesStrip(const QSize &stage)
{
    return QRect(0, stage.height(), stage.width(), stage.height() / 2);
}

} // namespace

QString PathExport::formatOf(const QString &out)
{
    const QString suffix = QFileInfo(out).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("png") ? suffix : QString();
}

QString PathExport::pngName(const QString &pattern, int number, int count)
{
    const int digits = int(QString::number(std::max(1, count)).size());
    const QString shown = QStringLiteral("%1").arg(number, digits, 10, QLatin1Char('0'));
    if (pattern.contains(QLatin1String("%n")))
        return QString(pattern).replace(QLatin1String("%n"), shown);
    if (count <= 1)
        return pattern;
    const int dot = int(pattern.size()) - 4; // ".png"
    return pattern.left(dot) + QLatin1Char('-') + shown + pattern.mid(dot);
}

bool PathExport::isValidSize(const QSize &size)
{
    return size.width() >= 320 && size.height() >= 180 && size.width() <= 7680 && size.height() <= 4320;
}

bool PathExport::parseNotes(const QString &text, Notes *notes)
{
    const QStringList keys{QStringLiteral("none"), QStringLiteral("below"), QStringLiteral("page")};
    const int index = int(keys.indexOf(text));
    if (index < 0)
        return false;
    *notes = Notes(index);
    return true;
}

void PathExport::settle(StageView &stage)
{
    // Until the layouts have settled: a chart's rows take their height once its width is
    // known, its scale once its rows are known.
    QElapsedTimer settling;
    settling.start();
    QString last;
    int still = 0;
    while (still < 3 && settling.elapsed() < 3000) {
        QCoreApplication::processEvents();
        QString now = QString::number(int(stage.page()));
        if (stage.page() == StageView::Page::Chart) {
            const ChartCanvas *canvas = stage.chartPage()->chart()->canvas();
            now += QStringLiteral(" %1x%2 %3 %4").arg(canvas->width()).arg(canvas->height()).arg(canvas->scale())
                       .arg(canvas->chart()->plotArea().width());
        }
        still = now == last ? still + 1 : 0;
        last = now;
    }
}

QString PathExport::write(const std::shared_ptr<const BriefingDatabase> &database, const BriefingPath &path,
                          const QString &out, const Options &options, QStringList *written)
{
    const QString format = formatOf(out);
    if (format.isEmpty())
        return tr("“%1” does not end in .pdf or .png: name the file to write with one of them.").arg(QDir::toNativeSeparators(out));
    if (path.stops.isEmpty())
        return tr("The path “%1” has no stops: there is nothing to export.").arg(path.title.isEmpty() ? path.id : path.title);
    if (!isValidSize(options.size))
        return tr("A stage of %1×%2 pixels cannot be exported: choose from 320×180 to 7680×4320.")
            .arg(options.size.width()).arg(options.size.height());
    if (format == QLatin1String("png") && options.notes != Notes::None)
        return tr("Speaker notes go into a PDF only: export the path as .pdf, or leave the notes out of the PNG files.");
    Selection selection;
    selection.setDatabase(database);
    StageView stage(&selection);
    stage.setAttribute(Qt::WA_DontShowOnScreen);
    stage.setLook(options.look);
    stage.resize(options.size);
    stage.show();
    const QSize size = options.size;
    const QString failed = tr("Could not write “%1”: %2. Choose a folder you can write to.");
    const int count = int(path.stops.size());
    if (format == QLatin1String("png")) {
        for (int i = 0; i < count; ++i) {
            stage.setStop(path.stops.at(i));
            settle(stage);
            QImage image(size, QImage::Format_RGB32);
            image.fill(stage.stageStyle().palette.color(QPalette::Base));
            {
                QPainter painter(&image);
                stage.render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
            }
            const QString name = pngName(out, i + 1, count);
            QSaveFile file(name);
            if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
                return failed.arg(QDir::toNativeSeparators(name), file.errorString());
            if (written)
                written->append(name);
        }
        return {};
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return failed.arg(QDir::toNativeSeparators(out), file.errorString());
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(96); // a pixel of the stage is a pixel of the page
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(path.title.isEmpty() ? database->briefing().metadata.title : path.title);
        pdf.setCreator(QCoreApplication::applicationName());
        auto pageOf = [](const QSize &pixels) {
            return QPageSize(QSizeF(pixels) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch);
        };
        QPainter painter;
        auto newPage = [&](const QSize &pixels) {
            pdf.setPageSize(pageOf(pixels)); // for the page that follows
            if (!painter.isActive())
                return painter.begin(&pdf);
            return pdf.newPage();
        };
        for (int i = 0; i < count; ++i) {
            const PathStop &stop = path.stops.at(i);
            stage.setStop(stop);
            settle(stage);
            const bool hasNotes = !stop.notes.trimmed().isEmpty();
            const bool below = options.notes == Notes::Below && hasNotes;
            if (!newPage(below ? QSize(size.width(), notesStrip(size).bottom() + 1) : size))
                return failed.arg(QDir::toNativeSeparators(out), tr("the PDF writer refused the page"));
            stage.render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
            bool notesPages = options.notes == Notes::Page && hasNotes;
            if (below) {
                // Notes too long for the strip even set at half the size: the strip says so,
                // and they follow in full on pages of their own.
                StageText strip;
                layOutNotes(strip, notesStrip(size).size(), stop, stage.stageStyle(), false);
                notesPages = strip.isCut();
                paintNotes(painter, notesStrip(size), strip, stage.stageStyle(), true,
                           notesPages ? tr("These notes are cut here: they follow in full on the next page.") : QString());
            }
            if (notesPages) {
                StageText text;
                layOutNotes(text, size, stop, stage.stageStyle(), true);
                const int pages = text.pageCount();
                for (int page = 0; page < pages; ++page) {
                    if (!newPage(size))
                        return failed.arg(QDir::toNativeSeparators(out), tr("the PDF writer refused the page"));
                    text.setPage(page);
                    paintNotes(painter, QRect(QPoint(), size), text, stage.stageStyle(), false,
                               pages > 1 ? tr("Speaker notes of stop %1, page %2 of %3").arg(i + 1).arg(page + 1).arg(pages)
                                         : QString());
                }
            }
        }
        painter.end();
    }
    if (!file.commit())
        return failed.arg(QDir::toNativeSeparators(out), file.errorString());
    if (written)
        written->append(out);
    return {};
}

} // namespace bv
