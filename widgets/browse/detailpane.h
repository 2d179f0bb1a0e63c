// SPDX-License-Identifier: MIT
// Shows the current item with all its fields and links; a click on a link selects that item.
// A long text shows its first part with "Show all" (docs/format.md, "Limits on long text"):
// what is laid out at once stays bounded whatever the briefing holds. "Show all" adds the rest
// piece by piece, one piece of at most TextLimits::showAllStepChars characters per turn of the
// event loop, so that the window keeps painting and the pane keeps scrolling meanwhile.
#pragma once

#include "common/safetextbrowser.h"
#include "common/textpieces.h"

#include <QTimer>

namespace bv {

class Selection;

class DetailPane final : public SafeTextBrowser
{
    Q_OBJECT
public:
    explicit DetailPane(Selection *selection, QWidget *parent = nullptr);
    bool showsAll() const { return m_showAll; }
    // True while "Show all" still has pieces to add.
    bool isAddingPieces() const { return m_step.isActive(); }

signals:
    // After "Show all": one piece of a long text was added, `characters` of it, laid out in
    // this turn of the event loop.
    void pieceShown(int characters);
    void allShown(); // the last piece is in

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void startShowingAll();
    void showNextPiece();
    Selection *m_selection;
    bool m_showAll = false; // "Show all" was clicked for the current item
    QList<TextPieces::Rest> m_rest; // the current item's long texts cut in the pane, in the pane's order
    int m_at = 0; // the document position where the next piece goes
    QTimer m_step;
};

} // namespace bv
