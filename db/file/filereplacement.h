// SPDX-License-Identifier: MIT
// A new version of a file written beside it and put in its place in one step (the writer's,
// briefing-tool only): a temporary file of a name no one else uses in the target's folder
// (so the rename is atomic, and an existing "<name>.part" is never touched), flushed to the
// disk, then renamed over the target, and the folder flushed. Until the rename the old file
// is as it was; a failure removes the temporary only.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace bv {

class FileReplacement final
{
    Q_DECLARE_TR_FUNCTIONS(FileReplacement)
public:
    explicit FileReplacement(const QString &target);
    ~FileReplacement(); // the temporary is removed unless it was put in place
    FileReplacement(const FileReplacement &) = delete;
    FileReplacement &operator=(const FileReplacement &) = delete;

    // Creates the temporary, empty, beside the target: "<target>.<random>.part".
    bool create();
    QString temporaryPath() const { return m_temporary; }
    // Flushes the temporary to the disk and renames it over the target (keeping the old
    // file's permissions). False with error() when it could not: the target is untouched.
    bool commit();
    // Removes the temporary (and a journal SQLite may have left beside it).
    void discard();
    // What went wrong, in words ("permission denied", "the disk is full" ...).
    QString error() const { return m_error; }

    // For tests, which run as root and on a roomy disk: the next replacement fails at `step`
    // as if the system had answered `errorNumber` (an errno value).
    enum class Step { Create, Flush, Rename };
    static void failNextAt(Step step, int errorNumber);

    // A system error in words, for a message.
    static QString describe(int errorNumber);

private:
    bool fail(const QString &what, int errorNumber);

    QString m_target, m_temporary, m_error;
    bool m_placed = false;
};

} // namespace bv
