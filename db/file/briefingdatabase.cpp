// SPDX-License-Identifier: MIT
#include "file/briefingdatabase.h"

#include "file/briefingreader.h"
#include "file/filecheck.h"
#include "file/sqliteconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QResource>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <thread>

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

std::shared_ptr<BriefingDatabase> BriefingDatabase::open(const QString &path, OpenError *error, bool fullText,
                                                         const QString &contentLanguage)
{
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
    // The content tables are checked on a connection of their own while they are read on
    // this one (that connection then lists the languages of the translations, the other
    // long read): the briefing is returned (and shown) only once both are done, and damage
    // is reported before any other problem.
    OpenError damage;
    std::optional<QStringList> languages;
    std::thread checker;
    if (scope == CheckScope::Content) {
        checker = std::thread([&damage, &languages, file = result->m_path, name] {
            SqliteConnection connection;
            damage = connection.open(file, SqliteConnection::Mode::ReadOnlyUntrusted)
                         ? BriefingReader(connection, name).checkContent()
                         : BriefingReader::sqliteError(connection.errorCode(), connection.errorText(), name);
            if (!damage)
                languages = ContentLanguage::languagesIn(connection);
        });
    }
    const OpenError readError = reader.read(&result->m_briefing, fullText);
    if (checker.joinable())
        checker.join();
    *error = damage ? damage : readError;
    if (*error)
        return nullptr;
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
    const auto database = open(path, error, fullText, contentLanguage);
    if (!database)
        return std::nullopt;
    return std::move(database->m_briefing);
}

std::shared_ptr<BriefingDatabase> BriefingDatabase::adopt(const QString &path, Briefing briefing, OpenError *error)
{
    std::shared_ptr<BriefingDatabase> result(new BriefingDatabase);
    *error = result->openConnection(path);
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

OpenError BriefingDatabase::openSampleConnection()
{
    // Made at build time from resources/sample/*.sql (resources/sampleimage.cpp).
    const QResource resource(QStringLiteral(":/sample/sample.briefing"));
    const QByteArray image = resource.compressionAlgorithm() == QResource::NoCompression
                                 ? QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size())
                                 : resource.uncompressedData();
    m_connection = std::make_unique<SqliteConnection>();
    if (image.isEmpty() || !m_connection->openImage(image)) {
        return {OpenError::Code::ReadFailed,
                tr("The built-in sample briefing could not be built: %1. This is a bug in "
                   "Briefing Viewer; please report it.").arg(m_connection->errorText())};
    }
    return {};
}

std::shared_ptr<BriefingDatabase> BriefingDatabase::openSample(OpenError *error, const QString &contentLanguage)
{
    std::shared_ptr<BriefingDatabase> result(new BriefingDatabase);
    *error = result->openSampleConnection();
    if (*error)
        return nullptr;
    const QString name = tr("sample briefing");
    *error = BriefingReader(*result->m_connection, name).read(&result->m_briefing);
    if (*error)
        return nullptr;
    result->useContentLanguage(contentLanguage);
    return result;
}

std::optional<Briefing> BriefingDatabase::readSample(OpenError *error, const QString &contentLanguage)
{
    const auto database = openSample(error, contentLanguage);
    if (!database)
        return std::nullopt;
    return std::move(database->m_briefing);
}

std::shared_ptr<BriefingDatabase> BriefingDatabase::adoptSample(Briefing briefing, OpenError *error)
{
    std::shared_ptr<BriefingDatabase> result(new BriefingDatabase);
    *error = result->openSampleConnection();
    if (*error)
        return nullptr;
    result->m_briefing = std::move(briefing);
    return result;
}

void BriefingDatabase::useContentLanguage(const QString &language, const std::optional<QStringList> &languages)
{
    Briefing &b = m_briefing;
    b.translationLanguages = languages ? *languages : ContentLanguage::languagesIn(*m_connection);
    if (language.isEmpty() || language == b.metadata.sourceLanguage)
        return;
    b.contentLanguage = language;
    b.contentChain = ContentLanguage::chain(language, b.metadata.sourceLanguage);
    const QString problem = ContentLanguage::apply(*m_connection, &b, b.contentChain);
    if (!problem.isEmpty())
        b.warnings << tr("The translations could not be read (%1); the text is shown in the source language.").arg(problem);
}

QString BriefingDatabase::displayName() const
{
    return isSample() ? tr("Sample briefing") : QFileInfo(m_path).fileName();
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

QString BriefingDatabase::eventDescription(int row, TextState *state, QString *language) const
{
    const QString id = m_briefing.events.id(row);
    TextState ignored;
    state = state ? state : &ignored;
    if (m_briefing.fullText) {
        *state = m_briefing.textState(id, QStringLiteral("description"));
        if (language)
            *language = m_briefing.textLanguage(id, QStringLiteral("description"));
        return m_briefing.events.description(row);
    }
    const QString source = textOf(*m_connection, QStringLiteral("SELECT description FROM event WHERE id = ?"), id);
    return ContentLanguage::text(*m_connection, m_briefing, id, QStringLiteral("description"), source, state, language);
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

QString BriefingDatabase::faqAnswer(int row, TextState *state, QString *language) const
{
    const FaqEntry &entry = m_briefing.faq.at(row);
    TextState ignored;
    state = state ? state : &ignored;
    if (m_briefing.fullText) {
        *state = m_briefing.textState(entry.id, QStringLiteral("answer"));
        if (language)
            *language = m_briefing.textLanguage(entry.id, QStringLiteral("answer"));
        return entry.answer;
    }
    const QString source = textOf(*m_connection, QStringLiteral("SELECT answer FROM faq WHERE id = ?"), entry.id);
    return ContentLanguage::text(*m_connection, m_briefing, entry.id, QStringLiteral("answer"), source, state, language);
}

namespace {

Point pointFrom(const QSqlQuery &q, const QString &seriesId)
{
    Point point;
    point.seriesId = seriesId;
    point.position = q.value(0).toInt();
    point.label = q.value(1).toString();
    if (!q.value(2).isNull())
        point.value = q.value(2).toDouble();
    point.note = q.value(3).toString();
    point.sourceId = q.value(4).toString();
    return point;
}

} // namespace

QVector<Point> BriefingDatabase::points(const QString &seriesId, int limit) const
{
    QVector<Point> result;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT position, label, value, note, source_id FROM point "
                             "WHERE series_id = ? ORDER BY position LIMIT ?"));
    q.addBindValue(seriesId);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(pointFrom(q, seriesId));
    return result;
}

std::optional<Point> BriefingDatabase::point(const QString &seriesId, const QString &label) const
{
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT position, label, value, note, source_id FROM point "
                             "WHERE series_id = ? AND label = ? ORDER BY position LIMIT 1"));
    q.addBindValue(seriesId);
    q.addBindValue(label);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return pointFrom(q, seriesId);
}

} // namespace bv
