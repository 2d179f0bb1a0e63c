// SPDX-License-Identifier: MIT
// The user's marks on a chart, as the lists and the timeline show them: ✎ on a point (bar or
// line point) with a note, ★ on one with a bookmark, inside the end of its bar or above its
// point; the series' own marks beside its title.
#include "charts/serieschart.h"

#include "charts/categorybars.h"
#include "models/itemmarks.h"

#include <QBoxLayout>
#include <QLabel>

#include <cmath>

namespace bv {

namespace {

QString glyphsOf(const ItemMarks *marks, const QString &id)
{
    QString glyphs;
    if (marks->hasNote(id))
        glyphs += QChar(0x270E); // ✎
    if (marks->isBookmarked(id))
        glyphs += QChar(0x2605); // ★
    return glyphs;
}

} // namespace

void SeriesChart::setMarks(const ItemMarks *marks)
{
    m_marks = marks;
    if (!m_marksLabel) {
        m_marksLabel = new QLabel(this);
        m_marksLabel->setObjectName(QStringLiteral("seriesMarks"));
        m_marksLabel->setTextFormat(Qt::PlainText);
        // First on the buttons' row: beside the title, or under it in a narrow chart.
        if (auto *buttons = qobject_cast<QBoxLayout *>(m_header->itemAt(1)->layout()))
            buttons->insertWidget(0, m_marksLabel);
        else
            m_header->addWidget(m_marksLabel);
    }
    connect(marks, &ItemMarks::changed, this, &SeriesChart::updateItemMarks);
    updateItemMarks();
}

QString SeriesChart::seriesMarks() const
{
    return m_marksLabel ? m_marksLabel->text() : QString();
}

void SeriesChart::updateItemMarks()
{
    if (!m_marks)
        return;
    const QString own = glyphsOf(m_marks, m_series.id);
    m_marksLabel->setText(own);
    m_marksLabel->setVisible(!own.isEmpty());
    m_marksLabel->setAccessibleName(own.isEmpty() ? QString()
                                                  : m_marks->hasNote(m_series.id) ? tr("Has your note") : tr("Bookmarked"));
    QVector<ChartCanvas::ItemMark> marks;
    if (m_loaded && m_shown) {
        const QString prefix = m_series.id + QLatin1Char('@');
        const QFontMetricsF metrics(m_canvas->font());
        constexpr double ring = 11; // the current point's ring, outside: the mark stays clear of it
        for (const QString &id : m_marks->markedIds()) {
            if (!id.startsWith(prefix))
                continue;
            const QString label = id.mid(prefix.size());
            int index = -1;
            if (isTime()) {
                const double x = SeriesValues::dayOfLabel(label);
                index = nearestPoint(x);
                if (index >= 0 && m_values.x.at(index) != x)
                    index = -1;
            } else {
                index = int(m_values.labels.indexOf(label));
            }
            if (index < 0 || std::isnan(m_values.y.at(index)))
                continue;
            ChartCanvas::ItemMark mark;
            mark.glyphs = glyphsOf(m_marks, id);
            const double sign = m_values.y.at(index) < 0 ? -1 : 1;
            const double halfHeight = metrics.height() / 2, halfWidth = (metrics.horizontalAdvance(mark.glyphs) + 4) / 2;
            if (isTime()) { // above the point
                mark.point = QPointF(drawnDay(m_values.x.at(index)) * msPerDay, m_values.y.at(index));
                mark.offset = QPointF(0, -(ring + halfHeight));
            } else { // inside the end of the bar
                mark.point = m_bars->chartPoint(index);
                mark.offset = m_bars->isHorizontal() ? QPointF(-sign * (ring + halfWidth), 0)
                                                     : QPointF(0, sign * (ring + halfHeight));
            }
            marks.append(mark);
        }
    }
    m_canvas->setItemMarks(marks);
}

} // namespace bv
