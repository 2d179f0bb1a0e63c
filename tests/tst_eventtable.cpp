// SPDX-License-Identifier: MIT
// The compact store of a briefing's events gives back exactly what was put in.
#include "content/eventtable.h"

#include <QTest>

using namespace bv;

class tst_EventTable : public QObject
{
    Q_OBJECT
private slots:
    void eventsComeBackAsAppended();
    void anUnreadableStartKeepsItsText();
    void idsLeadToTheFirstEventOfThatId();
    void replacedTextsLeaveTheOthersAlone();
    void emptyDescriptionsBeforeTheFirstText();
    void reorderedRowsKeepTheirTextsAndIds();
    void reorderedUniqueIdsLeadToTheirNewRows();
};

namespace {

Event makeEvent(const QString &id, const QString &start, PartialDate::Precision precision, const QString &title)
{
    Event e;
    e.id = id;
    e.start = PartialDate::parse(start, precision);
    e.title = title;
    return e;
}

} // namespace

void tst_EventTable::eventsComeBackAsAppended()
{
    EventTable table;
    QVERIFY(table.isEmpty());
    Event first = makeEvent(QStringLiteral("e-1"), QStringLiteral("2022-03"), PartialDate::Precision::Month,
                        QStringLiteral("Гарантії — Ταχύτητα 🙂"));
    first.end = PartialDate::parse(QStringLiteral("2023-01"), PartialDate::Precision::Month);
    first.description = QStringLiteral("Long text");
    first.category = QStringLiteral("Diplomacy");
    first.actors = QStringList{QStringLiteral("actor-a"), QStringLiteral("actor-b")};
    table.append(first);
    Event second = makeEvent(QStringLiteral("e-2"), QStringLiteral("1995"), PartialDate::Precision::Year, QString());
    second.category = QStringLiteral("Diplomacy");
    table.append(second);

    QCOMPARE(table.size(), 2);
    const Event back = table.at(0);
    QCOMPARE(back.id, first.id);
    QCOMPARE(back.title, first.title);
    QCOMPARE(back.description, first.description);
    QCOMPARE(back.category, first.category);
    QCOMPARE(back.actors, first.actors);
    QCOMPARE(back.start.text(), QStringLiteral("2022-03"));
    QCOMPARE(back.start.precision(), PartialDate::Precision::Month);
    QVERIFY(back.end);
    QCOMPARE(back.end->text(), QStringLiteral("2023-01"));
    QCOMPARE(back.end->last(), QDate(2023, 1, 31));

    QCOMPARE(table.startDate(1).text(), QStringLiteral("1995"));
    QCOMPARE(table.startDate(1).last(), QDate(1995, 12, 31));
    QVERIFY(!table.endDate(1));
    QVERIFY(table.title(1).isEmpty());
    QVERIFY(table.actors(1).isEmpty());
    QCOMPARE(table.category(1), QStringLiteral("Diplomacy"));

    int rows = 0;
    for (const Event &e : table)
        QCOMPARE(e.id, table.id(rows++));
    QCOMPARE(rows, 2);
}

void tst_EventTable::anUnreadableStartKeepsItsText()
{
    EventTable table;
    table.append(makeEvent(QStringLiteral("e-1"), QStringLiteral("last spring"), PartialDate::Precision::Day, QStringLiteral("A")));
    table.append(makeEvent(QStringLiteral("e-2"), QStringLiteral("2022-02-30"), PartialDate::Precision::Day, QStringLiteral("B")));
    QVERIFY(!table.startDate(0).isValid());
    QCOMPARE(table.startDate(0).text(), QStringLiteral("last spring"));
    QVERIFY(!table.startDate(1).isValid());
    QCOMPARE(table.startDate(1).text(), QStringLiteral("2022-02-30"));
}

void tst_EventTable::idsLeadToTheFirstEventOfThatId()
{
    EventTable table;
    QCOMPARE(table.rowOf(QStringLiteral("e-1")), -1);
    const int count = 5000; // past several growths of the id slots
    for (int i = 0; i < count; ++i)
        table.append(makeEvent(QStringLiteral("e-%1").arg(i), QStringLiteral("2020"), PartialDate::Precision::Year, QString()));
    table.append(makeEvent(QStringLiteral("e-17"), QStringLiteral("2021"), PartialDate::Precision::Year, QStringLiteral("Twin")));
    table.append(makeEvent(QStringLiteral("é-1"), QStringLiteral("2021"), PartialDate::Precision::Year, QString()));
    for (int i = 0; i < count; ++i)
        QCOMPARE(table.rowOf(QStringLiteral("e-%1").arg(i)), i);
    QCOMPARE(table.id(count), QStringLiteral("e-17"));
    QCOMPARE(table.rowOf(QStringLiteral("é-1")), count + 1);
    QCOMPARE(table.rowOf(QStringLiteral("e-5000")), -1);
    QCOMPARE(table.rowOf(QString()), -1);
}

void tst_EventTable::replacedTextsLeaveTheOthersAlone()
{
    EventTable table;
    for (const QString &id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        Event e = makeEvent(id, QStringLiteral("2020-01-01"), PartialDate::Precision::Day, QStringLiteral("Title ") + id);
        e.category = QStringLiteral("Defence");
        e.description = QStringLiteral("About ") + id;
        table.append(e);
    }
    table.setTitle(1, QStringLiteral("Titre b, bien plus long qu’avant"));
    table.setCategory(1, QStringLiteral("Défense"));
    table.setDescription(2, QStringLiteral("À propos de c"));
    QCOMPARE(table.title(0), QStringLiteral("Title a"));
    QCOMPARE(table.title(1), QStringLiteral("Titre b, bien plus long qu’avant"));
    QCOMPARE(table.title(2), QStringLiteral("Title c"));
    QCOMPARE(table.category(0), QStringLiteral("Defence"));
    QCOMPARE(table.category(1), QStringLiteral("Défense"));
    QCOMPARE(table.category(2), QStringLiteral("Defence"));
    QCOMPARE(table.description(1), QStringLiteral("About b"));
    QCOMPARE(table.description(2), QStringLiteral("À propos de c"));
    QCOMPARE(table.rowOf(QStringLiteral("b")), 1); // ids are untouched
}

void tst_EventTable::emptyDescriptionsBeforeTheFirstText()
{
    EventTable table;
    for (int i = 0; i < 3; ++i)
        table.append(makeEvent(QString::number(i), QStringLiteral("2020"), PartialDate::Precision::Year, QStringLiteral("T")));
    QVERIFY(table.description(1).isEmpty());
    Event described = makeEvent(QStringLiteral("3"), QStringLiteral("2020"), PartialDate::Precision::Year, QStringLiteral("T"));
    described.description = QStringLiteral("Now one");
    table.append(described);
    table.append(makeEvent(QStringLiteral("4"), QStringLiteral("2020"), PartialDate::Precision::Year, QStringLiteral("T")));
    QCOMPARE(table.size(), 5);
    for (int row : {0, 1, 2, 4})
        QVERIFY(table.description(row).isEmpty());
    QCOMPARE(table.description(3), QStringLiteral("Now one"));

    EventTable translated; // a translation may be the first text of a column
    for (int i = 0; i < 3; ++i)
        translated.append(makeEvent(QString::number(i), QStringLiteral("2020"), PartialDate::Precision::Year, QStringLiteral("T")));
    translated.setDescription(1, QStringLiteral("Traduit"));
    QVERIFY(translated.description(0).isEmpty());
    QCOMPARE(translated.description(1), QStringLiteral("Traduit"));
    QVERIFY(translated.description(2).isEmpty());
}

void tst_EventTable::reorderedRowsKeepTheirTextsAndIds()
{
    EventTable table;
    table.append(makeEvent(QStringLiteral("c"), QStringLiteral("2003"), PartialDate::Precision::Year, QStringLiteral("Third")));
    table.append(makeEvent(QStringLiteral("a"), QStringLiteral("sometime"), PartialDate::Precision::Day, QStringLiteral("First")));
    Event twin = makeEvent(QStringLiteral("b"), QStringLiteral("2002"), PartialDate::Precision::Year, QStringLiteral("Second"));
    twin.description = QStringLiteral("Described");
    twin.category = QStringLiteral("Cat");
    table.append(twin);
    table.append(makeEvent(QStringLiteral("c"), QStringLiteral("2001"), PartialDate::Precision::Year, QStringLiteral("Twin of c")));
    table.reorder({1, 3, 2, 0});
    QCOMPARE(table.size(), 4);
    QCOMPARE(table.title(0), QStringLiteral("First"));
    QVERIFY(!table.startDate(0).isValid());
    QCOMPARE(table.startDate(0).text(), QStringLiteral("sometime")); // its unreadable text moved with it
    QCOMPARE(table.title(1), QStringLiteral("Twin of c"));
    QCOMPARE(table.startDate(1).text(), QStringLiteral("2001"));
    QCOMPARE(table.description(2), QStringLiteral("Described"));
    QCOMPARE(table.category(2), QStringLiteral("Cat"));
    QVERIFY(table.description(1).isEmpty());
    QCOMPARE(table.title(3), QStringLiteral("Third"));
    QCOMPARE(table.rowOf(QStringLiteral("a")), 0);
    QCOMPARE(table.rowOf(QStringLiteral("b")), 2);
    QCOMPARE(table.rowOf(QStringLiteral("c")), 1); // the first of its rows in the new order
}

void tst_EventTable::reorderedUniqueIdsLeadToTheirNewRows()
{
    // Every id once (the usual case, where only the rows move in the id slots).
    EventTable table;
    const int count = 3000;
    for (int i = 0; i < count; ++i)
        table.append(makeEvent(QStringLiteral("id-%1").arg(i), QStringLiteral("2020"), PartialDate::Precision::Year,
                               QStringLiteral("T%1").arg(i)));
    std::vector<int> order(count);
    for (int row = 0; row < count; ++row)
        order[size_t(row)] = (row * 7 + 3) % count; // 7 and 3000 share no factor: each row once
    table.reorder(order);
    for (int row = 0; row < count; ++row) {
        const int from = order[size_t(row)];
        QCOMPARE(table.id(row), QStringLiteral("id-%1").arg(from));
        QCOMPARE(table.rowOf(QStringLiteral("id-%1").arg(from)), row);
        QCOMPARE(table.title(row), QStringLiteral("T%1").arg(from));
    }
    QCOMPARE(table.rowOf(QStringLiteral("id-%1").arg(count)), -1);
}

QTEST_GUILESS_MAIN(tst_EventTable)
#include "tst_eventtable.moc"
