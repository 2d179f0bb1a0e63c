// SPDX-License-Identifier: MIT
// Renders an item of a briefing as HTML for SafeTextBrowser. Every text from the briefing
// is escaped: content can never inject markup, images or links.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "content/contentlanguage.h"
#include "content/textlimits.h"

namespace bv {

class BriefingDatabase;

class ItemHtml
{
    Q_DECLARE_TR_FUNCTIONS(ItemHtml)
public:
    // All fields of the item and its links, each link clickable. A long text shows its first
    // piece (at most TextLimits::shownChars characters) and a "Show all" link (showAllUrl());
    // with `showAll` it shows up to TextLimits::showAllChars. The detail pane renders without
    // `showAll` and adds the rest piece by piece (DetailPane, restPieceHtml()).
    static QString render(const BriefingDatabase &database, const QString &id, bool showAll = false);
    // A text field as HTML within the limits of docs/format.md: cut with a "Show all" link
    // (or, past the hard maximum, a note), Markdown past its limits as plain text with a note.
    // `plain` may be the start of a longer text of `total` characters (-1: the whole text).
    // Not `extendable` (a row of the field table): cut at TextLimits::shownChars with a note,
    // no "Show all", since a table lays out a cell whole on every change.
    static QString longText(const QString &plain, bool markdown, bool showAll, qsizetype total = -1, bool extendable = true);
    // One more piece of a long text after "Show all", as HTML of its own paragraph: Markdown
    // within its limits rendered safely, anything else escaped as plain text.
    static QString restPieceHtml(const QString &piece, bool markdown);
    // The note after a text cut at the hard maximum: "Only the first N of M characters ...".
    static QString cutNote(qsizetype shown, qsizetype total);
    static QUrl showAllUrl(); // briefing:show-all
    static bool isShowAll(const QUrl &url);
    static QString markdownNote(MarkdownLimit limit); // why a Markdown text is shown as plain text
    // The briefing's title page: metadata, summary, counts, sources, warnings.
    static QString overview(const BriefingDatabase &database);
    // Escaped text with line breaks kept (at most TextLimits::showAllChars characters).
    static QString text(const QString &plain);
    static QString itemLink(const BriefingDatabase &database, const QString &id);
    // "[not translated; shown in English]" or "[translation may be out of date]", or nothing.
    static QString stateNote(TextState state, const QString &language);
    // Escaped text in italics where its script has italic forms (Latin, Greek, Cyrillic).
    // Arabic and most other scripts have none: the fonts here then show empty boxes.
    static QString italic(const QString &plain);
    // A muted placeholder such as "Not stated": grey, and in italics where the script has them.
    static QString placeholder(const QString &plain);

private:
    static QString fields(const QList<QPair<QString, QString>> &rows);
    static QString links(const BriefingDatabase &database, const QString &id);
    static QString seriesPoints(const BriefingDatabase &database, const QString &seriesId);
    static QString point(const BriefingDatabase &database, const QString &pointId);
};

} // namespace bv
