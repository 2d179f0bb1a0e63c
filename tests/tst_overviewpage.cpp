// SPDX-License-Identifier: MIT
// The briefing's overview page after a change of content language: the new language's text,
// and its scroll bar as a page made for that content has it, whether the page was scrolled
// before or not (the page keeps its bar while the new text is set, to lay it out once).
#include "browse/overviewpage.h"
#include "file/briefingdatabase.h"
#include "models/selection.h"
#include "testfiles.h"

#include <QApplication>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace bv;

class tst_OverviewPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void showsTheNewLanguageAfterASwitch_data();
    void showsTheNewLanguageAfterASwitch();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const BriefingDatabase> m_source, m_uk;
};

void tst_OverviewPage::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.briefing"));
    QVERIFY(test::writeSample(path));
    OpenError error;
    m_source = BriefingDatabase::open(path, &error, false);
    m_uk = BriefingDatabase::open(path, &error, false, QStringLiteral("uk"));
    QVERIFY(m_source && m_uk);
    QVERIFY(m_source->briefing().metadata.title != m_uk->briefing().metadata.title);
}

void tst_OverviewPage::showsTheNewLanguageAfterASwitch_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("scrolled (a small page)") << QSize(320, 240);
    QTest::newRow("not scrolled (a tall page)") << QSize(1600, 6000);
}

void tst_OverviewPage::showsTheNewLanguageAfterASwitch()
{
    QFETCH(QSize, size);
    auto shownPage = [size](Selection *selection) {
        auto page = std::make_unique<OverviewPage>(selection);
        page->resize(size);
        page->show();
        return page;
    };
    Selection selection;
    selection.setDatabase(m_source);
    auto page = shownPage(&selection);
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QVERIFY(page->toPlainText().contains(m_source->briefing().metadata.title));
    const bool scrolledBefore = page->verticalScrollBar()->isVisible();
    QCOMPARE(scrolledBefore, size.height() < 1000); // the rows test what they say

    for (const auto &database : {m_uk, m_source, m_uk}) {
        const QString other = (database == m_uk ? m_source : m_uk)->briefing().metadata.title;
        selection.setDatabase(database);
        QTRY_VERIFY(!page->toPlainText().contains(other)); // laid out a turn or two later
        QVERIFY(page->toPlainText().contains(database->briefing().metadata.title));
        // As a page made for that content, at the same size, shows it.
        Selection alone;
        alone.setDatabase(database);
        auto fresh = shownPage(&alone);
        QVERIFY(QTest::qWaitForWindowExposed(fresh.get()));
        QCOMPARE(page->toPlainText(), fresh->toPlainText());
        QCOMPARE(page->verticalScrollBar()->isVisible(), fresh->verticalScrollBar()->isVisible());
        QCOMPARE(page->verticalScrollBar()->maximum(), fresh->verticalScrollBar()->maximum());
        QCOMPARE(page->verticalScrollBarPolicy(), Qt::ScrollBarAsNeeded);
        QCOMPARE(page->viewport()->width(), fresh->viewport()->width());
    }
}

QTEST_MAIN(tst_OverviewPage)
#include "tst_overviewpage.moc"
