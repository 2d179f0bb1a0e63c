// SPDX-License-Identifier: MIT
// Briefing text for places where Qt guesses between plain and rich text (tool tips): escaped
// and wrapped so it is always shown as the plain text it is.
#pragma once

#include "content/textlimits.h"

#include <QString>

namespace bv {

// Cut to TextLimits::toolTipChars first: a tool tip is laid out whole, at once.
inline QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>") + cutText(text, TextLimits::toolTipChars).toHtmlEscaped()
           + QStringLiteral("</p>");
}

} // namespace bv
