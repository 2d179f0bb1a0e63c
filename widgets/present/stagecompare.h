// SPDX-License-Identifier: MIT
// A comparison stop on the stage: two or three scenarios side by side, each a column of its
// title, likelihood, summary, preconditions and consequences, set at one size so that the
// columns read alike.
#pragma once

#include "present/stagecard.h"

#include <QVector>
#include <QWidget>

class QHBoxLayout;

namespace bv {

class BriefingDatabase;

class StageCompare final : public QWidget
{
    Q_OBJECT
public:
    explicit StageCompare(QWidget *parent = nullptr);

    void showScenarios(const BriefingDatabase &database, const QStringList &ids);
    void setStageStyle(const StageStyle &style);
    const QVector<StageText *> &columns() const { return m_columns; }
    QStringList sources() const { return m_sources; }

    static constexpr int maximumColumns = 3;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void evenSizes();

    QHBoxLayout *m_layout;
    QVector<StageText *> m_columns;
    QStringList m_sources;
    StageStyle m_style;
    int m_shown = 0;
};

} // namespace bv
