// SPDX-License-Identifier: MIT
// A date known to a year, a quarter, a month or a day, as briefings state them. Events are
// dated to a year, month or day; time-series points may also name a quarter ('2024-Q1').
#pragma once

#include <QDate>
#include <QString>

namespace bv {

class PartialDate
{
public:
    enum class Precision : quint8 { Year, Month, Day, Quarter };

    PartialDate() = default;
    // Parses 'YYYY', 'YYYY-Qn', 'YYYY-MM' or 'YYYY-MM-DD'. The text must match `precision`.
    static PartialDate parse(const QString &text, Precision precision);
    // 'year', 'month' or 'day' (the precisions of events).
    static bool parsePrecision(const QString &text, Precision *precision);
    // Those and 'quarter' (the precisions of time-series points).
    static bool parsePeriodPrecision(const QString &text, Precision *precision);
    // The precision a label's form states ('2024' a year, '2024-Q1' a quarter ...), if any.
    static bool precisionOfText(const QString &text, Precision *precision);
    static QLatin1String precisionName(Precision precision); // 'year' ...
    // A readable date from its first day, e.g. 2022-03-01 at month precision for '2022-03'.
    static PartialDate fromFirstDay(const QDate &first, Precision precision);

    bool isValid() const { return m_first.isValid(); }
    Precision precision() const { return m_precision; }
    QString text() const; // as written ('2022', '2022-03' ...), or the unreadable text
    // The first and last day this date can mean: 2022 -> 2022-01-01 .. 2022-12-31.
    QDate first() const { return m_first; }
    QDate last() const;
    // Readable in the given locale at the date's own precision ("2022", "March 2022", ...).
    QString toDisplayString() const;

private:
    QString m_text; // kept only when the text could not be read
    QDate m_first;
    Precision m_precision = Precision::Day;
};

} // namespace bv
