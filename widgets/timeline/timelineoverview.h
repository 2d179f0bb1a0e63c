// SPDX-License-Identifier: MIT
// A strip under the timeline with the whole range of events (as a density histogram) and
// the visible window, which can be dragged, resized at its edges, or moved by a click.
#pragma once

#include <QVector>
#include <QWidget>

namespace bv {

class TimelineView;

class TimelineOverview final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineOverview(TimelineView *view, QWidget *parent = nullptr);
    QRectF windowRect() const; // the visible window, in widget coordinates
    double dayAt(double x) const;
    double xOf(double day) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    QSize sizeHint() const override { return {600, 40}; }
    QSize minimumSizeHint() const override { return {100, 32}; }

private:
    enum class Drag { None, Move, Left, Right };
    void recount();
    void retranslate();
    double fullFrom() const;
    double fullTo() const;

    TimelineView *m_view;
    QVector<int> m_counts; // events starting under each pixel column
    int m_maximum = 0;
    Drag m_drag = Drag::None;
    double m_pressX = 0, m_pressFrom = 0, m_pressTo = 0;
};

} // namespace bv
