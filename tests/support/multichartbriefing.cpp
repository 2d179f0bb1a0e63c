// SPDX-License-Identifier: MIT
#include "multichartbriefing.h"

#include "chartbriefing.h"
#include "testfiles.h"

namespace bv::test {

bool writeMultiChartBriefing(const QString &path, int categories)
{
    if (!writeChartBriefing(path, 30))
        return false;
    QString sql = QStringLiteral(
        "INSERT INTO series (id, name, unit, kind, description) VALUES"
        " ('members-2014', 'Test members'' output share, 2014', '% of output', 'categories', 'Invented.'),"
        " ('members-2023', 'Test members'' output share, 2023', '% of output', 'categories', 'Invented.'),"
        " ('parts-a', 'Part A', 'units', 'categories', 'Invented.'), ('parts-b', 'Part B', 'units', 'categories', 'Invented.'),"
        " ('goal-count', 'Test members meeting the goal', 'members', 'time', 'Invented.'),"
        " ('coverage', 'Test members covered', 'members', 'time', 'Invented.'),"
        " ('quarterly', 'Test members by quarter', 'members', 'time', 'Invented.'),"
        " ('old-times', 'Test members long ago', 'members', 'time', 'Invented.');"
        "INSERT INTO point (series_id, position, label, value, source_id, status, precision, item_id, break_note) VALUES"
        " ('parts-a', 0, 'North', 4, 'source-article', 'measured', '', '', ''),"
        " ('parts-a', 1, '=SUM(A1) share', 2, 'source-article', 'measured', '', '', ''),"
        " ('parts-a', 2, 'South', 5, 'source-article', 'projection', '', '', ''),"
        " ('parts-b', 0, 'North', 1, 'source-article', 'measured', '', '', ''),"
        " ('parts-b', 1, '=SUM(A1) share', 3, 'source-article', 'measured', '', '', ''),"
        " ('parts-b', 2, 'South', 2.5, 'source-article', 'measured', '', '', ''),"
        " ('goal-count', 0, '2014', 3, 'source-article', 'measured', 'year', '', ''),"
        " ('goal-count', 1, '2019', 11, 'source-article', 'measured', 'year', '', ''),"
        " ('goal-count', 2, '2023', 18, 'source-article', 'measured', 'year', '', ''),"
        " ('goal-count', 3, '2024', 23, 'source-article', 'projection', 'year', '', ''),"
        " ('goal-count', 4, '2030', 32, 'source-article', 'target', 'year', '', ''),"
        " ('quarterly', 0, '2023-Q1', 4, 'source-article', 'measured', 'quarter', '', ''),"
        " ('quarterly', 1, '2023-Q2', 5, 'source-article', 'measured', 'quarter', '', ''),"
        " ('quarterly', 2, '2023-Q3', 5, 'source-article', 'measured', 'quarter', '', ''),"
        " ('quarterly', 3, '2023-Q4', 7, 'source-article', 'measured', 'quarter', '', ''),"
        " ('quarterly', 4, '2024-Q1', 8, 'source-article', 'measured', 'quarter', '', ''),"
        " ('quarterly', 5, '2024-Q2', 9, 'source-article', 'estimate', 'quarter', '', '')");
    for (int year = 2010; year <= 2020; ++year) {
        sql += QStringLiteral(", ('coverage', %1, '%2', %3, 'source-article', '%4', 'year', '', '%5')")
                   .arg(year - 2010)
                   .arg(year)
                   .arg(10 + (year - 2010) * 2 + (year >= 2016 ? 6 : 0))
                   .arg(year == 2020 ? QStringLiteral("provisional") : QStringLiteral("measured"),
                        year == 2016 ? QStringLiteral("From 2016: the enlarged group") : QString());
    }
    for (int year = 1900; year <= 1913; ++year)
        sql += QStringLiteral(", ('old-times', %1, '%2', %3, 'source-article', 'measured', 'year', '', '')")
                   .arg(year - 1900).arg(year).arg(50 + year % 7);
    for (int i = 0; i < categories; ++i) {
        const double before = 0.8 + double((i * 41) % 23) / 10.0;
        sql += QStringLiteral(", ('members-2014', %1, '%2', %3, 'source-article', 'measured', '', '', '')")
                   .arg(i).arg(memberLabel(i)).arg(before);
        if (i == categories - 1)
            continue; // not in 2023
        const double after = before + double((i * 13) % 9 - 3) / 10.0;
        sql += QStringLiteral(", ('members-2023', %1, '%2', %3, 'source-article', '%4', '', '%5', '')")
                   .arg(i)
                   .arg(memberLabel(i))
                   .arg(after)
                   .arg(i == 1 ? QStringLiteral("provisional") : i == 2 ? QStringLiteral("estimate") : QStringLiteral("measured"),
                        i == 4 ? QStringLiteral("testland-actor-4") : QString());
    }
    sql += QStringLiteral(", ('members-2023', %1, 'Testland Newcomer', 1.1, 'source-article', 'measured', '', '', '');").arg(categories);
    sql += QStringLiteral(
        "INSERT INTO actor (id, name, kind) VALUES ('testland-actor-4', 'Testland Echo (actor)', 'state');"
        "INSERT INTO chart (id, title, kind, note) VALUES"
        " ('chart-members', 'Test members'' output share, 2014 and 2023', 'grouped_bar', 'Invented figures.'),"
        " ('chart-members-slope', 'Test members, 2014 to 2023', 'slope', ''),"
        " ('chart-members-dots', 'Test members, 2014 and 2023 as dots', 'dot', ''),"
        " ('chart-parts', 'Parts A and B', 'stacked_bar', ''),"
        " ('chart-goal', 'Test members meeting the goal, and covered', 'line', 'Two invented series.'),"
        " ('chart-quarters', 'Test members by quarter', 'bar', '');"
        "INSERT INTO chart_series (chart_id, position, series_id) VALUES"
        " ('chart-members', 1, 'members-2014'), ('chart-members', 2, 'members-2023'),"
        " ('chart-members-slope', 1, 'members-2014'), ('chart-members-slope', 2, 'members-2023'),"
        " ('chart-members-dots', 1, 'members-2014'), ('chart-members-dots', 2, 'members-2023'),"
        " ('chart-parts', 1, 'parts-a'), ('chart-parts', 2, 'parts-b'),"
        " ('chart-goal', 1, 'goal-count'), ('chart-goal', 2, 'coverage'),"
        " ('chart-quarters', 1, 'quarterly');");
    return execSql(path, sql);
}

} // namespace bv::test
