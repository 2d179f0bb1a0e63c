// SPDX-License-Identifier: MIT
// The toolbar's search field: what is typed becomes the SearchState's text, searched as you
// type; Enter asks for the first result to be made current, Down for the keyboard to move
// into the results (Up from the first one comes back), Esc clears. It shows the state's text
// however it was set. Its placeholder names the Find shortcut.
#pragma once

#include <QLineEdit>

namespace bv {

class SearchState;

class SearchField final : public QLineEdit
{
    Q_OBJECT
public:
    explicit SearchField(SearchState *state, QWidget *parent = nullptr);

    // Find (Ctrl+F): the keyboard here, with what was typed before selected.
    void focusForFind();

signals:
    void resultsWanted(); // text was typed: the search results should be in view

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QAction *m_clear = nullptr;   // Escape
    QAction *m_results = nullptr; // Down
};

} // namespace bv
