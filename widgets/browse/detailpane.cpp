// SPDX-License-Identifier: MIT
#include "browse/detailpane.h"

#include "common/itemhtml.h"
#include "content/itemfields.h"
#include "content/textlimits.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"

#include <QEvent>
#include <QScrollBar>
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
        TextPieces::Rest rest;
        if (field->place == ItemField::Place::Body && TextPieces::restOf(*database, *field, ref->index, &rest))
            m_rest.append(std::move(rest));
    }
    m_step.start();
}

void DetailPane::showNextPiece()
{
    if (!m_rest.isEmpty() && m_rest.first().next < 0 && !TextPieces::beginRest(document(), &m_at))
        m_rest.clear();
    if (m_rest.isEmpty()) {
        m_step.stop();
        emit allShown();
        return;
    }
    const int characters = TextPieces::addNextPiece(document(), &m_rest.first(), &m_at);
    if (m_rest.first().next >= m_rest.first().text.size())
        m_rest.removeFirst();
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
