// SPDX-License-Identifier: MIT
// The one shared selection: which item the user is looking at, what is linked to it, and
// the history behind Back/Forward. Every view follows it; no view talks to another.
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>

namespace bv {

class BriefingDatabase;

class Selection final : public QObject
{
    Q_OBJECT
public:
    explicit Selection(QObject *parent = nullptr);

    // A new briefing: history cleared, the briefing itself (its overview) is current.
    void setDatabase(std::shared_ptr<const BriefingDatabase> database);
    std::shared_ptr<const BriefingDatabase> database() const { return m_database; }

    QString currentId() const;
    QSet<QString> linkedIds() const { return m_linked; }
    bool isLinked(const QString &id) const { return m_linked.contains(id); }
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_history.size(); }
    // The history behind Back/Forward and where in it the current item is.
    QStringList history() const { return m_history; }
    int historyPosition() const { return m_position; }
    // Takes a history kept from before (the reading position): ids this briefing does not have
    // are left out; nothing happens when none is left.
    void restoreHistory(const QStringList &history, int position);
    // The source of a data point ("<series>@<label>"), empty when it names none.
    QString sourceOfPoint(const QString &pointId) const;

public slots:
    // Makes `id` current; unknown ids are ignored. Selecting the current item again does nothing.
    void select(const QString &id);
    void back();
    void forward();
    // A deep link (briefing://<briefing-id>/<item-id>) a view was asked to follow, from a note
    // or an FAQ answer: handed on through linkRequested to the window, which opens the item,
    // in this briefing or in the one it names, or says why it cannot.
    void followLink(const QString &link);

signals:
    void databaseChanged();
    void currentChanged(const QString &id);
    void historyChanged();
    void linkRequested(const QString &link);

private:
    void setPosition(int position);
    QSet<QString> linkedTo(const QString &id) const;
    std::shared_ptr<const BriefingDatabase> m_database;
    QStringList m_history;
    int m_position = -1;
    QSet<QString> m_linked;
};

} // namespace bv
