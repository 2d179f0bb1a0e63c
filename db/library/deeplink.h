// SPDX-License-Identifier: MIT
// Deep links to an item of a briefing, wherever its file is: briefing://<briefing-id>/<item-id>.
// Both parts are percent-encoded UTF-8 (RFC 3986): every byte but the unreserved characters
// A-Z a-z 0-9 - . _ ~ and the item id's '@' is written as %XX, so a '/' in an id is %2F.
// An empty item id (briefing://<briefing-id>/ or without the slash) names the briefing itself.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace bv {

struct DeepLink
{
    Q_DECLARE_TR_FUNCTIONS(DeepLink)
public:
    static constexpr int maximumLength = 4096;

    QString briefingId;
    QString itemId;

    QString toString() const;
    // A link, or none with `problem` saying what is wrong with it (for the user).
    static std::optional<DeepLink> parse(const QString &text, QString *problem = nullptr);
    // True when `text` starts with the briefing:// scheme (it may still be malformed).
    static bool looksLikeDeepLink(const QString &text);
};

} // namespace bv
