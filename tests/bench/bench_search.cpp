// SPDX-License-Identifier: MIT
// Search on a large briefing: selective queries (at most 5,000 hits) and any queries
// (1-2 letter prefixes, the commonest words), through SearchIndex and, as the floor, the
// same match expressions straight against SQLite (the first 200 rows of the language).
#include "benchutil.h"
#include "file/briefingdatabase.h"
#include "search/searchindex.h"
#include "search/searchquery.h"
#include "file/sqliteconnection.h"

#include <QCoreApplication>

#include <sqlite3.h>

using namespace bv;

namespace {

double direct(sqlite3 *db, const QString &expression, qint64 first, qint64 last)
{
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "SELECT item_id, title FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ? LIMIT 200",
                       -1, &statement, nullptr);
    const QByteArray text = expression.toUtf8();
    const double ms = bench::milliseconds([&] {
        sqlite3_bind_text(statement, 1, text.constData(), int(text.size()), SQLITE_STATIC);
        sqlite3_bind_int64(statement, 2, first);
        sqlite3_bind_int64(statement, 3, last);
        while (sqlite3_step(statement) == SQLITE_ROW) {
        }
    });
    sqlite3_finalize(statement);
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_search FILE\n");
        return 2;
    }
    OpenError error;
    std::shared_ptr<const BriefingDatabase> database = BriefingDatabase::open(QString::fromLocal8Bit(argv[1]), &error, false);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    auto index = SearchIndex::openShipped(database);
    if (!index) {
        std::fprintf(stderr, "the file ships no search index\n");
        return 1;
    }
    const QStringList selective{QStringLiteral("Actor 7"), QStringLiteral("Series 3"), QStringLiteral("Publisher 3"),
                                QStringLiteral("zebra"), QStringLiteral("publisher"), QStringLiteral("1"),
                                QStringLiteral("humanitarian ceasefire drone satellite"),
                                QStringLiteral("senate drone corridor summit satellite mission")};
    const QStringList any = selective + QStringList{QStringLiteral("s"), QStringLiteral("se"), QStringLiteral("a"),
                                                    QStringLiteral("co"), QStringLiteral("security"), QStringLiteral("secu"),
                                                    QStringLiteral("corridor"), QStringLiteral("defence alliance"),
                                                    QStringLiteral("treaty alliance senate cyber"),
                                                    QStringLiteral("sécurité négociation")};
    const QString lang = database->briefing().metadata.sourceLanguage;
    // The language's block of rows, for the direct queries.
    sqlite3 *db = database->connection().handle();
    qint64 first = 0, last = 0;
    {
        sqlite3_stmt *s = nullptr;
        sqlite3_prepare_v2(db, "SELECT first_rowid, last_rowid FROM search_language WHERE lang = ?", -1, &s, nullptr);
        const QByteArray l = lang.toUtf8();
        sqlite3_bind_text(s, 1, l.constData(), int(l.size()), SQLITE_STATIC);
        if (sqlite3_step(s) == SQLITE_ROW) {
            first = sqlite3_column_int64(s, 0);
            last = sqlite3_column_int64(s, 1);
        }
        sqlite3_finalize(s);
    }
    const bool each = qEnvironmentVariableIsSet("BENCH_SEARCH_EACH");
    QVector<double> selectiveTimes, anyTimes, directTimes;
    QHash<QString, QVector<double>> perQuery, perQueryDirect;
    QHash<QString, int> totals;
    for (int round = 0; round < 21; ++round) {
        for (const QString &query : any) {
            int total = 0;
            const double ms = bench::milliseconds([&] { total = index->search(query, lang).total; });
            const double floor = direct(db, SearchQuery(query).matchExpression(), first, last);
            if (round == 0)
                continue; // warm-up
            anyTimes << ms;
            directTimes << floor;
            perQuery[query] << ms;
            perQueryDirect[query] << floor;
            totals[query] = total;
            if (selective.contains(query) && total <= 5000)
                selectiveTimes << ms;
        }
    }
    if (each) {
        for (const QString &query : any) {
            std::fprintf(stderr, "%-50s hits %6d  p50 %7.2f  p95 %7.2f  direct p95 %7.2f\n",
                         qPrintable(query), totals.value(query),
                         bench::percentile(perQuery[query], 0.5),
                         bench::percentile(perQuery[query], 0.95),
                         bench::percentile(perQueryDirect[query], 0.95));
        }
    }
    bench::report("search_p95_selective", bench::percentile(selectiveTimes, 0.95));
    bench::report("search_p95_any", bench::percentile(anyTimes, 0.95));
    bench::report("search_sqlite_direct_p95", bench::percentile(directTimes, 0.95));
    return 0;
}
