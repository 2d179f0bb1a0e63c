// SPDX-License-Identifier: MIT
#include "common/safefilename.h"

#include <QMessageBox>
#include <QStringList>

namespace bv {

namespace {

constexpr int maximumLength = 100;

bool separates(QChar c)
{
    switch (c.unicode()) {
    case '/': case '\\': case '<': case '>': case ':': case '"': case '|': case '?': case '*':
        return true;
    default:
        break;
    }
    // Controls, bidirectional and other format characters, separators of lines and paragraphs.
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
           || category == QChar::Separator_Paragraph;
}

} // namespace

QString safeFileName(const QString &untrusted, const QString &extension, const QString &fallback)
{
    QStringList parts;
    QString part;
    const auto finish = [&] {
        QString kept = part.trimmed();
        while (kept.startsWith(QLatin1Char('.'))) // ".", "..", ".hidden"
            kept.remove(0, 1);
        kept = kept.trimmed();
        if (!kept.isEmpty())
            parts << kept;
        part.clear();
    };
    for (const QChar c : untrusted.left(4 * maximumLength)) {
        if (separates(c))
            finish();
        else
            part += c;
    }
    finish();
    QString name = parts.join(QLatin1Char('-')).left(maximumLength);
    if (name.size() == maximumLength && name.back().isHighSurrogate())
        name.chop(1);
    while (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')))
        name.chop(1);
    return (name.isEmpty() ? fallback : name) + extension;
}

void warnPlainText(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace bv
