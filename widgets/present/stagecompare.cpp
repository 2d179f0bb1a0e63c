// SPDX-License-Identifier: MIT
#include "present/stagecompare.h"

#include <QHBoxLayout>
#include <QPainter>
#include <QTimer>

namespace bv {

StageCompare::StageCompare(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("stageCompare"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_style = StageStyle::of(540, StageStyle::Look::Normal, palette());
    for (int i = 0; i < maximumColumns; ++i) {
        auto *column = new StageText(this);
        column->setObjectName(QStringLiteral("stageCompareColumn%1").arg(i));
        m_columns.append(column);
        m_layout->addWidget(column, 1);
    }
}

void StageCompare::showScenarios(const BriefingDatabase &database, const QStringList &ids)
{
    m_sources.clear();
    m_shown = int(std::min<qsizetype>(ids.size(), maximumColumns));
    for (int i = 0; i < maximumColumns; ++i) {
        StageText *column = m_columns.at(i);
        column->setVisible(i < m_shown);
        if (i >= m_shown)
            continue;
        const StageContent content = StageCard::scenario(database, ids.at(i));
        column->setBlocks(content.blocks);
        for (const QString &source : content.sources) {
            if (!m_sources.contains(source))
                m_sources << source;
        }
    }
    // Once the columns have their widths.
    QTimer::singleShot(0, this, &StageCompare::evenSizes);
    evenSizes();
}

void StageCompare::setStageStyle(const StageStyle &style)
{
    m_style = style;
    m_layout->setSpacing(style.margin);
    for (StageText *column : std::as_const(m_columns))
        column->setStageStyle(style);
    evenSizes();
}

void StageCompare::evenSizes()
{
    // Every column at the size the longest needs: a comparison reads as one.
    qreal smallest = 1;
    for (int i = 0; i < m_shown; ++i) {
        StageText *column = m_columns.at(i);
        column->setStageStyle(m_style);
        smallest = std::min(smallest, column->fitFactor());
    }
    if (smallest >= 1)
        return;
    StageStyle reduced = m_style;
    reduced.bodyPx = std::max(1, int(m_style.bodyPx * smallest));
    reduced.smallPx = std::max(1, int(m_style.smallPx * smallest));
    for (int i = 0; i < m_shown; ++i)
        m_columns.at(i)->setStageStyle(reduced);
}

void StageCompare::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    QTimer::singleShot(0, this, &StageCompare::evenSizes);
}

void StageCompare::paintEvent(QPaintEvent *)
{
    // A rule between the columns.
    QPainter painter(this);
    QColor rule = m_style.muted();
    painter.setPen(QPen(rule, std::max(1, m_style.bodyPx / 16)));
    for (int i = 1; i < m_shown; ++i) {
        const QRect left = m_columns.at(i - 1)->geometry(), right = m_columns.at(i)->geometry();
        const int x = (left.right() + right.left()) / 2;
        painter.drawLine(x, left.top(), x, left.bottom());
    }
}

} // namespace bv
