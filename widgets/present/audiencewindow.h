// SPDX-License-Identifier: MIT
// What the audience sees during a show: the stage (StageView) filling its window, showing the
// PresentationState's shown stop (the one kept while the presenter freezes it), or a plain
// black or white screen. It only follows the state; the keys are the controller's.
#pragma once

#include "present/stageview.h"

#include <QWidget>

class QStackedWidget;
class QTimer;

namespace bv {

class PresentationState;
class Selection;

class AudienceWindow final : public QWidget
{
    Q_OBJECT
public:
    AudienceWindow(Selection *selection, PresentationState *state, QWidget *parent = nullptr);

    StageView *stage() const { return m_stage; }
    void setLook(StageView::Look look) { m_stage->setLook(look); }
    // A black or white screen is up in place of the stage.
    bool isBlank() const;
    QColor blankColour() const; // black or white; invalid when the stage is shown
    // The mouse pointer hides after this long without moving over the stage, and comes back
    // when it moves (as pdfpc does): an arrow left on a chart is not part of the talk.
    static constexpr int pointerHideMs = 2000;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showStop();
    void showScreen();
    void retranslate();

    PresentationState *m_state;
    QStackedWidget *m_pages;
    StageView *m_stage;
    QWidget *m_blank;
    QTimer *m_pointerTimer;
};

} // namespace bv
