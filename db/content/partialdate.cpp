// SPDX-License-Identifier: MIT
#include "content/partialdate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace bv {

bool PartialDate::parsePrecision(const QString &text, Precision *precision)
{
    if (text == QLatin1String("year"))
        *precision = Precision::Year;
    else if (text == QLatin1String("month"))
        *precision = Precision::Month;
    else if (text == QLatin1String("day"))
        *precision = Precision::Day;
    else
        return false;
    return true;
}

bool PartialDate::parsePeriodPrecision(const QString &text, Precision *precision)
{
    if (text == QLatin1String("quarter")) {
        *precision = Precision::Quarter;
        return true;
    }
    return parsePrecision(text, precision);
}

bool PartialDate::precisionOfText(const QString &text, Precision *precision)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}(?:(-Q\\d)|(-\\d{2})(-\\d{2})?)?$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return false;
    if (match.capturedLength(1) > 0)
        *precision = Precision::Quarter;
    else if (match.capturedLength(3) > 0)
        *precision = Precision::Day;
    else if (match.capturedLength(2) > 0)
        *precision = Precision::Month;
    else
        *precision = Precision::Year;
    return true;
}

QLatin1String PartialDate::precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Year:
        return QLatin1String("year");
    case Precision::Quarter:
        return QLatin1String("quarter");
    case Precision::Month:
        return QLatin1String("month");
    case Precision::Day:
        break;
    }
    return QLatin1String("day");
}

namespace {

// The ASCII digits text[from, from + count) as a number, or -1.
int digitsAt(const QString &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

} // namespace

PartialDate PartialDate::parse(const QString &text, Precision precision)
{
    // YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Qn (and one line feed after it, which the regular
    // expressions ^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$ and ^(\d{4})-Q([1-4])$ this replaces let
    // pass); read by hand: a large briefing has a hundred thousand dates.
    PartialDate result;
    result.m_text = text;
    result.m_precision = precision;
    qsizetype n = text.size();
    if (n > 0 && text.at(n - 1) == QLatin1Char('\n'))
        --n;
    if (precision == Precision::Quarter) {
        if (n != 7 || text.at(4) != QLatin1Char('-') || text.at(5) != QLatin1Char('Q'))
            return result;
        const int year = digitsAt(text, 0, 4);
        const int quarter = digitsAt(text, 6, 1);
        if (year < 0 || quarter < 1 || quarter > 4)
            return result;
        result.m_first = QDate(year, quarter * 3 - 2, 1);
        result.m_text.clear();
        return result;
    }
    if (n != 4 && n != 7 && n != 10)
        return result;
    const bool hasMonth = n >= 7;
    const bool hasDay = n == 10;
    const int year = digitsAt(text, 0, 4);
    const int month = hasMonth && text.at(4) == QLatin1Char('-') ? digitsAt(text, 5, 2) : hasMonth ? -1 : 1;
    const int day = hasDay && text.at(7) == QLatin1Char('-') ? digitsAt(text, 8, 2) : hasDay ? -1 : 1;
    if (year < 0 || month < 0 || day < 0)
        return result;
    const bool shapeMatches = (precision == Precision::Year && !hasMonth)
                              || (precision == Precision::Month && hasMonth && !hasDay)
                              || (precision == Precision::Day && hasDay);
    if (!shapeMatches)
        return result;
    result.m_first = QDate(year, month, day); // invalid for 2022-13 or 2022-02-30
    if (result.m_first.isValid())
        result.m_text.clear(); // rebuilt by text(): a large briefing has many dates
    return result;
}

PartialDate PartialDate::fromFirstDay(const QDate &first, Precision precision)
{
    PartialDate result;
    result.m_first = first;
    result.m_precision = precision;
    return result;
}

QString PartialDate::text() const
{
    if (!m_first.isValid())
        return m_text;
    switch (m_precision) {
    case Precision::Year:
        return m_first.toString(QStringLiteral("yyyy"));
    case Precision::Quarter:
        return m_first.toString(QStringLiteral("yyyy")) + QStringLiteral("-Q") + QString::number((m_first.month() + 2) / 3);
    case Precision::Month:
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case Precision::Day:
        break;
    }
    return m_first.toString(Qt::ISODate);
}

QDate PartialDate::last() const
{
    switch (m_precision) {
    case Precision::Year:
        return QDate(m_first.year(), 12, 31);
    case Precision::Quarter:
        return m_first.addMonths(3).addDays(-1);
    case Precision::Month:
        return QDate(m_first.year(), m_first.month(), m_first.daysInMonth());
    case Precision::Day:
        break;
    }
    return m_first;
}

QString PartialDate::toDisplayString() const
{
    if (!isValid())
        return m_text;
    const QLocale locale;
    switch (m_precision) {
    case Precision::Year:
        return locale.toString(m_first, QStringLiteral("yyyy"));
    case Precision::Quarter:
        //: A quarter of a year: %1 its number (1 to 4), %2 the year
        return QCoreApplication::translate("PartialDate", "Q%1 %2")
            .arg((m_first.month() + 2) / 3)
            .arg(locale.toString(m_first, QStringLiteral("yyyy")));
    case Precision::Month:
        return locale.toString(m_first, QStringLiteral("MMMM yyyy"));
    case Precision::Day:
        break;
    }
    return locale.toString(m_first, QLocale::LongFormat);
}

} // namespace bv
