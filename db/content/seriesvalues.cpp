// SPDX-License-Identifier: MIT
#include "content/seriesvalues.h"

#include <QDate>
#include <QHash>

#include <cmath>
#include <limits>

namespace bv {

namespace {

template<typename Char>
int digits(const Char *text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const auto c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + int(c - '0');
    }
    return value;
}

bool leapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil): what QDate computes, without its checks of a general calendar, for a
// million labels.
double daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return double(era) * 146097 + dayOfEra - 719468;
}

// 'YYYY', 'YYYY-Qn', 'YYYY-MM' or 'YYYY-MM-DD', as UTF-16 or UTF-8 code units.
template<typename Char>
double parseLabel(const Char *label, int length, SeriesValues::Period *period)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (length == 10 && label[4] == '-' && label[7] == '-') {
        // A day, the common case of long series: straight through.
        unsigned d[8];
        static constexpr int at[8] = {0, 1, 2, 3, 5, 6, 8, 9};
        unsigned bad = 0;
        for (int i = 0; i < 8; ++i) {
            d[i] = unsigned(label[at[i]]) - unsigned('0');
            bad |= d[i] > 9 ? 1u : 0u;
        }
        if (bad)
            return nan;
        const int year = int(d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3]), month = int(d[4] * 10 + d[5]);
        const int day = int(d[6] * 10 + d[7]);
        static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (year == 0 || month < 1 || month > 12 || day < 1 || day > monthDays[month - 1] + (month == 2 && leapYear(year)))
            return nan;
        if (period)
            *period = SeriesValues::Period::Day;
        return daysFromCivil(year, month, day);
    }
    if (length != 4 && length != 7 && length != 10)
        return nan;
    const int year = digits(label, 0, 4);
    if (year < 0)
        return nan;
    int month = 1, day = 1;
    auto form = length == 4 ? SeriesValues::Period::Year : length == 7 ? SeriesValues::Period::Month : SeriesValues::Period::Day;
    if (length >= 7) {
        if (label[4] != '-')
            return nan;
        if (length == 7 && label[5] == 'Q') {
            const int quarter = digits(label, 6, 1);
            if (quarter < 1 || quarter > 4)
                return nan;
            month = 3 * quarter - 2;
            form = SeriesValues::Period::Quarter;
        } else {
            month = digits(label, 5, 2);
        }
    }
    if (length == 10) {
        if (label[7] != '-')
            return nan;
        day = digits(label, 8, 2);
    }
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > monthDays[month - 1] + (month == 2 && leapYear(year)))
        return nan;
    if (year == 0)
        return nan; // QDate has no year 0: the labels that mean nothing to it mean nothing here
    if (period)
        *period = form;
    return daysFromCivil(year, month, day);
}

} // namespace

double SeriesValues::dayOfLabel(const QString &label, Period *period)
{
    return parseLabel(label.utf16(), int(label.size()), period);
}

double SeriesValues::dayOfLabel(const char *label, int length, Period *period)
{
    return parseLabel(label, length, period);
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
bool statedPeriod(const char *text, int length, SeriesValues::Period *period)
{
    auto is = [text, length](const char *word, int size) { return length == size && std::memcmp(text, word, size) == 0; };
    if (is("year", 4))
        *period = SeriesValues::Period::Year;
    else if (is("day", 3))
        *period = SeriesValues::Period::Day;
    else if (is("month", 5))
        *period = SeriesValues::Period::Month;
    else if (is("quarter", 7))
        *period = SeriesValues::Period::Quarter;
    else
        return false;
    return true;
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

// A field of a series' points in the content language, by the point's label, for the
// translated ones only (BriefingDatabase::pointTranslations on this connection).
QHash<QString, QString> pointTranslations(sqlite3 *db, const QStringList &chain, const QString &seriesId, const char *field)
{
    QHash<QString, QString> result;
    if (chain.isEmpty() || !db)
        return result;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT item_id, lang, text FROM translation WHERE item_id >= ? AND item_id < ? AND field = ?",
                           -1, &statement, nullptr)
        != SQLITE_OK)
        return result;
    // The ids "<series>@<label>" sort between "<series>@" and "<series>A".
    const QByteArray low = (seriesId + QLatin1Char('@')).toUtf8(), high = (seriesId + QLatin1Char('A')).toUtf8();
    sqlite3_bind_text(statement, 1, low.constData(), int(low.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 2, high.constData(), int(high.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 3, field, -1, SQLITE_STATIC);
    QHash<QString, int> best;
    const int labelStart = int(seriesId.size()) + 1;
    auto text = [statement](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                 sqlite3_column_bytes(statement, column));
    };
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const int position = int(chain.indexOf(text(1)));
        if (position < 0)
            continue;
        const QString label = text(0).mid(labelStart);
        const auto known = best.constFind(label);
        if (known != best.constEnd() && *known <= position)
            continue;
        best.insert(label, position);
        result.insert(label, text(2));
    }
    sqlite3_finalize(statement);
    return result;
}

} // namespace

SeriesReading SeriesReading::of(const Briefing &briefing)
{
    SeriesReading reading;
    reading.formatVersion = briefing.formatVersion;
    if (!briefing.contentLanguage.isEmpty())
        reading.contentChain = briefing.contentChain;
    return reading;
}

SeriesValues loadSeriesValues(const BriefingDatabase &database, const Series &series)
{
    return loadSeriesValues(database.connection().handle(), SeriesReading::of(database.briefing()), series);
}

SeriesValues loadSeriesValues(sqlite3 *db, const SeriesReading &reading, const Series &series)
{
    SeriesValues values;
    values.x.reserve(series.pointCount);
    values.y.reserve(series.pointCount);
    values.positions.reserve(series.pointCount);
    sqlite3_stmt *statement = nullptr;
    // Format 2's columns (those each kind uses) are read as bytes: a measured point without
    // a break costs two characters compared and a length. A time label is read from its
    // bytes, never made a QString.
    const bool v2 = reading.formatVersion >= 2;
    const bool time = series.kind == Series::Kind::Time;
    // A figure without its source is never shown: SQLite leaves it out, and the count of
    // those left out is what the series has beyond what is read.
    const char *sql = !v2  ? "SELECT label, value, position FROM point WHERE series_id = ? AND source_id <> '' ORDER BY position"
                      : time ? "SELECT label, value, position, status, precision, break_note FROM point "
                               "WHERE series_id = ? AND source_id <> '' ORDER BY position"
                             : "SELECT label, value, position, status, item_id, break_note FROM point "
                               "WHERE series_id = ? AND source_id <> '' ORDER BY position";
    if (!db || sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return values;
    const QByteArray id = series.id.toUtf8();
    sqlite3_bind_text(statement, 1, id.constData(), int(id.size()), SQLITE_STATIC);
    bool firstPeriod = true;
    int sourced = 0;
    QStringList breakLabels; // the source-language label of each break, to translate its note
    while (sqlite3_step(statement) == SQLITE_ROW) {
        ++sourced;
        // As a blob: the bytes where SQLite holds them, not copied to end them with a NUL.
        // One call into SQLite a column (each takes its lock); the value's accessors do not.
        sqlite3_value *labelValue = sqlite3_column_value(statement, 0);
        const auto *labelText = static_cast<const char *>(sqlite3_value_blob(labelValue));
        const int labelLength = sqlite3_value_bytes(labelValue);
        double x;
        SeriesValues::Period period = SeriesValues::Period::Day;
        if (time) {
            x = labelText ? SeriesValues::dayOfLabel(labelText, labelLength, &period) : std::nan("");
            if (std::isnan(x))
                continue; // a malformed period cannot be placed on a time axis
            sqlite3_value *precision = v2 ? sqlite3_column_value(statement, 4) : nullptr;
            const int precisionLength = precision ? sqlite3_value_bytes(precision) : 0;
            SeriesValues::Period stated;
            if (precisionLength > 0
                && statedPeriod(static_cast<const char *>(sqlite3_value_blob(precision)), precisionLength, &stated)
                && stated != period)
                continue; // the label does not parse at its precision (validate names it)
        } else {
            x = double(values.labels.size());
            values.labels << QString::fromUtf8(labelText, labelLength);
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
        }
        if (v2) {
            // Only 'measured' starts with 'm': anything else is read whole (an unknown
            // status is measured; validate names it).
            sqlite3_value *statusValue = sqlite3_column_value(statement, 3);
            const auto *status = static_cast<const char *>(sqlite3_value_blob(statusValue));
            PointStatus known = PointStatus::Measured;
            if (status && *status != 'm'
                && !Point::parseStatus(QString::fromUtf8(status, sqlite3_value_bytes(statusValue)), &known))
                known = PointStatus::Measured;
            if (known != PointStatus::Measured && values.statuses.isEmpty())
                values.statuses.fill(PointStatus::Measured, index);
            if (!values.statuses.isEmpty())
                values.statuses.append(known);
            if (sqlite3_column_bytes(statement, 5) > 0) {
                values.breaks.append({index, QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 5)))});
                breakLabels << QString::fromUtf8(labelText, labelLength);
            }
            if (!time) {
                const int itemBytes = sqlite3_column_bytes(statement, 4);
                if (itemBytes > 0 && values.itemIds.isEmpty()) {
                    for (int i = 0; i < index; ++i)
                        values.itemIds << QString();
                }
                if (!values.itemIds.isEmpty())
                    values.itemIds << (itemBytes > 0 ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 4)))
                                                     : QString());
            }
        }
        values.positions.append(sqlite3_column_int(statement, 2));
        values.x.append(x);
        // Only a finite number is a figure: text ('twelve', 'NaN'), a blob or an infinity
        // (9e999 in the file) is a gap, never 0 or a line to infinity (validate names it).
        sqlite3_value *value = sqlite3_column_value(statement, 1);
        const int type = sqlite3_value_type(value);
        const double y = type == SQLITE_INTEGER || type == SQLITE_FLOAT ? sqlite3_value_double(value)
                                                                        : std::numeric_limits<double>::quiet_NaN();
        values.y.append(std::isfinite(y) ? y : std::numeric_limits<double>::quiet_NaN());
    }
    sqlite3_finalize(statement);
    values.unsourcedCount = std::max(0, series.pointCount - sourced);
    if (!time) { // category names in the content language, where translated
        const QHash<QString, QString> translated = pointTranslations(db, reading.contentChain, series.id, "label");
        for (QString &label : values.labels)
            label = translated.value(label, label);
    }
    if (!values.breaks.isEmpty()) {
        const QHash<QString, QString> notes = pointTranslations(db, reading.contentChain, series.id, "break_note");
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
