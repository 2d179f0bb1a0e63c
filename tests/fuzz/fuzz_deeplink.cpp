// SPDX-License-Identifier: MIT
// A briefing:// link as a desktop, a browser or a colleague hands it over: parsed, refused
// with a reason, or accepted; an accepted link written again must read back the same.
#include "fuzztargets.h"

#include "library/deeplink.h"

namespace bv::fuzz {

void runDeepLink(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    QString problem;
    const std::optional<DeepLink> link = DeepLink::parse(text, &problem);
    if (!link) {
        if (problem.isEmpty())
            fail("deeplink", QStringLiteral("refused without a reason"));
        return;
    }
    if (link->briefingId.isEmpty())
        fail("deeplink", QStringLiteral("accepted without a briefing id"));
    const QString written = link->toString();
    const std::optional<DeepLink> again = DeepLink::parse(written, &problem);
    if (!again || again->briefingId != link->briefingId || again->itemId != link->itemId)
        fail("deeplink", QStringLiteral("%1 written as %2 does not read back: %3").arg(text, written, problem));
}

} // namespace bv::fuzz
