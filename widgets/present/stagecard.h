// SPDX-License-Identifier: MIT
// What the stage says for a stop that is text: the briefing's title page (the overview), an
// item as a large card (guarantee, scenario, event, actor, source, FAQ answer in safe
// Markdown, a data point), a scenario as a column of a comparison, and the notice for a
// stop whose item the briefing no longer has. Every text is the live briefing's, in its
// content language; the sources are those of the figures shown.
#pragma once

#include "present/stagetext.h"

#include <QCoreApplication>
#include <QStringList>

namespace bv {

class BriefingDatabase;

struct StageContent
{
    QVector<StageText::Block> blocks;
    QStringList sources; // citations, each once
    bool missing = false; // the item is gone: `blocks` say so
};

class StageCard
{
    Q_DECLARE_TR_FUNCTIONS(StageCard)
public:
    static StageContent overview(const BriefingDatabase &database, const QString &stopTitle);
    // The item's card; its title is left out when the stop's title says it already.
    static StageContent item(const BriefingDatabase &database, const QString &id, const QString &stopTitle);
    // A scenario as one column of a comparison.
    static StageContent scenario(const BriefingDatabase &database, const QString &id);
    static StageContent missing(const QString &id);
    static QString missingText(const QString &id);

private:
    static StageContent point(const BriefingDatabase &database, const QString &pointId, const QString &stopTitle);
};

} // namespace bv
