// SPDX-License-Identifier: MIT
// Shows the current item with all its fields and links; a click on a link selects that item.
// A long text shows its first part with "Show all" (docs/format.md, "Limits on long text"):
// what is laid out at once stays bounded whatever the briefing holds.
#pragma once

#include "common/safetextbrowser.h"

namespace bv {

class Selection;

class DetailPane final : public SafeTextBrowser
{
    Q_OBJECT
public:
    explicit DetailPane(Selection *selection, QWidget *parent = nullptr);
    bool showsAll() const { return m_showAll; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    Selection *m_selection;
    bool m_showAll = false; // "Show all" was clicked for the current item
};

} // namespace bv
