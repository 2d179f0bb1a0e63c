// SPDX-License-Identifier: MIT
// What became of writing a briefing file (briefing-tool only: the viewer never writes one).
// Unlike OpenError, it is never tested as a bool: ask ok().
#pragma once

#include <QString>

namespace bv {

struct WriteResult
{
    enum class Code {
        Written,
        Exists,       // the output exists and replacing it was not asked for
        IsFolder,     // the output names a folder
        NoFolder,     // the output's folder does not exist
        InputRefused, // the briefing to write into could not be opened (message says why)
        Invalid,      // what was to be written does not fit the briefing (message says what)
        Failed        // SQLite or the file system failed while writing
    };
    Code code = Code::Written;
    QString message; // translated: which file, what is wrong, what to do; empty when written

    bool ok() const { return code == Code::Written; }
    static WriteResult written() { return {}; }
    static WriteResult failure(Code code, const QString &message) { return {code, message}; }
};

} // namespace bv
