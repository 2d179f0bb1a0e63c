// SPDX-License-Identifier: MIT
#include "models/selection.h"

#include "file/briefingdatabase.h"

namespace bv {

namespace {
constexpr int maximumHistory = 200;
}

Selection::Selection(QObject *parent)
    : QObject(parent)
{
}

void Selection::setDatabase(std::shared_ptr<const BriefingDatabase> database)
{
    m_database = std::move(database);
    m_history.clear();
    m_position = -1;
    m_linked.clear();
    emit databaseChanged();
    if (m_database) {
        m_history << m_database->briefing().metadata.id;
        setPosition(0);
    } else {
        emit currentChanged(QString());
        emit historyChanged();
    }
}

QString Selection::currentId() const
{
    return m_position >= 0 ? m_history.at(m_position) : QString();
}

void Selection::select(const QString &id)
{
    if (!m_database || id == currentId())
        return;
    const Briefing &briefing = m_database->briefing();
    if (!briefing.find(id) && id != briefing.metadata.id && briefing.seriesOfPointId(id) < 0)
        return;
    while (m_history.size() > m_position + 1)
        m_history.removeLast();
    m_history << id;
    if (m_history.size() > maximumHistory)
        m_history.removeFirst();
    setPosition(m_history.size() - 1);
}

void Selection::restoreHistory(const QStringList &history, int position)
{
    if (!m_database)
        return;
    const Briefing &briefing = m_database->briefing();
    QStringList kept;
    int keptPosition = -1;
    for (int i = 0; i < history.size() && kept.size() < maximumHistory; ++i) {
        const QString &id = history.at(i);
        if (!briefing.find(id) && id != briefing.metadata.id && briefing.seriesOfPointId(id) < 0)
            continue;
        kept << id;
        if (i <= position)
            keptPosition = int(kept.size()) - 1;
    }
    if (kept.isEmpty())
        return;
    m_history = kept;
    setPosition(qMax(0, keptPosition));
}

void Selection::followLink(const QString &link)
{
    emit linkRequested(link);
}

void Selection::back()
{
    if (canGoBack())
        setPosition(m_position - 1);
}

void Selection::forward()
{
    if (canGoForward())
        setPosition(m_position + 1);
}

QString Selection::sourceOfPoint(const QString &pointId) const
{
    if (!m_database)
        return {}; // no briefing open: no point has a source
    QString label;
    const Briefing &briefing = m_database->briefing();
    const int series = briefing.seriesOfPointId(pointId, &label);
    if (series < 0)
        return {};
    const auto point = m_database->point(briefing.series.at(series).id, label);
    return point ? point->sourceId : QString();
}

QSet<QString> Selection::linkedTo(const QString &id) const
{
    if (!m_database)
        return {};
    const Briefing &briefing = m_database->briefing();
    const int series = briefing.seriesOfPointId(id);
    if (series < 0)
        return briefing.linkedIds(id);
    // A data point: its series, its source and everything that relies on them.
    const QString seriesId = briefing.series.at(series).id;
    const QString sourceId = sourceOfPoint(id);
    QSet<QString> linked{seriesId};
    if (!sourceId.isEmpty())
        linked.insert(sourceId);
    for (const QString &item : briefing.reverseTrail(seriesId, sourceId))
        linked.insert(item);
    return linked;
}

void Selection::setPosition(int position)
{
    m_position = position;
    m_linked = m_database ? linkedTo(currentId()) : QSet<QString>();
    emit currentChanged(currentId());
    emit historyChanged();
}

} // namespace bv
