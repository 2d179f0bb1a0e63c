// SPDX-License-Identifier: MIT
#include "chartbriefing.h"

#include "testfiles.h"

#include <QStringList>

namespace bv::test {

QString memberLabel(int index)
{
    static const QStringList names{
        QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie"), QStringLiteral("Delta"),
        QStringLiteral("Echo"), QStringLiteral("Foxtrot"), QStringLiteral("Golf"), QStringLiteral("Hotel"),
        QStringLiteral("India"), QStringLiteral("Juliett"), QStringLiteral("Kilo"), QStringLiteral("Lima"),
        QStringLiteral("Mike"), QStringLiteral("November"), QStringLiteral("Oscar"), QStringLiteral("Papa")};
    const QString name = names.at(index % names.size());
    const int round = index / int(names.size());
    const QString base = round == 0 ? QStringLiteral("Testland %1").arg(name)
                                    : QStringLiteral("Testland %1 %2").arg(name).arg(round + 1);
    if (index % 7 == 3)
        return QStringLiteral("United Provinces of ") + base; // a long name
    return base;
}

bool writeChartBriefing(const QString &path, int categories)
{
    if (!writeSample(path))
        return false;
    QString sql = QStringLiteral(
        "INSERT INTO series (id, name, unit, kind, description) VALUES"
        " ('members', 'Test members'' output share', '% of output', 'categories', 'Invented figures for tests.'),"
        " ('sparse', 'Test members meeting the goal', 'members', 'time', 'Invented figures for tests.');"
        "INSERT INTO point (series_id, position, label, value, source_id) VALUES"
        " ('sparse', 0, '2014', 3, 'source-article'), ('sparse', 1, '2019', 11, 'source-article'),"
        " ('sparse', 2, '2023', 18, 'source-article')");
    for (int i = 0; i < categories; ++i) {
        // 0.9 to 3.92, not in order, two decimals.
        const double value = i == 7 ? 3.92 : 0.9 + double((i * 37) % 29) / 10.0;
        sql += QStringLiteral(", ('members', %1, '%2', %3, 'source-article')").arg(i).arg(memberLabel(i)).arg(value);
    }
    // Category 12 stands for an actor (item_id); another actor only shares category 3's name.
    sql += QStringLiteral(";UPDATE point SET item_id = 'testland-actor' WHERE series_id = 'members' AND position = 12;"
                          "INSERT INTO actor (id, name, kind) VALUES ('testland-actor', '%1', 'state'),"
                          " ('namesake-actor', '%2', 'state');")
               .arg(memberLabel(12), memberLabel(3));
    sql += QStringLiteral(
        "INSERT INTO faq (id, position, question, answer) VALUES ('faq-markdown', 9, 'Which test members lead?',"
        " '[Testland Mike](briefing:item/testland-actor) leads. **2014:** few members met the goal.\n\n"
        "| Year | Members |\n|---|---|\n| 2014 | 3 |\n| 2023 | 18 |\n\nSee [the notes](https://example.org/item/notes).');");
    return execSql(path, sql);
}

} // namespace bv::test
