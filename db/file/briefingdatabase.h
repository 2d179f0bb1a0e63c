// SPDX-License-Identifier: MIT
// An opened briefing: its checked content, and the read-only connection that serves the
// parts too large to keep in memory (data points).
#pragma once

#include "content/briefing.h"
#include "content/eventtimeindex.h"
#include "content/seriesvalues.h"
#include "file/briefingreader.h"
#include "file/openerror.h"

#include <memory>
#include <optional>

class QSqlQuery;

namespace bv {

class SeriesCache;
class SqliteConnection;
struct ItemField;

class BriefingDatabase
{
    Q_DECLARE_TR_FUNCTIONS(BriefingDatabase)
public:
    static constexpr int applicationId = 0x42524946; // "BRIF"
    static constexpr int formatVersion = 2; // the newest format; files of 1 are read too

    // Checks and reads a briefing file without ever writing it. Without `fullText`, event
    // descriptions and FAQ answers stay in the file until asked for (the viewer's way).
    // `contentLanguage`: show text in this language where translated (empty: the source).
    static std::shared_ptr<BriefingDatabase> open(const QString &path, OpenError *error, bool fullText = true,
                                                  const QString &contentLanguage = QString());
    // The two halves of open(), for opening without blocking the window: read() checks and
    // reads the file on a connection of its own, in any thread; adopt(), in the thread that
    // will use it, opens the connection that serves the rest (points, long texts, search).
    // An empty `path` names the built-in sample, Examples::pathOf() another example. In a thread asked to stop
    // (QThread::requestInterruption), read() stops at its next step: OpenError::Code::Cancelled.
    static std::optional<Briefing> read(const QString &path, OpenError *error, bool fullText = true,
                                        const QString &contentLanguage = QString());
    static std::shared_ptr<BriefingDatabase> adopt(const QString &path, Briefing briefing, OpenError *error);
    // The built-in sample briefing: a SQLite image compiled into the program (made at build
    // time from resources/sample/*.sql), opened read-only in memory. readSample() and
    // adoptSample() are its halves, as read() and adopt() are open()'s.
    static std::shared_ptr<BriefingDatabase> openSample(OpenError *error, const QString &contentLanguage = QString());
    static std::optional<Briefing> readSample(OpenError *error, const QString &contentLanguage = QString());
    static std::shared_ptr<BriefingDatabase> adoptSample(Briefing briefing, OpenError *error);
    // What open() and read() have SQLite check, for the whole process: the content tables
    // (the default), or every page of the file, as `briefing-tool validate` does (and the
    // viewer's hidden --check-whole-file, the benchmark's baseline).
    static void setCheckScope(CheckScope scope);
    static CheckScope checkScope();
    ~BriefingDatabase();
    // Drops a reference; when it is the last one, the connection is closed here and the
    // content (tens of milliseconds to free for a large briefing) is freed in a worker thread,
    // so that the window replacing one briefing by another keeps painting. When others still
    // hold it (views that have not yet taken the new briefing), the window's thread looks
    // again once they have, up to ten seconds.
    static void releaseInBackground(std::shared_ptr<const BriefingDatabase> database);

    const Briefing &briefing() const { return m_briefing; }
    QString path() const { return m_path; } // empty for the sample; Examples::pathOf() for an example
    bool isSample() const { return m_path.isEmpty(); }
    bool isBuiltIn() const; // the sample or another example compiled in (no file on disk)
    QString displayName() const;

    // A series' points in order; `limit` > 0 reads only the first ones.
    QVector<Point> points(const QString &seriesId, int limit = 0) const;
    // One point by its label (what a point id names), or none.
    std::optional<Point> point(const QString &seriesId, const QString &label) const;
    // A field ('label', 'note', 'break_note') of a series' points in the content language,
    // by the point's label, for the translated ones only (empty without a content language).
    QHash<QString, QString> pointTranslations(const QString &seriesId, const QString &field) const;
    // Long texts, from memory or, when the briefing was opened without full text, the file.
    QString eventDescription(int row, TextState *state = nullptr, QString *language = nullptr) const;
    // The events by time, in lanes; built on first use and shared by every view.
    std::shared_ptr<const EventTimeIndex> timeIndex(EventTimeIndex::Lanes lanes) const;
    // One built beforehand from this briefing's content (in the thread that read it).
    void setTimeIndex(std::shared_ptr<const EventTimeIndex> index);
    // The values of its series, each read once and shared by every view (made on first use,
    // on the window's thread; content/seriescache.h).
    SeriesCache &seriesCache() const;
    // Reads a series on a connection of this thread's own to the file at `path`, in any
    // thread (the cache's background reads, the opener's read ahead). Nothing when the file no
    // longer holds the briefing `briefingId`, or when the read was stopped midway (this
    // thread, or `stopWith`, asked to stop).
    static std::optional<SeriesValues> readSeriesValues(const QString &path, const QString &briefingId,
                                                        const SeriesReading &reading, const Series &series,
                                                        const QThread *stopWith = nullptr);
    QString faqAnswer(int row, TextState *state = nullptr, QString *language = nullptr) const;
    // Any field's text as shown (in the content language), long texts read from the file
    // when they were left there; `row` within the field's kind.
    QString text(const ItemField &field, int row, TextState *state = nullptr, QString *language = nullptr) const;
    // The start of the same text, at most `maxChars` characters of it, and in `total` its whole
    // length (in characters as SQLite counts them, for a text left in the file). A long text left
    // in the file is cut by SQLite: the program never holds the whole of it, in the source
    // language or a translation (whose state, Translated or Stale, comes from a hash of the
    // source read a megabyte at a time). The last part asked for is kept, so that rendering the
    // same item again (Show all, a new theme) reads nothing.
    QString textPart(const ItemField &field, int row, qsizetype maxChars, qsizetype *total, TextState *state = nullptr,
                     QString *language = nullptr) const;
    // The read-only connection, for the search index shipped in the file (SearchIndex).
    SqliteConnection &connection() const;

private:
    static void releaseWhenLast(std::shared_ptr<const BriefingDatabase> database, int attempt);
    BriefingDatabase();
    Point pointFrom(const QSqlQuery &query, const QString &seriesId, bool time) const;
    void translatePoints(QVector<Point> *points, bool categories) const;
    bool isTimeSeries(const QString &seriesId) const;
    // `languages`: those of the translations, when already listed.
    void useContentLanguage(const QString &language, const std::optional<QStringList> &languages = std::nullopt);
    OpenError openConnection(const QString &path);
    // The first `maxChars` characters (or a little more) of a text column, read with SQLite's
    // incremental I/O, and its length in UTF-16 units; false when it cannot be read so.
    bool readTextStart(const ItemField &field, const QString &id, qsizetype maxChars, QString *text, qsizetype *total) const;
    struct TextPart;
    // The start of the text's translation along the content chain into `part` (with its state
    // and language); false when none is there (state Fallback, the source language).
    bool readTranslationStart(const ItemField &field, const QString &id, qsizetype maxChars, TextPart *part) const;
    // ContentLanguage::sourceHash() of a text column, without holding the text whole.
    QByteArray sourceHashOf(const ItemField &field, const QString &id) const;
    OpenError openBuiltInConnection(const QString &path);
    static std::shared_ptr<BriefingDatabase> openBuiltIn(const QString &path, OpenError *error, const QString &contentLanguage);
    std::unique_ptr<SqliteConnection> m_connection;
    Briefing m_briefing;
    QString m_path;
    mutable std::shared_ptr<const EventTimeIndex> m_timeIndex[2];
    struct TextPart
    {
        QString key; // field, row, maxChars, content languages
        QString text;
        qsizetype total = 0;
        TextState state = TextState::Source;
        QString language;
    };
    mutable TextPart m_lastPart; // textPart()'s last answer (the window's thread asks)
    mutable std::unique_ptr<SeriesCache> m_seriesCache; // last: its reads end before the rest goes
};

// The SQL text of db/file/schema.sql and of the sample briefing, from the resources.
QString schemaSql();
QString sampleSql(); // the sample and its translations

} // namespace bv
