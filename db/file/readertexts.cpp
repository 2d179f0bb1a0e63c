// SPDX-License-Identifier: MIT
#include "file/readertexts.h"

namespace bv {

QByteArrayView asQStringHasIt(QByteArrayView utf8, QByteArray *made)
{
    if (utf8.isValidUtf8() && !utf8.startsWith("\xEF\xBB\xBF"))
        return utf8;
    *made = QString::fromUtf8(utf8).toUtf8();
    return *made;
}

bool precisionOf(QByteArrayView text, PartialDate::Precision *precision)
{
    if (text == "day")
        *precision = PartialDate::Precision::Day;
    else if (text == "month")
        *precision = PartialDate::Precision::Month;
    else if (text == "year")
        *precision = PartialDate::Precision::Year;
    else
        return PartialDate::parsePrecision(QString::fromUtf8(text), precision);
    return true;
}

} // namespace bv
