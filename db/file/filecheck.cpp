// SPDX-License-Identifier: MIT
#include "file/filecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QtEndian>

namespace bv {

namespace {

OpenError fail(OpenError::Code code, const QString &message)
{
    return OpenError{code, message};
}

quint32 be32(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

} // namespace

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
    QFile file(path);
    if (!info.isReadable() || !file.open(QIODevice::ReadOnly)) {
        return fail(OpenError::Code::NotReadable,
                    tr("“%1” cannot be read: %2. Ask the file's owner for read access, or copy "
                       "it to a folder of yours.").arg(name, file.errorString()));
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
    if (size < expected || size % pageSize != 0) {
        return fail(OpenError::Code::Truncated,
                    tr("“%1” is incomplete: it is %2 bytes long, but its header says %3. It "
                       "was probably cut short while downloading or copying; copy it again.")
                        .arg(name, QLocale().toString(size),
                             QLocale().toString(qMax(expected, (size / pageSize + 1) * pageSize))));
    }
    return {};
}

} // namespace bv
