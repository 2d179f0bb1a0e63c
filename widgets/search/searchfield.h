// SPDX-License-Identifier: MIT
// The toolbar's search field, for a SearchPanel: what is typed is searched as you type;
// Enter makes the first result current, Down moves the keyboard into the results (Up from
// the first one comes back), Esc clears. Its placeholder names the Find shortcut.
#pragma once

#include <QLineEdit>

namespace bv {

class SearchPanel;

class SearchField final : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(SearchPanel *panel, QWidget *parent = nullptr);

    // Find (Ctrl+F): the keyboard here, with what was typed before selected.
    void focusForFind();

signals:
    void resultsWanted(); // text was typed: the search panel should be in view

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

} // namespace bv
