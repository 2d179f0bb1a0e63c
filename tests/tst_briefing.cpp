// SPDX-License-Identifier: MIT
// The built-in sample briefing: complete, faithful to the article, linked.
#include "file/briefingdatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace bv;

class tst_Briefing : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sampleHasTheArticlesStructure();
    void sampleFaqIsTheArticlesFaq();
    void everyFigureAndYearComesFromTheArticle();
    void everyFigureHasASource();
    void scenarioLinksReachGuaranteeEventsAndFaq();
    void neighboursReadFromEachSide();
    void neighboursAreListedOnceWithTheirNotes();

private:
    std::shared_ptr<BriefingDatabase> m_sample;
    QString m_article;
};

void tst_Briefing::initTestCase()
{
    OpenError error;
    m_sample = BriefingDatabase::openSample(&error);
    QVERIFY2(m_sample, qPrintable(error.message));
    QVERIFY2(m_sample->briefing().warnings.isEmpty(), qPrintable(m_sample->briefing().warnings.join(QLatin1Char('\n'))));
    QFile article(QStringLiteral(BV_SOURCE_DIR "/resources/sample/article.txt"));
    QVERIFY(article.open(QIODevice::ReadOnly));
    m_article = QString::fromUtf8(article.readAll());
}

void tst_Briefing::sampleHasTheArticlesStructure()
{
    const Briefing &b = m_sample->briefing();
    QVERIFY(b.metadata.title.startsWith(QStringLiteral("U.S. offers security guarantees to Kyiv")));
    QCOMPARE(b.scenarios.size(), 3);
    QVERIFY(b.scenarios.at(0).title.contains(QStringLiteral("NATO")));
    QVERIFY(b.scenarios.at(2).title.contains(QStringLiteral("Integration")));
    for (const Scenario &s : b.scenarios)
        QVERIFY2(!s.likelihood, "the article states no likelihood; none may be invented");
    QCOMPARE(b.guarantees.size(), 1);
    const Guarantee &g = b.guarantees.first();
    QVERIFY(QRegularExpression(QStringLiteral("Article\\W5\\W+like")).match(g.kind).hasMatch()); // the article writes narrow no-break spaces
    QVERIFY(g.ratification.contains(QStringLiteral("two") , Qt::CaseInsensitive));
    QVERIFY(g.ratification.contains(QStringLiteral("simple majority")));
}

void tst_Briefing::sampleFaqIsTheArticlesFaq()
{
    const Briefing &b = m_sample->briefing();
    QCOMPARE(b.faq.size(), 4);
    for (const FaqEntry &entry : b.faq) {
        QVERIFY2(m_article.contains(entry.question), qPrintable(entry.question));
        QVERIFY2(m_article.contains(entry.answer), qPrintable(entry.answer));
    }
}

void tst_Briefing::everyFigureAndYearComesFromTheArticle()
{
    const Briefing &b = m_sample->briefing();
    int figures = 0;
    for (const Series &series : b.series) {
        for (const Point &point : m_sample->points(series.id)) {
            QVERIFY(point.value);
            const QString number = QString::number(*point.value);
            QVERIFY2(QRegularExpression(QStringLiteral("(^|\\D)") + number + QStringLiteral("(\\D|$)")).match(m_article).hasMatch(),
                     qPrintable(series.id + QStringLiteral(": ") + number + QStringLiteral(" is not in the article")));
            ++figures;
        }
    }
    QCOMPARE(figures, 4); // +42 %, EUR 8 billion, 15 minutes, 2 million customers
    for (const Event &event : b.events) {
        QVERIFY(event.start.isValid());
        QVERIFY2(m_article.contains(QString::number(event.start.first().year())), qPrintable(event.id));
    }
}

void tst_Briefing::everyFigureHasASource()
{
    const Briefing &b = m_sample->briefing();
    for (const Series &series : b.series) {
        for (const Point &point : m_sample->points(series.id)) {
            const auto ref = b.find(point.sourceId);
            QVERIFY2(ref && ref->kind == ItemKind::Source, qPrintable(point.id()));
        }
    }
    const auto training = m_sample->points(QStringLiteral("joint-training-increase"));
    QCOMPARE(training.size(), 1);
    QCOMPARE(b.title(training.first().sourceId), QStringLiteral("NATO Defence Planning Report 2023"));
}

void tst_Briefing::scenarioLinksReachGuaranteeEventsAndFaq()
{
    const Briefing &b = m_sample->briefing();
    const QSet<QString> linked = b.linkedIds(QStringLiteral("scenario-guarantee-bloc"));
    QVERIFY(linked.contains(QStringLiteral("guarantee-article5-like")));
    QVERIFY(linked.contains(QStringLiteral("event-dayton-1995")));
    bool anyFaq = false;
    for (const QString &id : linked)
        anyFaq = anyFaq || b.kindOf(id) == ItemKind::Faq;
    QVERIFY(anyFaq);
    QVERIFY(!linked.contains(QStringLiteral("scenario-guarantee-bloc")));
}

void tst_Briefing::neighboursReadFromEachSide()
{
    const Briefing &b = m_sample->briefing();
    auto relationTo = [&b](const QString &from, const QString &to) {
        for (const Neighbour &n : b.neighbours(from)) {
            if (n.id == to)
                return n.relation;
        }
        return QString();
    };
    QCOMPARE(relationTo(QStringLiteral("scenario-nato-membership"), QStringLiteral("guarantee-article5-like")),
             QStringLiteral("Depends on"));
    QCOMPARE(relationTo(QStringLiteral("guarantee-article5-like"), QStringLiteral("scenario-nato-membership")),
             QStringLiteral("Needed by"));
    QCOMPARE(relationTo(QStringLiteral("guarantee-article5-like"), QStringLiteral("united-states")),
             QStringLiteral("Guaranteed by"));
    QCOMPARE(relationTo(QStringLiteral("source-nato-dpr-2023"), QStringLiteral("joint-training-increase")),
             QStringLiteral("Cited by"));
}

void tst_Briefing::neighboursAreListedOnceWithTheirNotes()
{
    const Briefing &b = m_sample->briefing();
    auto find = [&b](const QString &from, const QString &to) {
        QVector<Neighbour> found;
        for (const Neighbour &n : b.neighbours(from)) {
            if (n.id == to)
                found << n;
        }
        return found;
    };
    // Stated by a link and by the event's actor list: once, with the link's note.
    const QVector<Neighbour> ukraine = find(QStringLiteral("event-ransomware-2022"), QStringLiteral("ukraine"));
    QCOMPARE(ukraine.size(), 1);
    QCOMPARE(ukraine.first().relation, QStringLiteral("Involves"));
    QCOMPARE(ukraine.first().note, QStringLiteral("Ukrainian energy grids were attacked."));
    const QVector<Neighbour> training = find(QStringLiteral("nato"), QStringLiteral("event-joint-training-2020-2022"));
    QCOMPARE(training.size(), 1);
    QCOMPARE(training.first().relation, QStringLiteral("Involved in"));
    QVERIFY(training.first().note.startsWith(QStringLiteral("The report is NATO’s")));
    // From the guarantee's own columns, read from the actors' side.
    const QVector<Neighbour> guarantor = find(QStringLiteral("united-states"), QStringLiteral("guarantee-article5-like"));
    QCOMPARE(guarantor.size(), 1);
    QCOMPARE(guarantor.first().relation, QStringLiteral("Guarantor of"));
    QVERIFY(guarantor.first().note.isEmpty());
    const QVector<Neighbour> protects = find(QStringLiteral("guarantee-article5-like"), QStringLiteral("ukraine"));
    QCOMPARE(protects.size(), 1);
    QCOMPARE(protects.first().relation, QStringLiteral("Protects"));
}

QTEST_GUILESS_MAIN(tst_Briefing)
#include "tst_briefing.moc"
