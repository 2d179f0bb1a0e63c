// SPDX-License-Identifier: MIT
#include "file/filereplacement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bv {

namespace {

struct Injected
{
    bool armed = false;
    FileReplacement::Step step = FileReplacement::Step::Create;
    int error = 0;
};
Injected injected;

// The injected error for `step`, once, or 0.
int injectedAt(FileReplacement::Step step)
{
    if (!injected.armed || injected.step != step)
        return 0;
    injected.armed = false;
    return injected.error;
}

bool flush(const QByteArray &path, int flags)
{
    const int fd = ::open(path.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    const int saved = errno;
    ::close(fd);
    errno = saved;
    return ok;
}

} // namespace

void FileReplacement::failNextAt(Step step, int errorNumber)
{
    injected = Injected{true, step, errorNumber};
}

QString FileReplacement::describe(int errorNumber)
{
    switch (errorNumber) {
    case EACCES:
    case EPERM:
        return tr("permission denied");
    case ENOSPC:
    case EDQUOT:
        return tr("the disk is full");
    case EROFS:
        return tr("the disk is read-only");
    case EISDIR:
    case ENOTEMPTY:
        return tr("a folder is in its place");
    default:
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
}

FileReplacement::FileReplacement(const QString &target) : m_target(QFileInfo(target).absoluteFilePath()) {}

FileReplacement::~FileReplacement()
{
    if (!m_placed)
        discard();
}

bool FileReplacement::fail(const QString &what, int errorNumber)
{
    m_error = what.arg(describe(errorNumber));
    discard();
    return false;
}

bool FileReplacement::create()
{
    discard();
    if (const int error = injectedAt(Step::Create))
        return fail(tr("could not create a temporary file beside it (%1)"), error);
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString name = m_target + QLatin1Char('.')
                             + QString::number(QRandomGenerator::global()->generate(), 16) + QStringLiteral(".part");
        // O_EXCL: a file of that name, anyone's, is never opened or replaced.
        const int fd = ::open(QFile::encodeName(name).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0) {
            ::close(fd);
            m_temporary = name;
            return true;
        }
        if (errno != EEXIST)
            return fail(tr("could not create a temporary file beside it (%1)"), errno);
    }
    return fail(tr("could not create a temporary file beside it (%1)"), EEXIST);
}

void FileReplacement::discard()
{
    if (m_temporary.isEmpty())
        return;
    QFile::remove(m_temporary);
    QFile::remove(m_temporary + QStringLiteral("-journal"));
    m_temporary.clear();
}

bool FileReplacement::commit()
{
    if (m_temporary.isEmpty())
        return false;
    const QByteArray temporary = QFile::encodeName(m_temporary);
    const QByteArray target = QFile::encodeName(m_target);
    int error = injectedAt(Step::Flush);
    if (!error && !flush(temporary, O_RDONLY))
        error = errno;
    if (error)
        return fail(tr("could not write the new file to the disk (%1)"), error);
    struct stat old;
    if (::stat(target.constData(), &old) == 0 && S_ISREG(old.st_mode))
        ::chmod(temporary.constData(), old.st_mode & 07777); // the replaced file's permissions
    error = injectedAt(Step::Rename);
    // rename() replaces the target in one step: a reader sees the old file or the new one.
    if (!error && std::rename(temporary.constData(), target.constData()) != 0)
        error = errno;
    if (error)
        return fail(tr("could not put the new file in its place (%1)"), error);
    m_placed = true;
    m_temporary.clear();
    // The rename itself survives a crash once the folder is flushed; the file is in place
    // either way, so a folder that cannot be flushed (some file systems) is no failure.
    flush(QFile::encodeName(QFileInfo(m_target).absolutePath()), O_RDONLY | O_DIRECTORY);
    return true;
}

} // namespace bv
