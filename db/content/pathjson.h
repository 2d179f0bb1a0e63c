// SPDX-License-Identifier: MIT
// A briefing path as JSON (docs/format.md, "Paths as JSON"): what `briefing-tool add-path`
// reads, and what the user's paths are exported to and imported from. Reading is strict: an
// unknown key, a wrong type or a key of another kind of stop is an error that says where
// ("stop 3: 'kind' must be one of ..."), and nothing is read.
#pragma once

#include "content/briefingpath.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <optional>

namespace bv {

class PathJson
{
    Q_DECLARE_TR_FUNCTIONS(PathJson)
public:
    static constexpr int formatVersion = 1;
    static QLatin1String formatName(); // "briefing-viewer-path"

    // `briefingId` and `briefingTitle`, when given, name the briefing the path was made for.
    static QJsonDocument toJson(const BriefingPath &path, const QString &briefingId = QString(),
                                const QString &briefingTitle = QString());
    static QByteArray toBytes(const BriefingPath &path, const QString &briefingId = QString(),
                              const QString &briefingTitle = QString());

    struct Parsed
    {
        BriefingPath path;
        QString briefingId, briefingTitle; // empty when the JSON names no briefing
    };
    // The path (with `origin`), or nothing and `*error` saying what is wrong and where. The id
    // may be absent (empty); the stops' items are not checked against any briefing (that is
    // BriefingPath::check), the limits of BriefingPath are.
    static std::optional<Parsed> fromJson(const QJsonDocument &document, BriefingPath::Origin origin, QString *error);
    // The same from bytes: text that is not JSON is an error naming the byte.
    static std::optional<Parsed> fromBytes(const QByteArray &json, BriefingPath::Origin origin, QString *error);

    // A stop's list of items or lanes as stored in a table: a JSON array of strings.
    static QString idListText(const QStringList &ids);
    static bool parseIdList(const QString &text, QStringList *ids);
    // Letters, digits, '-', '_' and '.', as item ids; not empty.
    static bool isValidId(const QString &id);
};

} // namespace bv
