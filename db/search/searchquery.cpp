// SPDX-License-Identifier: MIT
#include "search/searchquery.h"

namespace bv {

namespace {

bool isMark(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// "word" with any quote doubled: an FTS5 string, which FTS5 only tokenizes.
QString quoted(const QString &word)
{
    QString text = word;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

SearchQuery::SearchQuery(const QString &userText)
    : m_words(
          extractWords(userText.left(maxLength).normalized(QString::NormalizationForm_C), maxWords))
{
}

QStringList SearchQuery::extractWords(const QString &text, int maxWords)
{
    QStringList words;
    QString word;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size && words.size() < maxWords; ++i) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (QChar::isLetterOrNumber(c) || (!word.isEmpty() && isMark(c))) {
            word += text.mid(i, width);
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
        i += width - 1;
    }
    if (!word.isEmpty() && words.size() < maxWords)
        words << word;
    return words;
}

QString SearchQuery::matchExpression() const
{
    return isEmpty() ? QString() : wholeWordsExpression() + QLatin1Char('*');
}

QString SearchQuery::wholeWordsExpression() const
{
    QStringList parts;
    for (const QString &word : m_words)
        parts << quoted(word);
    return parts.join(QLatin1Char(' '));
}

QString SearchQuery::matchExpression(const QStringList &lastWordTerms) const
{
    QStringList parts;
    for (const QString &word : m_words.mid(0, m_words.size() - 1))
        parts << quoted(word);
    QStringList terms;
    for (const QString &term : lastWordTerms)
        terms << quoted(term);
    // FTS5 joins phrases by an implicit AND, but a group needs an explicit one.
    const QString group = QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return parts.isEmpty() ? group : parts.join(QLatin1Char(' ')) + QStringLiteral(" AND ") + group;
}

} // namespace bv
