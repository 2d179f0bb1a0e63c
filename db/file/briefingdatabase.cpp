// SPDX-License-Identifier: MIT
#include "file/briefingdatabase.h"
#include "file/examples.h"

#include "content/itemfields.h"
#include "content/seriescache.h"

#include "file/backgroundpriority.h"
#include "file/briefingreader.h"
#include "file/contentcheck.h"
#include "file/filecheck.h"
#include "file/sqliteconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QVariant>

#include <atomic>
#include <cmath>
#include <utility>

namespace bv {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Resource %s is missing from the build", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString schemaSql()
{
    return readResource(QStringLiteral(":/db/schema.sql"));
}

QString sampleSql()
{
    return readResource(QStringLiteral(":/sample/sample.sql")) + QLatin1Char('\n')
           + readResource(QStringLiteral(":/sample/translations.sql"));
}

namespace {
std::atomic<CheckScope> processCheckScope{CheckScope::Content};
}

void BriefingDatabase::setCheckScope(CheckScope scope)
{
    processCheckScope = scope;
}

CheckScope BriefingDatabase::checkScope()
{
    return processCheckScope;
}

BriefingDatabase::BriefingDatabase() = default;
BriefingDatabase::~BriefingDatabase() = default;

SeriesCache &BriefingDatabase::seriesCache() const
{
    if (m_seriesCache)
        return *m_seriesCache;
    SeriesCache::BackgroundReader inBackground;
    if (!isBuiltIn()) {
        // On a connection of the reading thread's own, to the same briefing: a file replaced
        // since it was opened is not read (the window's connection still reads the old one).
        inBackground = [path = m_path, reading = SeriesReading::of(m_briefing),
                        id = m_briefing.metadata.id](const Series &series) {
            return readSeriesValues(path, id, reading, series);
        };
    }
    m_seriesCache = std::make_unique<SeriesCache>([this](const Series &series) { return loadSeriesValues(*this, series); },
                                                  std::move(inBackground));
    return *m_seriesCache;
}

std::optional<SeriesValues> BriefingDatabase::readSeriesValues(const QString &path, const QString &briefingId,
                                                               const SeriesReading &reading, const Series &series,
                                                               const QThread *stopWith)
{
    SqliteConnection connection;
    if (!connection.open(path, SqliteConnection::Mode::ReadOnlyUntrusted))
        return std::nullopt;
    connection.stopWith(stopWith); // no-op when null
    const auto stopped = [stopWith] {
        return QThread::currentThread()->isInterruptionRequested() || (stopWith && stopWith->isInterruptionRequested());
    };
    if (stopped())
        return std::nullopt;
    QSqlQuery q(connection.database());
    if (!q.exec(QStringLiteral("SELECT id FROM briefing LIMIT 1")) || !q.next()
        || q.value(0).toString() != briefingId)
        return std::nullopt;
    q.finish();
    SeriesValues values = loadSeriesValues(connection.handle(), reading, series);
    if (stopped())
        return std::nullopt; // stopped midway: what was read may be incomplete
    return values;
}

void BriefingDatabase::releaseInBackground(std::shared_ptr<const BriefingDatabase> database)
{
    releaseWhenLast(std::move(database), 0);
}

void BriefingDatabase::releaseWhenLast(std::shared_ptr<const BriefingDatabase> database, int attempt)
{
    if (!database)
        return;
    if (database.use_count() > 1) {
        // Others still use it: the views and the library let go of it once they have the new
        // briefing, a moment later. Looked at again then, so that the last of them does not
        // free it on the window's thread; a holder that keeps it for long frees it itself.
        QCoreApplication *app = QCoreApplication::instance();
        if (app && attempt < 50 && QThread::currentThread() == app->thread())
            QTimer::singleShot(attempt == 0 ? 0 : 200, app, [database, attempt]() mutable {
                releaseWhenLast(std::move(database), attempt + 1);
            });
        return;
    }
    // The only owner may take its content; the global pool is awaited when the program ends.
    auto &owned = const_cast<BriefingDatabase &>(*database);
    auto *content = new Briefing(std::move(owned.m_briefing));
    auto *indexes = new std::shared_ptr<const EventTimeIndex>[2]{std::move(owned.m_timeIndex[0]),
                                                                 std::move(owned.m_timeIndex[1])};
    database.reset(); // the connection, of this thread, is closed in it
    QThreadPool::globalInstance()->start([content, indexes] {
        lowerThreadPriority();
        delete content;
        delete[] indexes;
    });
}

std::shared_ptr<BriefingDatabase> BriefingDatabase::open(const QString &path, OpenError *error, bool fullText,
                                                         const QString &contentLanguage)
{
    if (Examples::isBuiltIn(path))
        return openBuiltIn(path, error, contentLanguage);
    std::shared_ptr<BriefingDatabase> result(new BriefingDatabase);
    *error = result->openConnection(path);
    if (*error)
        return nullptr;
    const QString name = QDir::toNativeSeparators(path);
    const CheckScope scope = checkScope();
    BriefingReader reader(*result->m_connection, name);
    *error = reader.checkFormat(scope);
    if (*error)
        return nullptr;
    // The content tables are checked on connections of their own while they are read on
    // this one (file/contentcheck.h). The briefing is returned (and shown) only once the
    // check is done, and damage is reported before any other problem.
    std::optional<ContentCheck> check;
    if (scope == CheckScope::Content)
        check.emplace(result->m_path, name, reader.contentTables(reader.version()), QThread::currentThread());
    const OpenError readError = reader.read(&result->m_briefing, fullText,
                                            check ? check->points() : BriefingReader::PointsPass());
    const OpenError damage = check ? check->finish() : OpenError();
    *error = damage ? damage : readError;
    if (*error)
        return nullptr;
    const std::optional<QStringList> languages = check ? check->languages() : std::nullopt;
    result->useContentLanguage(contentLanguage, languages);
    return result;
}

OpenError BriefingDatabase::openConnection(const QString &path)
{
    if (const OpenError error = FileCheck::check(path))
        return error;
    m_path = QFileInfo(path).absoluteFilePath();
    m_connection = std::make_unique<SqliteConnection>();
    if (!m_connection->open(m_path, SqliteConnection::Mode::ReadOnlyUntrusted))
        return BriefingReader::sqliteError(m_connection->errorCode(), m_connection->errorText(), QDir::toNativeSeparators(path));
    return {};
}

std::optional<Briefing> BriefingDatabase::read(const QString &path, OpenError *error, bool fullText,
                                               const QString &contentLanguage)
{
    // Everything on a connection of this thread's own, closed when done.
    const auto database = open(path, error, fullText, contentLanguage); // a built-in example too
    if (QThread::currentThread()->isInterruptionRequested()) {
        // Its statements stopped at their next step: what was read may be incomplete.
        *error = {OpenError::Code::Cancelled,
                  tr("Opening “%1” was cancelled.").arg(path.isEmpty()              ? tr("sample briefing")
                                                        : Examples::isBuiltIn(path) ? Examples::title(Examples::nameOf(path))
                                                                                    : QDir::toNativeSeparators(path))};
        return std::nullopt;
    }
    if (!database)
        return std::nullopt;
    return std::move(database->m_briefing);
}

std::shared_ptr<BriefingDatabase> BriefingDatabase::adopt(const QString &path, Briefing briefing, OpenError *error)
{
    std::shared_ptr<BriefingDatabase> result(new BriefingDatabase);
    *error = Examples::isBuiltIn(path) ? result->openBuiltInConnection(path) : result->openConnection(path);
    if (*error)
        return nullptr;
    // The file was checked in full when it was read; that it is still the same briefing
    // is checked cheaply here (a file replaced meanwhile is refused, not misread).
    QSqlQuery q(result->m_connection->database());
    if (!q.exec(QStringLiteral("SELECT id FROM briefing LIMIT 1")) || !q.next()
        || q.value(0).toString() != briefing.metadata.id) {
        *error = {OpenError::Code::ReadFailed,
                  tr("“%1” changed while it was being opened. Open it again.").arg(QDir::toNativeSeparators(path))};
        return nullptr;
    }
    q.finish();
    result->m_briefing = std::move(briefing);
    return result;
}

void BriefingDatabase::useContentLanguage(const QString &language, const std::optional<QStringList> &languages)
{
    Briefing &b = m_briefing;
    b.translationLanguages = languages ? *languages : ContentLanguage::languagesIn(*m_connection);
    if (!language.isEmpty() && language != b.metadata.sourceLanguage) {
        b.contentLanguage = language;
        b.contentChain = ContentLanguage::chain(language, b.metadata.sourceLanguage);
        const QString problem = ContentLanguage::apply(*m_connection, &b, b.contentChain);
        if (!problem.isEmpty())
            b.warnings << tr("The translations could not be read (%1); the text is shown in the source language.").arg(problem);
    }
    // Its stops' titles in the content language: made here, on the thread that reads.
    BriefingPath::makeDefaultPath(&b);
}

QString BriefingDatabase::displayName() const
{
    if (isSample())
        return tr("Sample briefing");
    return isBuiltIn() ? Examples::title(Examples::nameOf(m_path)) : QFileInfo(m_path).fileName();
}

bool BriefingDatabase::isBuiltIn() const
{
    return Examples::isBuiltIn(m_path);
}

SqliteConnection &BriefingDatabase::connection() const
{
    return *m_connection;
}

namespace {

QString textOf(const SqliteConnection &connection, const QString &sql, const QString &id)
{
    QSqlQuery q(connection.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

QString BriefingDatabase::text(const ItemField &field, int row, TextState *state, QString *language) const
{
    const QString id = field.kind == ItemKind::Briefing ? m_briefing.metadata.id : m_briefing.idAt(field.kind, row);
    TextState ignored;
    state = state ? state : &ignored;
    if (!field.longText || m_briefing.fullText) {
        *state = field.translatable ? m_briefing.textState(id, field.fieldName()) : TextState::Source;
        if (language)
            *language = field.translatable ? m_briefing.textLanguage(id, field.fieldName()) : m_briefing.metadata.sourceLanguage;
        return field.get(m_briefing, row);
    }
    // The column and table names come from the field table, never from the file.
    const QString source = textOf(*m_connection,
                                  QStringLiteral("SELECT ") + field.fieldName() + QStringLiteral(" FROM ")
                                      + ItemFields::table(field.kind) + QStringLiteral(" WHERE id = ?"),
                                  id);
    return ContentLanguage::text(*m_connection, m_briefing, id, field.fieldName(), source, state, language);
}

QString BriefingDatabase::eventDescription(int row, TextState *state, QString *language) const
{
    return text(*ItemFields::find(ItemKind::Event, QStringLiteral("description")), row, state, language);
}

std::shared_ptr<const EventTimeIndex> BriefingDatabase::timeIndex(EventTimeIndex::Lanes lanes) const
{
    std::shared_ptr<const EventTimeIndex> &index = m_timeIndex[lanes == EventTimeIndex::Lanes::ByCategory ? 0 : 1];
    if (!index) {
        auto built = std::make_shared<EventTimeIndex>();
        built->build(m_briefing, lanes);
        index = built;
    }
    return index;
}

void BriefingDatabase::setTimeIndex(std::shared_ptr<const EventTimeIndex> index)
{
    m_timeIndex[index->lanes() == EventTimeIndex::Lanes::ByCategory ? 0 : 1] = std::move(index);
}

QString BriefingDatabase::faqAnswer(int row, TextState *state, QString *language) const
{
    return text(*ItemFields::find(ItemKind::Faq, QStringLiteral("answer")), row, state, language);
}

namespace {

// The point columns of each format, defaults for those a format-1 file lacks.
QString pointSelect(int formatVersion)
{
    return formatVersion >= 2
               ? QStringLiteral("SELECT position, label, value, note, source_id, status, precision, item_id, "
                                "break_note FROM point ")
               : QStringLiteral("SELECT position, label, value, note, source_id, 'measured', '', '', '' FROM point ");
}

} // namespace

Point BriefingDatabase::pointFrom(const QSqlQuery &q, const QString &seriesId, bool time) const
{
    Point point;
    point.seriesId = seriesId;
    point.position = q.value(0).toInt();
    point.label = q.value(1).toString();
    // Only a finite number is a figure: text, a blob or an infinity is a gap (validate names it).
    const QVariant value = q.value(2);
    const int type = value.typeId();
    if ((type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double)
        && std::isfinite(value.toDouble()))
        point.value = value.toDouble();
    point.note = q.value(3).toString();
    point.sourceId = q.value(4).toString();
    if (!Point::parseStatus(q.value(5).toString(), &point.status))
        point.status = PointStatus::Measured; // validate warns (PointCheck)
    point.itemId = q.value(7).toString();
    point.breakNote = q.value(8).toString();
    if (time) {
        const QString precision = q.value(6).toString();
        if (!PartialDate::parsePeriodPrecision(precision, &point.precision)
            && !PartialDate::precisionOfText(point.label, &point.precision))
            point.precision = PartialDate::Precision::Day;
        point.period = PartialDate::parse(point.label, point.precision);
    }
    point.shownLabel = point.label;
    return point;
}

QHash<QString, QString> BriefingDatabase::pointTranslations(const QString &seriesId, const QString &field) const
{
    QHash<QString, QString> result;
    const Briefing &b = m_briefing;
    if (b.contentLanguage.isEmpty())
        return result;
    // The ids "<series>@<label>" sort between "<series>@" and "<series>A".
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT item_id, lang, text FROM translation WHERE item_id >= ? AND item_id < ? AND field = ?"));
    q.addBindValue(QString(seriesId + QLatin1Char('@')));
    q.addBindValue(QString(seriesId + QLatin1Char('A')));
    q.addBindValue(field);
    if (!q.exec())
        return result;
    QHash<QString, int> best;
    const int labelStart = int(seriesId.size()) + 1;
    while (q.next()) {
        const int position = int(b.contentChain.indexOf(q.value(1).toString()));
        if (position < 0)
            continue;
        const QString label = q.value(0).toString().mid(labelStart);
        const auto known = best.constFind(label);
        if (known != best.constEnd() && *known <= position)
            continue;
        best.insert(label, position);
        result.insert(label, q.value(2).toString());
    }
    return result;
}

void BriefingDatabase::translatePoints(QVector<Point> *points, bool categories) const
{
    if (m_briefing.contentLanguage.isEmpty() || points->isEmpty())
        return;
    const QString seriesId = points->first().seriesId;
    const QHash<QString, QString> labels = categories ? pointTranslations(seriesId, QStringLiteral("label"))
                                                      : QHash<QString, QString>();
    const QHash<QString, QString> notes = pointTranslations(seriesId, QStringLiteral("note"));
    const QHash<QString, QString> breaks = pointTranslations(seriesId, QStringLiteral("break_note"));
    for (Point &point : *points) {
        point.shownLabel = labels.value(point.label, point.label);
        if (!point.note.isEmpty())
            point.note = notes.value(point.label, point.note);
        if (point.hasBreak())
            point.breakNote = breaks.value(point.label, point.breakNote);
    }
}

bool BriefingDatabase::isTimeSeries(const QString &seriesId) const
{
    const auto ref = m_briefing.find(seriesId);
    return ref && ref->kind == ItemKind::Series && m_briefing.series.at(ref->index).kind == Series::Kind::Time;
}

QVector<Point> BriefingDatabase::points(const QString &seriesId, int limit) const
{
    QVector<Point> result;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(pointSelect(m_briefing.formatVersion) + QStringLiteral("WHERE series_id = ? ORDER BY position LIMIT ?"));
    q.addBindValue(seriesId);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return result;
    const bool time = isTimeSeries(seriesId);
    while (q.next())
        result.append(pointFrom(q, seriesId, time));
    translatePoints(&result, !time);
    return result;
}

std::optional<Point> BriefingDatabase::point(const QString &seriesId, const QString &label) const
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(pointSelect(m_briefing.formatVersion)
              + QStringLiteral("WHERE series_id = ? AND label = ? ORDER BY position LIMIT 1"));
    q.addBindValue(seriesId);
    q.addBindValue(label);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const bool time = isTimeSeries(seriesId);
    QVector<Point> one{pointFrom(q, seriesId, time)};
    translatePoints(&one, !time);
    return one.first();
}

} // namespace bv
