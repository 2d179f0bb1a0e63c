// SPDX-License-Identifier: MIT
// The text of an item as its briefing's author wrote it (the source language, every field),
// which a note remembers, to tell later whether the item has changed since.
#pragma once

#include <QString>

namespace bv {

class BriefingDatabase;

namespace ItemText {

// Each field as "name: text" on its own line, read from the file in the source language
// (whatever content language is shown); a data point's label, value, note and source. Empty
// for an id the briefing does not have.
QString of(const BriefingDatabase &database, const QString &id);
// Lower-case hex SHA-1 of the text's UTF-8.
QString hash(const QString &text);

} // namespace ItemText

} // namespace bv
