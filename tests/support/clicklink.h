// SPDX-License-Identifier: MIT
// Clicks a link in a text browser as a user does: the mouse pressed and released over the
// middle of the linked text, so the browser's own link handling runs (a test that emitted
// anchorClicked itself could not see the browser follow the link).
#pragma once

#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

namespace bv::test {

// False when the document has no link to `href` (or it is not in view).
inline bool clickLink(QTextBrowser *browser, const QString &href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(browser->document());
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            const QRect at = browser->cursorRect(cursor);
            if (!browser->viewport()->rect().contains(at.center()))
                return false;
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, Qt::NoModifier, at.center());
            return true;
        }
    }
    return false;
}

} // namespace bv::test
