// SPDX-License-Identifier: MIT
// Every model under QAbstractItemModelTester, and the marking of linked items.
#include "file/briefingdatabase.h"
#include "models/itemroles.h"
#include "models/itemtablemodel.h"
#include "models/sectionlistmodel.h"
#include "models/selection.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_ItemModels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void tableModelsPassTheTester_data();
    void tableModelsPassTheTester();
    void linkedRowsAreMarkedAndAnnounced();
    void sectionModelCountsLinkedItems();
    void modelsSurviveASwitchOfBriefing();

private:
    std::shared_ptr<BriefingDatabase> m_sample;
    std::unique_ptr<Selection> m_selection;
};

void tst_ItemModels::init()
{
    OpenError error;
    m_sample = BriefingDatabase::openSample(&error);
    QVERIFY(m_sample);
    m_selection = std::make_unique<Selection>();
    m_selection->setDatabase(m_sample);
}

void tst_ItemModels::tableModelsPassTheTester_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("rows");
    QTest::newRow("guarantees") << int(ItemKind::Guarantee) << 1;
    QTest::newRow("scenarios") << int(ItemKind::Scenario) << 3;
    QTest::newRow("events") << int(ItemKind::Event) << 4;
    QTest::newRow("sources") << int(ItemKind::Source) << 3;
    QTest::newRow("series") << int(ItemKind::Series) << 4;
    QTest::newRow("faq") << int(ItemKind::Faq) << 4;
    QTest::newRow("actors") << int(ItemKind::Actor) << 10;
}

void tst_ItemModels::tableModelsPassTheTester()
{
    QFETCH(int, kind);
    QFETCH(int, rows);
    ItemTableModel model(ItemKind(kind), m_selection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), rows);
    for (int row = 0; row < rows; ++row) {
        const QString id = model.index(row, 0).data(IdRole).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(model.indexOfId(id).row(), row);
        QVERIFY(!model.index(row, 0).data().toString().isEmpty());
    }
    m_selection->select(QStringLiteral("scenario-guarantee-bloc"));
    m_selection->select(QStringLiteral("faq-senate"));
    m_selection->back();
}

void tst_ItemModels::linkedRowsAreMarkedAndAnnounced()
{
    ItemTableModel guarantees(ItemKind::Guarantee, m_selection.get());
    ItemTableModel events(ItemKind::Event, m_selection.get());
    ItemTableModel faq(ItemKind::Faq, m_selection.get());
    QSignalSpy faqChanged(&faq, &QAbstractItemModel::dataChanged);

    m_selection->select(QStringLiteral("scenario-guarantee-bloc"));

    QVERIFY(guarantees.indexOfId(QStringLiteral("guarantee-article5-like")).data(LinkedRole).toBool());
    QVERIFY(events.indexOfId(QStringLiteral("event-dayton-1995")).data(LinkedRole).toBool());
    QVERIFY(!events.indexOfId(QStringLiteral("event-ransomware-2022")).data(LinkedRole).toBool());
    QVERIFY(faq.indexOfId(QStringLiteral("faq-troops")).data(LinkedRole).toBool());
    QVERIFY(faq.indexOfId(QStringLiteral("faq-donbas")).data(LinkedRole).toBool());
    QVERIFY(!faq.indexOfId(QStringLiteral("faq-article5")).data(LinkedRole).toBool());
    QVERIFY(faq.indexOfId(QStringLiteral("faq-troops")).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(faqChanged.size(), 2); // exactly the two FAQ rows that became linked

    // Another item: the old marks go, the new come.
    m_selection->select(QStringLiteral("event-ransomware-2022"));
    QVERIFY(!faq.indexOfId(QStringLiteral("faq-troops")).data(LinkedRole).toBool());
    QVERIFY(events.indexOfId(QStringLiteral("event-ransomware-2022")).data(CurrentRole).toBool());
}

void tst_ItemModels::sectionModelCountsLinkedItems()
{
    SectionListModel sections(m_selection.get());
    QAbstractItemModelTester tester(&sections, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sections.rowCount(), 9); // with the charts of format 2
    const QModelIndex faqRow = sections.index(sections.rowOf(ItemKind::Faq));
    QCOMPARE(faqRow.data().toString(), QStringLiteral("FAQ (4)"));
    m_selection->select(QStringLiteral("scenario-guarantee-bloc"));
    QCOMPARE(faqRow.data().toString(), QStringLiteral("FAQ (4, 2 linked)"));
    QVERIFY(faqRow.data(LinkedRole).toBool());
    QCOMPARE(sections.index(sections.rowOf(ItemKind::Guarantee)).data().toString(), QStringLiteral("Guarantees (1, 1 linked)"));
}

void tst_ItemModels::modelsSurviveASwitchOfBriefing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("changed.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, QStringLiteral("DELETE FROM faq WHERE id = 'faq-donbas';")));
    ItemTableModel faq(ItemKind::Faq, m_selection.get());
    SectionListModel sections(m_selection.get());
    QAbstractItemModelTester faqTester(&faq, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sectionsTester(&sections, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_selection->select(QStringLiteral("faq-donbas"));
    OpenError error;
    auto other = BriefingDatabase::open(path, &error);
    QVERIFY2(other, qPrintable(error.message));
    QSignalSpy reset(&faq, &QAbstractItemModel::modelReset);
    m_selection->setDatabase(other);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(faq.rowCount(), 3);
    m_selection->setDatabase(nullptr);
    QCOMPARE(faq.rowCount(), 0);
    QCOMPARE(sections.rowCount(), 0);
}

QTEST_MAIN(tst_ItemModels)
#include "tst_itemmodels.moc"
