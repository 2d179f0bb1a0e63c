// SPDX-License-Identifier: MIT
#include "browse/detailpane.h"

#include "common/itemhtml.h"
#include "content/itemfields.h"
#include "content/textlimits.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"

#include <QEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace bv {

DetailPane::DetailPane(Selection *selection, QWidget *parent)
    : SafeTextBrowser(parent)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Details of the current item"));
    m_step.setInterval(0); // a piece per turn of the event loop: painting comes in between
    connect(&m_step, &QTimer::timeout, this, &DetailPane::showNextPiece);
    connect(selection, &Selection::currentChanged, this, [this] {
        m_showAll = false;
        showCurrent();
    });
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (ItemHtml::isShowAll(url) && !m_showAll)
            startShowingAll();
    });
    connect(this, &SafeTextBrowser::itemActivated, selection, &Selection::select);
    connect(this, &SafeTextBrowser::deepLinkActivated, selection, &Selection::followLink);
    showCurrent();
}

void DetailPane::showCurrent()
{
    m_step.stop();
    m_rest.clear();
    m_next = -1;
    const auto database = m_selection->database();
    if (!database) {
        setPlainText(tr("No briefing is open."));
        return;
    }
    // Always the cut form; after "Show all" the rest follows piece by piece.
    setHtml(ItemHtml::render(*database, m_selection->currentId()));
    document()->setUndoRedoEnabled(false); // the pieces added are no edit to undo
    if (m_showAll)
        startShowingAll();
}

void DetailPane::startShowingAll()
{
    m_showAll = true;
    const auto database = m_selection->database();
    if (!database)
        return;
    const Briefing &b = database->briefing();
    const auto ref = b.find(m_selection->currentId());
    if (!ref)
        return;
    // The texts ItemHtml::render cut with a "Show all" link: the paragraphs after the field
    // table, in their order (a row of the table is never extended).
    m_rest.clear();
    for (const ItemField *field : ItemFields::of(ref->kind)) {
        if (field->place != ItemField::Place::Body)
            continue;
        qsizetype total = 0;
        QString text = database->textPart(*field, ref->index, TextLimits::showAllChars, &total);
        if (total <= TextLimits::shownChars)
            continue;
        const bool markdown = field->format == ItemField::Format::Markdown && total <= TextLimits::markdownChars
                              && markdownLimit(text) == MarkdownLimit::None;
        m_rest.append({std::move(text), total, markdown});
    }
    m_next = -1;
    m_step.start();
}

bool DetailPane::beginRest()
{
    const QString href = ItemHtml::showAllUrl().toString();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isAnchor() || fragment.charFormat().anchorHref() != href)
                continue;
            int from = fragment.position();
            const int to = from + fragment.length();
            // The shown part ends in "…" and a space before the link: the rest replaces them.
            if (from - block.position() >= 2 && document()->characterAt(from - 1) == QLatin1Char(' ')
                && document()->characterAt(from - 2) == QChar(0x2026))
                from -= 2;
            // A line break before them is the paragraph's end that the next piece brings.
            if (from > block.position() && document()->characterAt(from - 1) == QChar::LineSeparator)
                --from;
            QTextCursor cursor(document());
            cursor.setPosition(from);
            cursor.setPosition(to, QTextCursor::KeepAnchor);
            cursor.removeSelectedText();
            m_at = from;
            return true;
        }
    }
    return false;
}

void DetailPane::showNextPiece()
{
    if (!m_rest.isEmpty() && m_next < 0) {
        if (beginRest()) {
            m_next = pieceEnd(m_rest.first().text, 0, TextLimits::shownChars - 1); // where the shown part ended
        } else {
            m_rest.clear();
        }
    }
    if (m_rest.isEmpty()) {
        m_step.stop();
        emit allShown();
        return;
    }
    const Rest &rest = m_rest.first();
    qsizetype end = pieceEnd(rest.text, m_next, TextLimits::showAllStepChars);
    // A run with no space or line break (10,000 "*") takes Qt far longer to break into lines
    // than words do (it looks for a word's end on every line): such a run goes in pieces of a
    // fifth, each a paragraph, so that no piece is slow to lay out.
    if (const QStringView run = QStringView(rest.text).mid(m_next, end - m_next);
        !run.contains(u' ') && !run.contains(u'\n'))
        end = pieceEnd(rest.text, m_next, TextLimits::showAllStepChars / 5);
    QString piece = rest.text.mid(m_next, end - m_next);
    const int characters = int(piece.size());
    if (!rest.markdown && piece.endsWith(QLatin1Char('\n')))
        piece.chop(1); // the paragraph's end is that line break
    QTextCursor cursor(document());
    cursor.setPosition(m_at);
    cursor.beginEditBlock();
    // A paragraph of its own, so that only it is laid out now, joined to the one before
    // without a gap: the text reads on as one.
    QTextBlockFormat format = cursor.blockFormat();
    const qreal bottom = format.bottomMargin();
    format.setBottomMargin(0);
    cursor.setBlockFormat(format);
    format.setTopMargin(0);
    format.setBottomMargin(bottom);
    cursor.insertBlock(format);
    cursor.insertHtml(ItemHtml::restPieceHtml(piece, rest.markdown));
    m_next = end;
    if (m_next >= rest.text.size() && rest.total > rest.text.size())
        cursor.insertHtml(QLatin1Char(' ') + ItemHtml::cutNote(rest.text.size(), rest.total));
    cursor.endEditBlock();
    m_at = cursor.position();
    if (m_next >= rest.text.size()) {
        m_rest.removeFirst();
        m_next = -1;
    }
    emit pieceShown(characters);
}

void DetailPane::changeEvent(QEvent *event)
{
    // The colours of secondary text are the palette's: rendered again in a new theme.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        const int at = verticalScrollBar()->value();
        showCurrent();
        verticalScrollBar()->setValue(at);
    }
    SafeTextBrowser::changeEvent(event);
}

} // namespace bv
