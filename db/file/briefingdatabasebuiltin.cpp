// SPDX-License-Identifier: MIT
// BriefingDatabase's built-in briefings: the sample and the examples, SQLite images compiled
// in and opened in memory (the rest is in briefingdatabase.cpp).
#include "file/briefingdatabase.h"

#include "file/briefingreader.h"
#include "file/examples.h"
#include "file/sqliteconnection.h"

#include <QResource>

namespace bv {

OpenError BriefingDatabase::openBuiltInConnection(const QString &path)
{
    // Made at build time from the example's SQL (resources/sampleimage.cpp).
    m_path = path;
    const QResource resource(path.isEmpty() ? QStringLiteral(":/sample/sample.briefing") : path);
    const QByteArray image = resource.compressionAlgorithm() == QResource::NoCompression
                                 ? QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size())
                                 : resource.uncompressedData();
    m_connection = std::make_unique<SqliteConnection>();
    if (image.isEmpty() || !m_connection->openImage(image)) {
        return {OpenError::Code::ReadFailed,
                tr("The built-in example “%1” could not be built: %2. This is a bug in "
                   "Briefing Viewer; please report it.").arg(Examples::title(Examples::nameOf(path)), m_connection->errorText())};
    }
    return {};
}

std::shared_ptr<BriefingDatabase> BriefingDatabase::openSample(OpenError *error, const QString &contentLanguage)
{
    return openBuiltIn(QString(), error, contentLanguage);
}

std::shared_ptr<BriefingDatabase> BriefingDatabase::openBuiltIn(const QString &path, OpenError *error,
                                                                const QString &contentLanguage)
{
    std::shared_ptr<BriefingDatabase> result(new BriefingDatabase);
    *error = result->openBuiltInConnection(path);
    if (*error)
        return nullptr;
    const QString name = path.isEmpty() ? tr("sample briefing") : Examples::title(Examples::nameOf(path));
    *error = BriefingReader(*result->m_connection, name).read(&result->m_briefing);
    if (*error)
        return nullptr;
    result->useContentLanguage(contentLanguage);
    return result;
}

std::optional<Briefing> BriefingDatabase::readSample(OpenError *error, const QString &contentLanguage)
{
    return read(QString(), error, true, contentLanguage); // reports a cancelled read as read() does
}

std::shared_ptr<BriefingDatabase> BriefingDatabase::adoptSample(Briefing briefing, OpenError *error)
{
    return adopt(QString(), std::move(briefing), error);
}

} // namespace bv
