// SPDX-License-Identifier: MIT
// Briefing text for places where Qt guesses between plain and rich text (tool tips): escaped
// and wrapped so it is always shown as the plain text it is.
#pragma once

#include <QString>

namespace bv {

inline QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace bv
