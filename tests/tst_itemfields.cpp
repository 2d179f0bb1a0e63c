// SPDX-License-Identifier: MIT
// The item field table: every field is a column of its kind's table in the schema, reads and
// writes the text the briefing holds, and is what translation and the detail pane use.
#include "content/itemfields.h"
#include "content/contentlanguage.h"
#include "file/briefingdatabase.h"
#include "file/sqliteconnection.h"

#include <QSqlQuery>
#include <QTest>

using namespace bv;

namespace {
const ItemKind allKinds[] = {ItemKind::Briefing, ItemKind::Actor, ItemKind::Guarantee, ItemKind::Scenario,
                             ItemKind::Event, ItemKind::Source, ItemKind::Series, ItemKind::Faq};
}

class tst_ItemFields : public QObject
{
    Q_OBJECT
private slots:
    void everyFieldIsAColumnOfTheSchema();
    void everyKindHasOneTitle();
    void fieldsReadAndWriteTheBriefing();
    void translatableFieldsAreWhatContentLanguageOffers();
    void longTextsAreReadFromTheFileWhenLeftThere();
};

void tst_ItemFields::everyFieldIsAColumnOfTheSchema()
{
    SqliteConnection connection;
    QVERIFY(connection.open(QString(), SqliteConnection::Mode::Memory));
    QVERIFY2(connection.execScript(schemaSql()), qPrintable(connection.errorText()));
    int checked = 0;
    for (ItemKind kind : allKinds) {
        QStringList columns;
        QSqlQuery q(connection.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(") + ItemFields::table(kind) + QLatin1Char(')')));
        while (q.next())
            columns << q.value(1).toString();
        QVERIFY2(!columns.isEmpty(), qPrintable(ItemFields::table(kind)));
        for (const ItemField *field : ItemFields::of(kind)) {
            QVERIFY2(columns.contains(field->fieldName()),
                     qPrintable(ItemFields::table(kind) + QLatin1Char('.') + field->fieldName()));
            QVERIFY(!field->translatedLabel().isEmpty());
            QVERIFY(!field->translatable || field->set);
            ++checked;
        }
    }
    QVERIFY(checked >= 25);
}

void tst_ItemFields::everyKindHasOneTitle()
{
    for (ItemKind kind : allKinds) {
        int titles = 0;
        for (const ItemField *field : ItemFields::of(kind))
            titles += field->place == ItemField::Place::Title;
        QCOMPARE(titles, 1);
        QVERIFY(ItemFields::titleField(kind));
    }
    QCOMPARE(ItemFields::titleField(ItemKind::Faq)->fieldName(), QStringLiteral("question"));
    QCOMPARE(ItemFields::find(ItemKind::Faq, QStringLiteral("answer"))->format, ItemField::Format::Markdown);
    QVERIFY(!ItemFields::find(ItemKind::Faq, QStringLiteral("legal_form")));
}

void tst_ItemFields::fieldsReadAndWriteTheBriefing()
{
    OpenError error;
    const auto sample = BriefingDatabase::openSample(&error);
    QVERIFY2(sample, qPrintable(error.message));
    Briefing b = sample->briefing();
    QVERIFY(!b.guarantees.isEmpty() && b.events.size() > 0 && !b.faq.isEmpty());
    const ItemField *legalForm = ItemFields::find(ItemKind::Guarantee, QStringLiteral("legal_form"));
    QVERIFY(legalForm);
    QCOMPARE(legalForm->get(b, 0), b.guarantees.at(0).legalForm);
    legalForm->set(b, 0, QStringLiteral("Treaty"));
    QCOMPARE(b.guarantees.at(0).legalForm, QStringLiteral("Treaty"));
    const ItemField *category = ItemFields::find(ItemKind::Event, QStringLiteral("category"));
    category->set(b, 0, QStringLiteral("Cyber"));
    QCOMPARE(b.events.category(0), QStringLiteral("Cyber"));
    QCOMPARE(ItemFields::find(ItemKind::Source, QStringLiteral("year"))->translatable, false);
}

void tst_ItemFields::translatableFieldsAreWhatContentLanguageOffers()
{
    QCOMPARE(ContentLanguage::fields(ItemKind::Guarantee),
             (QStringList{QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("legal_form"),
                          QStringLiteral("ratification"), QStringLiteral("status"), QStringLiteral("description")}));
    QCOMPARE(ContentLanguage::fields(ItemKind::Event),
             (QStringList{QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("category")}));
    QCOMPARE(ContentLanguage::fields(ItemKind::Actor), (QStringList{QStringLiteral("name"), QStringLiteral("description")}));
    // The German sample's guarantee fields come translated through the table.
    OpenError error;
    const auto german = BriefingDatabase::openSample(&error, QStringLiteral("de"));
    QVERIFY2(german, qPrintable(error.message));
    const Briefing &b = german->briefing();
    const QString id = b.guarantees.at(0).id;
    QCOMPARE(b.textState(id, QStringLiteral("title")), TextState::Translated);
    QVERIFY(b.guarantees.at(0).title != BriefingDatabase::openSample(&error)->briefing().guarantees.at(0).title);
}

void tst_ItemFields::longTextsAreReadFromTheFileWhenLeftThere()
{
    OpenError error;
    const auto sample = BriefingDatabase::openSample(&error);
    QVERIFY2(sample, qPrintable(error.message));
    const ItemField *answer = ItemFields::find(ItemKind::Faq, QStringLiteral("answer"));
    QVERIFY(answer->longText);
    TextState state = TextState::Translated;
    QCOMPARE(sample->text(*answer, 0, &state), sample->briefing().faq.at(0).answer);
    QCOMPARE(state, TextState::Source);
    QCOMPARE(sample->faqAnswer(0), sample->briefing().faq.at(0).answer);
}

QTEST_GUILESS_MAIN(tst_ItemFields)
#include "tst_itemfields.moc"
