// SPDX-License-Identifier: MIT
// Reads an open briefing database into plain values, checking its format on the way.
#pragma once

#include "content/briefing.h"
#include "file/openerror.h"

#include <functional>

class QSqlQuery;

namespace bv {

class SqliteConnection;
struct TableCheck;

// What SQLite checks when a briefing is opened: the schema and the content tables with their
// indexes (what the views show; the search index is checked before its first use, see
// SearchIndex::openShipped), or every page of the file.
enum class CheckScope { Content, WholeFile };

// What the one pass over the data points finds: each series' count of points and its sources
// in the order of its points, by series id in the order of the ids.
struct PointSummary
{
    struct Series
    {
        QString id;
        int pointCount = 0;
        QStringList sourceIds;
    };
    QVector<Series> series;
    OpenError error;
};

class BriefingReader
{
    Q_DECLARE_TR_FUNCTIONS(BriefingReader)
public:
    // `name` is the file name shown in messages.
    BriefingReader(SqliteConnection &connection, const QString &name);

    // application_id, user_version, required tables and columns, after SQLite's quick_check
    // of the schema (Content) or of every page (WholeFile).
    OpenError checkFormat(CheckScope scope = CheckScope::Content);
    // SQLite's quick_check of the content tables and their indexes: what checkFormat(Content)
    // leaves to be checked before the content is shown, those of format `version` (what
    // checkFormat() found: format 2 adds chart and chart_series, and the optional path tables
    // where the file has them). Reads every page of them.
    OpenError checkContent(int version);
    // The same split in parts checked on connections of their own: the tables checkContent()
    // checks, and the check of some of them (each with its indexes).
    QStringList contentTables(int version) const;
    OpenError checkTables(const QStringList &tables);
    int version() const { return m_version; } // once checkFormat() has read it
    // Reads every table but the data points (see BriefingDatabase::points). Without
    // `fullText`, event descriptions and FAQ answers are left to be read on demand
    // (BriefingDatabase::eventDescription, faqAnswer): most of a large briefing's memory.
    // `points` gives the pass over the data points (scanPoints()), when it is made elsewhere,
    // on a connection of its own on another thread, while this reads the rest; it is waited
    // for just before the items are indexed (a series cites its points' sources).
    using PointsPass = std::function<PointSummary()>;
    OpenError read(Briefing *briefing, bool fullText = true, const PointsPass &points = {});
    // The pass over the point table (the largest: a million rows in the large briefing).
    PointSummary scanPoints() const;

    // Turns a SQLite result code into the error a user understands.
    // A SQLite failure in words (which file, what is wrong, what to do); SQLite's own text is
    // the error's detail, never its message.
    static OpenError sqliteError(int code, const QString &sqliteText, const QString &name);

private:
    OpenError queryError(const QSqlQuery &query) const;
    OpenError checked(const TableCheck &check) const;
    OpenError readEvents(Briefing *briefing, bool fullText);
    int rowCount(const QString &table) const; // for reserving exactly: a vector that doubles wastes a third
    OpenError readSeries(Briefing *briefing); // the series table; their points in applyPoints()
    void applyPoints(Briefing *briefing, const PointSummary &points) const;
    OpenError readCharts(Briefing *briefing); // format 2; after readSeries
    OpenError readPaths(Briefing *briefing);  // format 2, when the file has them; after index()
    QStringList presentOptionalTables(int version) const;
    OpenError missingTable(const QString &table) const;
    static OpenError sqliteMessage(int code, const QString &sqliteText, const QString &name);

    SqliteConnection &m_connection;
    QString m_name;
    int m_version = 0; // the file's format, once read
};

} // namespace bv
