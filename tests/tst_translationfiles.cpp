// SPDX-License-Identifier: MIT
// The .ts files are complete and consistent with their sources: placeholders, '&'
// accelerators, ending punctuation and plural forms, checked for every message.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context, source;
    QStringList translations; // one, or one per plural form
    bool numerus = false, unfinished = false, obsolete = false;
};

QVector<Message> readTs(const QString &path, QString *language)
{
    QVector<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            message.unfinished = type == QLatin1String("unfinished");
            message.obsolete = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText();
            } else {
                message.translations << xml.readElementText();
            }
            messages.append(message);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

int accelerators(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&)\\S"));
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QChar ending(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QChar() : trimmed.back();
}

} // namespace

class tst_TranslationFiles : public QObject
{
    Q_OBJECT
private slots:
    void consistent_data();
    void consistent();
};

void tst_TranslationFiles::consistent_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(BV_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")});
    QVERIFY(files.size() >= 5);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void tst_TranslationFiles::consistent()
{
    QFETCH(QString, path);
    QString language;
    const QVector<Message> messages = readTs(path, &language);
    QVERIFY(messages.size() > 100);
    const bool english = language.startsWith(QLatin1String("en"));
    const QHash<QString, int> pluralForms{{QStringLiteral("en"), 2}, {QStringLiteral("uk"), 3}, {QStringLiteral("de"), 2},
                                          {QStringLiteral("fr"), 2}, {QStringLiteral("ar"), 6}};
    const QString code = language.section(QLatin1Char('_'), 0, 0);
    QStringList problems;
    for (const Message &m : messages) {
        if (m.obsolete)
            continue;
        const QString where = m.context + QStringLiteral(" “") + m.source.left(60) + QStringLiteral("”: ");
        // English only carries plural forms; every other language translates everything.
        if (english && !m.numerus)
            continue;
        if (m.unfinished || m.translations.isEmpty() || m.translations.contains(QString())) {
            problems << where + QStringLiteral("not translated");
            continue;
        }
        if (m.numerus && m.translations.size() != pluralForms.value(code))
            problems << where + QStringLiteral("%1 plural forms, %2 expected").arg(m.translations.size()).arg(pluralForms.value(code));
        for (const QString &t : m.translations) {
            QSet<QString> expected = placeholders(m.source);
            if (placeholders(t) != expected)
                problems << where + QStringLiteral("placeholders differ in “%1”").arg(t);
            if (accelerators(m.source) != accelerators(t))
                problems << where + QStringLiteral("'&' accelerators differ in “%1”").arg(t);
            const QChar end = ending(m.source);
            const QString stops = QStringLiteral(".:?!…");
            if (stops.contains(end)) {
                const QChar got = ending(t);
                const bool arabicQuestion = code == QLatin1String("ar") && end == QLatin1Char('?') && got == QChar(0x061F);
                if (got != end && !arabicQuestion)
                    problems << where + QStringLiteral("ends with “%1”, not “%2”").arg(got).arg(end);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_TranslationFiles)
#include "tst_translationfiles.moc"
