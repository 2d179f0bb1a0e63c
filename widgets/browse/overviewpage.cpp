// SPDX-License-Identifier: MIT
#include "browse/overviewpage.h"

#include "file/briefingdatabase.h"
#include "common/itemhtml.h"
#include "models/selection.h"

#include <QEvent>
#include <QScrollBar>

#include <QTimer>

namespace bv {

OverviewPage::OverviewPage(Selection *selection, QWidget *parent)
    : SafeTextBrowser(parent)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("overviewPage"));
    setAccessibleName(tr("Briefing overview"));
    // Two turns of the event loop later: a briefing shown (or its content language changed)
    // is taken by every view in one go, and the page's layout (some 15 ms) need not add to it,
    // nor to the window's first frame of the views that took it (painted at the turn between).
    connect(selection, &Selection::databaseChanged, this, [this] {
        if (m_refreshQueued)
            return;
        m_refreshQueued = true;
        QTimer::singleShot(0, this, [this] {
            QTimer::singleShot(0, this, [this] {
                m_refreshQueued = false;
                refresh();
            });
        });
    });
    connect(this, &SafeTextBrowser::itemActivated, selection, &Selection::select);
    connect(this, &SafeTextBrowser::deepLinkActivated, selection, &Selection::followLink);
    refresh();
}

void OverviewPage::setPlaceholder(const QString &text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    // Shown only while no briefing is: a briefing's page is not laid out again for it (an
    // open, or a change of content language, sets and clears it on either side of the show).
    if (!m_selection->database())
        refresh();
}

void OverviewPage::refresh()
{
    const auto database = m_selection->database();
    if (!database)
        setPlainText(m_placeholder.isEmpty() ? tr("No briefing is open. Use File > Open to choose one.") : m_placeholder);
    else
        setHtmlKeepingScrollBar(ItemHtml::overview(*database));
}

// A page as long as the one before keeps its scroll bar while its new text is set: else the
// text is laid out at the whole width when the old one is cleared, then again beside the scroll
// bar that comes back (some 13 ms on the window's thread at a change of content language,
// against 2 ms for one layout). A new page that fits loses the bar when the policy is restored.
void OverviewPage::setHtmlKeepingScrollBar(const QString &html)
{
    const bool keep = verticalScrollBar()->isVisible() && verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded;
    if (keep)
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHtml(html);
    if (keep)
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        refresh();
    SafeTextBrowser::changeEvent(event);
}

} // namespace bv
