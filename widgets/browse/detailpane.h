// SPDX-License-Identifier: MIT
// Shows the current item with all its fields and links; a click on a link selects that item.
#pragma once

#include "common/safetextbrowser.h"

namespace bv {

class Selection;

class DetailPane final : public SafeTextBrowser
{
    Q_OBJECT
public:
    explicit DetailPane(Selection *selection, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    Selection *m_selection;
};

} // namespace bv
