// SPDX-License-Identifier: MIT
// The user's marks on a chart, as the lists and the timeline show them: ✎ on a point (bar or
// line point) with a note, ★ on one with a bookmark, inside the end of its bar or above its
// point; the series' own marks beside its title.
#include "charts/serieschart.h"

#include "charts/categorybars.h"
#include "charts/categorytable.h"
#include "charts/slopechart.h"
#include "file/briefingdatabase.h"
#include "models/itemmarks.h"
#include "models/selection.h"

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
    // The chart's own marks: those of its series (and of the briefing's chart itself).
    bool noted = m_marks->hasNote(m_spec.id), bookmarked = m_marks->isBookmarked(m_spec.id);
    for (const Series &series : std::as_const(m_series)) {
        noted = noted || m_marks->hasNote(series.id);
        bookmarked = bookmarked || m_marks->isBookmarked(series.id);
    }
    QString own;
    if (noted)
        own += QChar(0x270E); // ✎
    if (bookmarked)
        own += QChar(0x2605); // ★
    m_marksLabel->setText(own);
    m_marksLabel->setVisible(!own.isEmpty());
    m_marksLabel->setAccessibleName(own.isEmpty() ? QString() : noted ? tr("Has your note") : tr("Bookmarked"));
    QVector<ChartCanvas::ItemMark> marks;
    const auto database = m_selection->database();
    if (m_loaded && m_shown && database) {
        const QFontMetricsF metrics(m_canvas->font());
        constexpr double ring = 11; // the current point's ring, outside: the mark stays clear of it
        for (int series = 0; series < m_series.size(); ++series) {
            const QString &seriesId = m_series.at(series).id;
            const SeriesValues &values = m_values.at(series);
            const QString prefix = seriesId + QLatin1Char('@');
            for (const QString &id : m_marks->markedIds()) {
                if (!id.startsWith(prefix))
                    continue;
                const QString label = id.mid(prefix.size());
                int index = -1;
                if (m_series.at(series).kind == Series::Kind::Categories) {
                    if (const auto point = database->point(seriesId, label))
                        index = int(values.positions.indexOf(point->position));
                } else {
                    const double x = SeriesValues::dayOfLabel(label);
                    index = nearestPoint(x, series);
                    if (index >= 0 && values.x.at(index) != x)
                        index = -1;
                }
                if (index < 0 || std::isnan(values.y.at(index)))
                    continue;
                ChartCanvas::ItemMark mark;
                mark.glyphs = glyphsOf(m_marks, id);
                const double sign = values.y.at(index) < 0 ? -1 : 1;
                const double halfHeight = metrics.height() / 2, halfWidth = (metrics.horizontalAdvance(mark.glyphs) + 4) / 2;
                if (isTime()) { // above the point
                    mark.point = QPointF(drawnDay(series, values.x.at(index)) * msPerDay, values.y.at(index));
                    mark.offset = QPointF(0, -(ring + halfHeight));
                } else if (m_bars && m_categories) { // inside the end of the bar
                    const int row = m_categories->rowOfPoint(series, index);
                    if (row < 0)
                        continue;
                    mark.point = m_bars->chartPoint(series, row);
                    mark.offset = m_bars->isHorizontal() ? QPointF(-sign * (ring + halfWidth), 0)
                                                         : QPointF(0, sign * (ring + halfHeight));
                } else if (m_slope && m_categories) { // above the slope's end
                    const int row = m_categories->rowOfPoint(series, index);
                    if (row < 0)
                        continue;
                    mark.point = m_slope->chartPoint(series, row);
                    mark.offset = QPointF(0, -(ring + halfHeight));
                } else {
                    continue;
                }
                marks.append(mark);
            }
        }
    }
    m_canvas->setItemMarks(marks);
}

} // namespace bv
