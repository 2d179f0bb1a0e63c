// SPDX-License-Identifier: MIT
#include "file/contentcheck.h"

#include "content/contentlanguage.h"
#include "file/backgroundpriority.h"
#include "file/sqliteconnection.h"

#include <QMutex>
#include <QThread>

namespace bv {

struct ContentCheck::Shared
{
    QString file, name;
    QThread *opener = nullptr;
    QMutex mutex;
    QStringList others; // the other content tables not yet taken by either thread
    OpenError damage[2]; // found by the checker, by the scanner
    std::optional<QStringList> languages;
    std::promise<PointSummary> scanned;

    // Opens a connection of this thread's own, stopped with the opener's; false (with
    // `*error` set unless the open was abandoned) when it cannot be used.
    bool open(SqliteConnection &connection, OpenError *error) const
    {
        if (!connection.open(file, SqliteConnection::Mode::ReadOnlyUntrusted)) {
            *error = BriefingReader::sqliteError(connection.errorCode(), connection.errorText(), name);
            return false;
        }
        connection.stopWith(opener);
        return !opener->isInterruptionRequested(); // read() reports the open as cancelled
    }

    // Checks the other tables, one at a time, until none is left, damage is found (by
    // either thread) or the open is abandoned.
    void checkOthers(SqliteConnection &connection, OpenError *error)
    {
        if (*error) { // the data points' check found damage: the other thread stops too
            const QMutexLocker lock(&mutex);
            others.clear();
            return;
        }
        while (!*error && !opener->isInterruptionRequested()) {
            QString table;
            {
                const QMutexLocker lock(&mutex);
                if (others.isEmpty())
                    return;
                table = others.takeFirst();
            }
            *error = BriefingReader(connection, name).checkTables({table});
            if (*error) {
                const QMutexLocker lock(&mutex);
                others.clear(); // the other thread stops at its next table
            }
        }
    }
};

ContentCheck::ContentCheck(const QString &file, const QString &name, const QStringList &tables, QThread *opener)
    : m_shared(std::make_shared<Shared>())
{
    m_shared->file = file;
    m_shared->name = name;
    m_shared->opener = opener;
    m_shared->others = tables;
    const QString pointTable = QStringLiteral("point");
    const bool points = m_shared->others.removeAll(pointTable) > 0;
    m_points = m_shared->scanned.get_future().share();
    m_checker = std::thread([shared = m_shared, points, pointTable] {
        lowerThreadPriority();
        SqliteConnection connection;
        OpenError &error = shared->damage[0];
        if (!shared->open(connection, &error))
            return;
        if (points)
            error = BriefingReader(connection, shared->name).checkTables({pointTable});
        shared->checkOthers(connection, &error);
    });
    m_scanner = std::thread([shared = m_shared] {
        lowerThreadPriority();
        SqliteConnection connection;
        OpenError &error = shared->damage[1];
        if (!shared->open(connection, &error)) {
            PointSummary failed;
            failed.error = error; // none when abandoned: read() reports the open as cancelled
            shared->scanned.set_value(std::move(failed));
            return;
        }
        shared->scanned.set_value(BriefingReader(connection, shared->name).scanPoints());
        shared->languages = ContentLanguage::languagesIn(connection); // not waited for by the reader
        shared->checkOthers(connection, &error);
    });
}

ContentCheck::~ContentCheck()
{
    if (m_scanner.joinable())
        m_scanner.join();
    if (m_checker.joinable())
        m_checker.join();
}

BriefingReader::PointsPass ContentCheck::points() const
{
    return [result = m_points] { return result.get(); };
}

OpenError ContentCheck::finish()
{
    if (m_scanner.joinable())
        m_scanner.join();
    if (m_checker.joinable())
        m_checker.join();
    return m_shared->damage[0] ? m_shared->damage[0] : m_shared->damage[1];
}

const std::optional<QStringList> &ContentCheck::languages() const
{
    return m_shared->languages;
}

} // namespace bv
