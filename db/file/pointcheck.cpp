// SPDX-License-Identifier: MIT
#include "file/pointcheck.h"

#include "content/briefing.h"
#include "content/seriesvalues.h"
#include "file/sqliteconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace bv {

namespace {

enum Problem { Label, Precision, Status, Item, Value, ProblemCount };

QString expectedForm(PartialDate::Precision precision)
{
    switch (precision) {
    case PartialDate::Precision::Year:
        return QStringLiteral("YYYY");
    case PartialDate::Precision::Quarter:
        return QStringLiteral("YYYY-Qn");
    case PartialDate::Precision::Month:
        return QStringLiteral("YYYY-MM");
    case PartialDate::Precision::Day:
        break;
    }
    return QStringLiteral("YYYY-MM-DD");
}

// Whether `label` is a period of `precision`: the quick way for years, months and days (a
// million points are checked), the full parse for quarters.
bool parses(const QString &label, PartialDate::Precision precision)
{
    const qsizetype length = label.size();
    switch (precision) {
    case PartialDate::Precision::Year:
        return length == 4 && !std::isnan(SeriesValues::dayOfLabel(label));
    case PartialDate::Precision::Month: {
        SeriesValues::Period form = SeriesValues::Period::Day;
        return length == 7 && !std::isnan(SeriesValues::dayOfLabel(label, &form)) && form == SeriesValues::Period::Month;
    }
    case PartialDate::Precision::Day:
        return length == 10 && !std::isnan(SeriesValues::dayOfLabel(label));
    case PartialDate::Precision::Quarter:
        break;
    }
    return PartialDate::parse(label, precision).isValid();
}

// The precision a label's form states, by its length (parses() then checks it whole).
bool formOf(const QString &label, PartialDate::Precision *precision)
{
    switch (label.size()) {
    case 4:
        *precision = PartialDate::Precision::Year;
        return true;
    case 7:
        *precision = label.at(5) == QLatin1Char('Q') ? PartialDate::Precision::Quarter : PartialDate::Precision::Month;
        return true;
    case 10:
        *precision = PartialDate::Precision::Day;
        return true;
    default:
        return false;
    }
}

} // namespace

QStringList PointCheck::warnings(SqliteConnection &connection, const Briefing &b, int perProblem)
{
    QStringList result;
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    const bool v2 = b.formatVersion >= 2;
    // The last column: a value that is not a finite number (text, a blob, an infinity), or NULL.
    const QString badValue = QStringLiteral("CASE WHEN value IS NULL OR (typeof(value) IN ('integer', 'real') "
                                            "AND abs(value) <= 1.7976931348623157e308) THEN NULL ELSE CAST(value AS TEXT) END");
    if (!q.exec(v2 ? QStringLiteral("SELECT series_id, label, status, precision, item_id, %1 FROM point ORDER BY series_id, position").arg(badValue)
                   : QStringLiteral("SELECT series_id, label, 'measured', '', '', %1 FROM point ORDER BY series_id, position").arg(badValue)))
        return {tr("The data points could not be read: %1").arg(q.lastError().text())};
    QHash<QString, const Series *> series;
    for (const Series &one : b.series)
        series.insert(one.id, &one);
    int counts[ProblemCount] = {};
    auto report = [&](Problem problem, const QString &text) {
        if (++counts[problem] <= perProblem)
            result << text;
    };
    while (q.next()) {
        const Series *s = series.value(q.value(0).toString());
        if (!s)
            continue; // the reader has said so
        const QString label = q.value(1).toString();
        const QString status = q.value(2).toString();
        PointStatus known;
        if (!Point::parseStatus(status, &known)) {
            report(Status, tr("Data series “%1”, point “%2”: unknown status “%3” (expected measured, provisional, "
                              "estimate, projection or target); it is read as measured.").arg(s->id, label, status));
        }
        const QString itemId = q.value(4).toString();
        if (!itemId.isEmpty() && !b.find(itemId) && itemId != b.metadata.id) {
            report(Item, tr("Data series “%1”, point “%2”: item_id “%3” is not an item of this briefing; the "
                            "point is tied to nothing.").arg(s->id, label, itemId));
        }
        if (!q.value(5).isNull()) {
            report(Value, tr("Data series “%1”, point “%2”: its value “%3” is not a finite number; it is shown as a gap.")
                              .arg(s->id, label, q.value(5).toString().left(40)));
        }
        if (s->kind != Series::Kind::Time)
            continue;
        const QString precisionText = q.value(3).toString();
        PartialDate::Precision precision = PartialDate::Precision::Day;
        if (precisionText.isEmpty()) {
            if (!formOf(label, &precision) || !parses(label, precision)) {
                report(Label, tr("Data series “%1”, point “%2”: the label is not a period (YYYY, YYYY-Qn, YYYY-MM or "
                                 "YYYY-MM-DD); the point cannot be placed in time and charts leave it out.")
                                  .arg(s->id, label));
            }
        } else if (!PartialDate::parsePeriodPrecision(precisionText, &precision)) {
            report(Precision, tr("Data series “%1”, point “%2”: unknown precision “%3” (expected year, quarter, "
                                 "month or day); it is read from the label.").arg(s->id, label, precisionText));
        } else if (!parses(label, precision)) {
            report(Label, tr("Data series “%1”, point “%2”: the label does not parse at its precision “%3” "
                             "(expected %4); the point cannot be placed in time and charts leave it out.")
                              .arg(s->id, label, precisionText, expectedForm(precision)));
        }
    }
    for (int problem = 0; problem < ProblemCount; ++problem) {
        if (counts[problem] > perProblem)
            result << tr("… and %n more data point(s) with the same problem.", nullptr, counts[problem] - perProblem);
    }
    return result;
}

} // namespace bv
