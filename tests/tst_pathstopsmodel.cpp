// SPDX-License-Identifier: MIT
// The stops of a path as a list model: titles, kinds, budgets and notes as roles; a path of
// the briefing's (or the default one) never changed through it; a user's path edited, its
// stops moved by moveRows and by the model's own drag data, added and removed, each change
// announced once; QAbstractItemModelTester watching throughout.
#include "content/briefing.h"
#include "file/briefingdatabase.h"
#include "models/pathstopsmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace bv;

class tst_PathStopsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rolesOfTheDefaultPath();
    void aPathNotEditableIsNeverChanged();
    void titlesNotesAndBudgetsAreSet();
    void moveRowsMovesForwardAndBack_data();
    void moveRowsMovesForwardAndBack();
    void impossibleMovesAreRefused();
    void dragDataMovesTheDraggedStops();
    void dragDataOfAnotherModelIsRefused();
    void stopsAreAddedAndRemoved();
    void theSamePathKeepsItsRowsAnotherResets();
    void budgetsAsText_data();
    void budgetsAsText();

private:
    BriefingPath userPath(int stops) const;
    QStringList titles(const PathStopsModel &model) const;
    std::shared_ptr<const BriefingDatabase> m_sample;
};

void tst_PathStopsModel::initTestCase()
{
    OpenError error;
    m_sample = BriefingDatabase::openSample(&error);
    QVERIFY2(m_sample, qPrintable(error.message));
}

BriefingPath tst_PathStopsModel::userPath(int stops) const
{
    BriefingPath path;
    path.id = QStringLiteral("mine");
    path.title = QStringLiteral("Mine");
    path.origin = BriefingPath::Origin::User;
    for (int i = 0; i < stops; ++i) {
        PathStop stop;
        stop.kind = i == 0 ? PathStop::Kind::Overview : PathStop::Kind::Timeline;
        stop.title = QString(QLatin1Char(char('A' + i)));
        path.stops << stop;
    }
    return path;
}

QStringList tst_PathStopsModel::titles(const PathStopsModel &model) const
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data(PathStopsModel::TitleRole).toString();
    return result;
}

void tst_PathStopsModel::rolesOfTheDefaultPath()
{
    PathStopsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const BriefingPath path = BriefingPath::defaultPath(m_sample->briefing());
    model.setPath(path);
    QCOMPARE(model.rowCount(), int(path.stops.size()));
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(PathStopsModel::KindRole).toInt(), int(PathStop::Kind::Overview));
    QCOMPARE(first.data(Qt::DisplayRole).toString(), path.stops.first().title);
    QCOMPARE(first.data(PathStopsModel::NumberedTitleRole).toString(), QStringLiteral("1. ") + path.stops.first().title);
    QCOMPARE(first.data(Qt::AccessibleTextRole), first.data(PathStopsModel::NumberedTitleRole));
    QCOMPARE(first.data(PathStopsModel::TitleRole).toString(), path.stops.first().title);
    QCOMPARE(first.data(PathStopsModel::KindNameRole).toString(), QStringLiteral("Overview"));
    QVERIFY(!first.data(PathStopsModel::BudgetRole).isValid());
    const QModelIndex second = model.index(1);
    QCOMPARE(second.data(PathStopsModel::ItemIdRole).toString(), path.stops.at(1).itemId);
    QVERIFY(second.data(PathStopsModel::NumberedTitleRole).toString().startsWith(QStringLiteral("2. ")));
    QVERIFY(!(model.flags(first) & Qt::ItemIsEditable));
    QVERIFY(!(model.flags(first) & Qt::ItemIsDragEnabled));
    QVERIFY(!(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled));
}

void tst_PathStopsModel::aPathNotEditableIsNeverChanged()
{
    PathStopsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BriefingPath path = userPath(4);
    path.origin = BriefingPath::Origin::Briefing;
    model.setPath(path);
    QSignalSpy edited(&model, &PathStopsModel::edited);
    QVERIFY(!model.setData(model.index(0), QStringLiteral("Changed")));
    QVERIFY(!model.setData(model.index(0), 60, PathStopsModel::BudgetRole));
    QVERIFY(!model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3));
    QVERIFY(!model.removeStop(0));
    QVERIFY(!model.insertStop(0, PathStop()));
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(0)}));
    QVERIFY(data);
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QVERIFY(!model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QCOMPARE(model.path(), path);
    QCOMPARE(edited.size(), 0);
}

void tst_PathStopsModel::titlesNotesAndBudgetsAreSet()
{
    PathStopsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPath(userPath(3));
    model.setEditable(true);
    QVERIFY(model.flags(model.index(1)) & Qt::ItemIsEditable);
    QVERIFY(model.flags(model.index(1)) & Qt::ItemIsDragEnabled);
    QSignalSpy edited(&model, &PathStopsModel::edited);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(1), QStringLiteral("The war years")));
    QCOMPARE(edited.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(model.path().stops.at(1).title, QStringLiteral("The war years"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("The war years"));
    QCOMPARE(model.index(1).data(PathStopsModel::NumberedTitleRole).toString(), QStringLiteral("2. The war years"));

    QVERIFY(model.setData(model.index(1), QStringLiteral("Say **why**."), PathStopsModel::NotesRole));
    QCOMPARE(model.path().stops.at(1).notes, QStringLiteral("Say **why**."));
    QVERIFY(model.setData(model.index(1), 150, PathStopsModel::BudgetRole));
    QCOMPARE(model.path().stops.at(1).budgetSeconds, std::optional<int>(150));
    QCOMPARE(model.index(1).data(PathStopsModel::BudgetRole).toInt(), 150);
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2:30")));
    QVERIFY(!model.setData(model.index(1), BriefingPath::maxBudgetSeconds + 1, PathStopsModel::BudgetRole));
    QVERIFY(!model.setData(model.index(1), -5, PathStopsModel::BudgetRole));
    QVERIFY(model.setData(model.index(1), QVariant(), PathStopsModel::BudgetRole)); // none again
    QVERIFY(!model.path().stops.at(1).budgetSeconds);
    QCOMPARE(edited.size(), 4);
    // Setting what is there already is no change.
    QVERIFY(model.setData(model.index(1), QStringLiteral("The war years")));
    QCOMPARE(edited.size(), 4);
    QVERIFY(!model.setData(model.index(1), 3, PathStopsModel::KindRole)); // the kind is not edited here
    // An empty title is kept as typed; the list says the stop is untitled.
    QVERIFY(model.setData(model.index(2), QString()));
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("Untitled stop"));
}

void tst_PathStopsModel::moveRowsMovesForwardAndBack_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("order");
    QTest::newRow("first to the end") << 0 << 1 << 5 << "BCDEA";
    QTest::newRow("last to the start") << 4 << 1 << 0 << "EABCD";
    QTest::newRow("one down (Alt+Down)") << 1 << 1 << 3 << "ACBDE";
    QTest::newRow("one up (Alt+Up)") << 2 << 1 << 1 << "ACBDE";
    QTest::newRow("two forward") << 0 << 2 << 4 << "CDABE";
    QTest::newRow("two back") << 3 << 2 << 1 << "ADEBC";
}

void tst_PathStopsModel::moveRowsMovesForwardAndBack()
{
    QFETCH(int, from);
    QFETCH(int, count);
    QFETCH(int, to);
    QFETCH(QString, order);
    PathStopsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPath(userPath(5));
    model.setEditable(true);
    QSignalSpy edited(&model, &PathStopsModel::edited);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QPersistentModelIndex first(model.index(from));
    QVERIFY(model.moveRows(QModelIndex(), from, count, QModelIndex(), to));
    QCOMPARE(titles(model).join(QString()), order);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(moved.size(), 1);
    // The moved stop's index follows it, and the numbers shown follow the new order.
    QCOMPARE(first.data(PathStopsModel::TitleRole).toString(), QString(QLatin1Char(char('A' + from))));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row).data(PathStopsModel::NumberedTitleRole).toString().startsWith(QString::number(row + 1) + QLatin1Char('.')));
}

void tst_PathStopsModel::impossibleMovesAreRefused()
{
    PathStopsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPath(userPath(4));
    model.setEditable(true);
    QSignalSpy edited(&model, &PathStopsModel::edited);
    QVERIFY(!model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 1)); // onto itself
    QVERIFY(!model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 2)); // just after itself
    QVERIFY(!model.moveRows(QModelIndex(), 1, 2, QModelIndex(), 2)); // into itself
    QVERIFY(!model.moveRows(QModelIndex(), 3, 2, QModelIndex(), 0)); // past the end
    QVERIFY(!model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 5));
    QVERIFY(!model.moveRows(QModelIndex(), -1, 1, QModelIndex(), 2));
    QVERIFY(!model.moveRows(model.index(0), 0, 1, QModelIndex(), 2)); // a list has no children
    QCOMPARE(titles(model).join(QString()), QStringLiteral("ABCD"));
    QCOMPARE(edited.size(), 0);
}

void tst_PathStopsModel::dragDataMovesTheDraggedStops()
{
    PathStopsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPath(userPath(6));
    model.setEditable(true);
    QVERIFY(model.mimeTypes().contains(PathStopsModel::mimeType()));
    QCOMPARE(model.supportedDropActions(), Qt::MoveAction);
    QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    QSignalSpy edited(&model, &PathStopsModel::edited);
    // B and D dragged before F: they stay together, in their order.
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(3), model.index(1)}));
    QVERIFY(data);
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, 5, 0, QModelIndex()));
    QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, 5, 0, QModelIndex()));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 5, 0, QModelIndex()));
    QCOMPARE(titles(model).join(QString()), QStringLiteral("ACEBDF"));
    QCOMPARE(edited.size(), 1);
    // Dropped onto a stop: before it. Dropped below the last: at the end.
    data.reset(model.mimeData({model.index(5)}));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, model.index(0)));
    QCOMPARE(titles(model).join(QString()), QStringLiteral("FACEBD"));
    data.reset(model.mimeData({model.index(0)}));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, -1, -1, QModelIndex()));
    QCOMPARE(titles(model).join(QString()), QStringLiteral("ACEBDF"));
    QCOMPARE(edited.size(), 3);
    // Dropped where it was: nothing moves, nothing is announced.
    data.reset(model.mimeData({model.index(2)}));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QCOMPARE(titles(model).join(QString()), QStringLiteral("ACEBDF"));
    QCOMPARE(edited.size(), 3);
}

void tst_PathStopsModel::dragDataOfAnotherModelIsRefused()
{
    PathStopsModel model, other;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPath(userPath(4));
    model.setEditable(true);
    other.setPath(userPath(4));
    other.setEditable(true);
    std::unique_ptr<QMimeData> foreign(other.mimeData({other.index(0)}));
    QVERIFY(!model.canDropMimeData(foreign.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QVERIFY(!model.dropMimeData(foreign.get(), Qt::MoveAction, 3, 0, QModelIndex()));
    QMimeData made;
    made.setData(PathStopsModel::mimeType(), QByteArray::number(quintptr(&model)) + ":9");
    QVERIFY(!model.dropMimeData(&made, Qt::MoveAction, 0, 0, QModelIndex())); // no such row
    made.setData(PathStopsModel::mimeType(), QByteArray::number(quintptr(&model)) + ":x");
    QVERIFY(!model.dropMimeData(&made, Qt::MoveAction, 0, 0, QModelIndex()));
    QMimeData text;
    text.setText(QStringLiteral("0"));
    QVERIFY(!model.dropMimeData(&text, Qt::MoveAction, 0, 0, QModelIndex()));
    QCOMPARE(titles(model).join(QString()), QStringLiteral("ABCD"));
}

void tst_PathStopsModel::stopsAreAddedAndRemoved()
{
    PathStopsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPath(userPath(3));
    model.setEditable(true);
    QSignalSpy edited(&model, &PathStopsModel::edited);
    PathStop stop;
    stop.kind = PathStop::Kind::Chart;
    stop.title = QStringLiteral("X");
    stop.itemId = QStringLiteral("series-1");
    QVERIFY(model.insertStop(3, stop));
    QVERIFY(model.insertStop(0, stop));
    QVERIFY(!model.insertStop(9, stop));
    QCOMPARE(titles(model).join(QString()), QStringLiteral("XABCX"));
    QCOMPARE(model.index(1).data(PathStopsModel::NumberedTitleRole).toString(), QStringLiteral("2. A"));
    QCOMPARE(model.index(4).data(PathStopsModel::ItemIdRole).toString(), QStringLiteral("series-1"));
    QVERIFY(model.removeStop(0));
    QVERIFY(model.removeStop(1));
    QVERIFY(!model.removeStop(3));
    QCOMPARE(titles(model).join(QString()), QStringLiteral("ACX"));
    QCOMPARE(model.path().stops.size(), 3);
    QCOMPARE(edited.size(), 4);
    stop.title = QStringLiteral("Y");
    QVERIFY(model.setStop(2, stop));
    QCOMPARE(titles(model).join(QString()), QStringLiteral("ACY"));
}

void tst_PathStopsModel::theSamePathKeepsItsRowsAnotherResets()
{
    PathStopsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BriefingPath path = userPath(3);
    model.setPath(path);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    path.stops[2].title = QStringLiteral("Z");
    model.setPath(path);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    model.setPath(path); // equal: nothing
    QCOMPARE(changed.size(), 1);
    // Titles in another content language: the rows from the first changed to the last, in one
    // signal (a path of 10,000 stops is not announced row by row), and the rows shown anew.
    path.stops[0].title = QStringLiteral("Перша");
    path.stops[2].title = QStringLiteral("Третя");
    model.setPath(path);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.last().at(1).toModelIndex().row(), 2);
    QCOMPARE(model.index(0).data(PathStopsModel::TitleRole).toString(), QStringLiteral("Перша"));
    QCOMPARE(model.index(2).data(PathStopsModel::TitleRole).toString(), QStringLiteral("Третя"));
    path.stops.removeLast();
    model.setPath(path);
    QCOMPARE(reset.size(), 1);
    BriefingPath other = path;
    other.id = QStringLiteral("other");
    model.setPath(other);
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.path(), other);
}

void tst_PathStopsModel::budgetsAsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("seconds"); // -1: not a time
    QTest::newRow("m:ss") << "2:30" << 150;
    QTest::newRow("minutes") << "5" << 300;
    QTest::newRow("seconds") << ":45" << 45;
    QTest::newRow("long") << "75:00" << 4500;
    QTest::newRow("spaces") << " 1 : 05 " << 65;
    QTest::newRow("zero") << "0:00" << 0;
    QTest::newRow("the limit") << "1440:00" << BriefingPath::maxBudgetSeconds;
    QTest::newRow("over the limit") << "1440:01" << -1;
    QTest::newRow("60 seconds") << "1:60" << -1;
    QTest::newRow("letters") << "two" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("negative") << "-1:00" << -1;
}

void tst_PathStopsModel::budgetsAsText()
{
    QFETCH(QString, text);
    QFETCH(int, seconds);
    const std::optional<int> parsed = PathStopsModel::parseBudget(text);
    QCOMPARE(parsed ? *parsed : -1, seconds);
    if (seconds >= 0)
        QCOMPARE(PathStopsModel::parseBudget(PathStopsModel::budgetText(seconds)), parsed);
    QCOMPARE(PathStopsModel::budgetText(150), QStringLiteral("2:30"));
    QCOMPARE(PathStopsModel::budgetText(4500), QStringLiteral("75:00"));
}

QTEST_GUILESS_MAIN(tst_PathStopsModel)
#include "tst_pathstopsmodel.moc"
