// SPDX-License-Identifier: MIT
// A path's rehearsals side by side as a table model, read from a real library file: a row per
// stop and a total, the budget, each rehearsal (newest first) and their median as columns;
// times as m:ss, "—" for a stop not timed, the change from the rehearsal before and the state
// against the budget as roles; a rehearsal of a path that had fewer stops matched by position;
// QAbstractItemModelTester watching throughout. (The English plurals are the viewer's
// translations; here, without them, the source text's "stop(s)" is what is compared.)
#include "content/briefing.h"
#include "file/briefingdatabase.h"
#include "library/library.h"
#include "models/rehearsaltablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

using Model = RehearsalTableModel;

class tst_RehearsalTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void threeRehearsalsSideBySide();
    void totalsAndTheMedian();
    void changesAndBudgets();
    void aNewRehearsalAddsAColumn();
    void noRehearsalNoTimes();
    void aRehearsalOfAnOlderPath();
    void stopTitlesFromTheBriefing();
    void timesAsText_data();
    void timesAsText();

private:
    QString text(int row, int column) const { return m_model->index(row, column).data().toString(); }
    QVector<PathRehearsal> rehearse(const QVector<QVector<int>> &oldestFirst);

    QTemporaryDir m_dir;
    BriefingPath m_path;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_run = 0;
};

void tst_RehearsalTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
    m_path.id = QStringLiteral("talk");
    m_path.title = QStringLiteral("The talk");
    m_path.origin = BriefingPath::Origin::User;
    const QStringList titles{QStringLiteral("Opening"), QStringLiteral("Middle"), QStringLiteral("Close")};
    const std::optional<int> budgets[] = {60, std::nullopt, 30};
    for (int i = 0; i < 3; ++i) {
        PathStop stop;
        stop.title = titles.at(i);
        stop.budgetSeconds = budgets[i];
        m_path.stops << stop;
    }
}

void tst_RehearsalTableModel::init()
{
    m_tester.reset();
    m_library = std::make_unique<Library>();
    QCOMPARE(m_library->open(m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_run))), Library::State::Ready);
    m_model = std::make_unique<Model>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setPath(m_path);
}

// Saves the rehearsals into the library file, the oldest first, and reads them back (newest first).
QVector<PathRehearsal> tst_RehearsalTableModel::rehearse(const QVector<QVector<int>> &oldestFirst)
{
    for (const QVector<int> &seconds : oldestFirst) {
        if (!m_library->saveRehearsal(QStringLiteral("briefing-1"), m_path.id, seconds))
            qWarning() << m_library->problem();
    }
    return m_library->rehearsals(QStringLiteral("briefing-1"), m_path.id);
}

void tst_RehearsalTableModel::threeRehearsalsSideBySide()
{
    const QVector<PathRehearsal> kept = rehearse({{80, -1, 40}, {55, 30, 25}, {70, 20, -1}});
    QCOMPARE(kept.size(), 3);
    m_model->setRehearsals(kept);
    QCOMPARE(m_model->rowCount(), 4); // three stops and the total
    QCOMPARE(m_model->columnCount(), 5); // budget, three rehearsals, median
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Budget"));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_model->columnKind(m_model->rehearsalColumn(i)), Model::ColumnKind::Rehearsal);
        QCOMPARE(m_model->headerData(m_model->rehearsalColumn(i), Qt::Horizontal).toString(),
                 QLocale().toString(kept.at(i).rehearsed.toLocalTime(), QLocale::ShortFormat));
    }
    QCOMPARE(m_model->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Median"));
    QCOMPARE(m_model->medianColumn(), 4);
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("1. Opening"));
    QCOMPARE(m_model->headerData(3, Qt::Vertical).toString(), QStringLiteral("Total"));
    // The newest first: 1:10, then 0:55, then 1:20 on the first stop.
    QCOMPARE(text(0, 0), QStringLiteral("1:00"));
    QCOMPARE(text(0, 1), QStringLiteral("1:10"));
    QCOMPARE(text(0, 2), QStringLiteral("0:55"));
    QCOMPARE(text(0, 3), QStringLiteral("1:20"));
    QCOMPARE(text(1, 0), QStringLiteral("\u2014")); // no budget
    QCOMPARE(text(1, 1), QStringLiteral("0:20"));
    QCOMPARE(text(1, 3), QStringLiteral("\u2014")); // not timed in the oldest
    QCOMPARE(text(2, 1), QStringLiteral("\u2014")); // nor the close in the newest
    QVERIFY(!m_model->index(2, 1).data(Model::SecondsRole).isValid());
    QCOMPARE(m_model->index(2, 2).data(Model::SecondsRole).toInt(), 25);
    QVERIFY(m_model->index(2, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not timed")));
}

void tst_RehearsalTableModel::totalsAndTheMedian()
{
    m_model->setRehearsals(rehearse({{80, -1, 40}, {55, 30, 25}, {70, 20, -1}}));
    const int total = m_model->totalRow();
    QCOMPARE(text(total, 0), QStringLiteral("1:30")); // the budgets 1:00 and 0:30
    QCOMPARE(text(total, 1), QStringLiteral("1:30")); // 70 + 20, the close not timed
    QCOMPARE(text(total, 2), QStringLiteral("1:50")); // 55 + 30 + 25
    QCOMPARE(text(total, 3), QStringLiteral("2:00")); // 80 + 40
    QCOMPARE(m_model->total(0), std::optional<int>(90));
    QCOMPARE(m_model->untimedStops(0), 1);
    // (No translation is loaded here: the plural stays "stop(s)" in the source text.)
    QVERIFY(m_model->index(total, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 stop(s) not timed")));
    QVERIFY(m_model->index(total, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 stop(s) without a budget")));
    QVERIFY(!m_model->index(total, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not timed")));
    // The median of each stop's times, and of the totals.
    QCOMPARE(text(0, 4), QStringLiteral("1:10")); // 55, 70, 80
    QCOMPARE(text(1, 4), QStringLiteral("0:25")); // 20 and 30: their mean
    QCOMPARE(text(2, 4), QStringLiteral("0:33")); // 25 and 40: 32.5, rounded up
    QCOMPARE(text(total, 4), QStringLiteral("1:50")); // 90, 110, 120
    QCOMPARE(m_model->index(0, 4).data(Model::ColumnKindRole).toInt(), int(Model::ColumnKind::Median));
}

void tst_RehearsalTableModel::changesAndBudgets()
{
    m_model->setRehearsals(rehearse({{80, -1, 40}, {55, 30, 25}, {70, 20, -1}}));
    // The change from the rehearsal before: the column to the right.
    QCOMPARE(m_model->index(0, 1).data(Model::ChangeRole).toInt(), 15);
    QCOMPARE(m_model->index(0, 1).data(Model::ChangeTextRole).toString(), QStringLiteral("+0:15"));
    QCOMPARE(m_model->index(0, 2).data(Model::ChangeTextRole).toString(), QStringLiteral("\u22120:25"));
    QCOMPARE(m_model->index(1, 1).data(Model::ChangeTextRole).toString(), QStringLiteral("\u22120:10"));
    QVERIFY(!m_model->index(1, 2).data(Model::ChangeRole).isValid()); // the one before did not time it
    QVERIFY(!m_model->index(0, 3).data(Model::ChangeRole).isValid()); // the oldest: nothing before it
    QVERIFY(!m_model->index(0, 0).data(Model::ChangeRole).isValid()); // the budget
    QVERIFY(!m_model->index(0, 4).data(Model::ChangeRole).isValid()); // the median
    QCOMPARE(m_model->index(m_model->totalRow(), 1).data(Model::ChangeTextRole).toString(), QStringLiteral("\u22120:20"));
    QVERIFY(m_model->index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("0:15 longer than the rehearsal before")));
    // Against the budget: 1:10 of 1:00 over, 0:55 within; a stop without a budget neither.
    auto state = [this](int row, int column) {
        return Model::BudgetState(m_model->index(row, column).data(Model::BudgetStateRole).toInt());
    };
    QCOMPARE(state(0, 1), Model::BudgetState::Over);
    QCOMPARE(state(0, 2), Model::BudgetState::Within);
    QCOMPARE(state(0, 3), Model::BudgetState::Over);
    QCOMPARE(state(2, 3), Model::BudgetState::Over); // 0:40 of 0:30
    QCOMPARE(state(2, 2), Model::BudgetState::Within);
    QCOMPARE(state(1, 1), Model::BudgetState::None);
    QCOMPARE(state(2, 1), Model::BudgetState::None); // not timed
    QCOMPARE(state(0, 0), Model::BudgetState::None); // the budget itself
    QCOMPARE(state(m_model->totalRow(), 1), Model::BudgetState::None); // not every stop has a budget
    QVERIFY(m_model->index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("0:10 over the budget of 1:00")));
    // With a budget on every stop, the totals are held against the path's.
    BriefingPath budgeted = m_path;
    budgeted.stops[1].budgetSeconds = 20;
    m_model->setPath(budgeted);
    QCOMPARE(state(m_model->totalRow(), 1), Model::BudgetState::Within); // 1:30 of 1:50
    QCOMPARE(state(m_model->totalRow(), 3), Model::BudgetState::Over);   // 2:00 of 1:50
}

void tst_RehearsalTableModel::aNewRehearsalAddsAColumn()
{
    m_model->setRehearsals(rehearse({{80, -1, 40}, {55, 30, 25}, {70, 20, -1}}));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setRehearsals(m_library->rehearsals(QStringLiteral("briefing-1"), m_path.id)); // the same: nothing
    QCOMPARE(resets.count(), 0);
    const QVector<PathRehearsal> four = rehearse({{61, 19, 31}});
    m_model->setRehearsals(four);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->columnCount(), 6);
    QCOMPARE(text(0, 1), QStringLiteral("1:01"));
    QCOMPARE(text(0, 2), QStringLiteral("1:10"));
    QCOMPARE(m_model->index(0, 1).data(Model::ChangeTextRole).toString(), QStringLiteral("\u22120:09"));
    QCOMPARE(m_model->headerData(5, Qt::Horizontal).toString(), QStringLiteral("Median"));
    // The library keeps ten: an eleventh pushes the oldest out.
    QVector<QVector<int>> more(7, QVector<int>{10, 10, 10});
    m_model->setRehearsals(rehearse(more));
    QCOMPARE(m_model->rehearsals().size(), Library::keptRehearsals);
    QCOMPARE(m_model->columnCount(), 2 + Library::keptRehearsals);
}

void tst_RehearsalTableModel::noRehearsalNoTimes()
{
    m_model->setRehearsals({});
    QCOMPARE(m_model->columnCount(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->medianColumn(), -1);
    QCOMPARE(text(3, 0), QStringLiteral("1:30"));
    // One rehearsal: no median, no change.
    m_model->setRehearsals(rehearse({{5, 6, 7}}));
    QCOMPARE(m_model->columnCount(), 2);
    QCOMPARE(m_model->medianColumn(), -1);
    QVERIFY(!m_model->index(0, 1).data(Model::ChangeRole).isValid());
    QCOMPARE(text(3, 1), QStringLiteral("0:18"));
    // An empty path: the total row only.
    m_model->setPath(BriefingPath());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(text(0, 0), QStringLiteral("\u2014"));
    QCOMPARE(text(0, 1), QStringLiteral("\u2014"));
}

void tst_RehearsalTableModel::aRehearsalOfAnOlderPath()
{
    // Rehearsed when the path had two stops; a third added since.
    m_model->setRehearsals(rehearse({{40, 50}}));
    QCOMPARE(text(0, 1), QStringLiteral("0:40"));
    QCOMPARE(text(2, 1), QStringLiteral("\u2014"));
    QVERIFY(m_model->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("had 2 stop(s)")));
    m_model->setRehearsals(rehearse({{40, 50, 60}}));
    QVERIFY(!m_model->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("had")));
    QVERIFY(m_model->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("had 2 stop(s)")));
}

void tst_RehearsalTableModel::stopTitlesFromTheBriefing()
{
    OpenError error;
    const auto sample = BriefingDatabase::openSample(&error);
    QVERIFY2(sample, qPrintable(error.message));
    const BriefingPath path = BriefingPath::defaultPath(sample->briefing());
    BriefingPath untitled = path;
    for (PathStop &stop : untitled.stops)
        stop.title.clear();
    m_model->setPath(untitled, &sample->briefing());
    QCOMPARE(m_model->rowCount(), int(path.stops.size()) + 1);
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(),
             QStringLiteral("1. ") + sample->briefing().metadata.title); // the overview: the briefing's title
    const int item = int(std::find_if(path.stops.cbegin(), path.stops.cend(),
                                      [](const PathStop &stop) { return stop.kind == PathStop::Kind::Item; })
                         - path.stops.cbegin());
    QVERIFY(item < path.stops.size());
    QCOMPARE(m_model->headerData(item, Qt::Vertical).toString(),
             QStringLiteral("%1. %2").arg(item + 1).arg(sample->briefing().title(path.stops.at(item).itemId)));
    m_model->setPath(untitled); // no briefing to ask
    QCOMPARE(m_model->headerData(item, Qt::Vertical).toString(), QStringLiteral("%1. Untitled stop").arg(item + 1));
}

void tst_RehearsalTableModel::timesAsText_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("change");
    QTest::newRow("zero") << 0 << QStringLiteral("0:00") << QStringLiteral("\u00b10:00");
    QTest::newRow("seconds") << 7 << QStringLiteral("0:07") << QStringLiteral("+0:07");
    QTest::newRow("minutes") << 605 << QStringLiteral("10:05") << QStringLiteral("+10:05");
    QTest::newRow("hours") << 3723 << QStringLiteral("1:02:03") << QStringLiteral("+1:02:03");
    QTest::newRow("less") << -72 << QStringLiteral("0:00") << QStringLiteral("\u22121:12");
}

void tst_RehearsalTableModel::timesAsText()
{
    QFETCH(int, seconds);
    QFETCH(QString, time);
    QFETCH(QString, change);
    QCOMPARE(Model::timeText(seconds), time);
    QCOMPARE(Model::changeText(seconds), change);
}

QTEST_GUILESS_MAIN(tst_RehearsalTableModel)
#include "tst_rehearsaltablemodel.moc"
