// SPDX-License-Identifier: MIT
#include "present/stagetext.h"

#include "common/itemhtml.h"
#include "common/safemarkdown.h"
#include "content/textlimits.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace bv {

namespace {

QString px(qreal size)
{
    return QString::number(std::max(1, int(std::lround(size)))) + QStringLiteral("px");
}

} // namespace

StageText::StageText(QWidget *parent)
    : QWidget(parent)
    , m_document(std::make_unique<SafeTextDocument>())
{
    m_style = StageStyle::of(540, StageStyle::Look::Normal, palette());
    m_document->setDocumentMargin(0);
}

StageText::~StageText() = default;

void StageText::setBlocks(const QVector<Block> &blocks)
{
    m_blocks = blocks;
    relayout();
}

void StageText::setStageStyle(const StageStyle &style)
{
    m_style = style;
    relayout();
}

int StageText::bodyPixelSize() const
{
    return std::max(1, int(std::lround(m_style.bodyPx * m_factor)));
}

QString StageText::plainText() const
{
    return m_document->toPlainText();
}

QString StageText::html(qreal factor) const
{
    const qreal body = m_style.bodyPx * factor;
    const QString muted = m_style.muted().name();
    QString html;
    for (const Block &block : m_blocks) {
        // A page of the stage shows a few thousand characters; paged text goes on.
        const QString text = cutText(block.text, m_paged ? TextLimits::markdownChars : maximumChars);
        switch (block.role) {
        case Block::Role::Kind:
            html += QStringLiteral("<p style=\"font-size:%1; color:%2; margin-bottom:%3\">%4</p>")
                        .arg(px(m_style.smallPx * factor), muted, px(body * 0.2), ItemHtml::text(text));
            break;
        case Block::Role::Heading:
            html += QStringLiteral("<p style=\"font-size:%1; font-weight:bold; margin-bottom:%2\">%3</p>")
                        .arg(px(body * 1.3), px(body * 0.5), ItemHtml::text(text));
            break;
        case Block::Role::Field:
            html += QStringLiteral("<p style=\"font-size:%1; margin-bottom:%2\"><span style=\"color:%3\">%4</span> %5</p>")
                        .arg(px(body * 0.9), px(body * 0.25), muted,
                             ItemHtml::text(tr("%1:").arg(block.label)), ItemHtml::text(text));
            break;
        case Block::Role::Body:
            html += QStringLiteral("<p style=\"font-size:%1; margin-top:%2\">%3</p>").arg(px(body), px(body * 0.4), ItemHtml::text(text));
            break;
        case Block::Role::Markdown:
            // Too long or too nested for Qt's Markdown reader in time: as plain text.
            html += markdownLimit(text) == MarkdownLimit::None
                        ? QStringLiteral("<div style=\"margin-top:%1\">%2</div>").arg(px(body * 0.4), SafeTextDocument::safeHtml(text))
                        : QStringLiteral("<p>%1</p>").arg(ItemHtml::text(text));
            break;
        case Block::Role::Message:
            html += QStringLiteral("<p align=\"center\" style=\"font-size:%1\">%2</p>").arg(px(body * 1.2), ItemHtml::text(text));
            break;
        }
    }
    return html;
}

void StageText::setPaged(bool paged, qreal smallest)
{
    m_paged = paged;
    m_smallest = paged ? std::clamp(smallest, 0.5, 1.0) : 0.5;
    relayout();
}

void StageText::setPage(int page)
{
    m_page = std::clamp(page, 0, m_pageCount - 1);
    update();
}

void StageText::relayout()
{
    // The largest size at which the whole text fits, down to half the stage's own.
    const QSizeF area = contentsRect().size();
    m_cut = false;
    m_pageCount = 1;
    for (qreal factor : {1.0, 0.9, 0.8, 0.7, 0.6, 0.5}) {
        if (factor < m_smallest - 1e-9)
            break;
        m_factor = factor;
        QFont font = m_style.font(bodyPixelSize());
        m_document->setDefaultFont(font); // the size of Markdown's paragraphs (headings follow it)
        m_document->setHtml(html(factor));
        m_document->setTextWidth(std::max<qreal>(1, area.width()));
        if (m_document->size().height() <= area.height() || area.height() <= 0)
            break;
        m_cut = factor <= m_smallest + 1e-9;
    }
    if (m_cut && m_paged) {
        // Pages of the area's height: the document's layout moves a line that would cross
        // a page's end to the next page.
        m_document->setPageSize(QSizeF(std::max<qreal>(1, area.width()), area.height()));
        m_pageCount = std::max(1, m_document->pageCount());
        m_cut = false;
    }
    m_page = std::min(m_page, m_pageCount - 1);
    update();
}

void StageText::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void StageText::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    painter.translate(area.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = m_style.palette;
    context.palette.setColor(QPalette::Text, m_style.palette.color(QPalette::Text));
    painter.setClipRect(QRectF(0, 0, area.width(), area.height()));
    // The page shown: its part of the document, moved up to the top.
    const qreal pageTop = m_pageCount > 1 ? m_page * m_document->pageSize().height() : 0;
    painter.translate(0, -pageTop);
    context.clip = QRectF(0, pageTop, area.width(), area.height());
    m_document->documentLayout()->draw(&painter, context);
}

} // namespace bv
