// SPDX-License-Identifier: MIT
#include "file/filecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace bv {

namespace {

int injectedOpenError = 0;

OpenError fail(OpenError::Code code, const QString &message)
{
    return OpenError{code, message};
}

quint32 be32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

void FileCheck::failNextOpenWith(int errorNumber)
{
    injectedOpenError = errorNumber;
}

OpenError FileCheck::check(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return fail(OpenError::Code::NotFound, tr("No file name was given. Name a .briefing file to open."));
    const QFileInfo info(path);
    if (!info.exists()) {
        return fail(OpenError::Code::NotFound,
                    tr("“%1” does not exist. Check the file name and folder, or pick the file "
                       "with File > Open.").arg(name));
    }
    if (info.isDir()) {
        return fail(OpenError::Code::NotAFile,
                    tr("“%1” is a folder, not a briefing file. Open a .briefing file inside it.").arg(name));
    }
    if (!info.isFile()) {
        return fail(OpenError::Code::NotAFile,
                    tr("“%1” is not a regular file (it is a device, pipe or socket). "
                       "Open a .briefing file.").arg(name));
    }
    // Opened as SQLite will open it, so that the reason it cannot be is the system's own.
    int openError = injectedOpenError;
    injectedOpenError = 0;
    if (!openError) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0)
            openError = errno;
        else
            ::close(fd);
    }
    QFile file(path);
    if (!openError && !file.open(QIODevice::ReadOnly))
        openError = EIO;
    if (openError == EACCES || openError == EPERM) {
        return fail(OpenError::Code::NotReadable,
                    tr("“%1” cannot be read: permission denied. Ask the file's owner for read access, or copy "
                       "it to a folder of yours.").arg(name));
    }
    if (openError) {
        return fail(OpenError::Code::NotReadable,
                    tr("“%1” cannot be read: %2. Check the disk or the place it is on, or copy the file to a "
                       "folder of yours.").arg(name, QString::fromLocal8Bit(std::strerror(openError))));
    }
    const qint64 size = file.size();
    if (size == 0) {
        return fail(OpenError::Code::Empty,
                    tr("“%1” is empty (0 bytes). It was probably not saved or copied completely; "
                       "get the briefing again from whoever sent it.").arg(name));
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 && header.startsWith(magic.left(qMin<qsizetype>(header.size(), 16)))) {
        return fail(OpenError::Code::Truncated,
                    tr("“%1” is incomplete: it is only %2 bytes long, shorter than a SQLite "
                       "header. It was probably cut short while downloading or copying; copy it again.")
                        .arg(name, QLocale().toString(size)));
    }
    if (header.size() < 100 || !header.startsWith(magic)) {
        return fail(OpenError::Code::NotSqlite,
                    tr("“%1” is not a briefing file: it is not a SQLite database. Open a "
                       ".briefing file made by Briefing Viewer's briefing-tool or another "
                       "program that writes this format.").arg(name));
    }
    const quint8 writeVersion = quint8(header.at(18));
    const quint8 readVersion = quint8(header.at(19));
    if (writeVersion == 2 || readVersion == 2) {
        return fail(OpenError::Code::WalMode,
                    tr("“%1” is in SQLite's write-ahead-log mode, which cannot be read without "
                       "writing beside the file. Convert it once with: sqlite3 \"%1\" "
                       "\"PRAGMA journal_mode=DELETE\"").arg(name));
    }
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const bool pageSizeValid = pageSize >= 512 && pageSize <= 65536 && (pageSize & (pageSize - 1)) == 0;
    // The page count in the header is valid when the change counter matches
    // "version-valid-for" (SQLite 3.7.0 and later).
    const quint32 pageCount = be32(header, 28);
    const bool countValid = be32(header, 24) == be32(header, 92) && pageCount > 0;
    if (!pageSizeValid) {
        return fail(OpenError::Code::Corrupt,
                    tr("“%1” is damaged: its SQLite header names an impossible page size (%2). "
                       "Get a fresh copy of the briefing.").arg(name, QString::number(pageSize)));
    }
    const qint64 expected = countValid ? qint64(pageCount) * pageSize : 0;
    const QLocale locale;
    if (size < expected) {
        return fail(OpenError::Code::Truncated,
                    tr("“%1” is incomplete: it is %2 bytes long, but its header says %3. It "
                       "was probably cut short while downloading or copying; copy it again.")
                        .arg(name, locale.toString(size), locale.toString(expected)));
    }
    if (countValid && size % pageSize != 0) {
        // Longer than its header says, by less than a page: bytes were added after its end.
        return fail(OpenError::Code::Corrupt,
                    tr("“%1” is damaged: it is %2 bytes long, %3 more than its header says (%4): something "
                       "was added after its end. Get a fresh copy of the briefing.")
                        .arg(name, locale.toString(size), locale.toString(size - expected), locale.toString(expected)));
    }
    if (size % pageSize != 0) {
        // No page count to trust (an old header): cut short or added to, the size cannot tell.
        return fail(OpenError::Code::Corrupt,
                    tr("“%1” is damaged: it is %2 bytes long, not a whole number of its %3-byte pages, so it was "
                       "cut short or added to. Get a fresh copy of the briefing.")
                        .arg(name, locale.toString(size), locale.toString(pageSize)));
    }
    return {};
}

} // namespace bv
