// SPDX-License-Identifier: MIT
#include "library/notesearch.h"

#include "content/markdowntext.h"
#include "file/briefingdatabase.h"
#include "library/userlibrary.h"
#include "search/searchquery.h"

namespace bv {

namespace {

// A note is a few lines; a long one is read this far for its snippet (a match further on
// still finds the note, its snippet then shows how it starts).
constexpr int snippetSourceLength = 20000;
constexpr int markdownLength = 4000; // longer text is shown as written, not rendered
constexpr int leadIn = 40;           // characters kept before the first match

// `text` folded as Library::fold folds it, with the position in `text` of each folded
// character.
QString foldWithPositions(const QString &text, QVector<int> *positions)
{
    QString folded;
    folded.reserve(text.size());
    positions->reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) { // ASCII folds to its lower case
            folded.append(c.toLower());
            positions->append(i);
            continue;
        }
        const int length = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
        const QString one = Library::fold(text.mid(i, length));
        for (const QChar f : one) {
            folded.append(f);
            positions->append(i);
        }
        i += length - 1;
    }
    return folded;
}

QString snippetOf(const QString &markdown, const QStringList &words)
{
    QString text = markdown.left(snippetSourceLength);
    if (text.size() <= markdownLength)
        text = markdownToPlainText(text);
    text = text.simplified(); // one line: paragraphs and line breaks become spaces
    if (text.size() <= NoteSearch::snippetLength)
        return text;
    const TextRanges found = NoteSearch::matches(text, words);
    int start = found.isEmpty() ? 0 : qMax(0, found.first().first - leadIn);
    if (start > 0) { // from the start of a word
        const int space = text.indexOf(QLatin1Char(' '), start);
        if (space >= 0 && space < found.first().first)
            start = space + 1;
    }
    QString snippet = text.mid(start, NoteSearch::snippetLength);
    if (start > 0)
        snippet.prepend(QChar(0x2026));
    if (start + NoteSearch::snippetLength < text.size())
        snippet.append(QChar(0x2026));
    return snippet;
}

} // namespace

TextRanges NoteSearch::matches(const QString &text, const QStringList &words)
{
    QVector<int> positions;
    const QString folded = foldWithPositions(text, &positions);
    QVector<bool> matched(text.size(), false);
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + int(word.size()))) {
            for (int k = at; k < at + word.size(); ++k)
                matched[positions.at(k)] = true;
        }
    }
    TextRanges ranges;
    for (int i = 0; i < matched.size(); ++i) {
        if (!matched.at(i))
            continue;
        int end = i;
        while (end < matched.size() && matched.at(end))
            ++end;
        // A folded character stands for its whole (surrogate pair, decomposed) original.
        if (end < text.size() && text.at(end).isLowSurrogate())
            ++end;
        while (end < text.size() && text.at(end).category() == QChar::Mark_NonSpacing)
            ++end;
        ranges.append({i, end - i});
        i = end;
    }
    return ranges;
}

QVector<SearchHit> NoteSearch::find(const UserLibrary &library, const QString &userText, int limit)
{
    const auto database = library.briefing();
    const SearchQuery query(userText);
    if (!database || query.isEmpty() || limit <= 0)
        return {};
    QStringList folded;
    for (const QString &word : query.words())
        folded << Library::fold(word);
    const Briefing &b = database->briefing();
    QVector<SearchHit> hits;
    // Orphaned notes are passed over: a few more are asked for.
    const QVector<Note> notes = library.store().searchNotes(query.words().join(QLatin1Char(' ')), b.metadata.id, limit * 2);
    for (const Note &note : notes) {
        if (hits.size() >= limit)
            break;
        const QString &id = note.itemId;
        if (!b.find(id) && id != b.metadata.id && b.seriesOfPointId(id) < 0)
            continue;
        SearchHit hit;
        hit.kind = b.kindOf(id);
        hit.id = id;
        QString label;
        const int series = b.seriesOfPointId(id, &label);
        hit.title = (series >= 0 ? b.series.at(series).name + QStringLiteral(": ") + label : b.title(id)).left(300);
        hit.titleHighlights = matches(hit.title, folded);
        hit.snippet = snippetOf(note.text, folded);
        hit.highlights = matches(hit.snippet, folded);
        hits.append(hit);
    }
    return hits;
}

} // namespace bv
