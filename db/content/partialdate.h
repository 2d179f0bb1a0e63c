// SPDX-License-Identifier: MIT
// A date known to a year, a month or a day, as briefings state them.
#pragma once

#include <QDate>
#include <QString>

namespace bv {

class PartialDate
{
public:
    enum class Precision : quint8 { Year, Month, Day };

    PartialDate() = default;
    // Parses 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. The text must match `precision`.
    static PartialDate parse(const QString &text, Precision precision);
    static bool parsePrecision(const QString &text, Precision *precision);
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
