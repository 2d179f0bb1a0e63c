// SPDX-License-Identifier: MIT
// Small pictures of a path's stops for the path editor's list, each the stage (StageView)
// drawn at a small stage size and scaled down. Made lazily: a stop asked for that has none
// yet is drawn on a later turn of the event loop, one stop a turn (the most recently asked
// first), so that a list of 50 stops paints at once and fills in; each is kept, by what it
// shows, until the briefing, the palette or the size changes.
#pragma once

#include "content/briefingpath.h"
#include "present/stageview.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSize>
#include <QStringList>

#include <memory>

class QTimer;

namespace bv {

class Selection;

class StopThumbnails final : public QObject
{
    Q_OBJECT
public:
    // `size`: the pictures' size in pixels (16:9 by default).
    explicit StopThumbnails(Selection *selection, QSize size = QSize(112, 63), QObject *parent = nullptr);
    ~StopThumbnails() override;

    QSize size() const { return m_size; }
    // The stage's look the pictures are drawn in (a change draws them again).
    void setLook(StageView::Look look);
    StageView::Look look() const { return m_look; }
    // The picture of `stop`, or a null image while it is being made (ready() follows).
    QImage thumbnail(const PathStop &stop);
    bool has(const PathStop &stop) const { return m_cache.contains(keyOf(stop)); }
    int pending() const { return int(m_queue.size()); }
    int made() const { return m_made; } // pictures drawn so far (for tests: cached ones are not redrawn)
    // Forgets every picture (the palette or the theme changed).
    void clear();
    // Forgets the pictures asked for and not yet made (another path is shown): the ones asked
    // for again are made, the rest never.
    void forgetPending();

    static constexpr int maxKept = 600;

signals:
    void ready(); // a picture was made: views show it

private:
    static QString keyOf(const PathStop &stop);
    void makeNext();
    void settleAndDraw();

    Selection *m_selection;
    QSize m_size;
    std::unique_ptr<StageView> m_stage;
    QTimer *m_timer;
    QTimer *m_release; // the stage is let go a while after the last picture
    QHash<QString, QImage> m_cache;
    QStringList m_queue;          // keys, most recently asked last
    QHash<QString, PathStop> m_wanted;
    QString m_drawing;            // the key on the stage now, until it has settled
    QString m_lastLayout;
    int m_still = 0, m_turns = 0;
    int m_made = 0;
    StageView::Look m_look = StageView::Look::Normal;
};

} // namespace bv
