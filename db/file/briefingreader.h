// SPDX-License-Identifier: MIT
// Reads an open briefing database into plain values, checking its format on the way.
#pragma once

#include "content/briefing.h"
#include "file/openerror.h"

class QSqlQuery;

namespace bv {

class SqliteConnection;

class BriefingReader
{
    Q_DECLARE_TR_FUNCTIONS(BriefingReader)
public:
    // `name` is the file name shown in messages.
    BriefingReader(SqliteConnection &connection, const QString &name);

    // quick_check, application_id, user_version, required tables and columns.
    OpenError checkFormat();
    // Reads every table but the data points (see BriefingDatabase::points). Without
    // `fullText`, event descriptions and FAQ answers are left to be read on demand
    // (BriefingDatabase::eventDescription, faqAnswer): most of a large briefing's memory.
    OpenError read(Briefing *briefing, bool fullText = true);

    // Turns a SQLite result code into the error a user understands.
    static OpenError sqliteError(int code, const QString &sqliteText, const QString &name);

private:
    OpenError queryError(const QSqlQuery &query) const;
    OpenError readEvents(Briefing *briefing, bool fullText);
    int rowCount(const QString &table) const; // for reserving exactly: a vector that doubles wastes a third
    OpenError readSeries(Briefing *briefing);
    OpenError readCharts(Briefing *briefing); // format 2; after readSeries
    OpenError missingTable(const QString &table) const;

    SqliteConnection &m_connection;
    QString m_name;
    int m_version = 0; // the file's format, once read
};

} // namespace bv
