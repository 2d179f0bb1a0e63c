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

double SeriesValues::dayOfLabel(const QString &label)
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const int length = int(label.size());
    if (length != 4 && length != 7 && length != 10)
        return nan;
    const int year = digits(label, 0, 4);
    int month = 1, day = 1;
    if (length >= 7) {
        if (label.at(4) != QLatin1Char('-'))
            return nan;
        month = digits(label, 5, 2);
    }
    if (length == 10) {
        if (label.at(7) != QLatin1Char('-'))
            return nan;
        day = digits(label, 8, 2);
    }
    const QDate date(year, month, day);
    if (year < 0 || !date.isValid())
        return nan;
    return double(date.toJulianDay() - 2440588);
}

} // namespace bv

#include "file/briefingdatabase.h"
#include "file/sqliteconnection.h"

#include <sqlite3.h>

#include <numeric>

namespace bv {

SeriesValues loadSeriesValues(const BriefingDatabase &database, const Series &series)
{
    SeriesValues values;
    values.x.reserve(series.pointCount);
    values.y.reserve(series.pointCount);
    values.positions.reserve(series.pointCount);
    sqlite3 *db = database.connection().handle();
    sqlite3_stmt *statement = nullptr;
    if (!db || sqlite3_prepare_v2(db, "SELECT label, value, source_id, position FROM point WHERE series_id = ? ORDER BY position",
                                  -1, &statement, nullptr) != SQLITE_OK)
        return values;
    const QByteArray id = series.id.toUtf8();
    sqlite3_bind_text(statement, 1, id.constData(), int(id.size()), SQLITE_STATIC);
    const bool time = series.kind == Series::Kind::Time;
    int labelLength = -1; // of every time label so far, 0 when they differ
    QByteArray lastSource;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const auto *source = reinterpret_cast<const char *>(sqlite3_column_text(statement, 2));
        if (!source || !*source) {
            ++values.unsourcedCount; // a figure without its source is not shown
            continue;
        }
        const auto *labelText = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        const QString label = QString::fromUtf8(labelText ? labelText : "");
        double x;
        if (time) {
            x = SeriesValues::dayOfLabel(label);
            if (std::isnan(x))
                continue; // a malformed period cannot be placed on a time axis
            labelLength = labelLength < 0 || labelLength == label.size() ? int(label.size()) : 0;
        } else {
            x = double(values.labels.size());
            values.labels << label;
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
    values.period = labelLength == 4 ? SeriesValues::Period::Year
                    : labelLength == 7 ? SeriesValues::Period::Month : SeriesValues::Period::Day;
    if (!time) { // category names in the content language, where translated
        const QHash<QString, QString> translated = database.pointTranslations(series.id, QStringLiteral("label"));
        for (QString &label : values.labels)
            label = translated.value(label, label);
    }
    // The decimator needs x in order; positions normally are, but a file may say otherwise.
    if (!std::is_sorted(values.x.cbegin(), values.x.cend())) {
        QVector<int> order(values.x.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&values](int a, int b) { return values.x.at(a) < values.x.at(b); });
        QVector<double> x, y;
        QVector<int> positions;
        x.reserve(order.size());
        y.reserve(order.size());
        positions.reserve(order.size());
        for (int i : std::as_const(order)) {
            x.append(values.x.at(i));
            y.append(values.y.at(i));
            positions.append(values.positions.at(i));
        }
        values.x = std::move(x);
        values.y = std::move(y);
        values.positions = std::move(positions);
    }
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
