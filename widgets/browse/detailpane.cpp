// SPDX-License-Identifier: MIT
#include "browse/detailpane.h"

#include "file/briefingdatabase.h"
#include "common/itemhtml.h"
#include "models/selection.h"

#include <QEvent>
#include <QScrollBar>

namespace bv {

DetailPane::DetailPane(Selection *selection, QWidget *parent)
    : SafeTextBrowser(parent)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Details of the current item"));
    connect(selection, &Selection::currentChanged, this, [this] {
        m_showAll = false;
        showCurrent();
    });
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (!ItemHtml::isShowAll(url) || m_showAll)
            return;
        m_showAll = true;
        const int at = verticalScrollBar()->value(); // where the reader was
        showCurrent();
        verticalScrollBar()->setValue(at);
    });
    connect(this, &SafeTextBrowser::itemActivated, selection, &Selection::select);
    connect(this, &SafeTextBrowser::deepLinkActivated, selection, &Selection::followLink);
    showCurrent();
}

void DetailPane::showCurrent()
{
    const auto database = m_selection->database();
    if (!database) {
        setPlainText(tr("No briefing is open."));
        return;
    }
    setHtml(ItemHtml::render(*database, m_selection->currentId(), m_showAll));
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
