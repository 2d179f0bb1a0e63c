// SPDX-License-Identifier: MIT
// Briefing content is untrusted: markup in it is shown as text, nothing is loaded, and
// only briefing:item/<id> links act.
#include "file/briefingdatabase.h"
#include "browse/detailpane.h"
#include "common/itemhtml.h"
#include "common/safetextbrowser.h"
#include "models/selection.h"
#include "clicklink.h"
#include "testfiles.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace bv;

class tst_SafeTextBrowser : public QObject
{
    Q_OBJECT
private slots:
    void itemUrlsRoundTrip_data();
    void itemUrlsRoundTrip();
    void onlyItemLinksAct();
    void deepLinksRoundTripAndMalformedOnesDoNotAct();
    void hostileContentIsShownAsText();
};

void tst_SafeTextBrowser::itemUrlsRoundTrip_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("plain") << "scenario-guarantee-bloc";
    QTest::newRow("dots and underscores") << "faq_1.2";
    QTest::newRow("odd characters") << "a b/c?d#e";
}

void tst_SafeTextBrowser::itemUrlsRoundTrip()
{
    QFETCH(QString, id);
    const QUrl url = SafeTextBrowser::itemUrl(id);
    QCOMPARE(url.scheme(), QStringLiteral("briefing"));
    QCOMPARE(SafeTextBrowser::itemIdFromUrl(QUrl(url.toString(QUrl::FullyEncoded))), id);
}

void tst_SafeTextBrowser::onlyItemLinksAct()
{
    SafeTextBrowser browser;
    QSignalSpy activated(&browser, &SafeTextBrowser::itemActivated);
    const QList<QByteArray> others{"file:///etc/passwd", "http://example.com/x", "javascript:alert(1)",
                                   "briefing:other/x", "briefing:item/", "#anchor"};
    QString html = QStringLiteral("<p>");
    for (int i = 0; i < others.size(); ++i)
        html += QStringLiteral("<a href=\"%1\">link number %2</a><br>").arg(QString::fromLatin1(others.at(i))).arg(i);
    const QString item = SafeTextBrowser::itemUrl(QStringLiteral("faq-senate")).toString(QUrl::FullyEncoded);
    html += QStringLiteral("<a href=\"%1\">the Senate question</a></p>").arg(item);
    browser.setHtml(html);
    browser.resize(500, 400);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    const QString shown = browser.toPlainText();
    // Each clicked as a user clicks it: none acts, nothing is navigated to or loaded, and
    // the text stays as it was.
    for (const QByteArray &url : others) {
        QVERIFY2(test::clickLink(&browser, QString::fromLatin1(url)), url.constData());
        QCOMPARE(activated.size(), 0);
        QCOMPARE(browser.source(), QUrl());
        QCOMPARE(browser.toPlainText(), shown);
    }
    QVERIFY(test::clickLink(&browser, item));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("faq-senate"));
    QCOMPARE(browser.source(), QUrl()); // reported, not followed
    QCOMPARE(browser.toPlainText(), shown);
    QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/hostname"))).isValid());
}

void tst_SafeTextBrowser::deepLinksRoundTripAndMalformedOnesDoNotAct()
{
    // Case, an encoded slash and '@' survive the way through HTML and a click.
    const QString link = QStringLiteral("briefing://EU-Defence.2025/spend%2Fgdp@2014");
    QCOMPARE(SafeTextBrowser::deepLinkFromUrl(QUrl(SafeTextBrowser::deepLinkUrl(link).toString(QUrl::FullyEncoded))), link);
    QVERIFY(SafeTextBrowser::deepLinkFromUrl(SafeTextBrowser::deepLinkUrl(QStringLiteral("briefing://a/%zz"))).isEmpty());
    QVERIFY(SafeTextBrowser::deepLinkFromUrl(SafeTextBrowser::deepLinkUrl(QStringLiteral("https://a/b"))).isEmpty());
    QVERIFY(SafeTextBrowser::deepLinkFromUrl(QUrl(QStringLiteral("briefing:item/x"))).isEmpty());

    SafeTextBrowser browser;
    QSignalSpy items(&browser, &SafeTextBrowser::itemActivated);
    QSignalSpy links(&browser, &SafeTextBrowser::deepLinkActivated);
    const QString good = SafeTextBrowser::deepLinkUrl(link).toString(QUrl::FullyEncoded);
    const QString bad = SafeTextBrowser::deepLinkUrl(QStringLiteral("briefing://a/../b")).toString(QUrl::FullyEncoded);
    browser.setHtml(QStringLiteral("<p><a href=\"%1\">good link</a><br><a href=\"%2\">bad link</a></p>").arg(good, bad));
    browser.resize(500, 300);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QVERIFY(test::clickLink(&browser, bad));
    QCOMPARE(links.size(), 0);
    QVERIFY(test::clickLink(&browser, good));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().first().toString(), link);
    QCOMPARE(items.size(), 0);
    QCOMPARE(browser.source(), QUrl());
}

void tst_SafeTextBrowser::hostileContentIsShownAsText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.briefing"));
    QVERIFY(test::writeSample(path));
    QVERIFY(test::execSql(path, QStringLiteral(
        "UPDATE scenario SET title = '<img src=\"file:///etc/hostname\">Bloc<script>alert(1)</script>', "
        "summary = '<a href=\"http://example.com/\">click</a> <b>bold</b> <img src=\"http://example.com/t.png\">' "
        "WHERE id = 'scenario-guarantee-bloc';")));
    OpenError error;
    auto database = BriefingDatabase::open(path, &error);
    QVERIFY2(database, qPrintable(error.message));
    Selection selection;
    selection.setDatabase(database);
    DetailPane pane(&selection);
    selection.select(QStringLiteral("scenario-guarantee-bloc"));

    const QString plain = pane.toPlainText();
    QVERIFY2(plain.contains(QStringLiteral("<img src=\"file:///etc/hostname\">Bloc<script>alert(1)</script>")), qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("<a href=\"http://example.com/\">click</a>")));
    const QString html = pane.document()->toHtml();
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("href=\"http")));
    QVERIFY(!html.contains(QStringLiteral("href=\"file")));
    // Every link in the rendered document is an item link.
    for (QTextBlock block = pane.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty())
                QVERIFY2(href.startsWith(QStringLiteral("briefing:item/")), qPrintable(href));
        }
    }
}

QTEST_MAIN(tst_SafeTextBrowser)
#include "tst_safetextbrowser.moc"
