// SPDX-License-Identifier: MIT
// A briefing's notes out of and into the library: Markdown to read (one section per item,
// with its title), JSON to move them to another machine. Import merges by note id: a note
// already there is kept or updated (the later edit wins), never duplicated.
#pragma once

#include "library/librarytypes.h"

#include <QCoreApplication>
#include <QVector>

namespace bv {

class Library;

class NoteExchange
{
    Q_DECLARE_TR_FUNCTIONS(NoteExchange)
public:
    static constexpr int formatVersion = 1;

    static QString toMarkdown(const QString &briefingTitle, const QVector<Note> &notes);
    static QByteArray toJson(const SeenBriefing &briefing, const QVector<Note> &notes);

    struct ImportResult
    {
        int added = 0, updated = 0, unchanged = 0;
        QString problem; // set when nothing was imported
        QString summary() const;
    };
    // Reads JSON written by toJson() (of any briefing) into the library.
    static ImportResult importJson(Library &library, const QByteArray &json);
};

} // namespace bv
