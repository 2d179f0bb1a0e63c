// SPDX-License-Identifier: MIT
// Why a briefing file could not be opened, with a message for the user.
#pragma once

#include <QString>

namespace bv {

struct OpenError
{
    enum class Code {
        None,
        NotFound,      // no such path
        NotAFile,      // a folder, device or pipe
        NotReadable,   // permissions
        Empty,         // 0 bytes
        NotSqlite,     // no SQLite header
        Truncated,     // shorter than its header says
        WalMode,       // write-ahead log: cannot be read without writing beside it
        Locked,        // another program is writing it
        Corrupt,       // SQLite's quick_check or a read failed on damaged pages
        NotABriefing,  // a SQLite file of another program
        NewerVersion,  // made by a newer Briefing Viewer
        BadVersion,    // a format version this program never wrote
        MissingTable,
        MissingColumn,
        NoMetadata,    // the briefing table has no row
        Refused,       // sound, perhaps, but past the reader's safety limits (schema functions, sizes)
        ReadFailed,    // any other SQLite error while reading
        Cancelled      // the thread reading it was asked to stop (the window closed, another open)
    };
    OpenError() = default;
    OpenError(Code code, const QString &message, const QString &detail = QString())
        : code(code), message(message), detail(detail)
    {
    }

    Code code = Code::None;
    QString message; // translated: which file, what is wrong, what to do
    QString detail;  // SQLite's own words, for those who ask (validate --verbose, the dialog's Details)

    explicit operator bool() const { return code != Code::None; }
};

} // namespace bv
