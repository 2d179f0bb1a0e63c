// SPDX-License-Identifier: MIT
// What the audience sees during a show: the stage (StageView) filling its window, showing the
// PresentationState's shown stop (the one kept while the presenter freezes it), or a plain
// black or white screen. It only follows the state; the keys are the controller's.
#pragma once

#include "present/stageview.h"

#include <QWidget>

class QStackedWidget;

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void showStop();
    void showScreen();
    void retranslate();

    PresentationState *m_state;
    QStackedWidget *m_pages;
    StageView *m_stage;
    QWidget *m_blank;
};

} // namespace bv
