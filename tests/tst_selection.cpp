// SPDX-License-Identifier: MIT
#include "file/briefingdatabase.h"
#include "models/selection.h"

#include <QSignalSpy>
#include <QTest>

using namespace bv;

class tst_Selection : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void newBriefingStartsAtItsOverview();
    void selectMarksLinkedItems();
    void backAndForwardWalkTheHistory();
    void selectingAfterBackDropsTheForwardHistory();
    void unknownIdsAreIgnored();
    void nothingOpenAnswersNothing();

private:
    std::shared_ptr<BriefingDatabase> m_sample;
    std::unique_ptr<Selection> m_selection;
};

void tst_Selection::init()
{
    OpenError error;
    m_sample = BriefingDatabase::openSample(&error);
    QVERIFY(m_sample);
    m_selection = std::make_unique<Selection>();
    m_selection->setDatabase(m_sample);
}

void tst_Selection::newBriefingStartsAtItsOverview()
{
    QCOMPARE(m_selection->currentId(), QStringLiteral("us-guarantees-ukraine"));
    QVERIFY(!m_selection->canGoBack());
    QVERIFY(!m_selection->canGoForward());
}

void tst_Selection::selectMarksLinkedItems()
{
    QSignalSpy changed(m_selection.get(), &Selection::currentChanged);
    m_selection->select(QStringLiteral("scenario-guarantee-bloc"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("scenario-guarantee-bloc"));
    QVERIFY(m_selection->isLinked(QStringLiteral("guarantee-article5-like")));
    QVERIFY(m_selection->isLinked(QStringLiteral("event-dayton-1995")));
    QVERIFY(m_selection->isLinked(QStringLiteral("faq-troops")));
    QVERIFY(!m_selection->isLinked(QStringLiteral("faq-article5")));
    m_selection->select(QStringLiteral("scenario-guarantee-bloc"));
    QCOMPARE(changed.size(), 1); // the same item again is no change
}

void tst_Selection::backAndForwardWalkTheHistory()
{
    m_selection->select(QStringLiteral("scenario-nato-membership"));
    m_selection->select(QStringLiteral("guarantee-article5-like"));
    m_selection->select(QStringLiteral("faq-senate"));
    m_selection->back();
    QCOMPARE(m_selection->currentId(), QStringLiteral("guarantee-article5-like"));
    m_selection->back();
    QCOMPARE(m_selection->currentId(), QStringLiteral("scenario-nato-membership"));
    QVERIFY(m_selection->isLinked(QStringLiteral("guarantee-article5-like")));
    m_selection->forward();
    QCOMPARE(m_selection->currentId(), QStringLiteral("guarantee-article5-like"));
    QVERIFY(m_selection->canGoForward());
    m_selection->forward();
    QVERIFY(!m_selection->canGoForward());
    m_selection->forward();
    QCOMPARE(m_selection->currentId(), QStringLiteral("faq-senate"));
}

void tst_Selection::selectingAfterBackDropsTheForwardHistory()
{
    m_selection->select(QStringLiteral("scenario-nato-membership"));
    m_selection->select(QStringLiteral("faq-senate"));
    m_selection->back();
    m_selection->select(QStringLiteral("event-dayton-1995"));
    QVERIFY(!m_selection->canGoForward());
    m_selection->back();
    QCOMPARE(m_selection->currentId(), QStringLiteral("scenario-nato-membership"));
}

void tst_Selection::unknownIdsAreIgnored()
{
    QSignalSpy changed(m_selection.get(), &Selection::currentChanged);
    m_selection->select(QStringLiteral("no-such-item"));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_selection->currentId(), QStringLiteral("us-guarantees-ukraine"));
}

void tst_Selection::nothingOpenAnswersNothing()
{
    const QString point = QStringLiteral("eu-defence-fund@EU defence fund");
    QCOMPARE(m_selection->sourceOfPoint(point), QStringLiteral("source-article"));
    // Before any briefing is open, and once it is closed: empty answers, never a crash.
    Selection fresh;
    QCOMPARE(fresh.sourceOfPoint(point), QString());
    QCOMPARE(fresh.sourceOfPoint(QString()), QString());
    fresh.select(point);
    QCOMPARE(fresh.currentId(), QString());
    QVERIFY(fresh.linkedIds().isEmpty());
    m_selection->setDatabase(nullptr);
    QCOMPARE(m_selection->sourceOfPoint(point), QString());
    QCOMPARE(m_selection->currentId(), QString());
}

QTEST_GUILESS_MAIN(tst_Selection)
#include "tst_selection.moc"
