// SPDX-License-Identifier: MIT
#include "content/seriesvalues.h"

#include <QDate>

#include <cmath>
#include <limits>

namespace bv {

namespace {

int digits(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

double SeriesValues::dayOfLabel(const QString &label, Period *period)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const int length = int(label.size());
    if (length != 4 && length != 7 && length != 10)
        return nan;
    const int year = digits(label, 0, 4);
    int month = 1, day = 1;
    Period form = length == 4 ? Period::Year : length == 7 ? Period::Month : Period::Day;
    if (length >= 7) {
        if (label.at(4) != QLatin1Char('-'))
            return nan;
        if (length == 7 && label.at(5) == QLatin1Char('Q')) {
            const int quarter = digits(label, 6, 1);
            if (quarter < 1 || quarter > 4)
                return nan;
            month = 3 * quarter - 2;
            form = Period::Quarter;
        } else {
            month = digits(label, 5, 2);
        }
    }
    if (length == 10) {
        if (label.at(7) != QLatin1Char('-'))
            return nan;
        day = digits(label, 8, 2);
    }
    const QDate date(year, month, day);
    if (year < 0 || !date.isValid())
        return nan;
    if (period)
        *period = form;
    return double(date.toJulianDay() - 2440588);
}

double SeriesValues::periodEnd(double x, Period period)
{
    const QDate first = QDate::fromJulianDay(qint64(x) + 2440588);
    switch (period) {
    case Period::Year:
        return x + first.daysInYear();
    case Period::Quarter:
        return double(first.addMonths(3).toJulianDay() - 2440588);
    case Period::Month:
        return x + first.daysInMonth();
    case Period::Day:
        break;
    }
    return x + 1;
}

QString SeriesValues::periodText(int index) const
{
    if (index < 0 || index >= size())
        return {};
    if (!labels.isEmpty())
        return labels.at(index);
    const QDate first = QDate::fromJulianDay(qint64(x.at(index)) + 2440588);
    switch (periodAt(index)) {
    case Period::Year:
        return first.toString(QStringLiteral("yyyy"));
    case Period::Quarter:
        return first.toString(QStringLiteral("yyyy")) + QStringLiteral("-Q") + QString::number((first.month() + 2) / 3);
    case Period::Month:
        return first.toString(QStringLiteral("yyyy-MM"));
    case Period::Day:
        break;
    }
    return first.toString(Qt::ISODate);
}

QString SeriesValues::breakAt(int index) const
{
    const auto it = std::lower_bound(breaks.cbegin(), breaks.cend(), index,
                                     [](const Break &b, int i) { return b.index < i; });
    return it != breaks.cend() && it->index == index ? it->note : QString();
}

} // namespace bv

#include "file/briefingdatabase.h"
#include "file/sqliteconnection.h"

#include <sqlite3.h>

#include <cstring>
#include <numeric>

namespace bv {

namespace {

// The stated precision of a format-2 point ('' when none is stated), as a period; false for
// a word that is none (validate names it; the label's form is used).
bool statedPeriod(const char *text, SeriesValues::Period *period)
{
    if (!text || !*text)
        return false;
    switch (text[0]) {
    case 'y':
        *period = SeriesValues::Period::Year;
        return std::strcmp(text, "year") == 0;
    case 'q':
        *period = SeriesValues::Period::Quarter;
        return std::strcmp(text, "quarter") == 0;
    case 'm':
        *period = SeriesValues::Period::Month;
        return std::strcmp(text, "month") == 0;
    case 'd':
        *period = SeriesValues::Period::Day;
        return std::strcmp(text, "day") == 0;
    default:
        return false;
    }
}

// Puts the points in x order (the decimator needs it); positions normally are, but a file
// may say otherwise.
void sortByX(SeriesValues &values)
{
    QVector<int> order(values.x.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&values](int a, int b) { return values.x.at(a) < values.x.at(b); });
    auto reorder = [&order](auto &column) {
        if (column.isEmpty())
            return;
        std::decay_t<decltype(column)> sorted;
        sorted.reserve(order.size());
        for (int i : std::as_const(order))
            sorted.append(column.at(i));
        column = std::move(sorted);
    };
    reorder(values.x);
    reorder(values.y);
    reorder(values.positions);
    reorder(values.periods);
    reorder(values.statuses);
    if (!values.breaks.isEmpty()) {
        QVector<int> placeOf(order.size());
        for (int place = 0; place < order.size(); ++place)
            placeOf[order.at(place)] = place;
        for (SeriesValues::Break &b : values.breaks)
            b.index = placeOf.at(b.index);
        std::sort(values.breaks.begin(), values.breaks.end(),
                  [](const SeriesValues::Break &a, const SeriesValues::Break &b) { return a.index < b.index; });
    }
}

} // namespace

SeriesValues loadSeriesValues(const BriefingDatabase &database, const Series &series)
{
    SeriesValues values;
    values.x.reserve(series.pointCount);
    values.y.reserve(series.pointCount);
    values.positions.reserve(series.pointCount);
    sqlite3 *db = database.connection().handle();
    sqlite3_stmt *statement = nullptr;
    // Format 2's columns are read as bytes: a measured point without a break costs a
    // comparison of two characters.
    const bool v2 = database.briefing().formatVersion >= 2;
    const char *sql = v2 ? "SELECT label, value, source_id, position, status, precision, break_note, item_id FROM point "
                           "WHERE series_id = ? ORDER BY position"
                         : "SELECT label, value, source_id, position FROM point WHERE series_id = ? ORDER BY position";
    if (!db || sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return values;
    const QByteArray id = series.id.toUtf8();
    sqlite3_bind_text(statement, 1, id.constData(), int(id.size()), SQLITE_STATIC);
    const bool time = series.kind == Series::Kind::Time;
    bool firstPeriod = true;
    QByteArray lastSource;
    QStringList breakLabels; // the source-language label of each break, to translate its note
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const auto *source = reinterpret_cast<const char *>(sqlite3_column_text(statement, 2));
        if (!source || !*source) {
            ++values.unsourcedCount; // a figure without its source is not shown
            continue;
        }
        const auto *labelText = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        const QString label = QString::fromUtf8(labelText ? labelText : "");
        double x;
        SeriesValues::Period period = SeriesValues::Period::Day;
        if (time) {
            x = SeriesValues::dayOfLabel(label, &period);
            if (std::isnan(x))
                continue; // a malformed period cannot be placed on a time axis
            SeriesValues::Period stated;
            if (v2 && statedPeriod(reinterpret_cast<const char *>(sqlite3_column_text(statement, 5)), &stated)
                && stated != period)
                continue; // the label does not parse at its precision (validate names it)
        } else {
            x = double(values.labels.size());
        }
        const int index = values.size();
        if (time) {
            if (firstPeriod) {
                values.period = period;
                firstPeriod = false;
            } else if (period != values.period && values.periods.isEmpty()) {
                values.periods.fill(values.period, index); // the first point of another period
            }
            if (!values.periods.isEmpty())
                values.periods.append(period);
        } else {
            values.labels << label;
        }
        if (v2) {
            const auto *status = reinterpret_cast<const char *>(sqlite3_column_text(statement, 4));
            PointStatus known = PointStatus::Measured;
            if (status && !(status[0] == 'm' && status[1] == 'e')
                && !Point::parseStatus(QString::fromUtf8(status), &known))
                known = PointStatus::Measured; // validate names an unknown status
            if (known != PointStatus::Measured && values.statuses.isEmpty())
                values.statuses.fill(PointStatus::Measured, index);
            if (!values.statuses.isEmpty())
                values.statuses.append(known);
            if (sqlite3_column_bytes(statement, 6) > 0) {
                values.breaks.append({index, QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 6)))});
                breakLabels << label;
            }
            if (!time) {
                const int itemBytes = sqlite3_column_bytes(statement, 7);
                if (itemBytes > 0 && values.itemIds.isEmpty()) {
                    for (int i = 0; i < index; ++i)
                        values.itemIds << QString();
                }
                if (!values.itemIds.isEmpty())
                    values.itemIds << (itemBytes > 0 ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 7)))
                                                     : QString());
            }
        }
        if (lastSource != source) {
            lastSource = source;
            const QString sourceId = QString::fromUtf8(source);
            if (!values.sourceIds.contains(sourceId))
                values.sourceIds << sourceId;
        }
        values.positions.append(sqlite3_column_int(statement, 3));
        values.x.append(x);
        values.y.append(sqlite3_column_type(statement, 1) == SQLITE_NULL ? std::numeric_limits<double>::quiet_NaN()
                                                                          : sqlite3_column_double(statement, 1));
    }
    sqlite3_finalize(statement);
    if (!time) { // category names in the content language, where translated
        const QHash<QString, QString> translated = database.pointTranslations(series.id, QStringLiteral("label"));
        for (QString &label : values.labels)
            label = translated.value(label, label);
    }
    if (!values.breaks.isEmpty()) {
        const QHash<QString, QString> notes = database.pointTranslations(series.id, QStringLiteral("break_note"));
        for (int i = 0; i < values.breaks.size(); ++i)
            values.breaks[i].note = notes.value(breakLabels.at(i), values.breaks.at(i).note);
    }
    if (!std::is_sorted(values.x.cbegin(), values.x.cend()))
        sortByX(values);
    return values;
}

QString pointLabel(const BriefingDatabase &database, const QString &seriesId, int position)
{
    sqlite3 *db = database.connection().handle();
    sqlite3_stmt *statement = nullptr;
    QString label;
    if (db && sqlite3_prepare_v2(db, "SELECT label FROM point WHERE series_id = ? AND position = ?", -1, &statement,
                                 nullptr) == SQLITE_OK) {
        const QByteArray id = seriesId.toUtf8();
        sqlite3_bind_text(statement, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_int(statement, 2, position);
        if (sqlite3_step(statement) == SQLITE_ROW)
            label = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    return label;
}

} // namespace bv
