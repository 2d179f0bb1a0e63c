// SPDX-License-Identifier: MIT
// The briefing's title page: metadata, summary, counts, scenarios, sources and warnings.
#pragma once

#include "common/safetextbrowser.h"

namespace bv {

class Selection;

class OverviewPage final : public SafeTextBrowser
{
    Q_OBJECT
public:
    explicit OverviewPage(Selection *selection, QWidget *parent = nullptr);
    // What to say while no briefing is shown (empty: the default hint).
    void setPlaceholder(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void setHtmlKeepingScrollBar(const QString &html);
    Selection *m_selection;
    QString m_placeholder;
    bool m_refreshQueued = false;
};

} // namespace bv
