// SPDX-License-Identifier: MIT
// The translator workflow of briefing-tool: XLIFF 1.2 out (one unit per text field, with
// context, source, existing target and its state), checked XLIFF in (nothing is written
// when any unit has a problem; a backup is made first; one transaction), and the status of
// every language.
#pragma once

#include "content/contentlanguage.h"

#include <QCoreApplication>
#include <QVector>

namespace bv {

class BriefingDatabase;

class TranslationExchange
{
    Q_DECLARE_TR_FUNCTIONS(TranslationExchange)
public:
    // `database` must be opened with full text.
    static QByteArray exportXliff(const BriefingDatabase &database, const QString &lang);

    struct Problem
    {
        QString unitId; // empty for a problem of the whole file
        QString message;
    };
    struct ImportResult
    {
        QVector<Problem> problems; // not empty: nothing was written
        QStringList warnings;      // written, but something after it failed
        int written = 0, skipped = 0;
        QString backupPath;
        QString lang;
    };
    static ImportResult importXliff(const QString &briefingPath, const QByteArray &xliff);

    struct Status
    {
        QString lang;
        int total = 0, translated = 0, stale = 0, missing = 0;
    };
    // `database` opened with full text and without a content language (its source texts).
    static QVector<Status> status(const BriefingDatabase &database);

    // Every text field with its translation into `lang`, for the translator view.
    enum class RowState { Translated, Stale, Missing, Fallback };
    struct Row
    {
        ContentLanguage::Unit unit;
        QString target;        // in `lang`, or in the fallback language, or empty
        QString targetLanguage;
        RowState state = RowState::Missing;
    };
    // `chain`: the content language first, then the languages text falls back to.
    static QVector<Row> rows(const BriefingDatabase &database, const QStringList &chain);
};

} // namespace bv
