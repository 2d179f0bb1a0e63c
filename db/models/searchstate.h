// SPDX-License-Identifier: MIT
// What the user is searching for, shared by the views that search: the text typed (which
// the search results follow) and the three moves between the field and the results: make
// the first result current, put the keyboard on the results, and back to the field. The
// field writes it and the results read it; neither knows the other.
#pragma once

#include <QObject>
#include <QString>

namespace bv {

class SearchState final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    QString text() const { return m_text; }

public slots:
    void setText(const QString &text); // textChanged() when it differs
    void activateFirstResult() { emit firstResultWanted(); }
    void focusResults() { emit resultsFocusWanted(); }
    void focusField() { emit fieldFocusWanted(); }

signals:
    void textChanged(const QString &text);
    void firstResultWanted();  // Enter: the first result current in every view
    void resultsFocusWanted(); // Down: the keyboard on the first result, nothing chosen
    void fieldFocusWanted();   // Up from the first result: the keyboard back to the field

private:
    QString m_text;
};

} // namespace bv
