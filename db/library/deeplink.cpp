// SPDX-License-Identifier: MIT
#include "library/deeplink.h"

namespace bv {

namespace {

const QLatin1String scheme("briefing://");

QByteArray encode(const QString &part)
{
    return part.toUtf8().toPercentEncoding(QByteArray(), QByteArray("@"));
}

// Percent-decodes one part; none when an escape is broken, the bytes are not UTF-8, or the
// text holds control characters.
std::optional<QString> decode(QStringView part)
{
    const QByteArray raw = part.toUtf8();
    for (int i = 0; i < raw.size(); ++i) {
        if (raw.at(i) != '%')
            continue;
        if (i + 2 >= raw.size() || !isxdigit(uchar(raw.at(i + 1))) || !isxdigit(uchar(raw.at(i + 2))))
            return std::nullopt;
    }
    const QByteArray bytes = QByteArray::fromPercentEncoding(raw);
    QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) // invalid UTF-8 does not survive the round trip
        return std::nullopt;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return std::nullopt;
    }
    return text;
}

} // namespace

QString DeepLink::toString() const
{
    return scheme + QString::fromLatin1(encode(briefingId)) + QLatin1Char('/') + QString::fromLatin1(encode(itemId));
}

bool DeepLink::looksLikeDeepLink(const QString &text)
{
    return text.startsWith(scheme, Qt::CaseInsensitive);
}

std::optional<DeepLink> DeepLink::parse(const QString &text, QString *problem)
{
    QString ignored;
    problem = problem ? problem : &ignored;
    if (!looksLikeDeepLink(text)) {
        *problem = tr("“%1” is not a briefing link: those start with briefing://.").arg(text.left(200));
        return std::nullopt;
    }
    if (text.size() > maximumLength) {
        *problem = tr("The briefing link is %1 characters long; links longer than %2 are refused.")
                       .arg(text.size()).arg(maximumLength);
        return std::nullopt;
    }
    const QStringView rest = QStringView(text).mid(scheme.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QStringView briefingPart = slash < 0 ? rest : rest.left(slash);
    QStringView itemPart = slash < 0 ? QStringView() : rest.mid(slash + 1);
    if (itemPart.endsWith(QLatin1Char('/')))
        itemPart.chop(1);
    const auto briefing = decode(briefingPart);
    const auto item = decode(itemPart);
    if (!briefing || !item || itemPart.contains(QLatin1Char('/')) || itemPart.contains(QLatin1Char('?'))
        || itemPart.contains(QLatin1Char('#')) || briefingPart.contains(QLatin1Char('?'))
        || briefingPart.contains(QLatin1Char('#'))) {
        *problem = tr("The briefing link “%1” is malformed: it should be briefing://<briefing id>/<item id>, "
                      "each part percent-encoded UTF-8.").arg(text.left(200));
        return std::nullopt;
    }
    if (*item == QLatin1String(".") || *item == QLatin1String("..")) {
        *problem = tr("The briefing link “%1” names no item: “%2” is not an item id.").arg(text.left(200), *item);
        return std::nullopt;
    }
    if (briefing->isEmpty() || *briefing == QLatin1String(".") || *briefing == QLatin1String("..")) {
        *problem = tr("The briefing link “%1” names no briefing.").arg(text.left(200));
        return std::nullopt;
    }
    // The link as this program writes it (toString: every byte but the unreserved ones as
    // %XX, nine characters for one of U+0800 and above) is held to the same limit, so that a
    // link accepted here is never written as one refused.
    const DeepLink link{*briefing, *item};
    if (const qsizetype written = link.toString().size(); written > maximumLength) {
        *problem = tr("The briefing link is %1 characters long; links longer than %2 are refused.")
                       .arg(written).arg(maximumLength);
        return std::nullopt;
    }
    return link;
}

} // namespace bv
