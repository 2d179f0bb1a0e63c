// SPDX-License-Identifier: MIT
#include "faq/faqlistview.h"

#include "file/briefingdatabase.h"
#include "models/faqlistmodel.h"
#include "common/itemhtml.h"
#include "models/itemroles.h"
#include "common/safemarkdown.h"
#include "common/safetextbrowser.h"
#include "content/itemfields.h"
#include "content/textlimits.h"
#include "models/selection.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTextCursor>

namespace bv {

namespace {
constexpr int padding = 6;
constexpr int indent = 22;

// The open/closed arrow of a row, on its leading side.
QRect arrowIn(const QRect &row, Qt::LayoutDirection direction, int lineHeight)
{
    return QStyle::visualRect(direction, row, QRect(row.left() + 6, row.top() + padding, indent - 6, lineHeight));
}
} // namespace

class FaqDelegate final : public QStyledItemDelegate
{
public:
    explicit FaqDelegate(FaqListView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    int questionHeight(const QStyleOptionViewItem &option, const QModelIndex &index) const
    {
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const QRect text = metrics.boundingRect(QRect(0, 0, m_view->textWidth(), 10000), Qt::TextWordWrap,
                                                index.data().toString());
        return text.height() + 2 * padding;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        int height = questionHeight(option, index);
        if (m_view->isExpanded(index.data(IdRole).toString()))
            height += int(m_view->answer(index)->size().height()) + padding;
        return QSize(m_view->viewport()->width(), height);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette &pal = opt.palette;
        painter->save();
        if (selected)
            painter->fillRect(opt.rect, pal.color(QPalette::Highlight));
        else if (index.data(LinkedRole).toBool()) {
            QColor tint = pal.color(QPalette::Highlight);
            tint.setAlpha(48);
            painter->fillRect(opt.rect, tint);
            const QRect stripe(opt.rect.topLeft(), QSize(4, opt.rect.height()));
            painter->fillRect(QStyle::visualRect(opt.direction, opt.rect, stripe), pal.color(QPalette::Highlight));
        }
        const QString id = index.data(IdRole).toString();
        const bool open = m_view->isExpanded(id);
        const bool rightToLeft = opt.direction == Qt::RightToLeft;
        const Qt::Alignment leading = Qt::AlignAbsolute | (rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
        painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
        const int top = opt.rect.top() + padding;
        const QString arrow = open ? QStringLiteral("▾") : rightToLeft ? QStringLiteral("◂") : QStringLiteral("▸");
        painter->drawText(arrowIn(opt.rect, opt.direction, opt.fontMetrics.height()), int(leading), arrow);
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        const int questionBottom = opt.rect.top() + questionHeight(opt, index);
        // The question in its own direction ("?" at its end), aligned with the layout.
        const QString question = index.data().toString();
        QTextOption questionOption(leading);
        questionOption.setWrapMode(QTextOption::WordWrap);
        questionOption.setTextDirection(question.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        const QRect questionRect(opt.rect.left() + indent, top, m_view->textWidth(), questionBottom - top);
        painter->drawText(QStyle::visualRect(opt.direction, opt.rect, questionRect), question, questionOption);
        if (open) {
            SafeTextDocument *doc = m_view->answer(index);
            const QRect area(opt.rect.left() + indent, questionBottom, m_view->textWidth(), 1);
            const QPoint origin = QStyle::visualRect(opt.direction, opt.rect, area).topLeft();
            painter->translate(origin);
            QAbstractTextDocumentLayout::PaintContext context;
            // Only what is in view is drawn: a long answer after "Show all" holds 300,000
            // characters, drawn whole on every frame without a clip.
            context.clip = QRectF(m_view->viewport()->rect().translated(-origin));
            context.palette = pal;
            if (selected)
                context.palette.setColor(QPalette::Text, pal.color(QPalette::HighlightedText));
            if (const QTextCursor link = m_view->focusedLinkCursor(index); !link.isNull()) {
                // The link the keyboard is on, in the colours the row is not in.
                QAbstractTextDocumentLayout::Selection focused;
                focused.cursor = link;
                focused.format.setBackground(pal.color(selected ? QPalette::HighlightedText : QPalette::Highlight));
                focused.format.setForeground(pal.color(selected ? QPalette::Highlight : QPalette::HighlightedText));
                context.selections << focused;
            }
            doc->documentLayout()->draw(painter, context);
        }
        painter->restore();
    }

private:
    FaqListView *m_view;
};

FaqListView::FaqListView(Selection *selection, QWidget *parent)
    : QListView(parent)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("faqList"));
    setItemDelegate(new FaqDelegate(this));
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    // Each question is measured wrapped to the width: thousands of them are laid out a batch
    // at a time between events, the first batch at once, so a large FAQ never holds up the
    // window (10,000 took most of a second before the briefing was on screen).
    setLayoutMode(QListView::Batched);
    setBatchSize(50); // some 10 ms each on a loaded machine: a batch of 200 held frames up for 50 ms
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMouseTracking(true);
    setWordWrap(true);
    m_step.setInterval(0); // a piece per turn of the event loop: painting comes in between
    connect(&m_step, &QTimer::timeout, this, &FaqListView::showNextPiece);
    connect(selection, &Selection::databaseChanged, this, [this] {
        m_expanded.clear();
        m_showAll.clear();
        clearDocuments();
    });
}

FaqListView::~FaqListView()
{
    clearDocuments();
}

void FaqListView::clearDocuments()
{
    focusLink(-1);
    m_adding.clear(); // each document built again adds its rest again
    m_step.stop();
    qDeleteAll(m_documents);
    m_documents.clear();
}

int FaqListView::textWidth() const
{
    return std::max(120, viewport()->width() - indent - 8);
}

SafeTextDocument *FaqListView::answer(const QModelIndex &index) const
{
    const QString id = index.data(IdRole).toString();
    if (SafeTextDocument *doc = m_documents.value(id)) {
        if (int(doc->textWidth()) != textWidth())
            doc->setTextWidth(textWidth());
        return doc;
    }
    auto *doc = new SafeTextDocument;
    doc->setDefaultFont(font());
    doc->setDocumentMargin(2);
    // The start of the answer, read in part (BriefingDatabase::textPart): a long one is cut
    // with "Show all", whose rest follows piece by piece (queueRest()).
    const auto database = m_selection->database();
    const auto ref = database ? database->briefing().find(id) : std::nullopt;
    QString markdown;
    qsizetype total = 0;
    if (ref && ref->kind == ItemKind::Faq)
        markdown = database->textPart(*ItemFields::find(ItemKind::Faq, QStringLiteral("answer")), ref->index, TextLimits::showAllChars, &total);
    QStringList inline_;
    if (total <= TextLimits::shownChars && markdownLimit(markdown) == MarkdownLimit::None) {
        inline_ = doc->setSafeMarkdown(markdown);
    } else {
        // Cut with "Show all", or plain text with a note: as the detail pane shows it.
        doc->setHtml(ItemHtml::longText(markdown, true, false, total));
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QString item = SafeTextBrowser::itemIdFromUrl(QUrl(it.fragment().charFormat().anchorHref()));
                if (!item.isEmpty() && !inline_.contains(item))
                    inline_ << item;
            }
        }
    }
    // Every item the entry is linked to, after its answer, each title cut before it is laid out.
    if (database) {
        const Briefing &b = database->briefing();
        QStringList linked = inline_;
        for (const Neighbour &n : b.neighbours(id)) {
            if (!linked.contains(n.id))
                linked << n.id;
        }
        if (!linked.isEmpty()) {
            QStringList parts;
            for (const QString &item : std::as_const(linked)) {
                parts << QStringLiteral("<a href=\"") + SafeTextBrowser::itemUrl(item).toString(QUrl::FullyEncoded).toHtmlEscaped()
                             + QStringLiteral("\">") + shownTitle(b.title(item)).toHtmlEscaped() + QStringLiteral("</a> (")
                             + Briefing::kindName(b.kindOf(item)).toHtmlEscaped() + QLatin1Char(')');
            }
            QTextCursor cursor(doc);
            cursor.movePosition(QTextCursor::End);
            cursor.insertBlock();
            cursor.insertHtml(ItemHtml::italic(tr("Linked:")) + QLatin1Char(' ')
                              + parts.join(QStringLiteral(", ")));
        }
    }
    doc->setTextWidth(textWidth());
    m_documents.insert(id, doc);
    if (m_showAll.contains(id)) // built again (a new font or theme): its rest follows again
        const_cast<FaqListView *>(this)->queueRest(id);
    return doc;
}

void FaqListView::setExpanded(const QString &id, bool expanded)
{
    if (expanded)
        m_expanded.insert(id);
    else
        m_expanded.remove(id);
    if (!expanded && m_linkRow.isValid() && m_linkRow.data(IdRole).toString() == id)
        focusLink(-1);
    scheduleDelayedItemsLayout();
    viewport()->update();
}

void FaqListView::toggle(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString id = index.data(IdRole).toString();
    setExpanded(id, !isExpanded(id));
    if (isExpanded(id))
        setAccessibleDescription(answer(index)->toPlainText());
}

QRect FaqListView::answerRect(const QModelIndex &index) const
{
    if (!index.isValid() || !isExpanded(index.data(IdRole).toString()))
        return {};
    const QRect row = visualRect(index);
    const int answerHeight = int(answer(index)->size().height());
    return QStyle::visualRect(layoutDirection(), row,
                              QRect(row.left() + indent, row.bottom() - answerHeight - padding + 1, textWidth(), answerHeight));
}

QRect FaqListView::arrowRect(const QModelIndex &index) const
{
    return index.isValid() ? arrowIn(visualRect(index), layoutDirection(), fontMetrics().height()) : QRect();
}

QString FaqListView::hrefAt(const QPoint &point) const
{
    const QModelIndex index = indexAt(point);
    const QRect area = answerRect(index);
    if (!area.contains(point))
        return {};
    return answer(index)->documentLayout()->anchorAt(point - area.topLeft());
}

QString FaqListView::itemAt(const QPoint &point) const
{
    return SafeTextBrowser::itemIdFromUrl(QUrl(hrefAt(point)));
}

void FaqListView::showAll(const QModelIndex &index)
{
    const QString id = index.data(IdRole).toString();
    if (m_showAll.contains(id))
        return;
    focusLink(-1);
    m_showAll.insert(id);
    if (m_documents.contains(id))
        queueRest(id); // else answer() queues it when it builds the document
}

void FaqListView::queueRest(const QString &id)
{
    const auto database = m_selection->database();
    const auto ref = database ? database->briefing().find(id) : std::nullopt;
    if (!ref || ref->kind != ItemKind::Faq)
        return;
    Adding adding{id, {}, 0};
    if (!TextPieces::restOf(*database, *ItemFields::find(ItemKind::Faq, QStringLiteral("answer")), ref->index, &adding.rest))
        return;
    m_adding.append(std::move(adding));
    m_step.start();
}

void FaqListView::showNextPiece()
{
    while (!m_adding.isEmpty()) {
        Adding &adding = m_adding.first();
        SafeTextDocument *doc = m_documents.value(adding.id);
        if (doc && (adding.rest.next >= 0 || TextPieces::beginRest(doc, &adding.at)))
            break;
        m_adding.removeFirst(); // no document, or no "Show all" link left in it
    }
    if (m_adding.isEmpty()) {
        m_step.stop();
        emit allShown();
        return;
    }
    Adding &adding = m_adding.first();
    SafeTextDocument *doc = m_documents.value(adding.id);
    if (m_link >= 0 && m_linkRow.data(IdRole).toString() == adding.id)
        focusLink(-1); // its cursor's positions move
    const int characters = TextPieces::addNextPiece(doc, &adding.rest, &adding.at);
    if (adding.rest.next >= adding.rest.text.size())
        m_adding.removeFirst();
    // The row grows: measured again (only the new piece is laid out).
    scheduleDelayedItemsLayout();
    viewport()->update();
    emit pieceShown(characters);
}

QList<QTextCursor> FaqListView::links(const QModelIndex &index) const
{
    QList<QTextCursor> found;
    if (!index.isValid() || !isExpanded(index.data(IdRole).toString()))
        return found;
    SafeTextDocument *doc = answer(index);
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QString href = fragment.charFormat().anchorHref();
            if (!fragment.charFormat().isAnchor() || href.isEmpty())
                continue;
            const int end = fragment.position() + fragment.length();
            // A link in several fragments (part of it bold, say) is one link.
            if (!found.isEmpty() && found.last().selectionEnd() == fragment.position()
                && found.last().charFormat().anchorHref() == href) {
                found.last().setPosition(end, QTextCursor::KeepAnchor);
                continue;
            }
            QTextCursor link(doc);
            link.setPosition(fragment.position());
            link.setPosition(end, QTextCursor::KeepAnchor);
            found << link;
        }
    }
    return found;
}

QTextCursor FaqListView::focusedLinkCursor(const QModelIndex &index) const
{
    if (m_link < 0 || !m_linkRow.isValid() || index != m_linkRow || m_linkRow != currentIndex())
        return {};
    const QList<QTextCursor> all = links(index);
    return m_link < all.size() ? all.at(m_link) : QTextCursor();
}

QString FaqListView::focusedHref() const
{
    const QTextCursor link = focusedLinkCursor(currentIndex());
    if (link.isNull())
        return {};
    // The format at a position is the one before it: look one character in.
    QTextCursor inside(link.document());
    inside.setPosition(link.selectionStart() + 1);
    return inside.charFormat().anchorHref();
}

QString FaqListView::focusedLink() const
{
    return SafeTextBrowser::itemIdFromUrl(QUrl(focusedHref()));
}

void FaqListView::focusLink(int link)
{
    m_link = link;
    m_linkRow = link < 0 ? QPersistentModelIndex() : QPersistentModelIndex(currentIndex());
    viewport()->update();
}

bool FaqListView::focusNextPrevChild(bool next)
{
    // Tab and Shift+Tab go through the links of the open answer first, as in a browser.
    const QModelIndex row = currentIndex();
    const int count = int(links(row).size());
    const int at = focusedLinkCursor(row).isNull() ? -1 : m_link;
    if (count > 0 && hasFocus()) {
        const int to = next ? at + 1 : (at < 0 ? -2 : at - 1);
        if (to >= -1 && to < count) {
            focusLink(to);
            return true;
        }
    }
    focusLink(-1);
    return QListView::focusNextPrevChild(next);
}

void FaqListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_link >= 0)
        focusLink(-1);
    QListView::currentChanged(current, previous);
}

void FaqListView::mousePressEvent(QMouseEvent *event)
{
    focusLink(-1);
    const QPoint point = event->position().toPoint();
    const QModelIndex index = indexAt(point);
    if (ItemHtml::isShowAll(QUrl(hrefAt(point)))) {
        showAll(index);
        return;
    }
    const QString item = itemAt(point);
    if (!item.isEmpty()) {
        m_selection->select(item);
        return;
    }
    QListView::mousePressEvent(event);
    if (index.isValid() && event->button() == Qt::LeftButton && !answerRect(index).contains(point)) {
        toggle(index);
        m_selection->select(index.data(IdRole).toString());
    }
}

void FaqListView::mouseMoveEvent(QMouseEvent *event)
{
    viewport()->setCursor(itemAt(event->position().toPoint()).isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    QListView::mouseMoveEvent(event);
}

void FaqListView::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier) {
        if (ItemHtml::isShowAll(QUrl(focusedHref()))) {
            showAll(currentIndex());
            event->accept();
            return;
        }
        if (const QString item = focusedLink(); !item.isEmpty()) {
            m_selection->select(item);
            event->accept();
            return;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)
        && event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
        toggle(currentIndex());
        m_selection->select(currentIndex().data(IdRole).toString());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void FaqListView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    scheduleDelayedItemsLayout();
}

void FaqListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::PaletteChange)
        clearDocuments();
    QListView::changeEvent(event);
}

} // namespace bv
